// Importing a 50,000-row register of processing activities from XLSX into a real encrypted
// workspace: the time to the dry-run preview (read, parse, validate every row) and the rate of the
// whole import as the app runs it (that dry run, then the commit job writing every record with its
// audit event, search index entry and evidence links in one transaction, written in batches), and
// the longest the event loop was held at a time while the commit ran.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createBackend } from '../../electron/backend/backend';
import { collectGarbage, elapsedMs, now, report, scratchDirectory } from './bench-support';

const ROWS = Number(process.env.CUSTOS_IMPORT_BENCH_ROWS ?? 50_000);

const dir = scratchDirectory('inventory-import');
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Register');
sheet.addRow(['Processing activity', 'Purpose', 'Role', 'Lawful basis (GDPR Art 6)', 'Categories of personal data', 'Categories of data subjects', 'Systems', 'Retention (months)', 'Volume (records)', 'Automated decision-making', 'Review date', 'Owner']);
for (let i = 0; i < ROWS; i++) {
  sheet.addRow([`Activity ${i}`, `Purpose of activity ${i}`, i % 3 === 0 ? 'Processor' : 'Controller', ['Consent', '6(1)(b)', 'Legal obligation', 'f'][i % 4], `Category ${i % 40}; Category ${(i + 7) % 40}`, `Subjects ${i % 10}`, `System ${i % 25}`, 12 + (i % 100), 1000 + i, i % 2 === 0 ? 'yes' : 'no', new Date(Date.UTC(2026, i % 12, 1 + (i % 28))), `Team ${i % 30}`]);
}
const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
const source = { kind: 'upload', name: 'register.xlsx', base64: bytes.toString('base64') };

const backend = createBackend({ configDir: join(dir, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: dir, kdfLogN: 12 });
async function call(procedure: string, input: unknown): Promise<unknown> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}
await call('workspace.create', { directory: dir, name: 'Import', passphrase: 'correct horse battery staple' });

collectGarbage();
const request = { source, recordType: 'activities', onDuplicate: 'skip' };
const start = now();
const preview = (await call('inventoryImport.dryRun', request)) as { counts: { new: number; error: number } };
const dryRunMs = elapsedMs(start);
if (preview.counts.new !== ROWS || preview.counts.error !== 0) throw new Error(`unexpected preview: ${JSON.stringify(preview.counts)}`);
// How long the event loop was held at a time during the commit: what a progress event, a cancel or
// another procedure waits at most.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const commitStart = now();
const result = (await call('inventoryImport.commit', { ...request, jobId: 'bench-import-1' })) as { created: number };
const commitMs = elapsedMs(commitStart);
// One more turn of the timer, so a hold that lasted to the end of the commit is counted too.
await new Promise((resolve) => setTimeout(resolve, 20));
loopDelay.disable();
const totalMs = elapsedMs(start);
if (result.created !== ROWS) throw new Error(`created ${result.created} of ${ROWS}`);
await backend.dispose();

report('import_dry_run_ms', dryRunMs, 'ms');
// The whole import as the app runs it: the dry run, then the commit that writes its plan.
report('import_rows_per_s', ROWS / (totalMs / 1000), 'rows/s');
report('import_commit_ms', commitMs, 'ms');
report('import_commit_max_stall_ms', loopDelay.max / 1e6, 'ms');
