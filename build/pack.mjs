#!/usr/bin/env node
// Packages the desktop app: builds dist/ (Node bundles and renderer), the Electron-ABI SQLCipher
// module, then runs electron-builder with electron-builder.yml. Extra arguments go to
// electron-builder (e.g. `--linux dir`, `--mac dmg --arm64`). Never publishes.
//
// Usage: node build/pack.mjs [--skip-build] [electron-builder args...]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const builderArgs = args.filter((arg) => arg !== '--skip-build');

function step(label, command, commandArgs) {
  console.log(`pack: ${label}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
  if (result.status !== 0) {
    console.error(`pack: ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!skipBuild) step('build dist/', 'npm', ['run', 'build']);
step('Electron-ABI native module', process.execPath, [path.join(root, 'build', 'electron-native.mjs')]);
const archArg = builderArgs.find((arg) => ['--x64', '--arm64', '--ia32', '--armv7l', '--universal'].includes(arg));
if (archArg && archArg.slice(2) !== process.arch) {
  // The native module is built for one architecture; cross-arch packages need it built there.
  step(`native module for ${archArg.slice(2)}`, process.execPath, [path.join(root, 'build', 'electron-native.mjs'), '--arch', archArg.slice(2)]);
}
step('electron-builder', process.execPath, [
  path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
  '--config',
  'electron-builder.yml',
  '--publish',
  'never',
  ...builderArgs,
]);
console.log(`pack: done; see ${path.join(root, 'release')}`);
