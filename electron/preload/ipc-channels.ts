// IPC channel names shared by main and the preload. The backend's procedures do not travel over
// these: they go over the MessagePort main hands to each page.
export const IPC = {
  /** preload → main (send): give this page a connection to the backend. */
  portRequest: 'custos:port-request',
  /** main → preload (postMessage with one MessagePort). */
  port: 'custos:port',
  /** main → preload: an application-menu command for the page (see MENU_EVENT_PREFIX). */
  menu: 'custos:menu',
  chooseDirectory: 'custos:platform:choose-directory',
  chooseWorkspace: 'custos:platform:choose-workspace',
  chooseSavePath: 'custos:platform:choose-save-path',
  openExternal: 'custos:platform:open-external',
  keychainAvailable: 'custos:keychain:available',
  keychainEnable: 'custos:keychain:enable',
  keychainDisable: 'custos:keychain:disable',
  keychainUnlock: 'custos:keychain:unlock',
  keychainEnabledFor: 'custos:keychain:enabled-for',
} as const;

/**
 * Menu commands reach the page as a plain DOM event on `window` named `custos:menu:<command>`
 * (no payload, so nothing crosses between the preload's world and the page's):
 * - `workspace.new`: the user chose File > New Workspace; show the create form.
 * - `workspace.refresh`: main selected a workspace (File > Open); re-read `workspace.status`.
 */
export const MENU_EVENT_PREFIX = 'custos:menu:';
export const PAGE_MENU_COMMANDS = ['workspace.new', 'workspace.refresh'] as const;
export type PageMenuCommand = (typeof PAGE_MENU_COMMANDS)[number];

export function isPageMenuCommand(value: unknown): value is PageMenuCommand {
  return typeof value === 'string' && (PAGE_MENU_COMMANDS as readonly string[]).includes(value);
}
