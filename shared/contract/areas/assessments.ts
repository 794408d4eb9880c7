// Impact assessments of processing activities: DPIAs (GDPR Art 35) and PIPIAs (PIPL Art 55/56),
// answered against our questionnaires (shared/assessments/questionnaires.ts), rated for residual
// risk and signed off. A signed-off assessment never changes: reopening it makes a new revision.
import { z } from 'zod';
import { ASSESSMENT_KINDS, RESIDUAL_RISKS } from '../../assessments/questionnaires';
import { isoDate, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const ASSESSMENT_STATUSES = ['draft', 'in_review', 'signed_off'] as const;
export const assessmentKindSchema = z.enum(ASSESSMENT_KINDS);
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

const level = z.number().int().min(1).max(4);
/** Answers by question id; the backend refuses ids that are not in the kind's questionnaire. */
export const assessmentAnswersSchema = z.record(z.string().regex(/^[a-z][a-z0-9_]{1,60}$/, 'question_id'), trimmed(8000));

export const assessmentSchema = z.object({
  id: z.string(),
  /** DPIA-001, PIPIA-002: shared by every revision of the same assessment. */
  ref: z.string(),
  kind: assessmentKindSchema,
  activityId: z.string(),
  activityName: z.string(),
  name: z.string(),
  revision: z.number().int().min(1),
  /** The revision this one was reopened from. */
  previousId: z.string().nullable(),
  /** A later revision exists: this one is kept as history. */
  superseded: z.boolean(),
  status: assessmentStatusSchema,
  answers: z.record(z.string(), z.string()),
  /** Required questions still without an answer. */
  unanswered: z.array(z.string()),
  likelihood: level.nullable(),
  severity: level.nullable(),
  residualRisk: z.enum(RESIDUAL_RISKS).nullable(),
  /** GDPR Art 36: a DPIA whose residual risk stays high needs prior consultation of the supervisory authority. */
  priorConsultation: z.boolean(),
  assessor: z.string(),
  reviewDate: isoDate.nullable(),
  signedOffBy: z.string().nullable(),
  signedOffAt: z.string().nullable(),
  signOffNote: z.string(),
  /** Not to be deleted before this date (PIPL Art 56: at least three years after sign-off). */
  retainUntil: isoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentChangesSchema = z
  .object({
    name: nonEmpty(200),
    /** Merged into the stored answers: send one section at a time. An empty string clears an answer. */
    answers: assessmentAnswersSchema,
    likelihood: level.nullable(),
    severity: level.nullable(),
    assessor: trimmed(200),
    reviewDate: isoDate.nullable(),
  })
  .partial()
  .strict();
export type AssessmentChanges = z.infer<typeof assessmentChangesSchema>;

const byId = z.object({ id: recordId }).strict();

export const assessmentsProcedures = {
  'assessments.list': procedure({
    input: z.object({ activityId: recordId.optional() }).strict(),
    output: z.array(assessmentSchema),
    permission: 'workspace.read',
    summary: 'Impact assessments (DPIA, PIPIA), newest revision first within each.',
  }),
  'assessments.get': procedure({ input: byId, output: assessmentSchema, permission: 'workspace.read', summary: 'One impact assessment.' }),
  'assessments.create': procedure({
    input: z.object({ kind: assessmentKindSchema, activityId: recordId, name: nonEmpty(200), assessor: trimmed(200) }).strict(),
    output: assessmentSchema,
    permission: 'workspace.write',
    summary: 'Start an impact assessment of a processing activity (a draft).',
  }),
  'assessments.update': procedure({
    input: z.object({ id: recordId, changes: assessmentChangesSchema }).strict(),
    output: assessmentSchema,
    permission: 'workspace.write',
    summary: 'Answer questions or rate the residual risk of an assessment not yet signed off.',
  }),
  'assessments.submit': procedure({ input: byId, output: assessmentSchema, permission: 'workspace.write', summary: 'Send a complete draft for review.' }),
  'assessments.return': procedure({ input: byId, output: assessmentSchema, permission: 'workspace.write', summary: 'Send an assessment in review back to draft.' }),
  'assessments.signOff': procedure({
    input: z.object({ id: recordId, signedOffBy: nonEmpty(200), note: trimmed(2000), reviewDate: isoDate.nullable() }).strict(),
    output: assessmentSchema,
    permission: 'workspace.write',
    summary: 'Sign off an assessment in review; its answers are then fixed.',
  }),
  'assessments.revise': procedure({
    input: byId,
    output: assessmentSchema,
    permission: 'workspace.write',
    summary: 'Reopen a signed-off assessment as a new draft revision (the signed-off one is kept).',
  }),
  'assessments.delete': procedure({
    input: byId,
    output: z.object({ deleted: z.literal(true) }),
    permission: 'workspace.write',
    summary: 'Delete an assessment (refused while it must be retained).',
  }),
} as const;
