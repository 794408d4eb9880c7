// Importing 200,000 training completions (an LMS export) into a real encrypted workspace with 5,000
// people and 20 courses: the time to the dry-run preview (read the file, find each person by email
// and course by title, parse dates and scores, judge pass or fail, de-duplicate against the file and
// the record), and the rate of the whole import as the app runs it (that dry run, then the commit
// job writing every completion and a pass's evidence links in one transaction, in batches, then
// regenerating the assignments once, with one audit event for the import). The file is CSV, and
// XLSX as well with CUSTOS_TRAINING_BENCH_XLSX=1.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createBackend } from '../../electron/backend/backend';
import { collectGarbage, elapsedMs, now, report, scratchDirectory } from './bench-support';

const ROWS = Number(process.env.CUSTOS_TRAINING_BENCH_ROWS ?? 200_000);
const PEOPLE = 5_000;
const COURSES = 20;
const NOW = new Date('2026-06-15T10:00:00Z');
const DEPARTMENTS = ['Engineering', 'Sales', 'Support', 'Finance', 'People', 'Legal', 'Marketing', 'Operations'];

const backend = createBackend({ configDir: join(scratchDirectory('training-import-config'), 'config'), appVersion: 'bench', defaultWorkspaceDirectory: scratchDirectory('training-import'), kdfLogN: 12, now: () => NOW });
async function call<T>(procedure: string, input: unknown): Promise<T> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}
const upload = (name: string, content: string | Buffer) => ({ kind: 'upload', name, base64: Buffer.from(content).toString('base64') });

/** A fresh workspace with the people (imported from an HR file) and the courses. */
async function workspace(name: string): Promise<void> {
  await call('workspace.create', { directory: scratchDirectory(`training-import-${name}`), name, passphrase: 'correct horse battery staple' });
  const people = ['Name,Email,Department,Role,Start date'];
  for (let i = 0; i < PEOPLE; i++) people.push(`Person ${i},person${i}@acme.example,${DEPARTMENTS[i % DEPARTMENTS.length]},Staff,2019-01-07`);
  await call('trainingImport.commit', { source: upload('hr.csv', people.join('\n')), kind: 'people', jobId: `bench-people-${name}` });
  for (let c = 0; c < COURSES; c++) {
    await call('training.courses.create', {
      title: `Course ${c}`,
      kind: 'security_awareness',
      description: '',
      audience: c < 10 ? { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null } : { allStaff: false, departments: [DEPARTMENTS[c % DEPARTMENTS.length]], roles: [], newJoinersWithinDays: null },
      schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } },
      passingScore: c % 2 === 0 ? 80 : null,
      materials: [],
    });
  }
  await call('training.assignments.generate', {});
}

/** Two completions per person and course (a year apart), scores 60–100. */
function completionRows(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const pairs = PEOPLE * COURSES;
  for (let k = 0; k < ROWS; k++) {
    const pair = k % pairs;
    const round = Math.floor(k / pairs);
    const person = pair % PEOPLE;
    const course = Math.floor(pair / PEOPLE);
    const day = new Date(Date.UTC(2024, 6, 1) + (round * 365 + (k % 300)) * 86_400_000).toISOString().slice(0, 10);
    rows.push([`person${person}@acme.example`, `Course ${course}`, day, 60 + (k % 41), `CERT-${k}`]);
  }
  return rows;
}

const HEADER = ['Learner email', 'Course title', 'Completion date', 'Score', 'Certificate number'];

async function measure(label: string, source: unknown): Promise<void> {
  collectGarbage();
  const request = { source, kind: 'completions' };
  const start = now();
  const preview = await call<{ counts: { new: number; error: number }; passed: number }>('trainingImport.dryRun', request);
  const dryRunMs = elapsedMs(start);
  if (preview.counts.new !== ROWS || preview.counts.error !== 0) throw new Error(`unexpected preview: ${JSON.stringify(preview.counts)}`);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const commitStart = now();
  const cpuStart = process.cpuUsage();
  const result = await call<{ created: number; passed: number; assignments: { open: number } }>('trainingImport.commit', { ...request, jobId: `bench-completions-${label}` });
  const commitMs = elapsedMs(commitStart);
  const cpu = process.cpuUsage(cpuStart);
  await new Promise((resolve) => setTimeout(resolve, 20));
  loopDelay.disable();
  const totalMs = elapsedMs(start);
  if (result.created !== ROWS) throw new Error(`created ${result.created} of ${ROWS}`);
  const suffix = label === 'csv' ? '' : `_${label}`;
  report(`completion_import_dry_run_ms${suffix}`, dryRunMs, 'ms');
  report(`completion_import_rows_per_s${suffix}`, ROWS / (totalMs / 1000), 'rows/s');
  report(`completion_import_commit_ms${suffix}`, commitMs, 'ms');
  // CPU time beside the wall time: on a busy machine the wall time also counts other processes' turns.
  report(`completion_import_commit_cpu_ms${suffix}`, (cpu.user + cpu.system) / 1000, 'ms');
  report(`completion_import_commit_max_stall_ms${suffix}`, loopDelay.max / 1e6, 'ms');
  process.stdout.write(`  # ${label}: ${ROWS} completions (${result.passed} passes) for ${PEOPLE} people and ${COURSES} courses; ${result.assignments.open} open assignments after the run\n`);
}

const rows = completionRows();
await workspace('csv');
await measure('csv', upload('lms.csv', [HEADER, ...rows].map((row) => row.join(',')).join('\n')));
await call('workspace.lock', { reason: 'manual' });

if (process.env.CUSTOS_TRAINING_BENCH_XLSX === '1') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Completions');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  await workspace('xlsx');
  await measure('xlsx', upload('lms.xlsx', bytes));
}
await backend.dispose();
