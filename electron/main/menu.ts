// The application menu, in the app's language. Commands that belong to the backend (open, lock)
// are carried out here through main's own connection; the page learns of them from backend events
// or, where there is none, from a `custos:menu:<command>` DOM event (see ipc-channels.ts).
import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { chooseWorkspace } from './dialogs';
import { IPC } from '../preload/ipc-channels';
import type { PageMenuCommand } from '../preload/ipc-channels';
import { formatLabel } from './menu-labels';
import type { MainLabels } from './menu-labels';

export interface MenuActions {
  labels: MainLabels;
  /** Whether a workspace is unlocked (enables Lock). */
  unlocked: boolean;
  select(path: string): Promise<{ ok: boolean; code?: string }>;
  lock(): Promise<void>;
}

export function sendPageCommand(window: BrowserWindow | null | undefined, command: PageMenuCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(IPC.menu, command);
}

function focusedWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
}

async function showAbout(labels: MainLabels): Promise<void> {
  const window = focusedWindow();
  const options = {
    type: 'info' as const,
    title: labels.about,
    message: 'Custos',
    detail: formatLabel(labels.aboutDetail, { version: app.getVersion() }),
    buttons: [labels.ok],
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

async function openWorkspace(actions: MenuActions): Promise<void> {
  const window = focusedWindow();
  const path = await chooseWorkspace(window, actions.labels);
  if (!path) return;
  const result = await actions.select(path);
  if (result.ok) {
    sendPageCommand(window, 'workspace.refresh');
    return;
  }
  const options = { type: 'error' as const, message: actions.labels.openFailed, detail: result.code ?? '', buttons: [actions.labels.ok] };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  const { labels } = actions;
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: app.name,
      submenu: [
        { role: 'about', label: labels.about },
        { type: 'separator' },
        { role: 'services', label: labels.services },
        { type: 'separator' },
        { role: 'hide', label: labels.hide },
        { role: 'hideOthers', label: labels.hideOthers },
        { role: 'unhide', label: labels.showAll },
        { type: 'separator' },
        { role: 'quit', label: labels.quit },
      ],
    });
  }

  template.push({
    label: labels.file,
    submenu: [
      { label: labels.newWorkspace, accelerator: 'CmdOrCtrl+N', click: () => sendPageCommand(focusedWindow(), 'workspace.new') },
      { label: labels.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => void openWorkspace(actions) },
      { type: 'separator' },
      { label: labels.lockWorkspace, accelerator: 'CmdOrCtrl+L', enabled: actions.unlocked, click: () => void actions.lock() },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: labels.quit }]),
    ],
  });

  template.push({
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  });

  template.push({
    label: labels.view,
    submenu: [
      { role: 'reload', label: labels.reload },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: labels.toggleDevTools }]),
      { type: 'separator' },
      { role: 'resetZoom', label: labels.actualSize },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  });

  template.push({
    label: labels.window,
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: labels.minimize },
      ...(isMac
        ? [{ role: 'zoom' as const, label: labels.zoom }, { type: 'separator' as const }, { role: 'front' as const, label: labels.bringAllToFront }]
        : [{ role: 'close' as const, label: labels.close }]),
    ],
  });

  template.push({
    label: labels.help,
    role: 'help',
    submenu: isMac ? [] : [{ label: labels.about, click: () => void showAbout(labels) }],
  });

  return template;
}

export function applyMenu(actions: MenuActions): void {
  if (process.platform === 'darwin') {
    app.setAboutPanelOptions({ applicationName: 'Custos', applicationVersion: app.getVersion(), version: '' });
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, process.platform, app.isPackaged)));
}
