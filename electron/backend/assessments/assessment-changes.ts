// Changes to impact assessments, each inside a caller's transaction (a procedure's or the demo's).
//
// Life cycle: draft → in review → signed off. A draft may be edited; an assessment in review may be
// edited too (reviewers' corrections) or sent back to draft; sign-off needs every required question
// answered and the residual risk rated, and records who and when in the record and the audit trail.
// A signed-off assessment never changes (the database refuses it as well): reopening it makes a new
// draft revision with the same reference and a copy of its answers, and the signed-off revision stays
// as it was. Only one open revision may exist at a time.
//
// Retention: a PIPIA is kept for at least three years after sign-off (PIPL Art 56); deleting it
// before `retainUntil` is refused. GDPR sets no period for DPIAs, so a DPIA has no `retainUntil`.
import { randomUUID } from 'node:crypto';
import { addYears, PIPIA_RETENTION_YEARS, questionIds, type AssessmentKind } from '../../../shared/assessments/questionnaires';
import { AppError, type InputIssue } from '../../../shared/contract';
import type { Assessment, AssessmentChanges } from '../../../shared/contract/areas/assessments';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { formatRef, nextSequence } from '../isms/record-sequences';
import { calendarDateOf } from '../isms/record-dates';
import { indexRecord, removeRecord } from '../search/search-index';
import type { ChangeTx } from '../workspace/workspace-db';
import { ASSESSMENT_RECORD, deleteAssessmentRow, getAssessment, saveAssessment, type AssessmentWrite } from './assessments-queries';

const REF_PREFIX: Readonly<Record<AssessmentKind, string>> = { dpia: 'DPIA-', pipia: 'PIPIA-' };

function mustGet(tx: ChangeTx, id: string): Assessment {
  const found = getAssessment(tx.db, id);
  if (!found) throw new AppError('NOT_FOUND', 'no such assessment', { entity: ASSESSMENT_RECORD, id });
  return found;
}

function invalid(message: string, issues: InputIssue[]): AppError {
  return new AppError('INVALID_INPUT', message, { issues });
}

function toWrite(a: Assessment): AssessmentWrite {
  const { activityName: _name, superseded: _superseded, unanswered: _unanswered, residualRisk: _residual, priorConsultation: _prior, ...write } = a;
  return write;
}

function afterWrite(tx: ChangeTx, a: Assessment): void {
  indexRecord(tx.db, {
    entityType: ASSESSMENT_RECORD,
    entityId: a.id,
    title: `${a.ref} ${a.name}`,
    body: [a.activityName, a.assessor, a.signedOffBy ?? '', ...Object.values(a.answers)].filter(Boolean).join('\n'),
  });
  // An assessment is evidence as of its last change (its sign-off, once signed off).
  linkRecordByDefault(tx, ASSESSMENT_RECORD, a.id, calendarDateOf(a.signedOffAt ?? a.updatedAt));
}

function refuseSignedOff(a: Assessment): void {
  if (a.status === 'signed_off') {
    throw new AppError('CONFLICT', 'a signed-off assessment cannot be changed; reopen it as a new revision', { entity: ASSESSMENT_RECORD, id: a.id, ref: a.ref, status: a.status, reason: 'signed_off' });
  }
}

export interface NewAssessment {
  kind: AssessmentKind;
  activityId: string;
  name: string;
  assessor: string;
}

export function createAssessment(tx: ChangeTx, input: NewAssessment): Assessment {
  if (tx.db.prepare('SELECT 1 FROM inventory_activities WHERE id = ?').get(input.activityId) === undefined) {
    throw invalid('the assessment refers to a processing activity that does not exist', [{ path: ['activityId'], code: 'unknown_record', message: `no such record: ${input.activityId}` }]);
  }
  const id = randomUUID();
  const ref = formatRef(REF_PREFIX[input.kind], nextSequence(tx.db, `assessment_${input.kind}`));
  saveAssessment(tx.db, {
    id,
    ref,
    kind: input.kind,
    activityId: input.activityId,
    name: input.name,
    revision: 1,
    previousId: null,
    status: 'draft',
    answers: {},
    likelihood: null,
    severity: null,
    assessor: input.assessor,
    reviewDate: null,
    signedOffBy: null,
    signedOffAt: null,
    signOffNote: '',
    retainUntil: null,
    createdAt: tx.at,
    updatedAt: tx.at,
  });
  const created = mustGet(tx, id);
  tx.audit(ASSESSMENT_RECORD, id, null, created);
  afterWrite(tx, created);
  return created;
}

/** Merges answers (an empty answer removes it) and sets the other fields sent. */
export function updateAssessment(tx: ChangeTx, id: string, changes: AssessmentChanges): Assessment {
  const before = mustGet(tx, id);
  refuseSignedOff(before);
  const known = new Set(questionIds(before.kind));
  const answers = { ...before.answers };
  const issues: InputIssue[] = [];
  for (const [question, answer] of Object.entries(changes.answers ?? {})) {
    if (!known.has(question)) issues.push({ path: ['changes', 'answers', question], code: 'unknown_question', message: `not a ${before.kind} question: ${question}` });
    else if (answer === '') delete answers[question];
    else answers[question] = answer;
  }
  if (issues.length > 0) throw invalid('the answers do not fit the questionnaire', issues);
  const write: AssessmentWrite = {
    ...toWrite(before),
    name: changes.name ?? before.name,
    answers,
    likelihood: changes.likelihood === undefined ? before.likelihood : changes.likelihood,
    severity: changes.severity === undefined ? before.severity : changes.severity,
    assessor: changes.assessor ?? before.assessor,
    reviewDate: changes.reviewDate === undefined ? before.reviewDate : changes.reviewDate,
    updatedAt: tx.at,
  };
  saveAssessment(tx.db, write);
  const after = mustGet(tx, id);
  tx.audit(ASSESSMENT_RECORD, id, before, after);
  afterWrite(tx, after);
  return after;
}

