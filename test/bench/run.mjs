// Runs every test/bench/*.bench.ts in its own Node process, so one benchmark's heap, page cache
// and JIT state do not colour the next. Each file is bundled with esbuild into a temporary folder
// first (no TypeScript loader is needed). Usage: node test/bench/run.mjs [name-filter...]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const filters = process.argv.slice(2);

const benches = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

// The bundles live in a temp folder, outside the project's node_modules, so the native module is
// imported by absolute URL.
const nativeModules = ['better-sqlite3-multiple-ciphers'];
const externalNative = {
  name: 'external-native',
  setup(builder) {
    const pattern = new RegExp(`^(${nativeModules.join('|')})$`);
    builder.onResolve({ filter: pattern }, (args) => ({ path: pathToFileURL(require.resolve(args.path)).href, external: true }));
  },
};

const outDir = mkdtempSync(join(tmpdir(), 'custos-bench-'));
const failures = [];
const started = Date.now();
try {
  for (const file of benches) {
    const name = basename(file, '.bench.ts');
    const outfile = join(outDir, `${name}.mjs`);
    await build({
      entryPoints: [join(here, file)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      plugins: [externalNative],
      // Bundled CommonJS dependencies may call require().
      banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    });
    process.stdout.write(`# ${name}\n`);
    const code = await new Promise((resolveRun) => {
      const child = spawn(process.execPath, ['--expose-gc', outfile], {
        cwd: root,
        env: { ...process.env, CUSTOS_ROOT: root },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('exit', (status, signal) => resolveRun(status ?? (signal ? 1 : 0)));
    });
    if (code !== 0) failures.push(name);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

process.stdout.write(`# ${benches.length} benchmark files in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
if (failures.length > 0) {
  process.stderr.write(`# failed: ${failures.join(', ')}\n`);
  process.exitCode = 1;
}
