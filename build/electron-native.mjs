#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into build/native/<platform>-<arch>/,
// leaving node_modules' Node build alone (the tests, the CLI and browser mode need that one). Works
// on a copy of the package in a temp folder: a prebuilt binary for Electron first (prebuild-install,
// from the package's GitHub releases), else node-gyp against Electron's headers. Both need network,
// so this runs in the GitHub workflow or on a developer machine. Cached by Electron version.
//
// Usage: node build/electron-native.mjs [--force] [--from-source] [--arch <arch>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const fromSource = args.includes('--from-source') || process.env.CUSTOS_NATIVE_FROM_SOURCE === '1';
const archIndex = args.indexOf('--arch');
const arch = archIndex >= 0 && args[archIndex + 1] ? args[archIndex + 1] : process.arch;
const platform = process.platform;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const electronDir = path.join(root, 'node_modules', 'electron');
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
if (!existsSync(path.join(electronDir, 'package.json')) || !existsSync(path.join(moduleDir, 'package.json'))) {
  console.error('electron-native: node_modules/electron or node_modules/better-sqlite3-multiple-ciphers is missing; run npm ci first');
  process.exit(1);
}
const electronVersion = readJson(path.join(electronDir, 'package.json')).version;
const moduleVersion = readJson(path.join(moduleDir, 'package.json')).version;
const abiFile = path.join(electronDir, 'abi_version');
const electronAbi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null;

const outDir = path.join(root, 'build', 'native', `${platform}-${arch}`);
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'build.json');
const stamp = { electron: electronVersion, abi: electronAbi, module: moduleVersion, platform, arch };

if (!force && existsSync(outFile) && existsSync(stampFile)) {
  try {
    const previous = readJson(stampFile);
    if (Object.keys(stamp).every((key) => previous[key] === stamp[key])) {
      console.log(`electron-native: up to date (Electron ${electronVersion}, ${platform}-${arch})`);
      process.exit(0);
    }
  } catch {
    // Rebuild below.
  }
}

const work = mkdtempSync(path.join(os.tmpdir(), 'custos-native-'));
const copy = path.join(work, 'better-sqlite3-multiple-ciphers');
const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');

function run(label, command, commandArgs, timeoutMs) {
  console.log(`electron-native: ${label}`);
  const result = spawnSync(command, commandArgs, { cwd: copy, stdio: 'inherit', timeout: timeoutMs, env: process.env });
  if (result.error) console.error(`electron-native: ${label} could not run (${result.error.code ?? result.error.message})`);
  return result.status === 0 && existsSync(built);
}

/** An Electron-ABI build must refuse to load in this Node; a build that loads is the wrong one. */
function checkAbi(file) {
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(file)})`], { encoding: 'utf8', timeout: 30_000 });
  if (probe.status === 0) return `it loads in Node ${process.version}, so it is a Node build, not an Electron one`;
  if (electronAbi && /NODE_MODULE_VERSION (\d+)/.test(probe.stderr)) {
    const found = /NODE_MODULE_VERSION (\d+)/.exec(probe.stderr)[1];
    if (found !== electronAbi) return `it targets NODE_MODULE_VERSION ${found}, Electron ${electronVersion} needs ${electronAbi}`;
  }
  return null;
}

let ok = false;
try {
  cpSync(moduleDir, copy, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(moduleDir, source);
      return relative !== 'build' && !relative.startsWith(`build${path.sep}`) && relative !== 'node_modules' && !relative.startsWith(`node_modules${path.sep}`);
    },
  });
  const node = process.execPath;
  if (!fromSource) {
    const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    ok = run(
      `prebuilt binary for Electron ${electronVersion} (${platform}-${arch})`,
      node,
      [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform, '--tag-prefix', 'v'],
      180_000,
    );
  }
  if (!ok) {
    const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    ok = run(
      `node-gyp against Electron ${electronVersion} headers (${platform}-${arch})`,
      node,
      [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron', `--arch=${arch}`],
      45 * 60_000,
    );
  }
  if (ok) {
    const problem = arch === process.arch ? checkAbi(built) : null;
    if (problem) {
      console.error(`electron-native: the result is not usable: ${problem}`);
      ok = false;
    } else {
      mkdirSync(outDir, { recursive: true });
      copyFileSync(built, outFile);
      writeFileSync(stampFile, `${JSON.stringify({ ...stamp, builtAt: new Date().toISOString() }, null, 2)}\n`);
      console.log(`electron-native: wrote ${path.relative(root, outFile)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (!ok) {
  console.error(
    `electron-native: could not build better-sqlite3-multiple-ciphers ${moduleVersion} for Electron ${electronVersion} (${platform}-${arch}). ` +
      'The prebuilt download (GitHub releases) and node-gyp (electronjs.org headers) both need network access; ' +
      'run this in the GitHub workflow or on a machine with network. node_modules was not changed.',
  );
  process.exit(1);
}
