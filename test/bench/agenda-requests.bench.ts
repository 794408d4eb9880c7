// Building the agenda over a register of 10,000 open data-subject requests (a mix of laws, types,
// time zones' worth of deadlines, some confirmed, some extended) and 500 closed ones awaiting
// redaction, in a real encrypted workspace, through the dispatcher as the dashboard asks for it.
// The requests are written through the register's own change functions (deadlines, audit, search
// index and evidence links included), in one transaction to keep the set-up short.
import { join } from 'node:path';
import { collectAgenda } from '../../electron/backend/agenda/agenda-procedures';
import { createBackend } from '../../electron/backend/backend';
import { closeRequest, confirmReceipt, createRequest, extendRequest, respondToRequest } from '../../electron/backend/requests/request-changes';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { WorkspaceDb } from '../../electron/backend/workspace/workspace-db';
import { REQUEST_TYPES, type DeadlineLaw } from '../../shared/deadlines/deadline-rules';
import { assertEncryption } from './bench-database';
import { collectGarbage, elapsedMs, median, now, report, scratchDirectory } from './bench-support';

const OPEN_REQUESTS = 10_000;
const CLOSED_REQUESTS = 500;
const RUNS = 30;
const PASSPHRASE = 'correct horse battery staple';
const LAWS: DeadlineLaw[] = ['gdpr', 'ccpa', 'pipl'];
const NOW = new Date('2026-06-15T10:00:00Z');

const dir = scratchDirectory('agenda-requests');
const backend = createBackend({ configDir: join(dir, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: dir, kdfLogN: 12, now: () => NOW });
async function call<T>(procedure: string, input: unknown): Promise<T> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

const created = await call<{ path: string; recoveryKey: string }>('workspace.create', { directory: dir, name: 'Requests', passphrase: PASSPHRASE });
await call('requests.settings.update', { timeZone: 'Europe/Dublin' });
await call('workspace.lock', { reason: 'manual' });

const dbFile = join(created.path, 'workspace.db');
assertEncryption(dbFile, true);
const db = openSqlCipher(dbFile, created.recoveryKey.replace(/-/g, '').toLowerCase(), { fileMustExist: true });
const workspace = new WorkspaceDb(db, () => NOW);
const actor = { id: 'bench', role: 'owner' as const };
// A few hundred distinct requests through the change functions, then copies of them (new ids and
// references, the same stored deadlines) up to the register's size.
const DISTINCT = 300;
workspace.change({ actor, procedure: 'requests.create' }, (tx) => {
  for (let i = 0; i < DISTINCT; i++) {
    const law = LAWS[i % 3]!;
    const types = REQUEST_TYPES[law];
    // Received over the last 120 days, so some deadlines are past (overdue) and some ahead.
    const receivedAt = new Date(NOW.getTime() - ((i * 7_919_000 * 37) % (120 * 86_400_000)) - 3_600_000).toISOString();
    const request = createRequest(tx, {
      receivedAt,
      channel: 'email',
      law,
      type: types[i % types.length]!,
      language: i % 2 === 0 ? 'en' : 'zh-CN',
      requesterName: `Requester ${i}`,
      requesterContact: `r${i}@example.com`,
      relationship: 'self',
      subjectCategoryId: null,
      details: '',
    });
    const sent = new Date(new Date(receivedAt).getTime() + 3_600_000).toISOString();
    if (i % 20 === 19) {
      respondToRequest(tx, request.id, sent, '');
      closeRequest(tx, request.id);
      continue;
    }
    if (law === 'ccpa' && i % 2 === 0 && request.confirmDue !== null) confirmReceipt(tx, request.id, sent, '');
    if (law !== 'pipl' && i % 7 === 0 && request.deadlines.some((d) => d.key === 'respond_extended')) extendRequest(tx, request.id, 'Complex request', sent, '');
  }
  const copy = (status: string, wanted: number) => {
    for (let round = 1; db.prepare('SELECT count(*) FROM data_subject_requests WHERE status = ?').pluck().get(status) as number < wanted; round++) {
      db.prepare(
        `INSERT INTO data_subject_requests (id, ref, received_at, channel, law, type, language, requester_name, requester_contact, relationship,
           subject_category_id, details, status, outcome, confirmed_at, extension_reason, extension_notice_at, responded_at, closed_at,
           deadlines, time_zone, confirm_due, confirm_due_date, respond_due, respond_due_date, created_at, updated_at)
         SELECT lower(hex(randomblob(16))), ref || '-' || ?, received_at, channel, law, type, language, requester_name, requester_contact, relationship,
           subject_category_id, details, status, outcome, confirmed_at, extension_reason, extension_notice_at, responded_at, closed_at,
           deadlines, time_zone, confirm_due, confirm_due_date, respond_due, respond_due_date, created_at, updated_at
         FROM data_subject_requests WHERE status = ? AND ref NOT LIKE '%-%-%-%' LIMIT ?`,
      ).run(round, status, wanted - (db.prepare('SELECT count(*) FROM data_subject_requests WHERE status = ?').pluck().get(status) as number));
    }
  };
  for (const status of ['received', 'extended']) copy(status, status === 'received' ? Math.round(OPEN_REQUESTS * 0.85) : OPEN_REQUESTS - Math.round(OPEN_REQUESTS * 0.85));
  copy('closed', CLOSED_REQUESTS);
});
const open = db.prepare("SELECT count(*) FROM data_subject_requests WHERE status IN ('received', 'extended')").pluck().get() as number;
if (open !== OPEN_REQUESTS) throw new Error(`${open} open requests`);
// Building the agenda: every provider's items, days left and the sort, on the encrypted database.
const builds: number[] = [];
let items = 0;
for (let run = 0; run < RUNS; run++) {
  collectGarbage();
  const start = now();
  items = collectAgenda(db, '2026-06-15').length;
  builds.push(elapsedMs(start));
}
db.close();
if (items < OPEN_REQUESTS) throw new Error(`only ${items} items on the agenda`);

// The same through the dispatcher, as the dashboard asks for it (output validation included).
await call('workspace.open', { path: created.path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
const listed: number[] = [];
for (let run = 0; run < RUNS; run++) {
  collectGarbage();
  const start = now();
  await call('agenda.list', { limit: 5000 });
  listed.push(elapsedMs(start));
}
report('agenda_build_ms', median(builds), 'ms', { kind: 'max', limit: 100 });
process.stdout.write(`  # ${items} agenda items from ${OPEN_REQUESTS} open and ${CLOSED_REQUESTS} closed requests; incidents do not exist yet, so no breach clocks are included\n`);
// The fastest run: what the build costs when the machine is not busy with anything else.
report('agenda_build_best_ms', Math.min(...builds), 'ms');
report('agenda_list_5000_ms', median(listed), 'ms');
await backend.dispose();
