// Runs the backend in an Electron utility process and hands out connections to it: one for main
// (keychain, menu), one per renderer page (over a MessagePort the preload receives). Restarts the
// process if it dies, a few times, and reconnects everyone.
import { MessageChannelMain, utilityProcess } from 'electron';
import type { MessagePortMain, UtilityProcess, WebFrameMain } from 'electron';
import type { Envelope } from '../../shared/contract';
import { IPC } from '../preload/ipc-channels';
import { createPortClient } from '../preload/port-client';
import type { ClientPort, PortClient } from '../preload/port-client';
import { isHostNotice } from './utility/host-protocol';
import type { ConnectionRole, HostCommand } from './utility/host-protocol';

export interface BackendProcessOptions {
  /** dist/electron/backend-host.mjs */
  entry: string;
  configDir: string;
  appVersion: string;
  defaultWorkspaceDirectory: string;
  /** The Electron-ABI better_sqlite3.node; undefined leaves the backend to its default lookup. */
  nativeBinding: string | undefined;
  onSettingsChanged(settings: unknown): void;
  /** Every renderer must be given a new port: the old ones lead to a process that is gone. */
  onRestarted(): void;
  /** The process keeps dying; the app cannot work. */
  onGaveUp(): void;
}

const RESTART_WINDOW_MS = 60_000;
const MAX_RESTARTS_IN_WINDOW = 3;
const STOP_GRACE_MS = 8_000;

function toClientPort(port: MessagePortMain): ClientPort {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', (event) => listener(event.data));
      port.start();
    },
    close: () => port.close(),
  };
}

export class BackendProcess {
  private child: UtilityProcess | null = null;
  private ready: Promise<void> = Promise.resolve();
  private stopping = false;
  private restarts: number[] = [];
  /** Main's own connection. */
  private readonly client: PortClient = createPortClient();

  constructor(private readonly options: BackendProcessOptions) {}

  start(): void {
    this.spawn();
  }

  invoke(procedure: string, input: unknown): Promise<Envelope<unknown>> {
    return this.client.invoke(procedure, input);
  }

  subscribe: PortClient['subscribe'] = (listener) => this.client.subscribe(listener);

  /** Gives the page in `frame` its own connection, delivered to the preload as 'custos:port'. */
  async connectFrame(frame: WebFrameMain): Promise<void> {
    const port = await this.openConnection('renderer');
    if (!port) return;
    try {
      frame.postMessage(IPC.port, null, [port]);
    } catch {
      // The frame went away while the backend was starting; the port is closed with it.
      port.close();
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child) return;
    this.client.dispose();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, STOP_GRACE_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      try {
        child.postMessage({ type: 'shutdown' } satisfies HostCommand);
      } catch {
        clearTimeout(timer);
        resolve();
      }
    });
    this.child = null;
  }

  private spawn(): void {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && name !== 'NODE_OPTIONS' && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
    }
    env.CUSTOS_CONFIG_DIR = this.options.configDir;
    env.CUSTOS_APP_VERSION = this.options.appVersion;
    env.CUSTOS_DEFAULT_WORKSPACE_DIR = this.options.defaultWorkspaceDirectory;
    if (this.options.nativeBinding) env.CUSTOS_NATIVE_BINDING = this.options.nativeBinding;
    else delete env.CUSTOS_NATIVE_BINDING;

    const child = utilityProcess.fork(this.options.entry, [], { serviceName: 'Custos backend', env, stdio: 'inherit' });
    this.child = child;
    this.ready = new Promise<void>((resolve) => {
      const onMessage = (message: unknown): void => {
        if (!isHostNotice(message)) return;
        if (message.type === 'ready') resolve();
        if (message.type === 'settings-changed') this.options.onSettingsChanged(message.settings);
      };
      child.on('message', onMessage);
      // A process that dies before it is ready still releases the waiters; they then get no port.
      child.once('exit', () => resolve());
    });
    child.once('exit', (code) => this.onExit(child, code));
    void this.openConnection('main').then((port) => {
      if (port) this.client.attach(toClientPort(port));
    });
  }

  private async openConnection(role: ConnectionRole): Promise<MessagePortMain | null> {
    await this.ready;
    const child = this.child;
    if (!child || this.stopping) return null;
    const { port1, port2 } = new MessageChannelMain();
    try {
      child.postMessage({ type: 'connect', role } satisfies HostCommand, [port1]);
    } catch {
      port1.close();
      port2.close();
      return null;
    }
    return port2;
  }

  private onExit(child: UtilityProcess, code: number): void {
    if (this.child !== child) return;
    this.child = null;
    this.client.detach();
    if (this.stopping) return;
    process.stderr.write(`custos: the backend process exited (code ${code})\n`);
    const now = Date.now();
    this.restarts = this.restarts.filter((at) => now - at < RESTART_WINDOW_MS);
    if (this.restarts.length >= MAX_RESTARTS_IN_WINDOW) {
      this.options.onGaveUp();
      return;
    }
    this.restarts.push(now);
    this.spawn();
    this.options.onRestarted();
  }
}
