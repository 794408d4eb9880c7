#!/usr/bin/env node
// The `custos` command: a shim over the bundled CLI in dist/cli, built by `npm run build:node`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/custos.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('custos: the command line is not built yet; run `npm run build:node` first.\n');
  process.exit(1);
}
const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2));
