// Runs the built `custos` command as a user would: a child process with a clean environment (no
// inherited CUSTOS_*, LANG or LC_* variables), English unless the test says otherwise, and a
// config folder inside the test's work folder.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const CLI_BIN = join(resolve(import.meta.dirname, '../..'), 'bin', 'custos.mjs');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(work: string, args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const base: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('CUSTOS_') && !name.startsWith('LC_') && name !== 'LANG') base[name] = value;
  }
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd: work,
    env: { ...base, LANG: 'en_US.UTF-8', CUSTOS_KDF_LOG_N: '14', CUSTOS_CONFIG_DIR: join(work, 'config'), ...env },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
