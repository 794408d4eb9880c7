// From passphrase to first query on the demo workspace, at the production KDF cost: what a user
// waits for after pressing Unlock. The demo is created once (not timed), then locked and reopened.
import { createBackend } from '../../electron/backend/backend';
import type { ProcedureInput, ProcedureName } from '../../shared/contract';
import { elapsedMs, median, now, report, scratchDirectory } from './bench-support';

const RUNS = 7;
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';

const dir = scratchDirectory('unlock');
// No kdfLogN: the production cost is the point of this benchmark.
const backend = createBackend({ configDir: `${dir}/config`, appVersion: 'bench', defaultWorkspaceDirectory: dir });

async function call<P extends ProcedureName>(procedure: P, input: ProcedureInput<P>): Promise<unknown> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

try {
  const created = (await call('workspace.createDemo', { directory: dir, passphrase: PASSPHRASE })) as { path: string };
  await call('workspace.lock', { reason: 'manual' });
  // One untimed unlock warms the module and file caches, as a second launch would.
  await call('workspace.open', { path: created.path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  await call('workspace.lock', { reason: 'manual' });

  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = now();
    await call('workspace.open', { path: created.path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await call('workspace.overview', {});
    samples.push(elapsedMs(start));
    await call('workspace.lock', { reason: 'manual' });
  }
  report('unlock_ms', median(samples), 'ms', { kind: 'max', limit: 700 });
} finally {
  await backend.dispose();
}
