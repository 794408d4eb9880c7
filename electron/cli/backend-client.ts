// The CLI's in-process backend, created on first use with the same defaults as browser mode, and a
// typed call that turns an error envelope into an exception the entry point prints.
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import { createBackend, type Backend } from '../backend/backend';
import { defaultConfigDir, defaultWorkspaceDirectory, kdfLogNFromEnv } from '../backend/runtime-paths';
import { ProcedureError, type Output } from './output';

declare const __APP_VERSION__: string;

export async function call<P extends ProcedureName>(backend: Backend, procedure: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new ProcedureError(envelope.error);
  return envelope.value as ProcedureOutput<P>;
}

/** What every command gets: where to print, the environment, and a backend created on first use. */
export interface CliContext {
  readonly output: Output;
  readonly env: NodeJS.ProcessEnv;
  backend(): Backend;
}

export function createCliContext(output: Output, env: NodeJS.ProcessEnv): { context: CliContext; dispose(): Promise<void> } {
  let backend: Backend | null = null;
  return {
    context: {
      output,
      env,
      // CUSTOS_CONFIG_DIR and CUSTOS_KDF_LOG_N (tests only) are read by runtime-paths.
      backend: () =>
        (backend ??= createBackend({
          configDir: defaultConfigDir(),
          appVersion: __APP_VERSION__,
          defaultWorkspaceDirectory: defaultWorkspaceDirectory(),
          kdfLogN: kdfLogNFromEnv(),
        })),
    },
    // Locks the workspace, so the key leaves memory and the database is closed cleanly.
    dispose: async () => {
      const open = backend;
      backend = null;
      if (open) await open.dispose();
    },
  };
}
