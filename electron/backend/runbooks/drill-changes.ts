// Drills and tabletop exercises of an approved runbook version: participants from the people list
// and outside it, the measured minutes per step (compared with the version's targets when read),
// findings with optional corrective actions. Each drill is evidence from the day it was held.
import { randomUUID } from 'node:crypto';
import type { Drill, DrillAction } from '../../../shared/contract/areas/runbooks';
import { drillInputSchema } from '../../../shared/contract/areas/runbooks';
import { drillTimings } from '../../../shared/runbooks/drill-timing';
import type { z } from 'zod';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { invalid, notFound } from './runbook-errors';
import { linkDrill, unlinkDrill } from './runbook-evidence';
import { reindexDrill } from './runbook-search';
import { contentOf, DRILL_RECORD, mustGetRunbook, mustGetVersion, type RunbookRow } from './runbooks-queries';

type DrillInput = z.output<typeof drillInputSchema>;

interface DrillRow {
  id: string;
  year: number;
  seq: number;
  runbook_id: string;
  version_id: string;
  held_on: string;
  kind: Drill['kind'];
  scenario: string;
  external_participants: string;
  summary: string;
  created_at: string;
  updated_at: string;
}

interface FindingRow {
  id: string;
  drill_id: string;
  position: number;
  description: string;
  action_description: string | null;
  action_owner: string;
  action_due_date: string | null;
  action_status: DrillAction['status'] | null;
  action_done_at: string | null;
}

export function drillRef(year: number, seq: number): string {
  return `DRL-${year}-${String(seq).padStart(2, '0')}`;
}

function getDrillRow(db: Db, id: string): DrillRow | null {
  return db.prepare<[string], DrillRow>('SELECT * FROM runbook_drills WHERE id = ?').get(id) ?? null;
}

function mustGetDrill(db: Db, id: string): DrillRow {
  const row = getDrillRow(db, id);
  if (!row) throw notFound(DRILL_RECORD, id);
  return row;
}

