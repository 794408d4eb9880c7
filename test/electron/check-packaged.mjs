#!/usr/bin/env node
// Checks the app electron-builder left in release/: fuses as after-pack.cjs set them, app.asar
// holding the bundles and nothing of the sources, the Electron-ABI native module in resources, and
// (with --self-test) that the packaged binary starts its backend and creates a workspace. Playwright
// cannot drive the packaged app (the fuses refuse --inspect), hence this separate check.
//
// Usage: node test/electron/check-packaged.mjs [--self-test] [release-dir]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const selfTest = args.includes('--self-test');
const releaseDir = path.resolve(root, args.find((arg) => !arg.startsWith('--')) ?? 'release');

const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
// The wire stores '0' / '1' bytes.
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 };
const asar = require('@electron/asar');
const { FUSES } = require(path.join(root, 'build', 'after-pack.cjs'));

const problems = [];
const check = (condition, message) => {
  if (!condition) problems.push(message);
};

function findApp() {
  if (!existsSync(releaseDir)) return null;
  const entries = readdirSync(releaseDir);
  if (process.platform === 'darwin') {
    for (const entry of entries.filter((name) => name.startsWith('mac'))) {
      const app = path.join(releaseDir, entry, 'Custos.app');
      if (existsSync(app)) {
        return { fuseTarget: app, executable: path.join(app, 'Contents', 'MacOS', 'Custos'), resources: path.join(app, 'Contents', 'Resources') };
      }
    }
    return null;
  }
  const dir = entries.find((name) => name === (process.platform === 'win32' ? 'win-unpacked' : 'linux-unpacked'));
  if (!dir) return null;
  const executable = path.join(releaseDir, dir, process.platform === 'win32' ? 'Custos.exe' : 'custos');
  return { fuseTarget: executable, executable, resources: path.join(releaseDir, dir, 'resources') };
}

const app = findApp();
if (!app) {
  console.error(`check-packaged: no unpacked app for ${process.platform} in ${releaseDir}`);
  process.exit(1);
}

// Fuses.
const wire = await getCurrentFuseWire(app.fuseTarget);
for (const [option, wanted] of Object.entries(FUSES)) {
  const name = FuseV1Options[option];
  const state = wire[option];
  check(state === (wanted ? FuseState.ENABLE : FuseState.DISABLE), `fuse ${name} is ${state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : String(state)}, wanted ${wanted ? 'on' : 'off'}`);
}

// app.asar contents.
const asarFile = path.join(app.resources, 'app.asar');
check(existsSync(asarFile), 'resources/app.asar is missing');
if (existsSync(asarFile)) {
  const files = asar.listPackage(asarFile).map((file) => file.replaceAll('\\', '/'));
  for (const required of [
    '/package.json',
    '/dist/electron/main.cjs',
    '/dist/electron/preload.cjs',
    '/dist/electron/backend-host.mjs',
    '/dist/renderer/index.html',
    '/node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
  ]) {
    check(files.includes(required), `app.asar lacks ${required}`);
  }
  const forbidden = files.filter(
    (file) =>
      /\.(ts|tsx|map)$/.test(file) ||
      /^\/(electron|renderer|shared|test|build)\//.test(file) ||
      /^\/node_modules\/better-sqlite3-multiple-ciphers\/(src|deps|build)\//.test(file) ||
      /^\/node_modules\/(react|react-dom|@mantine|zod)\//.test(file),
  );
  check(forbidden.length === 0, `app.asar holds what it should not: ${forbidden.slice(0, 5).join(', ')}${forbidden.length > 5 ? ' …' : ''}`);
}
check(existsSync(path.join(app.resources, 'native', 'better_sqlite3.node')), 'resources/native/better_sqlite3.node is missing');

// The packaged binary end to end.
if (selfTest && problems.length === 0) {
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'custos-packaged-'));
  try {
    const report = path.join(configDir, 'self-test.txt');
    const result = spawnSync(app.executable, [], {
      env: { ...process.env, CUSTOS_SELF_TEST: '1', CUSTOS_CONFIG_DIR: configDir, CUSTOS_SELF_TEST_REPORT: report },
      encoding: 'utf8',
      timeout: 180_000,
    });
    const output = `${existsSync(report) ? readFileSync(report, 'utf8') : ''}\n${result.stdout ?? ''}`;
    const line = output.split(/\r?\n/).find((text) => text.startsWith('custos self-test:')) ?? '';
    if (result.status !== 0 || !line.startsWith('custos self-test: ok')) {
      process.stderr.write(result.stderr ?? '');
      problems.push(`self-test failed (exit ${result.status ?? result.signal ?? result.error?.message}): ${line || 'no self-test line'}`);
    } else {
      console.log(`check-packaged: ${line}`);
    }
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-packaged: ${problem}`);
  process.exit(1);
}
console.log(`check-packaged: ok (${path.relative(root, app.fuseTarget)})`);
