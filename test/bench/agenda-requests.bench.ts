// Building the agenda over a register of 10,000 open data-subject requests (a mix of laws, types,
// time zones' worth of deadlines, some confirmed, some extended) and 500 closed ones awaiting
// redaction, and 10,000 open incidents (a third of them personal-data breaches touching EU, US and
// Chinese systems, so every law's breach clocks run, some already notified; with corrective
// actions), in a real encrypted workspace, through the dispatcher as the dashboard asks for it.
// The records are written through the registers' own change functions (deadlines, audit, search
// index and evidence links included), in one transaction to keep the set-up short.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { collectAgenda } from '../../electron/backend/agenda/agenda-procedures';
import { createBackend } from '../../electron/backend/backend';
import { addIncidentAction, addTimelineEntry, createIncident, recordNotification } from '../../electron/backend/incidents/incident-changes';
import { closeRequest, confirmReceipt, createRequest, extendRequest, respondToRequest } from '../../electron/backend/requests/request-changes';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { WorkspaceDb } from '../../electron/backend/workspace/workspace-db';
import { REQUEST_TYPES, type DeadlineLaw } from '../../shared/deadlines/deadline-rules';
import { assertEncryption } from './bench-database';
import { collectGarbage, elapsedMs, median, now, report, scratchDirectory } from './bench-support';
import { systemInput } from '../support/inputs';

const OPEN_REQUESTS = 10_000;
const OPEN_INCIDENTS = 10_000;
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
await call('organisation.update', { ...(await call<Record<string, unknown>>('organisation.get', {})), timeZone: 'Europe/Dublin' });
// A small inventory whose systems bring in each law: an EU CRM, a US mailer, a Chinese storefront.
const systemIds: string[] = [];
for (const [name, country, basis] of [
  ['CRM', 'DE', { gdprBasis: 'b', piplBasis: null, ccpaBusinessPurpose: '' }],
  ['Mailer', 'US', { gdprBasis: null, piplBasis: null, ccpaBusinessPurpose: 'advertising' }],
  ['Storefront', 'CN', { gdprBasis: null, piplBasis: '2', ccpaBusinessPurpose: '' }],
] as const) {
  const system = await call<{ id: string }>('inventory.systems.create', systemInput(name, { country }));
  systemIds.push(system.id);
  await call('inventory.activities.create', {
    name: `${name} processing`,
    purpose: '',
    role: 'controller',
    ...basis,
    gdprArt9Condition: null,
    separateConsent: false,
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [system.id],
    recipients: '',
    retentionMonths: 24,
    deletionMethod: '',
    volumeEstimate: 100,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: '',
    reviewDate: null,
  });
}
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

