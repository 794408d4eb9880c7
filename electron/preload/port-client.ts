// The client end of a backend connection: request ids, timeouts, event fan-out, and a port that can
// be replaced when the backend restarts. Pure (no 'electron', no Node built-ins): the sandboxed
// preload bundles it, and main uses it for its own connection.
import type { BackendEvent, BackendEventListener, Envelope, Transport } from '../../shared/contract';
import { errorEnvelope, isEventMessage, isResponseMessage } from './port-protocol';
import type { RequestMessage } from './port-protocol';

/** The part of a MessagePort (DOM, Electron's MessagePortMain or Node's) the client needs. */
export interface ClientPort {
  postMessage(message: RequestMessage): void;
  onMessage(listener: (data: unknown) => void): void;
  close(): void;
}

export interface PortClientOptions {
  /** How long a call may wait for a port to arrive. */
  connectTimeoutMs?: number;
  /** How long a call may take; 0 means no limit. */
  timeoutMs?: (procedure: string, input: unknown) => number;
  /** Sent to listeners when a port replaces an earlier one (the backend restarted, so it is closed). */
  onReplaced?: () => BackendEvent | null;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
export const DEFAULT_CALL_TIMEOUT_MS = 5 * 60_000;

/**
 * Calls that carry a `jobId` are long-running jobs (re-encryption, say): they report progress and
 * can be cancelled with `jobs.cancel`, so they get no deadline. Everything else gets five minutes.
 */
export function defaultTimeoutMs(_procedure: string, input: unknown): number {
  if (typeof input === 'object' && input !== null && typeof (input as { jobId?: unknown }).jobId === 'string') return 0;
  return DEFAULT_CALL_TIMEOUT_MS;
}

interface Pending {
  resolve(envelope: Envelope<unknown>): void;
  timer: ReturnType<typeof setTimeout> | undefined;
  procedure: string;
}

interface Waiting {
  message: Omit<RequestMessage, 'id'>;
  resolve(envelope: Envelope<unknown>): void;
  timer: ReturnType<typeof setTimeout>;
}

export interface PortClient extends Transport {
  /** Uses `port` from now on; calls still waiting on a previous port end with an error. */
  attach(port: ClientPort): void;
  /**
   * The other end is gone (the backend process died): calls in flight end with an error now, new
   * calls wait for the next `attach`.
   */
  detach(): void;
  /** Ends every call and stops using the port. */
  dispose(): void;
}

export function createPortClient(options: PortClientOptions = {}): PortClient {
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const timeoutFor = options.timeoutMs ?? defaultTimeoutMs;
  const listeners = new Set<BackendEventListener>();
  const pending = new Map<number, Pending>();
  let waiting: Waiting[] = [];
  let port: ClientPort | null = null;
  let attachedBefore = false;
  let disposed = false;
  let nextId = 1;

  const emit = (event: BackendEvent): void => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // One failing listener must not starve the others.
      }
    }
  };

  const settle = (id: number, envelope: Envelope<unknown>): void => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.resolve(envelope);
  };

  const failAllPending = (message: string): void => {
    for (const [id, entry] of [...pending]) {
      settle(id, errorEnvelope('INTERNAL', message, { procedure: entry.procedure }));
    }
  };

  const send = (target: ClientPort, message: Omit<RequestMessage, 'id'>, resolve: (envelope: Envelope<unknown>) => void): void => {
    const id = nextId++;
    const limit = timeoutFor(message.procedure, message.input);
    const timer =
      limit > 0
        ? setTimeout(() => settle(id, errorEnvelope('INTERNAL', 'The backend did not answer in time.', { procedure: message.procedure, timeoutMs: limit })), limit)
        : undefined;
    pending.set(id, { resolve, timer, procedure: message.procedure });
    try {
      target.postMessage({ id, procedure: message.procedure, input: message.input });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      settle(id, errorEnvelope('INVALID_INPUT', `The request could not be sent (${name}).`, { procedure: message.procedure }));
    }
  };

  const onData = (source: ClientPort) => (data: unknown): void => {
    if (source !== port) return;
    if (isResponseMessage(data)) settle(data.id, data.envelope);
    else if (isEventMessage(data)) emit(data.event);
  };

  return {
    attach(next) {
      if (disposed) {
        next.close();
        return;
      }
      const previous = port;
      port = next;
      if (previous) {
        failAllPending('The backend restarted before answering.');
        try {
          previous.close();
        } catch {
          // Already gone.
        }
      }
      next.onMessage(onData(next));
      if (attachedBefore) {
        const event = options.onReplaced?.();
        if (event) emit(event);
      }
      attachedBefore = true;
      const queued = waiting;
      waiting = [];
      for (const item of queued) {
        clearTimeout(item.timer);
        send(next, item.message, item.resolve);
      }
    },

    detach() {
      const previous = port;
      if (!previous) return;
      port = null;
      failAllPending('The backend stopped before answering.');
      try {
        previous.close();
      } catch {
        // Already gone.
      }
    },

    invoke(procedure, input) {
      return new Promise<Envelope<unknown>>((resolve) => {
        if (disposed) {
          resolve(errorEnvelope('INTERNAL', 'The connection to the backend is closed.', { procedure }));
          return;
        }
        const message = { procedure, input };
        if (port) {
          send(port, message, resolve);
          return;
        }
        const item: Waiting = {
          message,
          resolve,
          timer: setTimeout(() => {
            waiting = waiting.filter((entry) => entry !== item);
            resolve(errorEnvelope('INTERNAL', 'The backend is not available.', { procedure }));
          }, connectTimeoutMs),
        };
        waiting.push(item);
      });
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    dispose() {
      if (disposed) return;
      disposed = true;
      failAllPending('The connection to the backend is closed.');
      for (const item of waiting) {
        clearTimeout(item.timer);
        item.resolve(errorEnvelope('INTERNAL', 'The connection to the backend is closed.', { procedure: item.message.procedure }));
      }
      waiting = [];
      listeners.clear();
      port?.close();
      port = null;
    },
  };
}
