// Smoke tests of the real desktop app (unpackaged, from dist/): the window, the sandbox and the
// bridge, the guards against navigation, new windows, network and permissions, and the backend in
// its utility process doing real SQLCipher work over the page's MessagePort.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import type { CustosBridge, Envelope } from '../../shared/contract';

/** The page's window with the bridge the preload exposes (types only; erased in page.evaluate). */
type AppWindow = Window & { custos: CustosBridge };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PASSPHRASE = 'violet lantern across the quiet harbour';

let app: ElectronApplication;
let page: Page;
let configDir: string;
let workDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  configDir = mkdtempSync(path.join(os.tmpdir(), 'custos-electron-config-'));
  workDir = mkdtempSync(path.join(os.tmpdir(), 'custos-electron-work-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  env.CUSTOS_CONFIG_DIR = configDir;
  // The repository root, as `npm start` launches it: package.json's main is dist/electron/main.cjs.
  app = await electron.launch({ args: [root], cwd: root, env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  rmSync(configDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

test('opens one window on the app protocol and renders the UI', async () => {
  expect(page.url()).toMatch(/^app:\/\/custos\//);
  await expect.poll(() => page.title()).toMatch(/Custos/);
  expect(app.windows()).toHaveLength(1);
  // React mounted: the module scripts and styles loaded over app:// under the CSP.
  await expect(page.locator('#root > *').first()).toBeVisible();
});

test('runs the renderer sandboxed and isolated', async () => {
  // OS-level sandboxing is reported on macOS and Windows; Linux leaves `sandboxed` undefined.
  const sandboxed = await app.evaluate(({ app: electronApp }) =>
    electronApp
      .getAppMetrics()
      .filter((metric) => metric.type === 'Tab')
      .map((metric) => metric.sandboxed),
  );
  expect(sandboxed.length).toBeGreaterThan(0);
  for (const value of sandboxed) expect(value === undefined || value === true).toBe(true);

  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer', 'electron'].map((name) => `${name}:${typeof scope[name]}`);
  });
  expect(globals).toEqual(['require:undefined', 'process:undefined', 'module:undefined', 'Buffer:undefined', 'global:undefined', 'ipcRenderer:undefined', 'electron:undefined']);
});

test('exposes exactly the CustosBridge shape', async () => {
  const shape = await page.evaluate(() => {
    const bridge = (window as AppWindow).custos;
    return {
      keys: Object.keys(bridge).sort(),
      platform: Object.keys(bridge.platform).sort(),
      keychain: Object.keys(bridge.platform.keychain ?? {}).sort(),
      kind: bridge.platform.kind,
      functions: [typeof bridge.invoke, typeof bridge.subscribe],
    };
  });
  expect(shape).toEqual({
    keys: ['invoke', 'platform', 'subscribe'],
    platform: ['chooseDirectory', 'chooseSavePath', 'chooseWorkspace', 'keychain', 'kind', 'openExternal'],
    keychain: ['available', 'disable', 'enable', 'enabledFor', 'unlock'],
    kind: 'electron',
    functions: ['function', 'function'],
  });
});

test('enforces the content security policy', async () => {
  const result = await page.evaluate(async () => {
    let evalResult = 'ran';
    try {
      eval('1');
    } catch (error) {
      evalResult = (error as Error).name;
    }
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    const response = await fetch('/index.html');
    return {
      evalResult,
      inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false,
      csp: response.headers.get('content-security-policy'),
    };
  });
  expect(result.evalResult).toBe('EvalError');
  expect(result.inline).toBe(false);
  expect(result.csp).toContain("script-src 'self'");
  expect(result.csp).toContain("object-src 'none'");
});

test('blocks new windows', async () => {
  const opened = await page.evaluate(() => [window.open('https://example.com/') === null, window.open('app://custos/index.html') === null]);
  expect(opened).toEqual([true, true]);
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('blocks navigation away from the app', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(1_000);
  expect(page.url()).toMatch(/^app:\/\/custos\//);
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/custos\//);
  expect(await page.evaluate(() => typeof window.custos)).toBe('object');
});

test('reaches no network and grants no permissions', async () => {
  const result = await page.evaluate(async () => {
    let network = 'reached';
    try {
      await fetch('https://example.com/', { mode: 'no-cors' });
    } catch {
      network = 'blocked';
    }
    const notification = await Notification.requestPermission();
    return { network, notification };
  });
  expect(result).toEqual({ network: 'blocked', notification: 'denied' });
});

test('talks to the backend over the page port', async () => {
  const answers = await page.evaluate(async () => [
    await (window as AppWindow).custos.invoke('app.ping', {}),
    await (window as AppWindow).custos.invoke('no.such.procedure', {}),
    await (window as AppWindow).custos.invoke('workspace.device.enable', { deviceKey: 'ab'.repeat(32) }),
  ]);
  expect(answers[0]).toEqual({ ok: true, value: { pong: true } });
  expect(answers[1]).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  expect(answers[2]).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('creates, re-keys and locks a workspace, with events', async () => {
  const result = await page.evaluate(
    async ({ directory, passphrase }) => {
      const states: string[] = [];
      const phases: string[] = [];
      const stop = (window as AppWindow).custos.subscribe((event) => {
        if (event.type === 'workspace.status') states.push(event.status.state);
        if (event.type === 'job.progress') phases.push(event.phase);
      });
      const created: Envelope<unknown> = await (window as AppWindow).custos.invoke('workspace.create', { directory, name: 'Smoke', passphrase });
      const rotated: Envelope<unknown> = await (window as AppWindow).custos.invoke('workspace.rotateKey', { passphrase, jobId: 'smoke-rotate-0001' });
      const verified: Envelope<unknown> = await (window as AppWindow).custos.invoke('workspace.verify', {});
      const locked: Envelope<unknown> = await (window as AppWindow).custos.invoke('workspace.lock', { reason: 'manual' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      stop();
      return { created, rotated, verified, locked, states, phases };
    },
    { directory: workDir, passphrase: PASSPHRASE },
  );
  expect(result.created).toMatchObject({ ok: true, value: { status: { state: 'unlocked' } } });
  expect(result.rotated).toMatchObject({ ok: true });
  expect(result.verified).toMatchObject({ ok: true, value: { ok: true } });
  expect(result.locked).toMatchObject({ ok: true, value: { state: 'locked' } });
  expect(result.states).toContain('locked');
});

test('refuses platform calls it should refuse, without dialogs', async () => {
  const result = await page.evaluate(async () => ({
    external: await (window as AppWindow).custos.platform.openExternal('https://example.com/'),
    badSave: await (window as AppWindow).custos.platform.chooseSavePath({ filters: [{ name: 'x', extensions: ['../../x'] }] }),
    available: typeof (await (window as AppWindow).custos.platform.keychain?.available()),
    enabledFor: await (window as AppWindow).custos.platform.keychain?.enabledFor('/nowhere/Nothing.custos'),
    unlock: await (window as AppWindow).custos.platform.keychain?.unlock('/nowhere/Nothing.custos'),
  }));
  expect(result.external).toBe(false);
  expect(result.badSave).toBeNull();
  expect(result.available).toBe('boolean');
  expect(result.enabledFor).toBe(false);
  expect(result.unlock).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

test('builds the application menu', async () => {
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
  expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
});

test('gets a fresh backend connection after a reload, with no CSP violations', async () => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.reload();
  await page.waitForLoadState('load');
  await expect(page.locator('#root > *').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(await page.evaluate(() => (window as AppWindow).custos.invoke('app.ping', {}))).toEqual({ ok: true, value: { pong: true } });
  const status = await page.evaluate(() => (window as AppWindow).custos.invoke('workspace.status', {}));
  expect(status).toMatchObject({ ok: true, value: { state: 'locked' } });
});
