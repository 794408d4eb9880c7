// The MessagePort protocol between the preload (or main) and the backend host, over Node's own
// MessageChannel: the same structured-clone semantics as Electron's ports.
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackendEvent, BackendEventListener, Envelope, Transport } from '../../shared/contract';
import { createPortClient, defaultTimeoutMs } from '../../electron/preload/port-client';
import type { ClientPort, PortClient } from '../../electron/preload/port-client';
import { refusalFor, serveConnection } from '../../electron/main/utility/port-server';
import type { Connection, ServerPort } from '../../electron/main/utility/port-server';
import { isHostCommand } from '../../electron/main/utility/host-protocol';
import { isRequestMessage, isResponseMessage } from '../../electron/preload/port-protocol';

function clientPort(port: MessagePort): ClientPort {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', listener);
    },
    close: () => port.close(),
  };
}

function serverPort(port: MessagePort): ServerPort {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', listener);
    },
    onClose: (listener) => {
      port.on('close', listener);
    },
    close: () => port.close(),
  };
}

class FakeBackend implements Transport {
  readonly listeners = new Set<BackendEventListener>();
  readonly calls: Array<{ procedure: string; input: unknown }> = [];
  handler: (procedure: string, input: unknown) => Promise<Envelope<unknown>> = async (procedure) =>
    procedure === 'app.ping' ? { ok: true, value: { pong: true } } : { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: procedure } };

  invoke(procedure: string, input: unknown): Promise<Envelope<unknown>> {
    this.calls.push({ procedure, input });
    return this.handler(procedure, input);
  }
  subscribe(listener: BackendEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: BackendEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
  vi.useRealTimers();
});

function connect(backend: FakeBackend, role: 'main' | 'renderer' = 'renderer', client?: PortClient) {
  const channel = new MessageChannel();
  const connection: Connection = serveConnection(serverPort(channel.port1), backend, { role });
  const rpc = client ?? createPortClient();
  rpc.attach(clientPort(channel.port2));
  cleanups.push(() => {
    rpc.dispose();
    connection.dispose();
  });
  return { rpc, connection, channel };
}

const unlockedStatus: BackendEvent = {
  type: 'workspace.status',
  status: {
    state: 'unlocked',
    path: '/w/Acme.custos',
    name: 'Acme',
    workspaceId: 'w1',
    unlockedWith: 'passphrase',
    recoveryKeyConfirmed: true,
    autoLockMinutes: 15,
    language: 'en',
  },
  reason: 'opened',
};

