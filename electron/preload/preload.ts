// Sandboxed preload (bundled to dist/electron/preload.cjs; it may require 'electron' only). Exposes
// exactly `window.custos` (CustosBridge): procedure calls and events over the MessagePort main
// hands to this page, and platform calls over ipcRenderer.invoke. Every function is a wrapper, so
// no ipcRenderer, event or port object ever reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { BackendEventListener, CustosBridge, Envelope, FileFilter } from '../../shared/contract';
import { IPC, MENU_EVENT_PREFIX, isPageMenuCommand } from './ipc-channels';
import { createPortClient } from './port-client';
import type { ClientPort } from './port-client';
import { errorEnvelope } from './port-protocol';
import type { RequestMessage } from './port-protocol';

const client = createPortClient({
  // A new port means the backend process was restarted: whatever was open is closed now.
  onReplaced: () => ({ type: 'workspace.status', status: { state: 'closed' }, reason: 'closed' }),
});

function toClientPort(port: MessagePort): ClientPort {
  return {
    postMessage: (message: RequestMessage) => port.postMessage(message),
    onMessage: (listener) => {
      port.onmessage = (event: MessageEvent<unknown>) => listener(event.data);
    },
    close: () => port.close(),
  };
}

ipcRenderer.on(IPC.port, (event) => {
  const port = event.ports[0];
  if (port) client.attach(toClientPort(port));
});
ipcRenderer.on(IPC.menu, (_event, command: unknown) => {
  if (isPageMenuCommand(command)) window.dispatchEvent(new Event(`${MENU_EVENT_PREFIX}${command}`));
});
ipcRenderer.send(IPC.portRequest);

// Copies of the page's arguments with only the expected fields: the page could pass objects with
// getters or extra properties; main validates again anyway.
function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function plainOptions(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function plainFilters(value: unknown): FileFilter[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((filter: unknown) => {
    const entry = plainOptions(filter);
    return {
      name: String(entry.name ?? ''),
      extensions: Array.isArray(entry.extensions) ? entry.extensions.map((extension: unknown) => String(extension)) : [],
    };
  });
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

async function invokeEnvelope(channel: string, ...args: unknown[]): Promise<Envelope<unknown>> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as Envelope<unknown>;
  } catch {
    return errorEnvelope('INTERNAL', 'The request was refused.');
  }
}

async function invokeValue<T>(channel: string, fallback: T, ...args: unknown[]): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as T;
  } catch {
    return fallback;
  }
}

const bridge: CustosBridge = {
  invoke(procedure: string, input: unknown) {
    if (typeof procedure !== 'string') return Promise.resolve(errorEnvelope('UNKNOWN_PROCEDURE', 'The procedure name must be a string.'));
    return client.invoke(procedure, input);
  },
  subscribe(listener: BackendEventListener) {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    return client.subscribe((event) => listener(event));
  },
  platform: {
    kind: 'electron',
    chooseDirectory(options?: { title?: string; defaultPath?: string }) {
      const value = plainOptions(options);
      return invokeValue<string | null>(
        IPC.chooseDirectory,
        null,
        withoutUndefined({ title: optionalString(value.title), defaultPath: optionalString(value.defaultPath) }),
      );
    },
    chooseWorkspace(options?: { title?: string }) {
      const value = plainOptions(options);
      return invokeValue<string | null>(IPC.chooseWorkspace, null, withoutUndefined({ title: optionalString(value.title) }));
    },
    chooseSavePath(options: { title?: string; defaultPath?: string; filters?: FileFilter[] }) {
      const value = plainOptions(options);
      return invokeValue<string | null>(
        IPC.chooseSavePath,
        null,
        withoutUndefined({ title: optionalString(value.title), defaultPath: optionalString(value.defaultPath), filters: plainFilters(value.filters) }),
      );
    },
    openExternal(url: string) {
      return invokeValue<boolean>(IPC.openExternal, false, String(url));
    },
    keychain: {
      available: () => invokeValue<boolean>(IPC.keychainAvailable, false),
      enable: () => invokeEnvelope(IPC.keychainEnable),
      disable: () => invokeEnvelope(IPC.keychainDisable),
      unlock: (path: string) => invokeEnvelope(IPC.keychainUnlock, String(path)),
      enabledFor: (path: string) => invokeValue<boolean>(IPC.keychainEnabledFor, false, String(path)),
    },
  },
};

contextBridge.exposeInMainWorld('custos', bridge);
