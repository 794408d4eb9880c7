// The incident's checklist: the steps of the runbook chosen for it, copied from the runbook's
// approved version with their role and time target (minutes from awareness). Each step is ticked
// (who, when, a note) or skipped with the reason; ticking and skipping append a timeline entry.
// Choosing another runbook replaces the checklist only while no step has been ticked or skipped.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import type { ChecklistStep, Incident, IncidentChecklist } from '../../../shared/contract/areas/incidents';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { workspaceLanguageT } from './incident-i18n';
import type { RunbookStepsSource } from './runbook-source';

interface StepRow {
  id: string;
  runbook_id: string;
  runbook_version_id: string;
  position: number;
  title: string;
  role: string;
  target_minutes: number | null;
  decision: string | null;
  state: ChecklistStep['state'];
  done_by_person_id: string | null;
  done_by: string;
  done_at: string | null;
  note: string;
  skipped_reason: string;
  copied_at: string;
}

function refused(path: string, message: string, text: string): AppError {
  return new AppError('INVALID_INPUT', text, { issues: [{ path: [path], code: 'custom', message }] });
}

/** The checklist with each step's due time (awareness + target) and whether it is overdue at `now`. */
export function readChecklist(db: Db, incidentId: string, becameAwareAt: string, now: Date): IncidentChecklist | null {
  const rows = db.prepare<[string], StepRow>('SELECT * FROM incident_checklist WHERE incident_id = ? ORDER BY position').all(incidentId);
  if (rows.length === 0) return null;
  const aware = new Date(becameAwareAt).getTime();
  const at = now.toISOString();
  return {
    runbookId: rows[0]!.runbook_id,
    runbookVersionId: rows[0]!.runbook_version_id,
    copiedAt: rows[0]!.copied_at,
    steps: rows.map((row) => {
      const due = row.target_minutes === null ? null : new Date(aware + row.target_minutes * 60_000).toISOString();
      return {
        id: row.id,
        position: row.position,
        title: row.title,
        role: row.role,
        targetMinutes: row.target_minutes,
        due,
        overdue: row.state === 'open' && due !== null && due < at,
        decision: row.decision === null ? null : (JSON.parse(row.decision) as unknown),
        state: row.state,
        doneByPersonId: row.done_by_person_id,
        doneBy: row.done_by,
        doneAt: row.done_at,
        note: row.note,
        skippedReason: row.skipped_reason,
      };
    }),
  };
}

