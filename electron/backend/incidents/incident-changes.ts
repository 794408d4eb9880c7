// Changes to the incident register, each inside a caller's transaction and audited: open an incident,
// change its facts and breach assessment, move its status, add to its timeline, and record a
// notification sent or not needed against a breach clock.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import type { BreachLaw, Incident, IncidentActionInput, IncidentInput, IncidentReviewInput, IncidentStatus, NotificationKey } from '../../../shared/contract/areas/incidents';
import { linkRecordByDefault } from '../evidence/default-links';
import { calendarDateOf } from '../isms/record-dates';
import { formatRef, nextSequence } from '../isms/record-sequences';
import { localDate } from '../requests/request-deadlines';
import { indexRecord } from '../search/search-index';
import type { ChangeTx } from '../workspace/workspace-db';
import { chooseRunbook, reopenStep, skipStep, tickStep } from './incident-checklist';
import { existingSystems } from './incident-derivation';
import { addAction, saveReview, updateAction } from './incident-review';
import type { RunbookStepsSource } from './runbook-source';
import { organisationTimeZone } from '../organisation/organisation-queries';
import { getIncident, getIncidentRow, type IncidentRow } from './incident-queries';

/** The record type under which incidents are audited, indexed and linked as evidence. */
export const INCIDENT_RECORD = 'incident';

function refused(path: string, message: string, text: string): AppError {
  return new AppError('INVALID_INPUT', text, { issues: [{ path: [path], code: 'custom', message }] });
}

function mustGetRow(tx: ChangeTx, id: string): IncidentRow {
  const row = getIncidentRow(tx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'no such incident', { entity: INCIDENT_RECORD, id });
  return row;
}

/** The incident as the audit trail records it: its facts, assessment, systems, timeline and notifications. */
export function auditView(incident: Incident): Record<string, unknown> {
  return {
    ref: incident.ref,
    title: incident.title,
    description: incident.description,
    detectedAt: incident.detectedAt,
    becameAwareAt: incident.becameAwareAt,
    reporter: incident.reporter,
    severity: incident.severity,
    status: incident.status,
    containedAt: incident.containedAt,
    closedAt: incident.closedAt,
    personalDataBreach: incident.personalDataBreach,
    estimatedPeople: incident.estimatedPeople,
    estimatedRecords: incident.estimatedRecords,
    californiaResidents: incident.californiaResidents,
    highRisk: incident.highRisk,
    riskReasoning: incident.riskReasoning,
    exemption: incident.exemption,
    exemptionReasoning: incident.exemptionReasoning,
    effects: incident.effects,
    remedialAction: incident.remedialAction,
    systemIds: incident.systems.map((system) => system.id),
    jurisdictions: incident.derived.jurisdictions,
    timeline: incident.timeline.map((entry) => ({ at: entry.at, actor: entry.actor, action: entry.action })),
    evidenceFileIds: incident.evidenceFiles.map((file) => file.id),
    notifications: incident.clocks
      .filter((clock) => clock.state === 'sent' || clock.state === 'not_needed')
      .map((clock) => ({ law: clock.law, key: clock.key, outcome: clock.state, sentAt: clock.sentAt, reference: clock.reference, reason: clock.reason })),
    checklist: incident.checklist
      ? {
          runbookId: incident.checklist.runbookId,
          runbookVersionId: incident.checklist.runbookVersionId,
          steps: incident.checklist.steps.map((step) => ({ position: step.position, title: step.title, state: step.state, doneBy: step.doneBy, doneAt: step.doneAt, note: step.note, skippedReason: step.skippedReason })),
        }
      : null,
    reviewed: incident.review ? { reviewedBy: incident.review.reviewedBy, reviewedAt: incident.review.reviewedAt } : null,
    actions: incident.actions.map((action) => ({ description: action.description, owner: action.owner, dueDate: action.dueDate, status: action.status })),
  };
}

