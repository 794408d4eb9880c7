// The Electron transport end to end minus Electron: the real backend (Node build of SQLCipher)
// served by the host's connection code over MessagePorts, a renderer connection and main's own,
// and the keychain flow through main's connection.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { Backend } from '../../electron/backend/backend';
import type { BackendEvent } from '../../shared/contract';
import { createKeychain } from '../../electron/main/keychain';
import { createPortClient } from '../../electron/preload/port-client';
import type { PortClient } from '../../electron/preload/port-client';
import { serveConnection } from '../../electron/main/utility/port-server';
import type { ConnectionRole } from '../../electron/main/utility/host-protocol';

const PASSPHRASE = 'violet lantern across the quiet harbour';

let dir: string;
let backend: Backend;
const clients: PortClient[] = [];

function connect(role: ConnectionRole): PortClient {
  const channel = new MessageChannel();
  const server: MessagePort = channel.port1;
  serveConnection(
    {
      postMessage: (message) => server.postMessage(message),
      onMessage: (listener) => void server.on('message', listener),
      onClose: (listener) => void server.on('close', listener),
      close: () => server.close(),
    },
    backend,
    { role },
  );
  const client = createPortClient();
  client.attach({
    postMessage: (message) => channel.port2.postMessage(message),
    onMessage: (listener) => void channel.port2.on('message', listener),
    close: () => channel.port2.close(),
  });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'custos-host-'));
  backend = createBackend({
    configDir: path.join(dir, 'config'),
    appVersion: '0.0.0-test',
    defaultWorkspaceDirectory: path.join(dir, 'workspaces'),
    kdfLogN: 12,
  });
});

afterAll(async () => {
  for (const client of clients) client.dispose();
  await backend.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('backend over MessagePorts', () => {
  it('creates, locks and unlocks a workspace with a device key held by main', async () => {
    const renderer = connect('renderer');
    const main = connect('main');
    const events: BackendEvent[] = [];
    renderer.subscribe((event) => events.push(event));

    await expect(renderer.invoke('app.ping', {})).resolves.toEqual({ ok: true, value: { pong: true } });

    const created = await renderer.invoke('workspace.create', { directory: dir, name: 'Acme', passphrase: PASSPHRASE });
    expect(created).toMatchObject({ ok: true, value: { status: { state: 'unlocked' } } });
    const workspacePath = (created as { ok: true; value: { path: string } }).value.path;
    expect(workspacePath.endsWith('Acme.custos')).toBe(true);

    // The page cannot add a device slot itself...
    await expect(renderer.invoke('workspace.device.enable', { deviceKey: 'ab'.repeat(32) })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // ...main can, through the keychain.
    const storePath = path.join(dir, 'config', 'device-keys.json');
    const keychain = createKeychain({
      platform: 'darwin',
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: (plain) => Buffer.from(Buffer.from(plain).map((byte) => byte ^ 0x33)),
        decryptString: (wrapped) => Buffer.from(wrapped.map((byte) => byte ^ 0x33)).toString(),
      },
      invoke: (procedure, input) => main.invoke(procedure, input),
      storePath,
    });
    await expect(keychain.enable()).resolves.toMatchObject({ ok: true });
    await expect(keychain.enabledFor(workspacePath)).resolves.toBe(true);

    await expect(renderer.invoke('workspace.lock', { reason: 'manual' })).resolves.toMatchObject({ ok: true, value: { state: 'locked' } });
    await expect(renderer.invoke('workspace.open', { path: workspacePath, secret: { kind: 'device', deviceKey: 'cd'.repeat(32) } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const unlocked = await keychain.unlock(workspacePath);
    expect(unlocked).toMatchObject({ ok: true, value: { state: 'unlocked', unlockedWith: 'device' } });

    await expect(keychain.disable()).resolves.toMatchObject({ ok: true });
    await renderer.invoke('workspace.lock', { reason: 'manual' });
    await expect(keychain.unlock(workspacePath)).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // Status changes reached the page's subscription.
    expect(events.filter((event) => event.type === 'workspace.status').map((event) => (event.type === 'workspace.status' ? event.status.state : ''))).toEqual(
      expect.arrayContaining(['unlocked', 'locked']),
    );
  });
});
