// Entry of the backend's utility process (bundled to dist/electron/backend-host.mjs). It creates
// the one Backend of the app and serves it over the MessagePorts main hands over: one for main
// itself, one per renderer page. It never imports 'electron'; `process.parentPort` is the only
// Electron API it uses, and it is a global of utility processes.
import { createBackend } from '../../backend/backend';
import type { Backend } from '../../backend/backend';
import { isHostCommand } from './host-protocol';
import type { HostNotice } from './host-protocol';
import { serveConnection } from './port-server';
import type { Connection, ServerPort } from './port-server';

interface UtilityMessagePort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  start(): void;
  close(): void;
}

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown; ports: UtilityMessagePort[] }) => void): unknown;
  postMessage(message: HostNotice): void;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`backend-host: ${name} is not set\n`);
    process.exit(2);
  }
  return value;
}

function adapt(port: UtilityMessagePort): ServerPort {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', (event) => listener(event.data));
      port.start();
    },
    onClose: (listener) => {
      port.on('close', listener);
    },
    close: () => port.close(),
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8);
  return [error.name, ...frames].join('\n');
}

function main(): void {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (!parentPort) {
    process.stderr.write('backend-host: must run as an Electron utility process\n');
    process.exit(2);
  }

  const backend: Backend = createBackend({
    configDir: requireEnv('CUSTOS_CONFIG_DIR'),
    appVersion: requireEnv('CUSTOS_APP_VERSION'),
    defaultWorkspaceDirectory: requireEnv('CUSTOS_DEFAULT_WORKSPACE_DIR'),
    nativeBinding: process.env.CUSTOS_NATIVE_BINDING || undefined,
  });

  const connections = new Set<Connection>();
  let stopping = false;

  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // Answer what is in flight, then close the database so the WAL is checkpointed and the key
    // leaves memory before the process ends.
    await Promise.allSettled([...connections].map((connection) => connection.idle()));
    for (const connection of connections) connection.dispose();
    try {
      await backend.dispose();
    } finally {
      parentPort.postMessage({ type: 'stopped' });
      process.exit(code);
    }
  };

  parentPort.on('message', (event) => {
    const command = event.data;
    if (!isHostCommand(command)) return;
    if (command.type === 'shutdown') {
      void stop(0);
      return;
    }
    const port = event.ports[0];
    if (!port || stopping) return;
    const connection = serveConnection(adapt(port), backend, {
      role: command.role,
      onSuccess: (procedure, envelope) => {
        if (procedure === 'app.settings.update' && envelope.ok) {
          parentPort.postMessage({ type: 'settings-changed', settings: envelope.value });
        }
      },
    });
    connections.add(connection);
    port.on('close', () => connections.delete(connection));
  });

  process.on('uncaughtException', (error) => {
    // Name and frames only: a message could quote record content. Main restarts the process.
    process.stderr.write(`backend-host: uncaught ${describe(error)}\n`);
    void stop(1);
  });
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`backend-host: unhandled rejection ${describe(reason)}\n`);
  });

  parentPort.postMessage({ type: 'ready' });
}

main();
