// The application core as one object: every transport (Electron utilityProcess, browser mode's HTTP
// server, the CLI) creates a Backend and forwards calls to `invoke`. Plain Node; never imports
// 'electron'.
import type { Actor, BackendEventListener, Envelope, Transport } from '../../shared/contract';
import { OWNER } from '../../shared/contract';
import { createAppSettingsStore } from './app-settings/app-settings-store';
import { createDispatcher } from './rpc/dispatcher';
import { createEventBus } from './rpc/event-bus';
import { buildHandlers } from './rpc/handlers';
import { WorkspaceSession } from './workspace/workspace-session';

export interface BackendOptions {
  /** Folder for app-level preferences and the recent-workspaces list (no secrets, no records). */
  configDir: string;
  appVersion: string;
  /** Where new workspaces go by default (e.g. ~/Documents/Custos). */
  defaultWorkspaceDirectory: string;
  /** Path to a better-sqlite3 native build for this runtime (the Electron build in the app). */
  nativeBinding?: string;
  /** Clock, replaceable in tests. */
  now?: () => Date;
  /** KDF cost override for tests only (scrypt log2 N); production uses the default. */
  kdfLogN?: number;
}

export interface InvokeContext {
  actor?: Actor;
}

export interface Backend extends Transport {
  invoke(procedure: string, input: unknown, context?: InvokeContext): Promise<Envelope<unknown>>;
  subscribe(listener: BackendEventListener): () => void;
  /** Locks the workspace (closing the database) and releases resources. */
  dispose(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const events = createEventBus();
  const settings = createAppSettingsStore(options.configDir);
  const session = new WorkspaceSession({
    appVersion: options.appVersion,
    nativeBinding: options.nativeBinding,
    now: options.now ?? (() => new Date()),
    kdfLogN: options.kdfLogN,
    settings,
    emit: events.emit,
  });
  const handlers = buildHandlers({ session, settings, options, emit: events.emit });
  const dispatch = createDispatcher(handlers, session);
  return {
    invoke: (procedure, input, context) => dispatch(procedure, input, context?.actor ?? OWNER),
    subscribe: events.subscribe,
    dispose: async () => {
      await session.dispose();
    },
  };
}
