// The one application window.
import { BrowserWindow, nativeTheme } from 'electron';
import { secureWebPreferences } from './security';
import { APP_ENTRY_URL } from './security-policy';

export interface WindowOptions {
  preload: string;
  icon: string | undefined;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Custos',
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1a1b1e' : '#ffffff',
    icon: process.platform === 'linux' ? options.icon : undefined,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options.preload),
  });

  // Show when painted; fall back to a timer so a page that fails to load still shows its error.
  const fallback = setTimeout(() => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  }, 5_000);
  window.once('ready-to-show', () => {
    clearTimeout(fallback);
    window.show();
  });
  window.on('closed', () => clearTimeout(fallback));

  window.webContents.on('render-process-gone', (_event, details) => {
    process.stderr.write(`custos: renderer process gone (${details.reason})\n`);
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}

export function focusWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
