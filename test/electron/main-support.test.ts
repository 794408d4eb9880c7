import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/contract';
import { isPageMenuCommand, IPC, MENU_EVENT_PREFIX } from '../../electron/preload/ipc-channels';
import {
  chooseDirectoryArgs,
  chooseSavePathArgs,
  chooseWorkspaceArgs,
  isWorkspaceBundlePath,
  openExternalArgs,
  workspaceBundleFromSelection,
  workspacePathArgs,
} from '../../electron/main/ipc-schemas';
import { MAIN_LABELS, formatLabel, labelsFor, resolveLanguage } from '../../electron/main/menu-labels';
import { resolveLayout } from '../../electron/main/paths';

describe('main labels', () => {
  it('exist in every app language with the same keys, none empty', () => {
    const english = Object.keys(MAIN_LABELS.en).sort();
    for (const language of LANGUAGES) {
      const labels = labelsFor(language);
      expect(Object.keys(labels).sort()).toEqual(english);
      for (const [key, value] of Object.entries(labels)) expect(value.trim(), `${language}.${key}`).not.toBe('');
    }
    expect(labelsFor('zh-CN').file).toBe('文件');
  });

  it('follow the app setting, else the system locale', () => {
    expect(resolveLanguage('zh-CN', 'en-US')).toBe('zh-CN');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage(undefined, 'zh-CN')).toBe('zh-CN');
    expect(resolveLanguage('fr', 'de-DE')).toBe('en');
  });

  it('fill placeholders', () => {
    expect(formatLabel(MAIN_LABELS.en.aboutDetail, { version: '1.2.3' })).toContain('1.2.3');
    expect(formatLabel('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('platform IPC arguments', () => {
  it('accept what the bridge sends', () => {
    expect(chooseDirectoryArgs.safeParse(undefined).success).toBe(true);
    expect(chooseDirectoryArgs.safeParse({ title: 'Pick', defaultPath: '/home/a' }).success).toBe(true);
    expect(chooseWorkspaceArgs.safeParse({}).success).toBe(true);
    expect(
      chooseSavePathArgs.safeParse({ title: 'Save', defaultPath: 'audit-pack.zip', filters: [{ name: 'ZIP', extensions: ['zip'] }] }).success,
    ).toBe(true);
    expect(openExternalArgs.safeParse('https://github.com/').success).toBe(true);
    expect(workspacePathArgs.safeParse('/w/Acme.custos').success).toBe(true);
  });

  it('refuse anything else', () => {
    expect(chooseDirectoryArgs.safeParse({ title: 'x', extra: true }).success).toBe(false);
    expect(chooseDirectoryArgs.safeParse({ defaultPath: 'a\0b' }).success).toBe(false);
    expect(chooseDirectoryArgs.safeParse({ title: 'x'.repeat(201) }).success).toBe(false);
    expect(chooseSavePathArgs.safeParse({ filters: [{ name: 'x', extensions: ['../../x'] }] }).success).toBe(false);
    expect(chooseSavePathArgs.safeParse({ filters: Array.from({ length: 21 }, () => ({ name: 'x', extensions: ['x'] })) }).success).toBe(false);
    expect(openExternalArgs.safeParse(42).success).toBe(false);
    expect(openExternalArgs.safeParse('x'.repeat(2049)).success).toBe(false);
    expect(workspacePathArgs.safeParse('').success).toBe(false);
    expect(workspacePathArgs.safeParse({ path: '/w' }).success).toBe(false);
  });

  it('recognise workspace bundles', () => {
    expect(isWorkspaceBundlePath('/w/Acme.custos')).toBe(true);
    expect(isWorkspaceBundlePath('C:\\w\\Acme.CUSTOS\\')).toBe(true);
    expect(isWorkspaceBundlePath('/w/.custos')).toBe(false);
    expect(isWorkspaceBundlePath('/w/Acme')).toBe(false);
    expect(workspaceBundleFromSelection('/w/Acme.custos/')).toBe('/w/Acme.custos');
    expect(workspaceBundleFromSelection('/w/Acme.custos/workspace.db')).toBe('/w/Acme.custos');
    expect(workspaceBundleFromSelection('C:\\w\\Acme.custos\\keyring.json')).toBe('C:\\w\\Acme.custos');
    expect(workspaceBundleFromSelection('/w/Acme/workspace.db')).toBeNull();
  });
});

describe('IPC channels', () => {
  it('are unique and namespaced', () => {
    const names = Object.values(IPC);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.startsWith('custos:')).toBe(true);
    expect(isPageMenuCommand('workspace.new')).toBe(true);
    expect(isPageMenuCommand('app.quit')).toBe(false);
    expect(MENU_EVENT_PREFIX).toBe('custos:menu:');
  });
});

describe('app layout', () => {
  const base = { platform: 'linux' as const, arch: 'x64', resourcesPath: '/opt/Custos/resources', env: {} };

  it('uses the checkout in development', () => {
    const electronDir = path.join('/src', 'custos', 'dist', 'electron');
    const layout = resolveLayout({ ...base, electronDir, isPackaged: false, exists: () => true });
    expect(layout.rendererRoot).toBe(path.join('/src', 'custos', 'dist', 'renderer'));
    expect(layout.preload).toBe(path.join(electronDir, 'preload.cjs'));
    expect(layout.backendEntry).toBe(path.join(electronDir, 'backend-host.mjs'));
    expect(layout.nativeBinding).toBe(path.join('/src', 'custos', 'build', 'native', 'linux-x64', 'better_sqlite3.node'));
    const overridden = resolveLayout({ ...base, electronDir, isPackaged: false, env: { CUSTOS_NATIVE_BINDING: '/tmp/x.node' }, exists: () => true });
    expect(overridden.nativeBinding).toBe('/tmp/x.node');
  });

  it('uses only its own resources when packaged, whatever the environment says', () => {
    const layout = resolveLayout({
      ...base,
      electronDir: '/opt/Custos/resources/app.asar/dist/electron',
      isPackaged: true,
      env: { CUSTOS_NATIVE_BINDING: '/tmp/evil.node' },
      exists: () => true,
    });
    expect(layout.nativeBinding).toBe(path.join('/opt/Custos/resources', 'native', 'better_sqlite3.node'));
    expect(layout.rendererRoot).toBe(path.join('/opt/Custos/resources/app.asar/dist', 'renderer'));
  });

  it('reports a missing native build as absent', () => {
    const layout = resolveLayout({ ...base, electronDir: '/src/dist/electron', isPackaged: false, exists: () => false });
    expect(layout.nativeBinding).toBeUndefined();
    expect(layout.icon).toBeUndefined();
  });
});

describe('packaged self-test', () => {
  it('passes against the real backend', async () => {
    const { mkdtempSync, rmSync, mkdirSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const { createBackend } = await import('../../electron/backend/backend');
    const { runSelfTest } = await import('../../electron/main/self-test');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'custos-self-test-spec-'));
    const rendererRoot = path.join(dir, 'renderer');
    mkdirSync(rendererRoot);
    writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html>');
    const backend = createBackend({ configDir: path.join(dir, 'config'), appVersion: '0.0.0-test', defaultWorkspaceDirectory: dir, kdfLogN: 12 });
    try {
      const result = await runSelfTest({ invoke: (procedure, input) => backend.invoke(procedure, input), rendererRoot, nativeBinding: '/present' });
      expect(result).toEqual({ ok: true, line: 'custos self-test: ok (ping, create, rekey, verify, lock, close)' });
      const missing = await runSelfTest({ invoke: (procedure, input) => backend.invoke(procedure, input), rendererRoot, nativeBinding: undefined });
      expect(missing.ok).toBe(false);
      expect(missing.line).toContain('native');
    } finally {
      await backend.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
