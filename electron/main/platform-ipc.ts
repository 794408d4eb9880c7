// ipcMain handlers behind `window.custos.platform` and the port request. Every handler first checks
// that the call comes from the top frame of a page served on app://custos/, then parses its
// arguments; a call that fails either check is refused before any dialog, shell or keychain work.
import { BrowserWindow, ipcMain, shell } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { Envelope } from '../../shared/contract';
import type { BackendProcess } from './backend-process';
import { chooseDirectory, chooseSavePath, chooseWorkspace } from './dialogs';
import { IPC } from '../preload/ipc-channels';
import { chooseDirectoryArgs, chooseSavePathArgs, chooseWorkspaceArgs, openExternalArgs, workspacePathArgs } from './ipc-schemas';
import type { Keychain } from './keychain';
import type { MainLabels } from './menu-labels';
import { allowedExternalUrl, isAppUrl } from './security-policy';
import { errorEnvelope } from '../preload/port-protocol';

export interface PlatformIpcDeps {
  backend: BackendProcess;
  keychain: Keychain;
  labels(): MainLabels;
}

/** The sending frame if it is the top frame of one of the app's own pages, else null. */
export function trustedSender(event: IpcMainEvent | IpcMainInvokeEvent): WebFrameMain | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return null;
  if (!isAppUrl(frame.url)) return null;
  return frame;
}

class RefusedCall extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RefusedCall';
  }
}

function handle(channel: string, handler: (event: IpcMainInvokeEvent, args: unknown[]) => Promise<unknown>): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!trustedSender(event)) throw new RefusedCall('untrusted sender');
    return handler(event, args);
  });
}

function parse<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RefusedCall('invalid arguments');
  return result.data;
}

function envelopeCall(value: unknown, run: (workspacePath: string) => Promise<Envelope<unknown>>): Promise<Envelope<unknown>> {
  const parsed = workspacePathArgs.safeParse(value);
  if (!parsed.success) return Promise.resolve(errorEnvelope('INVALID_INPUT', 'A workspace path is required.'));
  return run(parsed.data);
}

export function registerPlatformIpc(deps: PlatformIpcDeps): void {
  const windowOf = (event: IpcMainInvokeEvent): BrowserWindow | null => BrowserWindow.fromWebContents(event.sender);

  ipcMain.on(IPC.portRequest, (event) => {
    const frame = trustedSender(event);
    if (frame) void deps.backend.connectFrame(frame);
  });

  handle(IPC.chooseDirectory, (event, [options]) => chooseDirectory(windowOf(event), deps.labels(), parse(chooseDirectoryArgs, options)));

  handle(IPC.chooseWorkspace, (event, [options]) => {
    const args = parse(chooseWorkspaceArgs, options);
    return chooseWorkspace(windowOf(event), deps.labels(), args?.title);
  });

  handle(IPC.chooseSavePath, (event, [options]) => chooseSavePath(windowOf(event), parse(chooseSavePathArgs, options)));

  handle(IPC.openExternal, async (_event, [url]) => {
    const allowed = allowedExternalUrl(parse(openExternalArgs, url));
    if (!allowed) return false;
    try {
      await shell.openExternal(allowed);
      return true;
    } catch {
      return false;
    }
  });

  handle(IPC.keychainAvailable, () => deps.keychain.available());
  handle(IPC.keychainEnable, () => deps.keychain.enable());
  handle(IPC.keychainDisable, () => deps.keychain.disable());
  handle(IPC.keychainUnlock, (_event, [workspacePath]) => envelopeCall(workspacePath, (p) => deps.keychain.unlock(p)));
  handle(IPC.keychainEnabledFor, async (_event, [workspacePath]) => {
    const parsed = workspacePathArgs.safeParse(workspacePath);
    return parsed.success ? deps.keychain.enabledFor(parsed.data) : false;
  });
}