function audited(tx: ChangeTx, id: string, before: Incident | null): Incident {
  const after = getIncident(tx.db, id, new Date(tx.at))!;
  tx.audit(INCIDENT_RECORD, id, before ? auditView(before) : null, auditView(after));
  indexRecord(tx.db, {
    entityType: INCIDENT_RECORD,
    entityId: id,
    title: `${after.ref} ${after.title}`,
    body: [after.description, after.systems.map((system) => system.name).join(', '), after.effects, after.remedialAction].filter(Boolean).join('\n'),
  });
  // Handling an incident evidences incident management (A.5.24–A.5.28), event reporting (A.6.8) and
  // the evaluation, response and recovery of SOC 2 CC7.3–CC7.5, as of its last change.
  linkRecordByDefault(tx, INCIDENT_RECORD, id, calendarDateOf(after.updatedAt));
  return after;
}

function checkInput(tx: ChangeTx, input: IncidentInput): Map<string, string> {
  if (new Date(input.detectedAt).toISOString() > tx.at) throw refused('detectedAt', 'in_future', 'an incident cannot be detected in the future');
  if (new Date(input.becameAwareAt).toISOString() > tx.at) throw refused('becameAwareAt', 'in_future', 'awareness cannot be in the future');
  const systems = existingSystems(tx.db, input.systemIds);
  const unknown = input.systemIds.findIndex((id) => !systems.has(id));
  if (unknown >= 0) throw new AppError('INVALID_INPUT', 'no such system', { issues: [{ path: ['systemIds', unknown], code: 'custom', message: 'unknown_system' }] });
  return systems;
}

function writeSystems(tx: ChangeTx, id: string, systemIds: readonly string[], names: Map<string, string>): void {
  tx.db.prepare('DELETE FROM incident_systems WHERE incident_id = ?').run(id);
  const insert = tx.db.prepare('INSERT INTO incident_systems (incident_id, system_id, system_name, position) VALUES (?, ?, ?, ?)');
  [...new Set(systemIds)].forEach((systemId, position) => insert.run(id, systemId, names.get(systemId)!, position));
}

function factColumns(input: IncidentInput): unknown[] {
  return [
    input.title,
    input.description,
    new Date(input.detectedAt).toISOString(),
    new Date(input.becameAwareAt).toISOString(),
    input.reporter,
    input.severity,
    input.personalDataBreach ? 1 : 0,
    input.estimatedPeople,
    input.estimatedRecords,
    input.californiaResidents,
    input.highRisk === null ? null : input.highRisk ? 1 : 0,
    input.riskReasoning,
    input.exemption,
    input.exemptionReasoning,
    input.effects,
    input.remedialAction,
  ];
}

