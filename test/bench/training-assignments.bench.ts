// Generating training assignments for 5,000 people and 20 courses (about 100,000 assignments) in a
// real encrypted workspace: audience rules (all staff, departments, roles, new joiners), after-
// completion and calendar recurrences, 20,000 completions on record. Each run starts from no
// assignments and writes them all in one transaction with the run's audit event; a second
// generation over the result (nothing to change) is measured beside it.
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { generateAssignments } from '../../electron/backend/training/training-assignments';
import { createCourse } from '../../electron/backend/training/training-courses';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { WorkspaceDb } from '../../electron/backend/workspace/workspace-db';
import type { CourseInput } from '../../shared/contract/areas/training';
import { assertEncryption } from './bench-database';
import { collectGarbage, elapsedMs, median, now, report, scratchDirectory } from './bench-support';

const PEOPLE = 5_000;
const COURSES = 20;
const COMPLETIONS = 20_000;
const RUNS = 5;
const PASSPHRASE = 'correct horse battery staple';
const NOW = new Date('2026-06-15T10:00:00Z');
const TODAY = '2026-06-15';
const DEPARTMENTS = ['Engineering', 'Sales', 'Support', 'Finance', 'People', 'Legal', 'Marketing', 'Operations'];
const ROLES = ['Developer', 'Manager', 'Agent', 'Analyst', 'Administrator'];

const dir = scratchDirectory('training-assignments');
const backend = createBackend({ configDir: join(dir, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: dir, kdfLogN: 12, now: () => NOW });
const createdEnvelope = await backend.invoke('workspace.create', { directory: dir, name: 'Training', passphrase: PASSPHRASE });
if (!createdEnvelope.ok) throw new Error(createdEnvelope.error.message);
const created = createdEnvelope.value as { path: string; recoveryKey: string };
await backend.invoke('workspace.lock', { reason: 'manual' });
await backend.dispose();

const dbFile = join(created.path, 'workspace.db');
assertEncryption(dbFile, true);
const db = openSqlCipher(dbFile, created.recoveryKey.replace(/-/g, '').toLowerCase(), { fileMustExist: true });
const workspace = new WorkspaceDb(db, () => NOW);
const actor = { id: 'bench', role: 'owner' as const };

const courseIds: string[] = [];
workspace.change({ actor, procedure: 'bench.setup' }, (tx) => {
  const insert = db.prepare("INSERT INTO people (id, name, email, department, role, start_date, leave_date, created_at, updated_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?)");
  for (let i = 0; i < PEOPLE; i++) {
    const start = new Date(Date.UTC(2018, 0, 1) + ((i * 86_400_000 * 7) % (8.4 * 365 * 86_400_000))).toISOString().slice(0, 10);
    insert.run(`p-${i}`, `Person ${i}`, DEPARTMENTS[i % DEPARTMENTS.length], ROLES[i % ROLES.length], start, i % 50 === 0 ? '2026-01-31' : null, tx.at, tx.at);
  }
  for (let c = 0; c < COURSES; c++) {
    const audience: CourseInput['audience'] =
      c < 8
        ? { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null }
        : c < 14
          ? { allStaff: false, departments: [DEPARTMENTS[c % DEPARTMENTS.length]!, DEPARTMENTS[(c + 3) % DEPARTMENTS.length]!], roles: [], newJoinersWithinDays: null }
          : c < 18
            ? { allStaff: false, departments: [], roles: [ROLES[c % ROLES.length]!], newJoinersWithinDays: null }
            : { allStaff: false, departments: [], roles: [], newJoinersWithinDays: 60 };
    const schedule: CourseInput['schedule'] =
      c % 4 === 3 ? { kind: 'calendar', rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', tzid: 'Europe/Dublin', start: '2024-03-31' } : { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } };
    courseIds.push(createCourse(tx, { title: `Course ${c}`, kind: 'security_awareness', description: '', audience, schedule, passingScore: 80, materials: [] }, TODAY).id);
  }
  const completion = db.prepare("INSERT INTO training_completions (id, course_id, person_id, completed_on, score, passed, certificate_ref, recorded_at) VALUES (?, ?, ?, ?, 90, 1, '', ?)");
  for (let k = 0; k < COMPLETIONS; k++) {
    const day = new Date(Date.UTC(2024, 6, 1) + ((k * 86_400_000 * 13) % (700 * 86_400_000))).toISOString().slice(0, 10);
    completion.run(`c-${k}`, courseIds[k % 8], `p-${(k * 7) % PEOPLE}`, day, tx.at);
  }
});

const generations: number[] = [];
const reruns: number[] = [];
let result = { created: 0, reopened: 0, closed: 0, open: 0 };
for (let run = 0; run < RUNS; run++) {
  db.prepare('DELETE FROM training_assignments').run();
  collectGarbage();
  let start = now();
  result = workspace.change({ actor, procedure: 'training.assignments.generate' }, (tx) => generateAssignments(tx, TODAY));
  generations.push(elapsedMs(start));
  collectGarbage();
  start = now();
  const again = workspace.change({ actor, procedure: 'training.assignments.generate' }, (tx) => generateAssignments(tx, TODAY));
  reruns.push(elapsedMs(start));
  if (again.created + again.closed + again.reopened !== 0) throw new Error('generation is not idempotent');
}
db.close();
if (result.created < 50_000) throw new Error(`only ${result.created} assignments`);
report('assignment_generation_ms', median(generations), 'ms', { kind: 'max', limit: 500 });
process.stdout.write(`  # ${result.created} assignments for ${PEOPLE} people (${PEOPLE / 50} of them leavers) and ${COURSES} courses, ${COMPLETIONS} completions\n`);
report('assignment_regeneration_ms', median(reruns), 'ms');
