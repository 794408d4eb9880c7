// ISMS records: scope (4.3), objectives (6.2), the internal audit programme and audits (9.2) with
// findings and corrective actions (10.2), and management reviews (9.3).
import { z } from 'zod';
import { empty, isoDate, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const ismsScopeSchema = z.object({
  statement: trimmed(10000),
  boundaries: trimmed(10000),
  exclusions: trimmed(10000),
  interestedParties: trimmed(10000),
  updatedAt: z.string().nullable(),
});
export const ismsScopeInputSchema = ismsScopeSchema.omit({ updatedAt: true }).strict();
export type IsmsScope = z.infer<typeof ismsScopeSchema>;
export type IsmsScopeInput = z.infer<typeof ismsScopeInputSchema>;

export const OBJECTIVE_STATUSES = ['planned', 'on_track', 'at_risk', 'achieved', 'missed'] as const;
export const objectiveInputSchema = z
  .object({
    title: nonEmpty(300),
    measure: trimmed(2000),
    target: trimmed(500),
    owner: trimmed(200),
    dueDate: isoDate.nullable(),
    status: z.enum(OBJECTIVE_STATUSES),
    progressNote: trimmed(4000),
  })
  .strict();
export type ObjectiveInput = z.infer<typeof objectiveInputSchema>;
export const objectiveSchema = objectiveInputSchema.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type Objective = z.infer<typeof objectiveSchema>;

export const AUDIT_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export const auditInputSchema = z
  .object({
    title: nonEmpty(300),
    scope: trimmed(4000),
    auditor: trimmed(200),
    plannedDate: isoDate,
    performedDate: isoDate.nullable(),
    status: z.enum(AUDIT_STATUSES),
    conclusion: trimmed(10000),
  })
  .strict();
export type InternalAuditInput = z.infer<typeof auditInputSchema>;
export const auditSchema = auditInputSchema.extend({ id: z.string(), ref: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type InternalAudit = z.infer<typeof auditSchema>;

export const FINDING_TYPES = ['major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity'] as const;
export const findingInputSchema = z
  .object({
    auditId: recordId,
    type: z.enum(FINDING_TYPES),
    /** The clause or control concerned, e.g. `9.2` or `A.8.13`. */
    reference: trimmed(40),
    description: nonEmpty(10000),
    owner: trimmed(200),
    status: z.enum(['open', 'closed']),
  })
  .strict();
export type FindingInput = z.infer<typeof findingInputSchema>;
export const findingSchema = findingInputSchema.extend({ id: z.string(), ref: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type Finding = z.infer<typeof findingSchema>;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'verified'] as const;
export const correctiveActionInputSchema = z
  .object({
    findingId: recordId,
    description: nonEmpty(4000),
    rootCause: trimmed(4000),
    owner: trimmed(200),
    dueDate: isoDate.nullable(),
    status: z.enum(ACTION_STATUSES),
    verifiedBy: trimmed(200),
    verificationNote: trimmed(4000),
  })
  .strict();
export type CorrectiveActionInput = z.infer<typeof correctiveActionInputSchema>;
export const correctiveActionSchema = correctiveActionInputSchema.extend({
  id: z.string(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CorrectiveAction = z.infer<typeof correctiveActionSchema>;

export const managementReviewInputSchema = z
  .object({
    date: isoDate,
    attendees: trimmed(2000),
    inputs: trimmed(20000),
    decisions: trimmed(20000),
    actions: trimmed(20000),
    nextReviewDate: isoDate.nullable(),
  })
  .strict();
export type ManagementReviewInput = z.infer<typeof managementReviewInputSchema>;
export const managementReviewSchema = managementReviewInputSchema.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type ManagementReview = z.infer<typeof managementReviewSchema>;

const deleted = z.object({ deleted: z.literal(true) });
const byId = z.object({ id: recordId }).strict();

export const ismsProcedures = {
  'isms.scope.get': procedure({ input: empty, output: ismsScopeSchema, permission: 'workspace.read', summary: 'The ISMS scope (4.3).' }),
  'isms.scope.update': procedure({ input: ismsScopeInputSchema, output: ismsScopeSchema, permission: 'workspace.write', summary: 'Change the ISMS scope.' }),

  'objectives.list': procedure({ input: empty, output: z.array(objectiveSchema), permission: 'workspace.read', summary: 'Information security objectives (6.2).' }),
  'objectives.create': procedure({ input: objectiveInputSchema, output: objectiveSchema, permission: 'workspace.write', summary: 'Add an objective.' }),
  'objectives.update': procedure({ input: z.object({ id: recordId, objective: objectiveInputSchema }).strict(), output: objectiveSchema, permission: 'workspace.write', summary: 'Change an objective.' }),
  'objectives.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete an objective.' }),

  'audits.list': procedure({
    input: empty,
    output: z.array(auditSchema.extend({ openFindings: z.number().int(), findings: z.number().int() })),
    permission: 'workspace.read',
    summary: 'The internal audit programme (9.2).',
  }),
  'audits.get': procedure({
    input: byId,
    output: z.object({ audit: auditSchema, findings: z.array(findingSchema.extend({ actions: z.array(correctiveActionSchema) })) }),
    permission: 'workspace.read',
    summary: 'One audit with its findings and corrective actions.',
  }),
  'audits.create': procedure({ input: auditInputSchema, output: auditSchema, permission: 'workspace.write', summary: 'Plan an audit.' }),
  'audits.update': procedure({ input: z.object({ id: recordId, audit: auditInputSchema }).strict(), output: auditSchema, permission: 'workspace.write', summary: 'Change an audit.' }),
  'audits.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete an audit without findings.' }),

  'findings.create': procedure({ input: findingInputSchema, output: findingSchema, permission: 'workspace.write', summary: 'Record an audit finding.' }),
  'findings.update': procedure({ input: z.object({ id: recordId, finding: findingInputSchema }).strict(), output: findingSchema, permission: 'workspace.write', summary: 'Change a finding.' }),
  'findings.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a finding without actions.' }),

  'actions.list': procedure({
    input: z.object({ openOnly: z.boolean().default(false) }).strict(),
    output: z.array(correctiveActionSchema.extend({ findingRef: z.string(), auditId: z.string() })),
    permission: 'workspace.read',
    summary: 'Corrective actions (10.2) across all audits.',
  }),
  'actions.create': procedure({ input: correctiveActionInputSchema, output: correctiveActionSchema, permission: 'workspace.write', summary: 'Add a corrective action.' }),
  'actions.update': procedure({
    input: z.object({ id: recordId, action: correctiveActionInputSchema }).strict(),
    output: correctiveActionSchema,
    permission: 'workspace.write',
    summary: 'Change a corrective action (verification needs a verifier).',
  }),
  'actions.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a corrective action.' }),

  'reviews.list': procedure({ input: empty, output: z.array(managementReviewSchema), permission: 'workspace.read', summary: 'Management reviews (9.3).' }),
  'reviews.create': procedure({ input: managementReviewInputSchema, output: managementReviewSchema, permission: 'workspace.write', summary: 'Record a management review.' }),
  'reviews.update': procedure({
    input: z.object({ id: recordId, review: managementReviewInputSchema }).strict(),
    output: managementReviewSchema,
    permission: 'workspace.write',
    summary: 'Change a management review.',
  }),
  'reviews.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a management review.' }),
} as const;