/** What stops an assessment from going to review or being signed off, as issues on the fields. */
function completenessIssues(a: Assessment): InputIssue[] {
  const issues: InputIssue[] = a.unanswered.map((question) => ({ path: ['answers', question], code: 'required', message: 'required' }));
  if (a.likelihood === null) issues.push({ path: ['likelihood'], code: 'required', message: 'required' });
  if (a.severity === null) issues.push({ path: ['severity'], code: 'required', message: 'required' });
  return issues;
}

function setStatus(tx: ChangeTx, id: string, from: Assessment['status'], to: Assessment['status']): Assessment {
  const before = mustGet(tx, id);
  refuseSignedOff(before);
  if (before.status !== from) throw new AppError('CONFLICT', `the assessment is ${before.status}, not ${from}`, { entity: ASSESSMENT_RECORD, id, ref: before.ref, status: before.status, reason: 'status' });
  if (to === 'in_review') {
    const issues = completenessIssues(before);
    if (issues.length > 0) throw invalid('the assessment is not complete', issues);
  }
  saveAssessment(tx.db, { ...toWrite(before), status: to, updatedAt: tx.at });
  const after = mustGet(tx, id);
  tx.audit(ASSESSMENT_RECORD, id, before, after);
  afterWrite(tx, after);
  return after;
}

export const submitAssessment = (tx: ChangeTx, id: string) => setStatus(tx, id, 'draft', 'in_review');
export const returnAssessment = (tx: ChangeTx, id: string) => setStatus(tx, id, 'in_review', 'draft');

export function signOffAssessment(tx: ChangeTx, id: string, signedOffBy: string, note: string, reviewDate: string | null): Assessment {
  const before = mustGet(tx, id);
  refuseSignedOff(before);
  if (before.status !== 'in_review') {
    throw new AppError('CONFLICT', 'only an assessment in review can be signed off', { entity: ASSESSMENT_RECORD, id, ref: before.ref, status: before.status, reason: 'status' });
  }
  const issues = completenessIssues(before);
  if (issues.length > 0) throw invalid('the assessment is not complete', issues);
  const day = calendarDateOf(tx.at);
  saveAssessment(tx.db, {
    ...toWrite(before),
    status: 'signed_off',
    signedOffBy,
    signedOffAt: tx.at,
    signOffNote: note,
    reviewDate,
    retainUntil: before.kind === 'pipia' ? addYears(day, PIPIA_RETENTION_YEARS) : null,
    updatedAt: tx.at,
  });
  const after = mustGet(tx, id);
  tx.audit(ASSESSMENT_RECORD, id, before, after);
  afterWrite(tx, after);
  return after;
}

/** A new draft revision of a signed-off assessment, with its answers and rating to start from. */
export function reviseAssessment(tx: ChangeTx, id: string): Assessment {
  const before = mustGet(tx, id);
  if (before.status !== 'signed_off') {
    throw new AppError('CONFLICT', 'only a signed-off assessment is reopened as a revision; edit this one instead', { entity: ASSESSMENT_RECORD, id, ref: before.ref, status: before.status, reason: 'status' });
  }
  const open = tx.db
    .prepare<[string], { id: string; revision: number }>("SELECT id, revision FROM inventory_assessments WHERE ref = ? AND status <> 'signed_off'")
    .get(before.ref);
  if (open || before.superseded) {
    throw new AppError('CONFLICT', 'a later revision of this assessment exists', { entity: ASSESSMENT_RECORD, id, ref: before.ref, reason: 'superseded', openId: open?.id ?? null });
  }
  const latest = tx.db.prepare<[string], number>('SELECT max(revision) FROM inventory_assessments WHERE ref = ?').pluck().get(before.ref) ?? before.revision;
  const newId = randomUUID();
  saveAssessment(tx.db, {
    ...toWrite(before),
    id: newId,
    revision: latest + 1,
    previousId: before.id,
    status: 'draft',
    signedOffBy: null,
    signedOffAt: null,
    signOffNote: '',
    retainUntil: null,
    createdAt: tx.at,
    updatedAt: tx.at,
  });
  const created = mustGet(tx, newId);
  tx.audit(ASSESSMENT_RECORD, newId, null, created);
  afterWrite(tx, created);
  return created;
}

export function deleteAssessment(tx: ChangeTx, id: string): void {
  const before = mustGet(tx, id);
  const today = calendarDateOf(tx.at);
  if (before.retainUntil !== null && today < before.retainUntil) {
    throw new AppError('CONFLICT', `the assessment must be kept until ${before.retainUntil}`, {
      entity: ASSESSMENT_RECORD,
      id,
      ref: before.ref,
      reason: 'retention',
      retainUntil: before.retainUntil,
    });
  }
  deleteAssessmentRow(tx.db, id);
  tx.audit(ASSESSMENT_RECORD, id, before, null);
  removeRecord(tx.db, ASSESSMENT_RECORD, id);
  unlinkRecord(tx, ASSESSMENT_RECORD, id);
}
