// `custos demo --scale large`: the demo organisation plus a workspace at the scale an audit pack must
// handle (see large-scale.ts): staff, processing activities, a year of training completions,
// incidents, evidence files and reviews, filling the audit trail to a million chained events.
// The records are written day by day over the past year, each day one transaction whose clock is
// that day, so effective dates, record times and audit events fall across the period as they would
// in a workspace used for a year. Everything goes through the areas' change functions or, for the
// bulk of the audit trail (activity reviews), through prepared statements with the same audit events.
// Choices are seeded and file bytes keyed, so two large demos made on the same day hold the same data.
import type { Actor } from '../../../../shared/contract';
import { addDays } from '../../../../shared/recurrence/dates';
import { catalogEntries } from '../../frameworks/controls-queries';
import { calendarDateOf } from '../../isms/record-dates';
import { generateAssignments } from '../../training/training-assignments';
import { WorkspaceDb } from '../../workspace/workspace-db';
import { sizedPdf, sizedPng, sizedXlsx } from './large-files';
import { chooser, type Chooser } from './large-random';
import { ActivityReviews, createActivity, createLargeIncident, createPerson, LargeCompletions, readReferences, reusingStatements, storeEvidenceFile, type LargeFile } from './large-records';
import { LARGE_SCALE, type LargeDemoSummary, type LargeScale } from './large-scale';

const DAY_MS = 86_400_000;
const PROCEDURE = 'workspace.createDemo';

export interface LargeDemoOptions {
  scale?: LargeScale;
  /** Called after each day of history is written. */
  onProgress?(done: number, total: number): void;
}

/** Splits `total` over `parts` so that part `index` gets its fair share and the shares add up. */
function share(total: number, parts: number, index: number): number {
  return Math.floor((total * (index + 1)) / parts) - Math.floor((total * index) / parts);
}

/** File sizes that add up to `total` exactly, varied between about a fifth and twice the mean. */
function fileSizes(choose: Chooser, count: number, total: number): number[] {
  const weights = Array.from({ length: count }, () => 0.2 + choose.next() * 1.8);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.floor((weight / sum) * total));
  sizes[count - 1]! += total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

const EVIDENCE_TOPICS: readonly { stem: string; note: string; iso: string[]; soc2: string[] }[] = [
  { stem: 'access-review', note: 'Quarterly user-access review export with sign-off.', iso: ['A.5.18', 'A.8.2'], soc2: ['CC6.2', 'CC6.3'] },
  { stem: 'vulnerability-scan', note: 'Authenticated vulnerability scan of production.', iso: ['A.8.8'], soc2: ['CC7.1'] },
  { stem: 'backup-report', note: 'Nightly backup job report and restore sample.', iso: ['A.8.13'], soc2: ['A1.2'] },
  { stem: 'change-approvals', note: 'Change tickets approved through the CAB.', iso: ['A.8.32'], soc2: ['CC8.1'] },
  { stem: 'firewall-rules', note: 'Security-group and firewall rule review.', iso: ['A.8.20', 'A.8.22'], soc2: ['CC6.6'] },
  { stem: 'log-monitoring', note: 'Alert triage log from the SOC.', iso: ['A.8.15', 'A.8.16'], soc2: ['CC7.2'] },
  { stem: 'vendor-assessment', note: 'Supplier security questionnaire and report review.', iso: ['A.5.19', 'A.5.22'], soc2: ['CC9.2'] },
  { stem: 'encryption-config', note: 'Encryption-at-rest configuration screenshot.', iso: ['A.8.24'], soc2: ['CC6.1'] },
  { stem: 'endpoint-compliance', note: 'MDM compliance report for staff laptops.', iso: ['A.8.1', 'A.8.7'], soc2: ['CC6.8'] },
  { stem: 'awareness-campaign', note: 'Phishing simulation results.', iso: ['A.6.3'], soc2: ['CC2.2'] },
];

async function evidenceFile(choose: Chooser, serial: number, day: string, size: number, controls: { iso: Set<string>; soc2: Set<string> }): Promise<LargeFile> {
  const topic = EVIDENCE_TOPICS[serial % EVIDENCE_TOPICS.length]!;
  const kind = serial % 3;
  const label = `${serial}-${day}`;
  const name = `${day}-${topic.stem}-${String(serial).padStart(4, '0')}.${['pdf', 'xlsx', 'png'][kind]}`;
  const content =
    kind === 0
      ? sizedPdf(label, [`Meridian Health Analytics — ${topic.stem.replace(/-/g, ' ')}`, `Date: ${day}`, topic.note], size)
      : kind === 1
        ? await sizedXlsx(label, [['Item', 'Owner', 'Result', 'Date'], ...Array.from({ length: 20 }, (_, row) => [`${topic.stem} ${row + 1}`, 'IT Operations', choose.chance(0.9) ? 'Pass' : 'Follow-up', day])], size)
        : sizedPng(label, size);
  const expiryDate = choose.chance(0.8) ? addDays(day, 365) : addDays(day, 90);
  const links = [
    ...topic.iso.filter((id) => controls.iso.has(id)).map((controlId) => ({ framework: 'iso27001' as const, controlId, effectiveDate: day, expiryDate })),
    ...topic.soc2.filter((id) => controls.soc2.has(id)).map((controlId) => ({ framework: 'soc2' as const, controlId, effectiveDate: day, expiryDate })),
  ];
  return { name, note: topic.note, content, links };
}

