// Native file dialogs behind the platform API and the File menu.
import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions } from 'electron';
import type { ChooseDirectoryArgs, ChooseSavePathArgs } from './ipc-schemas';
import { workspaceBundleFromSelection } from './ipc-schemas';
import type { MainLabels } from './menu-labels';

function showOpen(window: BrowserWindow | null, options: OpenDialogOptions): Promise<OpenDialogReturnValue> {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

export async function chooseDirectory(window: BrowserWindow | null, labels: MainLabels, args: ChooseDirectoryArgs): Promise<string | null> {
  const result = await showOpen(window, {
    title: args?.title ?? labels.chooseDirectoryTitle,
    defaultPath: args?.defaultPath,
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/**
 * Picks an existing `*.custos` bundle. macOS shows registered bundles as single items (the app
 * declares the type as a package), so both files and folders are selectable there; elsewhere the
 * bundle is a folder. A selection that is not a bundle gets a short explanation and the picker again.
 */
export async function chooseWorkspace(window: BrowserWindow | null, labels: MainLabels, title?: string): Promise<string | null> {
  const isMac = process.platform === 'darwin';
  for (;;) {
    const result = await showOpen(window, {
      title: title ?? labels.chooseWorkspaceTitle,
      properties: isMac ? ['openFile', 'openDirectory', 'dontAddToRecent'] : ['openDirectory', 'dontAddToRecent'],
      filters: isMac ? [{ name: labels.workspaceFilterName, extensions: ['custos'] }] : undefined,
    });
    const selection = result.canceled ? undefined : result.filePaths[0];
    if (!selection) return null;
    const bundle = workspaceBundleFromSelection(selection);
    if (bundle) return bundle;
    const box = { type: 'warning' as const, message: labels.notAWorkspace, detail: labels.notAWorkspaceDetail, buttons: [labels.ok] };
    await (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
  }
}

export async function chooseSavePath(window: BrowserWindow | null, args: ChooseSavePathArgs): Promise<string | null> {
  // A relative suggestion is a file name; it is placed in Documents, never resolved against cwd.
  const suggested = args.defaultPath;
  const defaultPath =
    suggested === undefined ? undefined : path.isAbsolute(suggested) ? suggested : path.join(app.getPath('documents'), path.basename(suggested));
  const options: SaveDialogOptions = {
    title: args.title,
    defaultPath,
    filters: args.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
