// Where app preferences and new workspaces go when the caller does not say.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultConfigDir(): string {
  if (process.env.CUSTOS_CONFIG_DIR) return process.env.CUSTOS_CONFIG_DIR;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Custos');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Custos');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'custos');
}

export function defaultWorkspaceDirectory(): string {
  return join(homedir(), 'Documents', 'Custos');
}

/** Test-only KDF cost override (scrypt log2 N); ignored unless it is a sane integer. */
export function kdfLogNFromEnv(): number | undefined {
  const value = Number(process.env.CUSTOS_KDF_LOG_N);
  return Number.isInteger(value) && value >= 10 && value <= 22 ? value : undefined;
}