export function createIncident(tx: ChangeTx, input: IncidentInput): Incident {
  const names = checkInput(tx, input);
  const year = localDate(new Date(input.becameAwareAt).toISOString(), organisationTimeZone(tx.db)).slice(0, 4);
  const id = randomUUID();
  const ref = formatRef(`INC-${year}-`, nextSequence(tx.db, `inc-${year}`), 3);
  tx.db
    .prepare(
      `INSERT INTO incidents (id, ref, title, description, detected_at, became_aware_at, reporter, severity, personal_data_breach, estimated_people,
         estimated_records, california_residents, high_risk, risk_reasoning, exemption, exemption_reasoning, effects, remedial_action, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    )
    .run(id, ref, ...factColumns(input), tx.at, tx.at);
  writeSystems(tx, id, input.systemIds, names);
  return audited(tx, id, null);
}

export function updateIncident(tx: ChangeTx, id: string, input: IncidentInput): Incident {
  mustGetRow(tx, id);
  const before = getIncident(tx.db, id, new Date(tx.at))!;
  const names = checkInput(tx, input);
  tx.db
    .prepare(
      `UPDATE incidents SET title = ?, description = ?, detected_at = ?, became_aware_at = ?, reporter = ?, severity = ?, personal_data_breach = ?,
         estimated_people = ?, estimated_records = ?, california_residents = ?, high_risk = ?, risk_reasoning = ?, exemption = ?, exemption_reasoning = ?,
         effects = ?, remedial_action = ?, updated_at = ? WHERE id = ?`,
    )
    .run(...factColumns(input), tx.at, id);
  writeSystems(tx, id, input.systemIds, names);
  return audited(tx, id, before);
}

/** `at` (default: now) is when the status changed, for records entered after the fact. */
export function setIncidentStatus(tx: ChangeTx, id: string, status: IncidentStatus, at: string = tx.at): Incident {
  const row = mustGetRow(tx, id);
  if (row.status === status) return getIncident(tx.db, id, new Date(tx.at))!;
  const before = getIncident(tx.db, id, new Date(tx.at))!;
  if (status === 'closed' && row.status === 'open') throw refused('status', 'contain_before_close', `incident ${row.ref} must be contained before it is closed`);
  // A personal-data breach is closed only once its lessons are recorded (ISO/IEC 27001 A.5.27).
  if (status === 'closed' && row.personal_data_breach === 1 && before.review === null)
    throw refused('status', 'review_before_close', `breach ${row.ref} needs its post-incident review before it is closed`);
  const containedAt = status === 'contained' ? at : status === 'closed' ? row.contained_at : null;
  const closedAt = status === 'closed' ? at : null;
  tx.db.prepare('UPDATE incidents SET status = ?, contained_at = ?, closed_at = ?, updated_at = ? WHERE id = ?').run(status, containedAt, closedAt, tx.at, id);
  return audited(tx, id, before);
}

export function addTimelineEntry(tx: ChangeTx, id: string, at: string, actor: string, action: string): Incident {
  mustGetRow(tx, id);
  const instant = new Date(at).toISOString();
  if (instant > tx.at) throw refused('at', 'in_future', 'a timeline entry cannot be in the future');
  const before = getIncident(tx.db, id, new Date(tx.at))!;
  tx.db.prepare('INSERT INTO incident_timeline (id, incident_id, at, actor, action, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(randomUUID(), id, instant, actor, action, tx.at);
  tx.db.prepare('UPDATE incidents SET updated_at = ? WHERE id = ?').run(tx.at, id);
  return audited(tx, id, before);
}

function mustBeClock(tx: ChangeTx, id: string, law: BreachLaw, key: NotificationKey): Incident {
  const incident = getIncident(tx.db, id, new Date(tx.at));
  if (!incident) throw new AppError('NOT_FOUND', 'no such incident', { entity: INCIDENT_RECORD, id });
  if (!incident.personalDataBreach) throw refused('id', 'not_a_breach', `incident ${incident.ref} is not marked as a personal-data breach`);
  if (!incident.clocks.some((clock) => clock.law === law && clock.key === key)) throw refused('key', 'no_such_clock', `${law} ${key} does not apply to incident ${incident.ref}`);
  return incident;
}

export function recordNotification(tx: ChangeTx, id: string, law: BreachLaw, key: NotificationKey, sentAt: string, content: string, reference: string): Incident {
  const before = mustBeClock(tx, id, law, key);
  const instant = new Date(sentAt).toISOString();
  if (instant > tx.at) throw refused('sentAt', 'in_future', 'a notification cannot be sent in the future');
  if (instant < before.becameAwareAt) throw refused('sentAt', 'before_aware', 'a notification cannot be sent before the organisation became aware');
  tx.db
    .prepare(
      `INSERT INTO incident_notifications (incident_id, law, key, outcome, sent_at, content, reference, reason, recorded_at) VALUES (?, ?, ?, 'sent', ?, ?, ?, '', ?)
       ON CONFLICT (incident_id, law, key) DO UPDATE SET outcome = 'sent', sent_at = excluded.sent_at, content = excluded.content, reference = excluded.reference, reason = '', recorded_at = excluded.recorded_at`,
    )
    .run(id, law, key, instant, content, reference, tx.at);
  tx.db.prepare('UPDATE incidents SET updated_at = ? WHERE id = ?').run(tx.at, id);
  return audited(tx, id, before);
}

export function recordNotNeeded(tx: ChangeTx, id: string, law: BreachLaw, key: NotificationKey, reason: string): Incident {
  const before = mustBeClock(tx, id, law, key);
  tx.db
    .prepare(
      `INSERT INTO incident_notifications (incident_id, law, key, outcome, sent_at, content, reference, reason, recorded_at) VALUES (?, ?, ?, 'not_needed', NULL, '', '', ?, ?)
       ON CONFLICT (incident_id, law, key) DO UPDATE SET outcome = 'not_needed', sent_at = NULL, content = '', reference = '', reason = excluded.reason, recorded_at = excluded.recorded_at`,
    )
    .run(id, law, key, reason, tx.at);
  tx.db.prepare('UPDATE incidents SET updated_at = ? WHERE id = ?').run(tx.at, id);
  return audited(tx, id, before);
}

export function clearNotification(tx: ChangeTx, id: string, law: BreachLaw, key: NotificationKey): Incident {
  mustGetRow(tx, id);
  const before = getIncident(tx.db, id, new Date(tx.at))!;
  const removed = tx.db.prepare('DELETE FROM incident_notifications WHERE incident_id = ? AND law = ? AND key = ?').run(id, law, key).changes;
  if (removed === 0) throw refused('key', 'no_notification', `nothing is recorded for ${law} ${key}`);
  tx.db.prepare('UPDATE incidents SET updated_at = ? WHERE id = ?').run(tx.at, id);
  return audited(tx, id, before);
}

export function linkEvidenceFile(tx: ChangeTx, id: string, fileId: string): Incident {
  mustGetRow(tx, id);
  if (!tx.db.prepare('SELECT 1 FROM evidence_files WHERE id = ?').get(fileId)) throw refused('fileId', 'unknown_file', 'no such evidence file');
  const before = getIncident(tx.db, id, new Date(tx.at))!;
  if (before.evidenceFiles.some((file) => file.id === fileId)) return before;
  tx.db.prepare('INSERT INTO incident_evidence (incident_id, file_id, linked_at) VALUES (?, ?, ?)').run(id, fileId, tx.at);
  tx.db.prepare('UPDATE incidents SET updated_at = ? WHERE id = ?').run(tx.at, id);
  return audited(tx, id, before);
}

export function unlinkEvidenceFile(tx: ChangeTx, id: string, fileId: string): Incident {
  mustGetRow(tx, id);
  const before = getIncident(tx.db, id, new Date(tx.at))!;
  const removed = tx.db.prepare('DELETE FROM incident_evidence WHERE incident_id = ? AND file_id = ?').run(id, fileId).changes;
  if (removed === 0) throw refused('fileId', 'not_linked', 'the file is not linked to the incident');
  tx.db.prepare('UPDATE incidents SET updated_at = ? WHERE id = ?').run(tx.at, id);
  return audited(tx, id, before);
}

/** Wraps a change to one incident's response records: the incident before, the change, then audited. */
function responseChange(tx: ChangeTx, id: string, fn: (incident: Incident) => void): Incident {
  mustGetRow(tx, id);
  const before = getIncident(tx.db, id, new Date(tx.at))!;
  fn(before);
  tx.db.prepare('UPDATE incidents SET updated_at = ? WHERE id = ?').run(tx.at, id);
  return audited(tx, id, before);
}

export function chooseIncidentRunbook(tx: ChangeTx, id: string, runbookId: string, source: RunbookStepsSource): Incident {
  return responseChange(tx, id, (incident) => chooseRunbook(tx, incident, runbookId, source));
}

export function tickChecklistStep(tx: ChangeTx, id: string, stepId: string, personId: string | null, doneBy: string, doneAt: string, note: string): Incident {
  return responseChange(tx, id, (incident) => tickStep(tx, incident, stepId, personId, doneBy, doneAt, note));
}

export function skipChecklistStep(tx: ChangeTx, id: string, stepId: string, personId: string | null, doneBy: string, reason: string): Incident {
  return responseChange(tx, id, (incident) => skipStep(tx, incident, stepId, personId, doneBy, reason));
}

export function reopenChecklistStep(tx: ChangeTx, id: string, stepId: string): Incident {
  return responseChange(tx, id, (incident) => reopenStep(tx, incident, stepId));
}

export function saveIncidentReview(tx: ChangeTx, id: string, review: IncidentReviewInput): Incident {
  return responseChange(tx, id, (incident) => saveReview(tx, incident, review));
}

export function addIncidentAction(tx: ChangeTx, id: string, action: IncidentActionInput): Incident {
  return responseChange(tx, id, (incident) => addAction(tx, incident, action));
}

export function updateIncidentAction(tx: ChangeTx, id: string, actionId: string, action: IncidentActionInput): Incident {
  return responseChange(tx, id, (incident) => updateAction(tx, incident, actionId, action));
}