describe('port client and server', () => {
  it('carries a call and its envelope', async () => {
    const backend = new FakeBackend();
    const { rpc } = connect(backend);
    await expect(rpc.invoke('app.ping', {})).resolves.toEqual({ ok: true, value: { pong: true } });
    await expect(rpc.invoke('nope', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(backend.calls).toEqual([
      { procedure: 'app.ping', input: {} },
      { procedure: 'nope', input: {} },
    ]);
  });

  it('matches answers to calls by id when they finish out of order', async () => {
    const backend = new FakeBackend();
    backend.handler = async (_procedure, input) => {
      const delay = (input as { delay: number }).delay;
      await new Promise((resolve) => setTimeout(resolve, delay));
      return { ok: true, value: delay };
    };
    const { rpc } = connect(backend);
    const results = await Promise.all([rpc.invoke('a', { delay: 30 }), rpc.invoke('b', { delay: 1 }), rpc.invoke('c', { delay: 15 })]);
    expect(results).toEqual([
      { ok: true, value: 30 },
      { ok: true, value: 1 },
      { ok: true, value: 15 },
    ]);
  });

  it('delivers backend events to every subscriber until they unsubscribe', async () => {
    const backend = new FakeBackend();
    const { rpc } = connect(backend);
    await rpc.invoke('app.ping', {});
    const first: BackendEvent[] = [];
    const second: BackendEvent[] = [];
    const stopFirst = rpc.subscribe((event) => first.push(event));
    rpc.subscribe((event) => second.push(event));
    backend.emit(unlockedStatus);
    await vi.waitFor(() => expect(second).toHaveLength(1));
    stopFirst();
    backend.emit({ type: 'job.progress', jobId: 'job-12345', kind: 'rekey', phase: 'copy', done: 1, total: 2 });
    await vi.waitFor(() => expect(second).toHaveLength(2));
    expect(first).toEqual([unlockedStatus]);
    expect(second[1]).toMatchObject({ type: 'job.progress', done: 1 });
  });

  it('turns a throwing backend into an INTERNAL envelope without its message', async () => {
    const backend = new FakeBackend();
    backend.handler = async () => {
      throw new Error('record content: Jane Doe, 1 High Street');
    };
    const { rpc } = connect(backend);
    const envelope = await rpc.invoke('organisation.get', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(envelope)).not.toContain('Jane');
  });

  it('answers values that cannot be cloned with an error instead of hanging', async () => {
    const backend = new FakeBackend();
    backend.handler = async () => ({ ok: true, value: { callback: () => 1 } });
    const { rpc } = connect(backend);
    await expect(rpc.invoke('x', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('refuses input that cannot be cloned at the client', async () => {
    const backend = new FakeBackend();
    const { rpc } = connect(backend);
    await expect(rpc.invoke('x', { f: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(backend.calls).toEqual([]);
  });

  it('answers malformed requests that carry an id, ignores the rest', async () => {
    const backend = new FakeBackend();
    const channel = new MessageChannel();
    serveConnection(serverPort(channel.port1), backend, { role: 'renderer' });
    cleanups.push(() => {
      channel.port1.close();
      channel.port2.close();
    });
    const answers: unknown[] = [];
    channel.port2.on('message', (data) => answers.push(data));
    channel.port2.postMessage('hello');
    channel.port2.postMessage({ id: 7, procedure: 42 });
    channel.port2.postMessage({ id: 8, procedure: 'app.ping', input: {} });
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    expect(answers[0]).toMatchObject({ id: 7, envelope: { ok: false, error: { code: 'INVALID_INPUT' } } });
    expect(answers[1]).toEqual({ id: 8, envelope: { ok: true, value: { pong: true } } });
    expect(backend.calls).toHaveLength(1);
  });
});

describe('connection roles', () => {
  it('keeps the device key slot and device unlock to main', async () => {
    const backend = new FakeBackend();
    backend.handler = async () => ({ ok: true, value: null });
    const renderer = connect(backend, 'renderer').rpc;
    const main = connect(backend, 'main').rpc;
    const deviceKey = 'ab'.repeat(32);
    for (const [procedure, input] of [
      ['workspace.device.enable', { deviceKey }],
      ['workspace.device.disable', {}],
      ['workspace.open', { path: '/w/A.custos', secret: { kind: 'device', deviceKey } }],
    ] as const) {
      await expect(renderer.invoke(procedure, input)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      await expect(main.invoke(procedure, input)).resolves.toEqual({ ok: true, value: null });
    }
    await expect(renderer.invoke('workspace.open', { path: '/w/A.custos', secret: { kind: 'passphrase', passphrase: 'x' } })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(backend.calls.map((call) => call.procedure)).toEqual(['workspace.device.enable', 'workspace.device.disable', 'workspace.open', 'workspace.open']);
  });

  it('has a pure refusal rule', () => {
    expect(refusalFor('main', 'workspace.device.enable', {})).toBeNull();
    expect(refusalFor('renderer', 'workspace.device.enable', {})?.code).toBe('FORBIDDEN');
    expect(refusalFor('renderer', 'workspace.open', null)).toBeNull();
    expect(refusalFor('renderer', 'app.ping', {})).toBeNull();
  });
});

describe('port client lifecycle', () => {
  it('queues calls until a port arrives', async () => {
    const backend = new FakeBackend();
    const rpc = createPortClient();
    const early = rpc.invoke('app.ping', {});
    connect(backend, 'renderer', rpc);
    await expect(early).resolves.toEqual({ ok: true, value: { pong: true } });
  });

  it('gives up waiting for a port after the connect timeout', async () => {
    const rpc = createPortClient({ connectTimeoutMs: 20 });
    cleanups.push(() => rpc.dispose());
    await expect(rpc.invoke('app.ping', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'The backend is not available.' } });
  });

  it('times calls out', async () => {
    const backend = new FakeBackend();
    backend.handler = () => new Promise(() => undefined);
    const rpc = createPortClient({ timeoutMs: () => 25 });
    connect(backend, 'renderer', rpc);
    await expect(rpc.invoke('slow', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { timeoutMs: 25 } } });
  });

  it('gives long jobs (with a jobId) no deadline and everything else five minutes', () => {
    expect(defaultTimeoutMs('workspace.rotateKey', { passphrase: 'x', jobId: 'job-12345' })).toBe(0);
    expect(defaultTimeoutMs('app.ping', {})).toBe(300_000);
    expect(defaultTimeoutMs('app.ping', null)).toBe(300_000);
  });

  it('fails calls in flight when the port is replaced, tells subscribers, and carries on', async () => {
    const backend = new FakeBackend();
    let release: () => void = () => undefined;
    backend.handler = (procedure) =>
      procedure === 'hang'
        ? new Promise((resolve) => {
            release = () => resolve({ ok: true, value: 'late' });
          })
        : Promise.resolve({ ok: true, value: { pong: true } });
    const rpc = createPortClient({ onReplaced: () => ({ type: 'workspace.status', status: { state: 'closed' }, reason: 'closed' }) });
    connect(backend, 'renderer', rpc);
    const events: BackendEvent[] = [];
    rpc.subscribe((event) => events.push(event));
    const hanging = rpc.invoke('hang', {});
    await vi.waitFor(() => expect(backend.calls).toHaveLength(1));

    const restarted = new FakeBackend();
    connect(restarted, 'renderer', rpc);
    await expect(hanging).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'The backend restarted before answering.' } });
    expect(events).toEqual([{ type: 'workspace.status', status: { state: 'closed' }, reason: 'closed' }]);
    release();
    await expect(rpc.invoke('app.ping', {})).resolves.toEqual({ ok: true, value: { pong: true } });
    expect(restarted.calls).toHaveLength(1);
  });

  it('on detach, fails calls in flight at once and queues new ones for the next port', async () => {
    const backend = new FakeBackend();
    backend.handler = (procedure) => (procedure === 'hang' ? new Promise(() => undefined) : Promise.resolve({ ok: true, value: { pong: true } }));
    const { rpc } = connect(backend);
    const inFlight = rpc.invoke('hang', {});
    await vi.waitFor(() => expect(backend.calls).toHaveLength(1));
    rpc.detach();
    await expect(inFlight).resolves.toMatchObject({ ok: false, error: { message: 'The backend stopped before answering.' } });
    const queued = rpc.invoke('app.ping', {});
    const restarted = new FakeBackend();
    connect(restarted, 'renderer', rpc);
    await expect(queued).resolves.toEqual({ ok: true, value: { pong: true } });
  });

  it('ends everything on dispose', async () => {
    const backend = new FakeBackend();
    backend.handler = () => new Promise(() => undefined);
    const { rpc } = connect(backend);
    const pending = rpc.invoke('hang', {});
    rpc.dispose();
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await expect(rpc.invoke('app.ping', {})).resolves.toMatchObject({ ok: false });
  });

  it('stops sending events when the client side closes', async () => {
    const backend = new FakeBackend();
    const { channel } = connect(backend);
    expect(backend.listeners.size).toBe(1);
    channel.port2.close();
    await vi.waitFor(() => expect(backend.listeners.size).toBe(0));
  });
});

describe('message guards', () => {
  it('recognise well-formed messages only', () => {
    expect(isRequestMessage({ id: 1, procedure: 'app.ping', input: {} })).toBe(true);
    expect(isRequestMessage({ id: 0, procedure: 'app.ping', input: {} })).toBe(false);
    expect(isRequestMessage({ id: 1.5, procedure: 'app.ping', input: {} })).toBe(false);
    expect(isRequestMessage({ id: 1, procedure: 'app.ping' })).toBe(false);
    expect(isRequestMessage({ id: 1, procedure: 'x'.repeat(129), input: {} })).toBe(false);
    expect(isResponseMessage({ id: 1, envelope: { ok: true, value: 1 } })).toBe(true);
    expect(isResponseMessage({ id: 1, envelope: { ok: false, error: { code: 'X' } } })).toBe(false);
    expect(isHostCommand({ type: 'connect', role: 'renderer' })).toBe(true);
    expect(isHostCommand({ type: 'connect', role: 'admin' })).toBe(false);
    expect(isHostCommand({ type: 'shutdown' })).toBe(true);
  });
});