/** Copies the runbook's approved steps into the incident's checklist (replacing an untouched one). */
export function chooseRunbook(tx: ChangeTx, incident: Incident, runbookId: string, source: RunbookStepsSource): void {
  const started = tx.db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM incident_checklist WHERE incident_id = ? AND state <> 'open'").get(incident.id)!.n;
  if (started > 0) throw refused('runbookId', 'checklist_started', `the checklist of ${incident.ref} has steps done or skipped; it cannot be replaced`);
  const runbook = source(tx.db, runbookId);
  if (!runbook) throw refused('runbookId', 'runbook_not_approved', 'the runbook does not exist or has no approved version');
  if (runbook.steps.length === 0) throw refused('runbookId', 'runbook_without_steps', 'the runbook’s approved version has no steps');
  tx.db.prepare('DELETE FROM incident_checklist WHERE incident_id = ?').run(incident.id);
  const insert = tx.db.prepare(
    `INSERT INTO incident_checklist (id, incident_id, runbook_id, runbook_version_id, source_step_id, position, title, role, target_minutes, decision, state, copied_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  );
  [...runbook.steps]
    .sort((a, b) => a.order - b.order)
    .forEach((step, position) =>
      insert.run(
        randomUUID(),
        incident.id,
        runbookId,
        runbook.versionId,
        step.id,
        position + 1,
        step.title,
        step.role,
        step.targetMinutes,
        step.decision === null || step.decision === undefined ? null : JSON.stringify(step.decision),
        tx.at,
        tx.at,
      ),
    );
}

function mustGetStep(tx: ChangeTx, incidentId: string, stepId: string): StepRow {
  const row = tx.db.prepare<[string, string], StepRow>('SELECT * FROM incident_checklist WHERE id = ? AND incident_id = ?').get(stepId, incidentId);
  if (!row) throw new AppError('NOT_FOUND', 'no such checklist step', { entity: 'incident_checklist_step', id: stepId });
  return row;
}

/** Who did it: a person of the people list (their name is kept as written then) or free text. */
function resolveDoer(tx: ChangeTx, personId: string | null, doneBy: string): { personId: string | null; name: string } {
  if (personId !== null) {
    const person = tx.db.prepare<[string], { name: string }>('SELECT name FROM people WHERE id = ?').get(personId);
    if (!person) throw refused('personId', 'unknown_person', 'no such person');
    return { personId, name: doneBy || person.name };
  }
  if (doneBy === '') throw refused('doneBy', 'done_by_required', 'say who did the step');
  return { personId: null, name: doneBy };
}

function appendTimeline(tx: ChangeTx, incidentId: string, at: string, actor: string, action: string): void {
  tx.db.prepare('INSERT INTO incident_timeline (id, incident_id, at, actor, action, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(randomUUID(), incidentId, at, actor, action, tx.at);
}

export function tickStep(tx: ChangeTx, incident: Incident, stepId: string, personId: string | null, doneBy: string, doneAt: string, note: string): void {
  const step = mustGetStep(tx, incident.id, stepId);
  if (step.state !== 'open') throw refused('stepId', 'step_not_open', `step ${step.position} is already ${step.state}`);
  const instant = new Date(doneAt).toISOString();
  if (instant > tx.at) throw refused('doneAt', 'in_future', 'a step cannot be done in the future');
  if (instant < incident.detectedAt) throw refused('doneAt', 'before_detected', 'a step cannot be done before the incident was detected');
  const doer = resolveDoer(tx, personId, doneBy);
  tx.db
    .prepare("UPDATE incident_checklist SET state = 'done', done_by_person_id = ?, done_by = ?, done_at = ?, note = ?, skipped_reason = '', updated_at = ? WHERE id = ?")
    .run(doer.personId, doer.name, instant, note, tx.at, stepId);
  const t = workspaceLanguageT(tx.db);
  appendTimeline(tx, incident.id, instant, doer.name, t('checklist.timelineDone', { position: step.position, title: step.title }) + (note ? ` — ${note}` : ''));
}

export function skipStep(tx: ChangeTx, incident: Incident, stepId: string, personId: string | null, doneBy: string, reason: string): void {
  const step = mustGetStep(tx, incident.id, stepId);
  if (step.state !== 'open') throw refused('stepId', 'step_not_open', `step ${step.position} is already ${step.state}`);
  const doer = resolveDoer(tx, personId, doneBy);
  tx.db
    .prepare("UPDATE incident_checklist SET state = 'skipped', done_by_person_id = ?, done_by = ?, done_at = ?, skipped_reason = ?, updated_at = ? WHERE id = ?")
    .run(doer.personId, doer.name, tx.at, reason, tx.at, stepId);
  const t = workspaceLanguageT(tx.db);
  appendTimeline(tx, incident.id, tx.at, doer.name, t('checklist.timelineSkipped', { position: step.position, title: step.title, reason }));
}

export function reopenStep(tx: ChangeTx, incident: Incident, stepId: string): void {
  const step = mustGetStep(tx, incident.id, stepId);
  if (step.state === 'open') throw refused('stepId', 'step_open', `step ${step.position} is not done`);
  tx.db
    .prepare("UPDATE incident_checklist SET state = 'open', done_by_person_id = NULL, done_by = '', done_at = NULL, note = '', skipped_reason = '', updated_at = ? WHERE id = ?")
    .run(tx.at, stepId);
}
