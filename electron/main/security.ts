// The Electron guards: sandboxed renderers, a privileged app:// protocol instead of file://, a
// strict CSP, no permissions, no navigation away from the app, no new windows, no webviews, no
// network but the app's own origin, and no debugging switches in packaged builds. The decisions
// themselves live in security-policy.ts, which has no Electron dependency and is unit-tested.
import { promises as fs } from 'node:fs';
import { app, protocol, shell } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  appResponseHeaders,
  decideNavigation,
  decideWindowOpen,
  findDebugSwitches,
  isAppUrl,
  isRequestAllowed,
  resolveAppRequest,
  withContentSecurityPolicy,
} from './security-policy';

/** The in-memory session the app's pages run in: nothing Chromium keeps for the page touches disk. */
export const APP_PARTITION = 'custos';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/**
 * Process-wide settings that must be in place before the app is ready. Returns false when the app
 * must not start (a packaged build asked to open a debugging port).
 */
export function hardenProcess(): boolean {
  app.enableSandbox();
  if (app.isPackaged) {
    const found = findDebugSwitches(process.argv.slice(1));
    for (const name of ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk']) {
      if (app.commandLine.hasSwitch(name) && !found.includes(name)) found.push(name);
    }
    if (found.length > 0) {
      process.stderr.write(`custos: refusing to start with debugging switches (${found.join(', ')})\n`);
      return false;
    }
  }
  return true;
}

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    partition: APP_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    safeDialogs: true,
    devTools: !app.isPackaged,
  };
}

function errorResponse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}

/**
 * No network but the app's own origin, the CSP on every response, no permissions, no spellchecker
 * downloads, no downloads but what a page generated itself. Applied to the app's session and, as a
 * backstop, to the default session nothing should use.
 */
export function lockDownSession(session: Session): void {
  // Offline means offline: a page that got past the CSP still reaches nothing but the app.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);

  session.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(`blob:${APP_ORIGIN}/`)) event.preventDefault();
  });
}

/** Serves dist/renderer on app://custos/ in the app's session. Call once the app is ready. */
export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const resolution = resolveAppRequest(rendererRoot, request.url, request.method);
    if (resolution.status !== 200) return errorResponse(resolution.status);
    let body: Buffer;
    try {
      body = await fs.readFile(resolution.filePath);
    } catch {
      return errorResponse(404);
    }
    const payload = request.method === 'HEAD' ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
    return new Response(payload, { status: 200, headers: appResponseHeaders(resolution.filePath) });
  });
}

function openExternal(url: string): void {
  shell.openExternal(url).catch(() => {
    // No browser configured: nothing else to do.
  });
}

function guardContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-external') openExternal(decision.url);
  });

  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });

  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'open-external') openExternal(decision.url);
    return { action: 'deny' };
  });
}

/** Applies the navigation, window and webview guards to every web contents ever created. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
