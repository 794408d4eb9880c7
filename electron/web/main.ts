// `npm run web` / `node dist/web/server.mjs`: starts browser mode and prints its URL (with the
// per-run token) as the first line of output.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend';
import { defaultConfigDir, defaultWorkspaceDirectory, kdfLogNFromEnv } from '../backend/runtime-paths';
import { startWebServer } from './server';

declare const __APP_VERSION__: string;

const CHROMIUM_FLAGS = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function findChromium(): string | null {
  const candidates = [process.env.CUSTOS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

function openBrowser(url: string): void {
  const chromium = findChromium();
  const [command, args] = chromium
    ? [chromium, [...CHROMIUM_FLAGS, `--app=${url}`]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write('Could not open a browser; open the URL above yourself.\n'));
  child.unref();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      'config-dir': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535`);
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = join(here, '..', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write('The UI is not built: run `npm run build` first.\n');
    process.exit(1);
  }
  const backend = createBackend({
    configDir: values['config-dir'] ?? defaultConfigDir(),
    appVersion: __APP_VERSION__,
    defaultWorkspaceDirectory: defaultWorkspaceDirectory(),
    kdfLogN: kdfLogNFromEnv(),
  });
  const server = await startWebServer({ backend, rendererDir, port });
  process.stdout.write(`Custos is running at ${server.url}\n`);
  process.stdout.write('Press Ctrl+C to stop. The workspace is locked when the server stops.\n');
  if (!values['no-open']) openBrowser(server.url);

  const stop = async () => {
    await backend.dispose();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
