import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackendEvent } from '../../../shared/contract';
import { createBrowserBridge, TransportError } from '../../../renderer/src/client/browser-bridge';
import { takeToken, TOKEN_STORAGE_KEY, tokenFromFragment } from '../../../renderer/src/client/token';

const TOKEN = 'abcDEF123_-token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('token handling', () => {
  it('reads the token from the fragment, stores it and removes it from the visible URL', () => {
    const storage = memoryStorage();
    const replaceState = vi.fn();
    const token = takeToken({
      location: { hash: `#token=${TOKEN}`, pathname: '/', search: '' },
      history: { replaceState, state: null },
      storage,
    });
    expect(token).toBe(TOKEN);
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe(TOKEN);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('falls back to sessionStorage after a reload (no fragment any more)', () => {
    const replaceState = vi.fn();
    const token = takeToken({
      location: { hash: '', pathname: '/', search: '' },
      history: { replaceState, state: null },
      storage: memoryStorage({ [TOKEN_STORAGE_KEY]: TOKEN }),
    });
    expect(token).toBe(TOKEN);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('returns null without a token, and ignores malformed ones', () => {
    const env = { location: { hash: '', pathname: '/', search: '' }, history: { replaceState: vi.fn(), state: null }, storage: memoryStorage() };
    expect(takeToken(env)).toBeNull();
    expect(tokenFromFragment('#token=a b<script>')).toBeNull();
    expect(tokenFromFragment('#other=1&token=' + TOKEN)).toBe(TOKEN);
  });
});

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('browser bridge: invoke', () => {
  it('POSTs the input to /rpc/<procedure> with the bearer token and returns the envelope', async () => {
    const fetchMock = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ ok: true, value: { pong: true } }));
    const bridge = createBrowserBridge({ token: TOKEN, baseUrl: 'http://127.0.0.1:4000', fetch: fetchMock as typeof fetch });
    await expect(bridge.invoke('app.ping', {})).resolves.toEqual({ ok: true, value: { pong: true } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:4000/rpc/app.ping');
    expect(init?.method).toBe('POST');
    const headers = init?.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers['Content-Type']).toBe('application/json');
    expect(init?.body).toBe('{}');
  });

  it('sends {} for an undefined input', async () => {
    const fetchMock = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ ok: true, value: null }));
    const bridge = createBrowserBridge({ token: TOKEN, fetch: fetchMock as typeof fetch });
    await bridge.invoke('workspace.status', undefined);
    expect(fetchMock.mock.calls[0]![1]?.body).toBe('{}');
  });

  it('parses the error envelope whatever the HTTP status', async () => {
    const envelope = { ok: false, error: { code: 'UNAUTHORIZED', message: 'bad token' } };
    const bridge = createBrowserBridge({ token: TOKEN, fetch: (async () => jsonResponse(envelope, 401)) as typeof fetch });
    await expect(bridge.invoke('app.info', {})).resolves.toEqual(envelope);
    const throttled = { ok: false, error: { code: 'THROTTLED', message: 'wait', details: { retryAfterMs: 4000 } } };
    const bridge2 = createBrowserBridge({ token: TOKEN, fetch: (async () => jsonResponse(throttled, 400)) as typeof fetch });
    await expect(bridge2.invoke('workspace.open', {})).resolves.toEqual(throttled);
  });

  it('rejects with a TransportError when the answer is not an envelope or the server is gone', async () => {
    const html = createBrowserBridge({ token: TOKEN, fetch: (async () => new Response('<html>', { status: 502 })) as typeof fetch });
    await expect(html.invoke('app.info', {})).rejects.toBeInstanceOf(TransportError);
    const wrongShape = createBrowserBridge({ token: TOKEN, fetch: (async () => jsonResponse({ ok: false, error: { code: 'NOPE', message: 'x' } })) as typeof fetch });
    await expect(wrongShape.invoke('app.info', {})).rejects.toBeInstanceOf(TransportError);
    const down = createBrowserBridge({
      token: TOKEN,
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    await expect(down.invoke('app.info', {})).rejects.toBeInstanceOf(TransportError);
  });

  it('opens only http(s) links, without an opener', async () => {
    const openWindow = vi.fn();
    const bridge = createBrowserBridge({ token: TOKEN, fetch: vi.fn() as unknown as typeof fetch, openWindow });
    await expect(bridge.platform.openExternal('https://gdpr-info.eu/')).resolves.toBe(true);
    await expect(bridge.platform.openExternal('javascript:alert(1)')).resolves.toBe(false);
    await expect(bridge.platform.openExternal('file:///etc/passwd')).resolves.toBe(false);
    expect(openWindow).toHaveBeenCalledTimes(1);
    expect(bridge.platform.kind).toBe('browser');
    await expect(bridge.platform.chooseDirectory()).resolves.toBeNull();
  });
});

