// The Electron-facing guards with 'electron' replaced by recorders: what the app protocol serves,
// what the session lets through, and how navigation, new windows, webviews and debugging switches
// are handled.
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  opened: [] as string[],
  schemes: [] as unknown[],
  sandboxEnabled: 0,
  isPackaged: false,
  switches: new Set<string>(),
}));

vi.mock('electron', () => ({
  app: {
    on: (event: string, listener: (...args: unknown[]) => void) => recorded.appListeners.set(event, listener),
    enableSandbox: () => {
      recorded.sandboxEnabled += 1;
    },
    get isPackaged() {
      return recorded.isPackaged;
    },
    commandLine: { hasSwitch: (name: string) => recorded.switches.has(name) },
  },
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes) },
  shell: {
    openExternal: async (url: string) => {
      recorded.opened.push(url);
    },
  },
}));

const security = await import('../../electron/main/security');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/security-policy');

type Handler = (...args: never[]) => unknown;

/** Records what the guards install on a session. */
class FakeSession extends EventEmitter {
  protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  beforeRequest: Handler | null = null;
  headersReceived: Handler | null = null;
  permissionRequest: Handler | null = null;
  permissionCheck: Handler | null = null;
  devicePermission: Handler | null = null;
  spellchecker: boolean | null = null;
  protocol = { handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => void (this.protocolHandler = handler) };
  webRequest = {
    onBeforeRequest: (handler: Handler) => void (this.beforeRequest = handler),
    onHeadersReceived: (handler: Handler) => void (this.headersReceived = handler),
  };
  setPermissionRequestHandler(handler: Handler) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Handler) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Handler) {
    this.devicePermission = handler;
  }
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellchecker = enabled;
  }
}

let rendererRoot: string;
let session: FakeSession;

beforeAll(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'custos-security-'));
  rendererRoot = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Custos</title>');
  writeFileSync(path.join(rendererRoot, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
  session = new FakeSession();
  security.lockDownSession(session as never);
  security.serveRenderer(session as never, rendererRoot);
});

afterAll(() => {
  rmSync(path.dirname(rendererRoot), { recursive: true, force: true });
});

async function fetchApp(url: string, method = 'GET'): Promise<Response> {
  if (!session.protocolHandler) throw new Error('no protocol handler');
  return session.protocolHandler(new Request(url, { method }));
}

describe('app protocol', () => {
  it('serves the renderer with the CSP', async () => {
    const index = await fetchApp('app://custos/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>Custos</title>');
    const script = await fetchApp('app://custos/assets/index-1.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await fetchApp('app://custos/settings/keys')).status).toBe(200);
    const head = await fetchApp('app://custos/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves nothing else', async () => {
    expect((await fetchApp('app://custos/assets/missing.js')).status).toBe(404);
    expect((await fetchApp('app://custos/assets/..%5C..%5Csecret.txt')).status).toBe(403);
    expect((await fetchApp('app://other/index.html')).status).toBe(403);
    expect((await fetchApp('app://custos/index.html', 'POST')).status).toBe(405);
    const refused = await fetchApp('app://custos/assets/missing.js');
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is registered as a standard, secure scheme before ready', () => {
    security.registerAppScheme();
    expect(recorded.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });
});

describe('session', () => {
  it('cancels every request that is not the app', () => {
    const decide = (url: string) => {
      let result: unknown;
      (session.beforeRequest as unknown as (details: { url: string }, callback: (response: unknown) => void) => void)({ url }, (response) => {
        result = response;
      });
      return result;
    };
    expect(decide('app://custos/index.html')).toEqual({ cancel: false });
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('puts the CSP on every response', () => {
    let result: unknown;
    (session.headersReceived as unknown as (details: unknown, callback: (response: unknown) => void) => void)(
      { responseHeaders: { 'content-security-policy': ['default-src *'] } },
      (response) => {
        result = response;
      },
    );
    expect(result).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('grants no permission and downloads nothing it did not make', () => {
    const answers: boolean[] = [];
    (session.permissionRequest as unknown as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void)(null, 'media', (granted) =>
      answers.push(granted),
    );
    expect(answers).toEqual([false]);
    expect((session.permissionCheck as unknown as () => boolean)()).toBe(false);
    expect((session.devicePermission as unknown as () => boolean)()).toBe(false);
    expect(session.spellchecker).toBe(false);

    const download = (url: string) => {
      const event = { prevented: false, preventDefault() {
        this.prevented = true;
      } };
      session.emit('will-download', event, { getURL: () => url });
      return event.prevented;
    };
    expect(download('https://example.com/x.exe')).toBe(true);
    expect(download('blob:app://custos/4b1f')).toBe(false);
  });
});

describe('web contents guards', () => {
  class FakeContents extends EventEmitter {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }

  const fire = (contents: FakeContents, event: string, details: Record<string, unknown>) => {
    const payload = { ...details, prevented: false, preventDefault() {
      this.prevented = true;
    } };
    contents.emit(event, payload);
    return payload.prevented;
  };

  let contents: FakeContents;
  beforeEach(() => {
    recorded.opened.length = 0;
    security.guardAllWebContents();
    contents = new FakeContents();
    recorded.appListeners.get('web-contents-created')?.({}, contents);
  });

  it('keeps navigation in the app and sends allowlisted links to the browser', async () => {
    expect(fire(contents, 'will-navigate', { url: 'app://custos/index.html' })).toBe(false);
    expect(fire(contents, 'will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(fire(contents, 'will-navigate', { url: 'https://gdpr-info.eu/art-5-gdpr/' })).toBe(true);
    await Promise.resolve();
    expect(recorded.opened).toEqual(['https://gdpr-info.eu/art-5-gdpr/']);
    expect(fire(contents, 'will-redirect', { url: 'https://example.com/' })).toBe(true);
    expect(fire(contents, 'will-frame-navigate', { url: 'https://example.com/', isMainFrame: false })).toBe(true);
    expect(fire(contents, 'will-frame-navigate', { url: 'app://custos/index.html', isMainFrame: false })).toBe(false);
  });

  it('denies every new window and every webview', async () => {
    expect(contents.windowOpenHandler?.({ url: 'app://custos/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://github.com/' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(recorded.opened).toEqual(['https://github.com/']);
    const webview = { prevented: false, preventDefault() {
      this.prevented = true;
    } };
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
  });
});

describe('process hardening', () => {
  it('enables the sandbox everywhere and refuses debugging switches when packaged', () => {
    const argv = process.argv;
    try {
      recorded.isPackaged = false;
      process.argv = ['custos', '--remote-debugging-port=9222'];
      expect(security.hardenProcess()).toBe(true);
      recorded.isPackaged = true;
      expect(security.hardenProcess()).toBe(false);
      process.argv = ['custos'];
      expect(security.hardenProcess()).toBe(true);
      recorded.switches.add('remote-debugging-pipe');
      expect(security.hardenProcess()).toBe(false);
      expect(recorded.sandboxEnabled).toBe(4);
    } finally {
      process.argv = argv;
      recorded.isPackaged = false;
      recorded.switches.clear();
    }
  });

  it('builds web preferences with every isolation on', () => {
    expect(security.secureWebPreferences('/x/preload.cjs')).toMatchObject({
      preload: '/x/preload.cjs',
      partition: 'custos',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: true,
    });
  });
});
