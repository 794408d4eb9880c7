// Main's BackendProcess driving the real bundled backend host (built here with esbuild the way the
// app is built), with Electron's utilityProcess, MessageChannelMain and parentPort stood in for by
// worker_threads: spawn, connections for main and a page, the page's role limits, settings
// notices, restart after a crash, and orderly shutdown.
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shim = path.join(root, 'test', 'electron', 'support', 'utility-process-shim.mjs');

/** Stand-in for MessagePortMain around a Node MessagePort. */
class FakePortMain extends EventEmitter {
  constructor(readonly raw: MessagePort) {
    super();
    raw.on('message', (data) => this.emit('message', { data, ports: [] }));
    raw.on('close', () => this.emit('close'));
  }
  postMessage(message: unknown): void {
    this.raw.postMessage(message);
  }
  start(): void {
    this.raw.start();
  }
  close(): void {
    this.raw.close();
  }
}

/** Stand-in for UtilityProcess around a worker thread. */
class FakeUtilityProcess extends EventEmitter {
  readonly worker: Worker;
  constructor(entry: string, env: Record<string, string>) {
    super();
    this.worker = new Worker(shim, { workerData: { entry: pathToFileURL(entry).href }, env, stdout: false, stderr: false });
    this.worker.on('message', (message) => this.emit('message', message));
    this.worker.on('exit', (code) => this.emit('exit', code));
    this.worker.on('error', () => undefined);
  }
  postMessage(message: unknown, transfer: FakePortMain[] = []): void {
    const ports = transfer.map((port) => port.raw);
    this.worker.postMessage({ data: message, ports }, ports);
  }
  kill(): boolean {
    void this.worker.terminate();
    return true;
  }
}

const spawned: FakeUtilityProcess[] = [];

vi.mock('electron', () => ({
  utilityProcess: {
    fork: (entry: string, _args: string[], options: { env: Record<string, string> }) => {
      const child = new FakeUtilityProcess(entry, options.env);
      spawned.push(child);
      return child;
    },
  },
  MessageChannelMain: class {
    readonly port1: FakePortMain;
    readonly port2: FakePortMain;
    constructor() {
      const channel = new MessageChannel();
      this.port1 = new FakePortMain(channel.port1);
      this.port2 = new FakePortMain(channel.port2);
    }
  },
}));

const { BackendProcess } = await import('../../electron/main/backend-process');
const { createPortClient } = await import('../../electron/preload/port-client');

let work: string;
let entry: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'custos-backend-process-'));
  // Inside the repository so the external better-sqlite3 resolves from node_modules, as in the app.
  const outDir = path.join(root, 'test-results', 'electron-host');
  mkdirSync(outDir, { recursive: true });
  entry = path.join(outDir, `backend-host-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'electron', 'main', 'utility', 'backend-host.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3-multiple-ciphers', 'electron'],
    banner: { js: "import { createRequire as __custosCreateRequire } from 'node:module'; const require = __custosCreateRequire(import.meta.url);" },
    logLevel: 'silent',
  });
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(entry, { force: true });
});

describe('BackendProcess', () => {
  it('runs the bundled host, serves main and a page, restarts after a crash and stops cleanly', async () => {
    const settings: unknown[] = [];
    let restarted = 0;
    let gaveUp = false;
    const backend = new BackendProcess({
      entry,
      configDir: path.join(work, 'config'),
      appVersion: '9.9.9-test',
      defaultWorkspaceDirectory: path.join(work, 'workspaces'),
      nativeBinding: undefined,
      onSettingsChanged: (value) => settings.push(value),
      onRestarted: () => {
        restarted += 1;
      },
      onGaveUp: () => {
        gaveUp = true;
      },
    });
    backend.start();

    // Main's own connection.
    await expect(backend.invoke('app.ping', {})).resolves.toEqual({ ok: true, value: { pong: true } });
    await expect(backend.invoke('app.info', {})).resolves.toMatchObject({ ok: true, value: { version: '9.9.9-test' } });

    // A page's connection, delivered the way main hands it to the preload.
    const delivered: FakePortMain[] = [];
    const frame = { postMessage: (_channel: string, _message: unknown, ports: FakePortMain[]) => delivered.push(...ports) };
    await backend.connectFrame(frame as never);
    expect(delivered).toHaveLength(1);
    const page = createPortClient();
    const pagePort = delivered[0] as FakePortMain;
    page.attach({ postMessage: (m) => pagePort.postMessage(m), onMessage: (l) => void pagePort.on('message', (e: { data: unknown }) => l(e.data)), close: () => pagePort.close() });
    await expect(page.invoke('app.ping', {})).resolves.toEqual({ ok: true, value: { pong: true } });
    await expect(page.invoke('workspace.device.enable', { deviceKey: 'ab'.repeat(32) })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // A settings change made by the page reaches main.
    await expect(page.invoke('app.settings.update', { language: 'zh-CN' })).resolves.toMatchObject({ ok: true });
    await vi.waitFor(() => expect(settings).toEqual([expect.objectContaining({ language: 'zh-CN' })]));

    // The host dies: main respawns it, its own connection carries on, pages are told to reconnect.
    spawned[0]?.kill();
    await vi.waitFor(() => expect(restarted).toBe(1));
    expect(spawned).toHaveLength(2);
    await expect(backend.invoke('app.ping', {})).resolves.toEqual({ ok: true, value: { pong: true } });
    await expect(backend.invoke('app.settings.get', {})).resolves.toMatchObject({ ok: true, value: { language: 'zh-CN' } });

    // Orderly shutdown: the host answers `shutdown` by disposing the backend and exiting.
    const exited = new Promise<number>((resolve) => spawned[1]?.once('exit', resolve));
    await backend.stop();
    await expect(exited).resolves.toBe(0);
    expect(gaveUp).toBe(false);
    page.dispose();
  }, 60_000);

  it('gives up when the host keeps dying', async () => {
    let gaveUp = false;
    let restarted = 0;
    const backend = new BackendProcess({
      entry,
      configDir: path.join(work, 'config-2'),
      appVersion: '9.9.9-test',
      defaultWorkspaceDirectory: path.join(work, 'workspaces'),
      nativeBinding: undefined,
      onSettingsChanged: () => undefined,
      onRestarted: () => {
        restarted += 1;
      },
      onGaveUp: () => {
        gaveUp = true;
      },
    });
    const first = spawned.length;
    backend.start();
    for (let crash = 0; crash < 4; crash += 1) {
      await expect(backend.invoke('app.ping', {})).resolves.toMatchObject({ ok: true });
      spawned[first + crash]?.kill();
      await vi.waitFor(() => expect(restarted === crash + 1 || gaveUp).toBe(true));
    }
    expect(restarted).toBe(3);
    expect(gaveUp).toBe(true);
    await backend.stop();
  }, 60_000);
});