function toDrill(db: Db, row: DrillRow): Drill {
  const runbook = db.prepare<[string], { title: string }>('SELECT title FROM runbooks WHERE id = ?').get(row.runbook_id)!;
  const version = db.prepare<[string], { number: number; content: string }>('SELECT number, content FROM runbook_versions WHERE id = ?').get(row.version_id)!;
  const steps = (JSON.parse(version.content) as ReturnType<typeof contentOf>).steps;
  const measured = db
    .prepare<[string], { step_id: string; actual_minutes: number | null; note: string }>('SELECT step_id, actual_minutes, note FROM runbook_drill_timings WHERE drill_id = ?')
    .all(row.id)
    .map((timing) => ({ stepId: timing.step_id, actualMinutes: timing.actual_minutes, note: timing.note }));
  const timings = drillTimings(steps, measured);
  const participants = db
    .prepare<[string], { id: string; name: string }>('SELECT p.id, p.name FROM runbook_drill_participants d JOIN people p ON p.id = d.person_id WHERE d.drill_id = ? ORDER BY p.name')
    .all(row.id);
  const findings = db
    .prepare<[string], FindingRow>('SELECT * FROM runbook_drill_findings WHERE drill_id = ? ORDER BY position')
    .all(row.id)
    .map((finding) => ({
      id: finding.id,
      description: finding.description,
      action:
        finding.action_description !== null && finding.action_status !== null
          ? { description: finding.action_description, owner: finding.action_owner, dueDate: finding.action_due_date, status: finding.action_status }
          : null,
    }));
  return {
    id: row.id,
    ref: drillRef(row.year, row.seq),
    runbookId: row.runbook_id,
    runbookTitle: runbook.title,
    versionId: row.version_id,
    versionNumber: version.number,
    heldOn: row.held_on,
    kind: row.kind,
    scenario: row.scenario,
    participants,
    externalParticipants: JSON.parse(row.external_participants) as string[],
    timings,
    overTargetCount: timings.filter((timing) => timing.overTarget).length,
    findings,
    openActions: findings.filter((finding) => finding.action && finding.action.status !== 'done').length,
    summary: row.summary,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getDrill(db: Db, id: string): Drill {
  return toDrill(db, mustGetDrill(db, id));
}

export function listDrills(db: Db, runbookId?: string): Drill[] {
  const rows = runbookId
    ? db.prepare<[string], DrillRow>('SELECT * FROM runbook_drills WHERE runbook_id = ? ORDER BY held_on DESC, year DESC, seq DESC').all(runbookId)
    : db.prepare<[], DrillRow>('SELECT * FROM runbook_drills ORDER BY held_on DESC, year DESC, seq DESC').all();
  return rows.map((row) => toDrill(db, row));
}

/** What the audit trail keeps of a drill. */
function drillAudit(drill: Drill): Record<string, unknown> {
  return {
    ref: drill.ref,
    runbookId: drill.runbookId,
    versionId: drill.versionId,
    heldOn: drill.heldOn,
    kind: drill.kind,
    scenario: drill.scenario,
    participantIds: drill.participants.map((p) => p.id),
    externalParticipants: drill.externalParticipants,
    timings: drill.timings.filter((t) => t.actualMinutes !== null || t.note).map((t) => ({ stepId: t.stepId, actualMinutes: t.actualMinutes, note: t.note })),
    findings: drill.findings,
    summary: drill.summary,
  };
}

function checkInput(tx: ChangeTx, input: DrillInput, today: string, drillId: string | null): { runbook: RunbookRow; stepIds: Set<string> } {
  const runbook = mustGetRunbook(tx.db, input.runbookId, ['runbookId']);
  const version = mustGetVersion(tx.db, runbook.id, input.versionId);
  if (version.approved_at === null) throw invalid(['versionId'], 'drill_version_not_approved', 'a drill exercises an approved runbook version');
  if (input.heldOn > today) throw invalid(['heldOn'], 'date_in_future', 'a drill cannot be recorded before it is held');
  const stepIds = new Set(contentOf(version).steps.map((step) => step.id));
  const seenSteps = new Set<string>();
  input.timings.forEach((timing, index) => {
    if (!stepIds.has(timing.stepId)) throw invalid(['timings', index, 'stepId'], 'unknown_step', 'the step is not in this runbook version');
    if (seenSteps.has(timing.stepId)) throw invalid(['timings', index, 'stepId'], 'duplicate', 'the step is timed twice');
    seenSteps.add(timing.stepId);
  });
  [...new Set(input.participantIds)].forEach((personId) => {
    if (!tx.db.prepare('SELECT 1 FROM people WHERE id = ?').get(personId)) throw invalid(['participantIds', input.participantIds.indexOf(personId)], 'unknown_record', 'no such person');
  });
  const seenFindings = new Set<string>();
  input.findings.forEach((finding, index) => {
    if (!finding.id) return;
    const owner = tx.db.prepare<[string], { drill_id: string }>('SELECT drill_id FROM runbook_drill_findings WHERE id = ?').get(finding.id);
    if (seenFindings.has(finding.id) || (owner && owner.drill_id !== drillId)) throw invalid(['findings', index, 'id'], 'duplicate', 'the finding id is used elsewhere');
    seenFindings.add(finding.id);
  });
  return { runbook, stepIds };
}

function writeChildren(tx: ChangeTx, drillId: string, input: DrillInput): void {
  const previous = new Map(
    tx.db
      .prepare<[string], FindingRow>('SELECT * FROM runbook_drill_findings WHERE drill_id = ?')
      .all(drillId)
      .map((row) => [row.id, row]),
  );
  tx.db.prepare('DELETE FROM runbook_drill_participants WHERE drill_id = ?').run(drillId);
  tx.db.prepare('DELETE FROM runbook_drill_timings WHERE drill_id = ?').run(drillId);
  tx.db.prepare('DELETE FROM runbook_drill_findings WHERE drill_id = ?').run(drillId);
  const addParticipant = tx.db.prepare('INSERT INTO runbook_drill_participants (drill_id, person_id) VALUES (?, ?)');
  for (const personId of new Set(input.participantIds)) addParticipant.run(drillId, personId);
  const addTiming = tx.db.prepare('INSERT INTO runbook_drill_timings (drill_id, step_id, actual_minutes, note) VALUES (?, ?, ?, ?)');
  for (const timing of input.timings) if (timing.actualMinutes !== null || timing.note) addTiming.run(drillId, timing.stepId, timing.actualMinutes, timing.note);
  const addFinding = tx.db.prepare(
    `INSERT INTO runbook_drill_findings (id, drill_id, position, description, action_description, action_owner, action_due_date, action_status, action_done_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  input.findings.forEach((finding, index) => {
    const before = finding.id ? previous.get(finding.id) : undefined;
    const action = finding.action;
    // The day an action was done is kept while it stays done, set when it becomes done.
    const doneAt = action?.status === 'done' ? (before?.action_status === 'done' ? before.action_done_at : tx.at) : null;
    addFinding.run(finding.id ?? randomUUID(), drillId, index, finding.description, action?.description ?? null, action?.owner ?? '', action?.dueDate ?? null, action?.status ?? null, doneAt);
  });
}

export function createDrill(tx: ChangeTx, raw: DrillInput, today: string): Drill {
  const input = drillInputSchema.parse(raw);
  const { runbook } = checkInput(tx, input, today, null);
  const year = Number(input.heldOn.slice(0, 4));
  const seq = tx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM runbook_drills WHERE year = ?').pluck().get(year) as number;
  const id = randomUUID();
  tx.db
    .prepare(
      `INSERT INTO runbook_drills (id, year, seq, runbook_id, version_id, held_on, kind, scenario, external_participants, summary, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, year, seq, runbook.id, input.versionId, input.heldOn, input.kind, input.scenario, JSON.stringify(input.externalParticipants), input.summary, tx.at, tx.at);
  writeChildren(tx, id, input);
  const drill = getDrill(tx.db, id);
  tx.audit(DRILL_RECORD, id, null, drillAudit(drill));
  linkDrill(tx, id, input.heldOn, runbook.template_id);
  reindexDrill(tx.db, id);
  return drill;
}

export function updateDrill(tx: ChangeTx, id: string, raw: DrillInput, today: string): Drill {
  const input = drillInputSchema.parse(raw);
  const beforeRow = mustGetDrill(tx.db, id);
  const before = toDrill(tx.db, beforeRow);
  const { runbook } = checkInput(tx, input, today, id);
  tx.db
    .prepare('UPDATE runbook_drills SET runbook_id = ?, version_id = ?, held_on = ?, kind = ?, scenario = ?, external_participants = ?, summary = ?, updated_at = ? WHERE id = ?')
    .run(runbook.id, input.versionId, input.heldOn, input.kind, input.scenario, JSON.stringify(input.externalParticipants), input.summary, tx.at, id);
  writeChildren(tx, id, input);
  const after = getDrill(tx.db, id);
  tx.audit(DRILL_RECORD, id, drillAudit(before), drillAudit(after));
  reindexDrill(tx.db, id);
  // Moves the default links to the new day (and to the other runbook's template controls); manual links stay.
  if (beforeRow.held_on !== input.heldOn || beforeRow.runbook_id !== runbook.id) linkDrill(tx, id, input.heldOn, runbook.template_id);
  return after;
}

export function deleteDrill(tx: ChangeTx, id: string): void {
  const drill = getDrill(tx.db, id);
  unlinkDrill(tx, id);
  tx.db.prepare('DELETE FROM runbook_drills WHERE id = ?').run(id);
  tx.audit(DRILL_RECORD, id, drillAudit(drill), null);
  reindexDrill(tx.db, id);
}
