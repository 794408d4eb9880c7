// Bundles the Node side (browser-mode server, CLI, Electron main / preload / backend host) with
// esbuild into dist/. The native SQLCipher module and Electron stay external.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * archiver-utils 2 (under exceljs's streaming XLSX writer) still calls the deprecated `new Buffer()`.
 * Node stays quiet about that inside node_modules, but not once it is bundled: every large register
 * printed a DEP0005 warning. Its three calls become the equivalent Buffer.alloc / Buffer.from here.
 */
const modernBuffer = {
  name: 'archiver-utils-buffer',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]archiver-utils[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source
        .replace('new Buffer(size)', 'Buffer.alloc(size)')
        .replace('new Buffer(0)', 'Buffer.alloc(0)')
        .replace('new Buffer(source)', 'Buffer.from(source)');
      if (contents.includes('new Buffer(')) throw new Error(`${args.path} has a Buffer() call this build does not know`);
      return { contents, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['better-sqlite3-multiple-ciphers', 'electron'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // CRC-32 for the ZIP writers from Node's zlib instead of JavaScript (build/shims/buffer-crc32.cjs).
  alias: { 'buffer-crc32': './build/shims/buffer-crc32.cjs' },
  plugins: [modernBuffer],
  absWorkingDir: root,
};
// ESM bundles of CommonJS dependencies need a real `require` for Node built-ins.
const esmBanner = { js: "import { createRequire as __custosCreateRequire } from 'node:module'; const require = __custosCreateRequire(import.meta.url);" };

const entries = [
  { in: 'electron/web/main.ts', out: 'dist/web/server.mjs', format: 'esm' },
  { in: 'electron/cli/main.ts', out: 'dist/cli/custos.mjs', format: 'esm' },
  // Electron: main and the sandboxed preload are CommonJS; the backend host runs as an ES module.
  { in: 'electron/main/main.ts', out: 'dist/electron/main.cjs', format: 'cjs' },
  { in: 'electron/preload/preload.ts', out: 'dist/electron/preload.cjs', format: 'cjs' },
  { in: 'electron/main/utility/backend-host.ts', out: 'dist/electron/backend-host.mjs', format: 'esm' },
];

const started = Date.now();
const results = await Promise.allSettled(
  entries
    .filter((entry) => existsSync(join(root, entry.in)))
    .map((entry) =>
      build({
        ...common,
        entryPoints: [entry.in],
        outfile: entry.out,
        format: entry.format,
        ...(entry.format === 'esm' ? { banner: esmBanner } : {}),
      }),
    ),
);
const failed = results.filter((r) => r.status === 'rejected');
if (failed.length > 0) {
  console.error(`${failed.length} node bundle(s) failed to build`);
  process.exit(1);
}
console.log(`node bundles built in ${Date.now() - started} ms`);
