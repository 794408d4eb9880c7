// The CustosBridge for browser mode: procedures over `POST /rpc/<name>`, events over a long-lived
// `GET /events` stream (read with fetch, because EventSource cannot send an Authorization header).
import type { BackendEvent, BackendEventListener, CustosBridge, Envelope, PlatformApi } from '../../../shared/contract';
import { isErrorCode } from '../../../shared/contract';
import { SseParser } from './sse';

export interface BrowserBridgeOptions {
  token: string;
  /** Origin of the local server; defaults to the page's own. */
  baseUrl?: string;
  fetch?: typeof fetch;
  openWindow?: (url: string) => void;
  /** Backoff between reconnection attempts of the event stream. */
  reconnectDelayMs?: { initial: number; max: number };
  /** Called each time the event stream (re)connects, so callers can resync state they may have missed. */
  onEventsConnected?: () => void;
}

/** A transport failure: the request never produced an envelope (server gone, network refused). */
export class TransportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
  }
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record.ok === true) return 'value' in record;
  if (record.ok === false) {
    const error = record.error as Record<string, unknown> | undefined;
    return typeof error === 'object' && error !== null && isErrorCode(error.code) && typeof error.message === 'string';
  }
  return false;
}

export function parseBackendEvent(data: string): BackendEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const type = (value as { type?: unknown }).type;
    return type === 'job.progress' || type === 'workspace.status' ? (value as BackendEvent) : null;
  } catch {
    return null;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

export function createBrowserBridge(options: BrowserBridgeOptions): CustosBridge {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const base = (options.baseUrl ?? '').replace(/\/$/, '');
  const delays = options.reconnectDelayMs ?? { initial: 500, max: 15_000 };
  const authorization = `Bearer ${options.token}`;

  async function invoke(procedure: string, input: unknown): Promise<Envelope<unknown>> {
    let response: Response;
    try {
      response = await doFetch(`${base}/rpc/${encodeURIComponent(procedure)}`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (cause) {
      throw new TransportError(`Could not reach the Custos server (${procedure})`, { cause });
    }
    // Whatever the HTTP status, the body is an envelope; anything else means something other than the
    // Custos server answered.
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new TransportError(`Unreadable response from the Custos server (HTTP ${response.status})`, { cause });
    }
    if (!isEnvelope(body)) throw new TransportError(`Unexpected response from the Custos server (HTTP ${response.status})`);
    return body;
  }

  const listeners = new Set<BackendEventListener>();
  let stream: AbortController | null = null;

  function dispatch(event: BackendEvent) {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('Event listener failed', error);
      }
    }
  }

  async function readStream(signal: AbortSignal): Promise<void> {
    let delay = delays.initial;
    while (!signal.aborted) {
      let connected = false;
      try {
        const response = await doFetch(`${base}/events`, {
          method: 'GET',
          headers: { Authorization: authorization, Accept: 'text/event-stream' },
          cache: 'no-store',
          credentials: 'omit',
          signal,
        });
        if (response.ok && response.body) {
          connected = true;
          delay = delays.initial;
          options.onEventsConnected?.();
          const parser = new SseParser();
          const reader = response.body.getReader();
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              for (const data of parser.push(value)) {
                const event = parseBackendEvent(data);
                if (event) dispatch(event);
              }
            }
          } finally {
            reader.releaseLock();
          }
        } else {
          await response.body?.cancel().catch(() => undefined);
        }
      } catch {
        // Dropped or refused: fall through to the backoff below.
      }
      if (signal.aborted) return;
      await sleep(delay, signal);
      if (!connected) delay = Math.min(delay * 2, delays.max);
    }
  }

  function subscribe(listener: BackendEventListener): () => void {
    listeners.add(listener);
    if (!stream) {
      stream = new AbortController();
      void readStream(stream.signal);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && stream) {
        stream.abort();
        stream = null;
      }
    };
  }

  const platform: PlatformApi = {
    kind: 'browser',
    chooseDirectory: () => Promise.resolve(null),
    chooseWorkspace: () => Promise.resolve(null),
    chooseSavePath: () => Promise.resolve(null),
    openExternal(url: string) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return Promise.resolve(false);
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return Promise.resolve(false);
      if (options.openWindow) options.openWindow(parsed.href);
      else window.open(parsed.href, '_blank', 'noopener,noreferrer');
      return Promise.resolve(true);
    },
  };

  return { invoke, subscribe, platform };
}
