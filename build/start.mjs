#!/usr/bin/env node
// `npm start`: the desktop app when Electron is installed, browser mode otherwise. Builds what is
// missing first (dist/, and for Electron the Electron-ABI SQLCipher module). Extra arguments go to
// Electron or to the browser-mode server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

/** The Electron executable, or null: the npm package throws when its binary was never downloaded. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function ensure(label, files, command, args) {
  if (files.every((file) => existsSync(path.join(root, file)))) return;
  console.log(`start: ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron) {
  ensure(
    'building dist/',
    ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/backend-host.mjs', 'dist/renderer/index.html'],
    'npm',
    ['run', 'build'],
  );
  const native = path.join('build', 'native', `${process.platform}-${process.arch}`, 'better_sqlite3.node');
  ensure('building the Electron-ABI native module', [native], process.execPath, [path.join(root, 'build', 'electron-native.mjs')]);
  // ELECTRON_RUN_AS_NODE in the caller's environment would start a Node REPL instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, [root, ...passThrough], env);
} else {
  console.log('Electron is not installed here (binary missing); starting browser mode instead.');
  ensure('building dist/', ['dist/web/server.mjs', 'dist/renderer/index.html'], 'npm', ['run', 'build']);
  run(process.execPath, [path.join(root, 'dist', 'web', 'server.mjs'), ...passThrough]);
}