function streamOf(chunks: (string | Uint8Array)[], keepOpen = false): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      if (!keepOpen) controller.close();
    },
  });
}

describe('browser bridge: events', () => {
  afterEach(() => vi.useRealTimers());

  const progress: BackendEvent = { type: 'job.progress', jobId: 'job12345', kind: 'rekey', phase: 'copy', done: 5, total: 10 };
  const locked: BackendEvent = { type: 'workspace.status', status: { state: 'locked', path: '/w/数据.custos', name: '数据', deviceUnlockAvailable: false }, reason: 'idle' };

  it('reads events from GET /events with the token, across chunks split mid-event', async () => {
    const text = `data: ${JSON.stringify(progress)}\n\ndata: ${JSON.stringify(locked)}\n\n`;
    const bytes = new TextEncoder().encode(text);
    const chunks = [bytes.slice(0, 7), bytes.slice(7, 40), bytes.slice(40, text.length - 30), bytes.slice(text.length - 30)];
    const requests: { url: string; init?: RequestInit }[] = [];
    const fetchMock = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(url), init });
      return new Response(requests.length === 1 ? streamOf(chunks, true) : streamOf([], true), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
    });
    const bridge = createBrowserBridge({ token: TOKEN, fetch: fetchMock as typeof fetch });
    const received: BackendEvent[] = [];
    const unsubscribe = bridge.subscribe((event) => received.push(event));
    await vi.waitFor(() => expect(received).toHaveLength(2));
    expect(received).toEqual([progress, locked]);
    expect(requests[0]!.url).toBe('/events');
    expect((requests[0]!.init?.headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
    unsubscribe();
    expect(requests[0]!.init?.signal?.aborted).toBe(true);
  });

  it('ignores malformed events and reconnects with backoff when the stream drops', async () => {
    vi.useFakeTimers();
    let connections = 0;
    const connected = vi.fn();
    const fetchMock = vi.fn(async () => {
      connections++;
      if (connections === 1) return new Response(streamOf(['data: not json\n\n', `data: ${JSON.stringify(progress)}\n\n`]), { status: 200 });
      if (connections === 2 || connections === 3) throw new TypeError('connection refused');
      return new Response(streamOf([`data: ${JSON.stringify(locked)}\n\n`], true), { status: 200 });
    });
    const bridge = createBrowserBridge({
      token: TOKEN,
      fetch: fetchMock as unknown as typeof fetch,
      reconnectDelayMs: { initial: 100, max: 1000 },
      onEventsConnected: connected,
    });
    const received: BackendEvent[] = [];
    const unsubscribe = bridge.subscribe((event) => received.push(event));
    await vi.advanceTimersByTimeAsync(0);
    expect(received).toEqual([progress]);
    await vi.advanceTimersByTimeAsync(100); // the stream dropped: first retry, refused
    expect(connections).toBe(2);
    await vi.advanceTimersByTimeAsync(100); // second retry, refused
    expect(connections).toBe(3);
    await vi.advanceTimersByTimeAsync(150); // the delay has doubled to 200 ms: not yet
    expect(connections).toBe(3);
    await vi.advanceTimersByTimeAsync(50);
    expect(connections).toBe(4);
    expect(received).toEqual([progress, locked]);
    expect(connected).toHaveBeenCalledTimes(2);
    unsubscribe();
  });
});
