// Test helpers: a real backend over a real SQLCipher workspace in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend, type BackendOptions } from '../../electron/backend/backend';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';

export const PASSPHRASE = 'correct horse battery staple';
export const OTHER_PASSPHRASE = 'violet lantern across the quiet harbour';

export interface TestBackend {
  backend: Backend;
  dir: string;
  call<P extends ProcedureName>(name: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>>;
  fail(name: string, input: unknown): Promise<{ code: string; message: string; details?: Record<string, unknown> }>;
  cleanup(): Promise<void>;
}

export function makeTempDir(prefix = 'custos-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testBackend(options: Partial<BackendOptions> & { dir?: string } = {}): TestBackend {
  const dir = options.dir ?? makeTempDir();
  const backend = createBackend({
    configDir: join(dir, 'config'),
    appVersion: '0.0.0-test',
    defaultWorkspaceDirectory: join(dir, 'workspaces'),
    kdfLogN: 12,
    ...options,
  });
  return {
    backend,
    dir,
    async call(name, input) {
      const envelope = await backend.invoke(name, input);
      if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value as never;
    },
    async fail(name, input) {
      const envelope = await backend.invoke(name, input);
      if (envelope.ok) throw new Error(`${name} unexpectedly succeeded`);
      return envelope.error as never;
    },
    async cleanup() {
      await backend.dispose();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