export async function populateLargeDemo(workspace: WorkspaceDb, actor: Actor, now: Date, options: LargeDemoOptions = {}): Promise<LargeDemoSummary> {
  const scale = options.scale ?? LARGE_SCALE;
  const choose = chooser(20_261_129);
  const today = calendarDateOf(now.toISOString());
  const start = Date.parse(`${addDays(today, -scale.days)}T09:00:00.000Z`);
  let clock = new Date(start);
  // The same connection, with a clock the history sets: each day's changes carry that day's time.
  const history = new WorkspaceDb(workspace.db, () => clock);
  const controls = { iso: new Set(catalogEntries('iso27001').map((entry) => entry.controlId)), soc2: new Set(catalogEntries('soc2').map((entry) => entry.controlId)) };
  const auditLength = workspace.db.prepare('SELECT seq FROM audit_head WHERE id = 1').pluck();

  // A write this large touches more pages than the usual cache holds; pages pushed out mid-transaction
  // are encrypted into the WAL and decrypted again when next touched. A larger cache meanwhile, and a
  // checkpoint now and then so the WAL does not grow without bound.
  const cacheSize = workspace.db.pragma('cache_size', { simple: true }) as number;
  workspace.db.pragma(`cache_size = ${-256 * 1024}`);

  // Day 0: the staff and the processing activities, a year ago.
  const fastDb = reusingStatements(workspace.db);
  const { people, activities, refs } = history.change({ actor, procedure: PROCEDURE }, (plainTx) => {
    const tx = { ...plainTx, db: fastDb };
    const refs = readReferences(tx);
    const startDay = calendarDateOf(tx.at);
    const people = Array.from({ length: scale.people }, (_, serial) => createPerson(tx, choose, serial, startDay, addDays(startDay, -30 - choose.int(3000))));
    const activities = Array.from({ length: scale.activities }, (_, serial) => createActivity(tx, choose, serial, refs, addDays(startDay, 30 + choose.int(300))));
    return { people, activities, refs };
  });
  if (refs.courses.length === 0 || refs.systemIds.length === 0) throw new Error('the large demo builds on the standard demo: populate it first');

  const sizes = fileSizes(choose, scale.evidenceFiles, scale.evidenceBytes);
  let files = 0;
  let completions = 0;
  let reviewed = 0;
  for (let dayIndex = 0; dayIndex < scale.days; dayIndex++) {
    clock = new Date(start + (dayIndex + 1) * DAY_MS);
    const day = calendarDateOf(clock.toISOString());
    const dayFiles: LargeFile[] = [];
    for (let n = share(scale.evidenceFiles, scale.days, dayIndex); n > 0; n--, files++) dayFiles.push(await evidenceFile(choose, files, day, sizes[files]!, controls));
    const completionsToday = share(scale.completions, scale.days, dayIndex);
    const incidentsToday = share(scale.incidents, scale.days, dayIndex);
    const eventsBy = Math.floor((scale.auditEvents * (dayIndex + 1)) / scale.days);
    history.change({ actor, procedure: PROCEDURE }, (plainTx) => {
      const tx = { ...plainTx, db: fastDb };
      for (const file of dayFiles) storeEvidenceFile(tx, file);
      const completed = new LargeCompletions(tx);
      for (let n = 0; n < completionsToday; n++, completions++) completed.record(choose, people[(completions * 7919) % people.length]!, refs, day, completions);
      for (let n = 0; n < incidentsToday; n++) {
        const aware = new Date(clock.getTime() - (1 + choose.int(8)) * 3_600_000);
        createLargeIncident(tx, choose, refs, aware, clock);
      }
      // Reviews fill the trail up to this day's share of the events.
      const reviews = new ActivityReviews(tx);
      while ((auditLength.get() as number) < eventsBy) {
        reviews.review(activities[(reviewed * 104_729) % activities.length]!, day, addDays(day, 30 + ((reviewed * 31) % 300)));
        reviewed += 1;
      }
    });
    if (dayIndex % 30 === 29) workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    options.onProgress?.(dayIndex + 1, scale.days);
    // Let progress and other work through between days.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // Today: the assignments of the new staff, from the courses' rules.
  workspace.change({ actor, procedure: 'training.assignments.generate' }, (tx) => generateAssignments(tx, today));
  workspace.db.pragma(`cache_size = ${cacheSize}`);
  workspace.db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    activities: activities.length,
    people: people.length,
    completions,
    incidents: scale.incidents,
    evidenceFiles: files,
    evidenceBytes: sizes.reduce((a, b) => a + b, 0),
    auditEvents: auditLength.get() as number,
  };
}
