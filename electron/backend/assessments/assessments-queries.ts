// Reading and writing impact assessments. No rules here: those are in assessment-changes.ts.
import { requiredQuestionIds, residualRisk, type AssessmentKind } from '../../../shared/assessments/questionnaires';
import type { Assessment, AssessmentStatus } from '../../../shared/contract/areas/assessments';
import type { Db } from '../workspace/sqlcipher';

/** The record type under which assessments are audited, indexed and linked as evidence. */
export const ASSESSMENT_RECORD = 'assessment';

interface Row {
  id: string;
  ref: string;
  kind: AssessmentKind;
  activity_id: string;
  activity_name: string;
  name: string;
  revision: number;
  previous_id: string | null;
  superseded: number;
  status: AssessmentStatus;
  answers: string;
  likelihood: number | null;
  severity: number | null;
  assessor: string;
  review_date: string | null;
  signed_off_by: string | null;
  signed_off_at: string | null;
  sign_off_note: string;
  retain_until: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT s.*, a.name AS activity_name,
  EXISTS (SELECT 1 FROM inventory_assessments n WHERE n.previous_id = s.id) AS superseded
  FROM inventory_assessments s JOIN inventory_activities a ON a.id = s.activity_id`;

function toAssessment(row: Row): Assessment {
  const answers = JSON.parse(row.answers) as Record<string, string>;
  const residual = residualRisk(row.likelihood, row.severity);
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    activityId: row.activity_id,
    activityName: row.activity_name,
    name: row.name,
    revision: row.revision,
    previousId: row.previous_id,
    superseded: row.superseded === 1,
    status: row.status,
    answers,
    unanswered: requiredQuestionIds(row.kind).filter((id) => !answers[id]),
    likelihood: row.likelihood,
    severity: row.severity,
    residualRisk: residual,
    priorConsultation: row.kind === 'dpia' && residual === 'high',
    assessor: row.assessor,
    reviewDate: row.review_date,
    signedOffBy: row.signed_off_by,
    signedOffAt: row.signed_off_at,
    signOffNote: row.sign_off_note,
    retainUntil: row.retain_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** By reference, newest revision first. */
export function listAssessments(db: Db, activityId?: string): Assessment[] {
  const where = activityId === undefined ? '' : 'WHERE s.activity_id = ?';
  const statement = db.prepare<unknown[], Row>(`${SELECT} ${where} ORDER BY s.kind, length(s.ref), s.ref, s.revision DESC`);
  return (activityId === undefined ? statement.all() : statement.all(activityId)).map(toAssessment);
}

export function getAssessment(db: Db, id: string): Assessment | null {
  const row = db.prepare<[string], Row>(`${SELECT} WHERE s.id = ?`).get(id);
  return row ? toAssessment(row) : null;
}

export interface AssessmentWrite {
  id: string;
  ref: string;
  kind: AssessmentKind;
  activityId: string;
  name: string;
  revision: number;
  previousId: string | null;
  status: AssessmentStatus;
  answers: Record<string, string>;
  likelihood: number | null;
  severity: number | null;
  assessor: string;
  reviewDate: string | null;
  signedOffBy: string | null;
  signedOffAt: string | null;
  signOffNote: string;
  retainUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export function saveAssessment(db: Db, a: AssessmentWrite): void {
  db.prepare(
    `INSERT INTO inventory_assessments (id, ref, kind, activity_id, name, revision, previous_id, status, answers, likelihood, severity, assessor, review_date,
       signed_off_by, signed_off_at, sign_off_note, retain_until, created_at, updated_at)
     VALUES (@id, @ref, @kind, @activityId, @name, @revision, @previousId, @status, @answers, @likelihood, @severity, @assessor, @reviewDate,
       @signedOffBy, @signedOffAt, @signOffNote, @retainUntil, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, status = excluded.status, answers = excluded.answers, likelihood = excluded.likelihood,
       severity = excluded.severity, assessor = excluded.assessor, review_date = excluded.review_date, signed_off_by = excluded.signed_off_by,
       signed_off_at = excluded.signed_off_at, sign_off_note = excluded.sign_off_note, retain_until = excluded.retain_until, updated_at = excluded.updated_at`,
  ).run({ ...a, answers: JSON.stringify(a.answers) });
}

export function deleteAssessmentRow(db: Db, id: string): void {
  db.prepare('DELETE FROM inventory_assessments WHERE id = ?').run(id);
}

/** Activities with at least one signed-off assessment of the kind. */
export function signedOffActivities(db: Db, kind: AssessmentKind): Set<string> {
  return new Set(db.prepare<[string], string>("SELECT DISTINCT activity_id FROM inventory_assessments WHERE kind = ? AND status = 'signed_off'").pluck().all(kind));
}
