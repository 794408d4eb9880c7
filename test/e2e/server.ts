// Starts the browser-mode server (dist/web/server.mjs) in a fresh config directory and reads the
// URL, with its per-run token, from the first line it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_ENTRY = path.join(repoRoot, 'dist/web/server.mjs');

export interface CustosServer {
  /** The URL to open, with `#token=…`. */
  url: string;
  origin: string;
  token: string;
  /** A fresh folder to create workspaces in. */
  workspaceDir: string;
  configDir: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startServer(options: { env?: Record<string, string> } = {}): Promise<CustosServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  const base = mkdtempSync(path.join(os.tmpdir(), 'custos-e2e-'));
  const configDir = path.join(base, 'config');
  const workspaceDir = path.join(base, 'workspaces');
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY, '--no-open', '--port', '0', '--config-dir', configDir], {
    env: { ...process.env, CUSTOS_KDF_LOG_N: '14', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));

  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`server did not print its URL within 20 s\n${stdout}${log}`)), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code})\n${stdout}${log}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      log += chunk.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      const match = /^Custos is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9._~-]+)\s*$/.exec(stdout.slice(0, newline));
      clearTimeout(timer);
      if (match?.[1]) resolve(match[1]);
      else reject(new Error(`unexpected first line from the server: ${stdout.slice(0, newline)}`));
    });
  });
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';

  return {
    url,
    origin: parsed.origin,
    token,
    workspaceDir,
    configDir,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000));
        await Promise.race([exited, timeout]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}