// Incidents: a few hundred through the change functions (breaches on one, two or three systems,
// some notifications recorded, some with corrective actions), then copies with their systems and
// notifications up to 10,000 open incidents.
workspace.change({ actor, procedure: 'incidents.create' }, (tx) => {
  for (let i = 0; i < DISTINCT; i++) {
    const breach = i % 3 === 0;
    const aware = new Date(NOW.getTime() - ((i * 7_919_000 * 13) % (60 * 86_400_000)) - 3_600_000).toISOString();
    const incident = createIncident(tx, {
      title: `Incident ${i}`,
      description: '',
      detectedAt: aware,
      becameAwareAt: aware,
      reporter: 'SOC',
      severity: (['low', 'medium', 'high', 'critical'] as const)[i % 4]!,
      systemIds: systemIds.slice(i % 3, (i % 3) + 1 + (i % 2)),
      personalDataBreach: breach,
      estimatedPeople: breach ? 100 + i : null,
      estimatedRecords: breach ? 200 + i : null,
      californiaResidents: breach ? (i % 2 === 0 ? 800 : null) : null,
      highRisk: breach ? i % 4 === 0 : null,
      riskReasoning: '',
      exemption: null,
      exemptionReasoning: '',
      effects: '',
      remedialAction: '',
    });
    const sentAt = new Date(Date.parse(aware) + 3_600_000).toISOString();
    if (breach && i % 5 === 0) {
      for (const clock of incident.clocks.filter((c) => c.state !== 'sent').slice(0, 1)) recordNotification(tx, incident.id, clock.law, clock.key, sentAt, '', '');
    }
    if (i % 10 === 0) addIncidentAction(tx, incident.id, { description: `Fix ${i}`, owner: 'IT', dueDate: aware.slice(0, 10), status: 'open' });
  }
  const originals = db.prepare('SELECT id FROM incidents').pluck().all() as string[];
  const copyIncident = db.prepare(
    `INSERT INTO incidents (id, ref, title, description, detected_at, became_aware_at, reporter, severity, status, contained_at, closed_at, personal_data_breach,
       estimated_people, estimated_records, california_residents, high_risk, risk_reasoning, exemption, exemption_reasoning, effects, remedial_action, created_at, updated_at)
     SELECT ?, ref || '-' || ?, title, description, detected_at, became_aware_at, reporter, severity, status, contained_at, closed_at, personal_data_breach,
       estimated_people, estimated_records, california_residents, high_risk, risk_reasoning, exemption, exemption_reasoning, effects, remedial_action, created_at, updated_at
       FROM incidents WHERE id = ?`,
  );
  const copySystems = db.prepare('INSERT INTO incident_systems (incident_id, system_id, system_name, position) SELECT ?, system_id, system_name, position FROM incident_systems WHERE incident_id = ?');
  const copyNotifications = db.prepare(
    `INSERT INTO incident_notifications (incident_id, law, key, outcome, sent_at, content, reference, reason, recorded_at)
     SELECT ?, law, key, outcome, sent_at, content, reference, reason, recorded_at FROM incident_notifications WHERE incident_id = ?`,
  );
  for (let n = originals.length; n < OPEN_INCIDENTS; n++) {
    const source = originals[n % originals.length]!;
    const id = randomUUID();
    copyIncident.run(id, n, source);
    copySystems.run(id, source);
    copyNotifications.run(id, source);
  }
});
const openIncidents = db.prepare("SELECT count(*) FROM incidents WHERE status = 'open'").pluck().get() as number;
if (openIncidents !== OPEN_INCIDENTS) throw new Error(`${openIncidents} open incidents`);
const breaches = db.prepare('SELECT count(*) FROM incidents WHERE personal_data_breach = 1').pluck().get() as number;
// Building the agenda: every provider's items, days left and the sort, on the encrypted database.
// Wall time and, beside it, the CPU time of the build (what it costs when the machine is shared).
const builds: number[] = [];
const buildsCpu: number[] = [];
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
let items = 0;
for (let run = 0; run < RUNS; run++) {
  collectGarbage();
  const used = process.cpuUsage();
  const start = now();
  items = collectAgenda(db, '2026-06-15').length;
  builds.push(elapsedMs(start));
  buildsCpu.push(cpuMs(process.cpuUsage(used)));
}
const clockItems = collectAgenda(db, '2026-06-15').filter((item) => item.kind === 'incident_notification').length;
// The first build after a change: the breach clocks' items are computed afresh (they are kept only
// until the workspace changes).
const afterChange: number[] = [];
const afterChangeCpu: number[] = [];
const someIncident = db.prepare('SELECT id FROM incidents LIMIT 1').pluck().get() as string;
for (let run = 0; run < 10; run++) {
  workspace.change({ actor, procedure: 'incidents.timeline.add' }, (tx) => addTimelineEntry(tx, someIncident, NOW.toISOString(), 'SOC', `Check ${run}`));
  collectGarbage();
  const used = process.cpuUsage();
  const start = now();
  collectAgenda(db, '2026-06-15');
  afterChange.push(elapsedMs(start));
  afterChangeCpu.push(cpuMs(process.cpuUsage(used)));
}
db.close();
if (items < OPEN_REQUESTS + breaches) throw new Error(`only ${items} items on the agenda`);

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
process.stdout.write(
  `  # ${items} agenda items from ${OPEN_REQUESTS} open and ${CLOSED_REQUESTS} closed requests and ${OPEN_INCIDENTS} open incidents (${breaches} breaches, ${clockItems} open breach clocks)\n`,
);
// The fastest run: what the build costs when the machine is not busy with anything else.
report('agenda_build_best_ms', Math.min(...builds), 'ms');
report('agenda_build_cpu_ms', median(buildsCpu), 'ms');
report('agenda_build_after_change_ms', median(afterChange), 'ms');
report('agenda_build_after_change_cpu_ms', median(afterChangeCpu), 'ms');
report('agenda_list_5000_ms', median(listed), 'ms');
await backend.dispose();
