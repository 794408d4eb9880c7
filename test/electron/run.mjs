#!/usr/bin/env node
// Runs the Electron smoke tests (Playwright's Electron driver) when the Electron binary is
// installed; otherwise reports a skip on one line and exits 0. On Linux without a display it runs
// them under xvfb-run when that is available. Extra arguments go to `playwright test`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  console.log('electron: skipped — Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network); runs in the GitHub workflow');
  process.exit(0);
}

for (const file of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/backend-host.mjs', 'dist/renderer/index.html']) {
  if (!existsSync(path.join(root, file))) {
    console.error(`electron: ${file} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

// The backend in the utility process needs the Electron-ABI SQLCipher build (cached after the first run).
const native = spawnSync(process.execPath, [path.join(root, 'build', 'electron-native.mjs')], { cwd: root, stdio: 'inherit' });
if (native.status !== 0) process.exit(native.status ?? 1);

const cli = path.join(path.dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const playwright = [cli, 'test', '--config', path.join('test', 'electron', 'playwright.config.ts'), ...process.argv.slice(2)];
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfb = headless && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
const [command, args] = hasXvfb ? ['xvfb-run', ['-a', process.execPath, ...playwright]] : [process.execPath, playwright];

const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
