// Electron main process (bundled to dist/electron/main.cjs). Thin by design: it hardens the
// process, starts the backend in a utility process, opens the window, and answers the few
// platform calls (dialogs, links, keychain). Everything about workspaces lives in the backend.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import { appSettingsSchema } from '../../shared/contract';
import type { Language } from '../../shared/contract';
import { BackendProcess } from './backend-process';
import { createKeychain } from './keychain';
import { applyMenu, sendPageCommand } from './menu';
import { labelsFor, resolveLanguage } from './menu-labels';
import { resolveLayout } from './paths';
import type { AppLayout } from './paths';
import { registerPlatformIpc } from './platform-ipc';
import { APP_PARTITION, guardAllWebContents, hardenProcess, lockDownSession, registerAppScheme, serveRenderer } from './security';
import { isAppUrl } from './security-policy';
import { runSelfTest } from './self-test';
import { createMainWindow, focusWindow } from './window';

const selfTest = process.env.CUSTOS_SELF_TEST === '1';

let layout: AppLayout | null = null;
let backend: BackendProcess | null = null;
let mainWindow: BrowserWindow | null = null;
let language: Language = 'en';
let unlocked = false;
let backendStopped = false;
let pendingOpenPath: string | null = null;

function configureUserData(): void {
  // Tests and the packaged self-test keep their settings and Chromium state out of the user's.
  const override = process.env.CUSTOS_CONFIG_DIR;
  if (override) app.setPath('userData', path.resolve(override));
  else if (selfTest) app.setPath('userData', fs.mkdtempSync(path.join(os.tmpdir(), 'custos-self-test-config-')));
}

function refreshMenu(): void {
  if (!backend) return;
  const connection = backend;
  applyMenu({
    labels: labelsFor(language),
    unlocked,
    select: async (workspacePath) => {
      const envelope = await connection.invoke('workspace.select', { path: workspacePath });
      return envelope.ok ? { ok: true } : { ok: false, code: envelope.error.code };
    },
    lock: async () => {
      await connection.invoke('workspace.lock', { reason: 'manual' });
    },
  });
}

function applySettings(value: unknown): void {
  const parsed = appSettingsSchema.safeParse(value);
  language = resolveLanguage(parsed.success ? parsed.data.language : undefined, app.getLocale());
  refreshMenu();
}

function openWindow(): void {
  if (!layout) return;
  if (mainWindow && !mainWindow.isDestroyed()) {
    focusWindow(mainWindow);
    return;
  }
  const window = createMainWindow({ preload: layout.preload, icon: layout.icon });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

async function selectFromFinder(workspacePath: string): Promise<void> {
  if (!backend) {
    pendingOpenPath = workspacePath;
    return;
  }
  const envelope = await backend.invoke('workspace.select', { path: workspacePath });
  openWindow();
  if (envelope.ok) sendPageCommand(mainWindow, 'workspace.refresh');
}

async function onReady(): Promise<void> {
  layout = resolveLayout({
    electronDir: __dirname,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    exists: (file) => fs.existsSync(file),
  });
  if (!layout.nativeBinding) {
    process.stderr.write('custos: no Electron build of better_sqlite3.node found; run `node build/electron-native.mjs`\n');
  }
  const appSession = session.fromPartition(APP_PARTITION);
  lockDownSession(appSession);
  lockDownSession(session.defaultSession);
  serveRenderer(appSession, layout.rendererRoot);

  language = resolveLanguage(undefined, app.getLocale());
  const connection = new BackendProcess({
    entry: layout.backendEntry,
    configDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    defaultWorkspaceDirectory: path.join(app.getPath('documents'), 'Custos'),
    nativeBinding: layout.nativeBinding,
    onSettingsChanged: applySettings,
    onRestarted: () => {
      unlocked = false;
      refreshMenu();
      for (const window of BrowserWindow.getAllWindows()) {
        const frame = window.webContents.mainFrame;
        if (isAppUrl(frame.url)) void connection.connectFrame(frame);
      }
    },
    onGaveUp: () => {
      const labels = labelsFor(language);
      dialog.showErrorBox(labels.backendFailedTitle, labels.backendFailedDetail);
      app.quit();
    },
  });
  backend = connection;
  connection.start();

  if (selfTest) {
    const result = await runSelfTest({
      invoke: (procedure, input) => connection.invoke(procedure, input),
      rendererRoot: layout.rendererRoot,
      nativeBinding: layout.nativeBinding,
    });
    process.stdout.write(`${result.line}\n`);
    // Windows GUI builds may have no usable stdout; the checker can read the line from a file.
    const report = process.env.CUSTOS_SELF_TEST_REPORT;
    if (report) fs.writeFileSync(report, `${result.line}\n`);
    await connection.stop();
    backendStopped = true;
    app.exit(result.ok ? 0 : 1);
    return;
  }

  const keychain = createKeychain({
    platform: process.platform,
    safeStorage,
    invoke: (procedure, input) => connection.invoke(procedure, input),
    storePath: path.join(app.getPath('userData'), 'device-keys.json'),
  });
  registerPlatformIpc({ backend: connection, keychain, labels: () => labelsFor(language) });

  connection.subscribe((event) => {
    if (event.type !== 'workspace.status') return;
    const next = event.status.state === 'unlocked';
    if (next !== unlocked) {
      unlocked = next;
      refreshMenu();
    }
  });
  refreshMenu();
  void connection.invoke('app.settings.get', {}).then((envelope) => {
    if (envelope.ok) applySettings(envelope.value);
  });
  void connection.invoke('workspace.status', {}).then((envelope) => {
    const state = envelope.ok ? (envelope.value as { state?: unknown }).state : undefined;
    unlocked = state === 'unlocked';
    refreshMenu();
  });

  openWindow();
  if (pendingOpenPath) {
    const waiting = pendingOpenPath;
    pendingOpenPath = null;
    void selectFromFinder(waiting);
  }
}

function start(): void {
  configureUserData();
  registerAppScheme();
  if (!hardenProcess()) {
    app.exit(1);
    return;
  }
  if (!selfTest && !app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId('org.custos.app');
  guardAllWebContents();

  app.on('second-instance', () => openWindow());
  // macOS: a `.custos` bundle opened from Finder.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void selectFromFinder(filePath);
  });
  app.on('activate', () => {
    if (app.isReady()) openWindow();
  });
  // Closing the window locks: the backend stops with the app, on every platform.
  app.on('window-all-closed', () => app.quit());
  // Let the backend close the database (WAL checkpoint, key out of memory) before the app goes.
  let stopping: Promise<void> | null = null;
  app.on('before-quit', (event) => {
    if (backendStopped || !backend) return;
    event.preventDefault();
    if (stopping) return;
    stopping = backend.stop().finally(() => {
      backendStopped = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      process.stderr.write(`custos: startup failed (${error instanceof Error ? error.name : 'unknown'})\n`);
      app.exit(1);
    });
}

start();
