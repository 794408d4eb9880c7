// Incident runbooks (ISO 27001 A.5.24, A.5.26; SOC 2 CC7.3, CC7.4) and the drills that test them
// (A.5.27, CC7.4, CC7.5): a runbook names who fills each incident role, the ordered steps with their
// responsible role, a time target from awareness and optional decision points, and the contacts to
// call. Versions go draft → approved (immutable, SHA-256 of the canonical JSON of the content) →
// superseded. A drill records a tabletop, simulation or live exercise of an approved version: who
// took part, the measured time per step against its target and the findings, each optionally with
// a corrective action.
import { z } from 'zod';
import { isoDate, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const runbookLanguageSchema = z.enum(['en', 'zh-CN']);
export type RunbookLanguage = z.infer<typeof runbookLanguageSchema>;

/** The incident roles a runbook assigns. */
export const RUNBOOK_ROLES = ['incident_lead', 'it', 'security', 'legal', 'communications', 'dpo'] as const;
export const runbookRoleSchema = z.enum(RUNBOOK_ROLES);
export type RunbookRole = z.infer<typeof runbookRoleSchema>;

/** A step id: stable within a runbook (decisions and drill timings refer to it). */
export const stepIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'step_id');

/** Time targets are minutes from the moment of awareness, up to 90 days. */
export const TARGET_MINUTES_MAX = 90 * 24 * 60;

export const roleAssignmentSchema = z
  .object({
    role: runbookRoleSchema,
    /** Who fills the role: a person, a team or an external firm, with a deputy if wanted. */
    assignee: trimmed(300),
  })
  .strict();
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const decisionOptionSchema = z
  .object({
    answer: nonEmpty(200),
    /** The step to go to; null ends the runbook (close the incident). */
    goTo: stepIdSchema.nullable(),
  })
  .strict();
export const decisionSchema = z
  .object({
    question: nonEmpty(500),
    options: z.array(decisionOptionSchema).min(2).max(6),
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema>;

export const runbookStepSchema = z
  .object({
    id: stepIdSchema,
    title: nonEmpty(300),
    instructions: trimmed(5000),
    role: runbookRoleSchema,
    /** Minutes from awareness by which the step should be done; null when it has no target. */
    targetMinutes: z.number().int().min(0).max(TARGET_MINUTES_MAX).nullable(),
    decision: decisionSchema.nullable(),
  })
  .strict();
export type RunbookStep = z.infer<typeof runbookStepSchema>;

export const runbookContactSchema = z
  .object({
    name: nonEmpty(200),
    /** What they are for: "Cyber insurer — breach hotline", "Data Protection Commission". */
    role: trimmed(200),
    phone: trimmed(60),
    email: z.union([z.literal(''), z.string().trim().email().max(254)]),
    /** Outside the organisation (insurer, forensics, regulator, outside counsel). */
    external: z.boolean(),
  })
  .strict();
export type RunbookContact = z.infer<typeof runbookContactSchema>;

/** What a version holds and what its SHA-256 is computed over (canonical JSON). */
export const runbookContentSchema = z
  .object({
    /** When the runbook applies and what it covers. */
    scope: trimmed(5000),
    roles: z.array(roleAssignmentSchema).max(RUNBOOK_ROLES.length),
    steps: z.array(runbookStepSchema).max(200),
    contacts: z.array(runbookContactSchema).max(100),
  })
  .strict();
export type RunbookContent = z.infer<typeof runbookContentSchema>;

export const RUNBOOK_VERSION_STATUSES = ['draft', 'approved', 'superseded'] as const;
export const runbookVersionStatusSchema = z.enum(RUNBOOK_VERSION_STATUSES);
export type RunbookVersionStatus = z.infer<typeof runbookVersionStatusSchema>;

export const runbookVersionMetaSchema = z.object({
  id: z.string(),
  runbookId: z.string(),
  number: z.number().int().positive(),
  status: runbookVersionStatusSchema,
  changeNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvalNote: z.string(),
  /** SHA-256 (hex) of the canonical JSON of the content as approved; null until approved. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  supersededAt: z.string().nullable(),
  stepCount: z.number().int(),
});
export type RunbookVersionMeta = z.infer<typeof runbookVersionMetaSchema>;

export const runbookVersionSchema = runbookVersionMetaSchema.extend({ content: runbookContentSchema });
export type RunbookVersion = z.infer<typeof runbookVersionSchema>;

export const runbookSummarySchema = z.object({
  id: z.string(),
  /** RB-001, RB-002 … */
  ref: z.string(),
  title: z.string(),
  templateId: z.string().nullable(),
  language: runbookLanguageSchema,
  owner: z.string(),
  /** The newest version's status. */
  status: runbookVersionStatusSchema,
  latestVersion: z.object({ id: z.string(), number: z.number().int(), status: runbookVersionStatusSchema }),
  /** The approved version in force; null until one is approved. */
  currentVersion: z.object({ id: z.string(), number: z.number().int(), approvedAt: z.string() }).nullable(),
  lastDrillOn: isoDate.nullable(),
  drillCount: z.number().int(),
  /** Twelve months after the last drill, else after the first approval; null until approved. */
  drillDueOn: isoDate.nullable(),
  drillOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RunbookSummary = z.infer<typeof runbookSummarySchema>;

export const runbookDetailSchema = z.object({
  runbook: runbookSummarySchema,
  /** Newest first. */
  versions: z.array(runbookVersionMetaSchema),
});
export type RunbookDetail = z.infer<typeof runbookDetailSchema>;

export const runbookTemplateSummarySchema = z.object({
  id: z.string(),
  title: z.object({ en: z.string(), 'zh-CN': z.string() }),
  stepCount: z.number().int(),
});

/** What an incident's checklist copies from a runbook's approved version. */
export const checklistStepSchema = z.object({
  id: z.string(),
  order: z.number().int().positive(),
  title: z.string(),
  role: runbookRoleSchema,
  targetMinutes: z.number().int().nullable(),
  decision: decisionSchema.nullable(),
});
export const runbookChecklistSchema = z.object({
  runbookId: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  steps: z.array(checklistStepSchema),
});
export type RunbookChecklist = z.infer<typeof runbookChecklistSchema>;

// -- drills -------------------------------------------------------------------------------------

export const DRILL_KINDS = ['tabletop', 'simulation', 'live'] as const;
export const drillKindSchema = z.enum(DRILL_KINDS);
export type DrillKind = z.infer<typeof drillKindSchema>;

export const DRILL_ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export const drillActionStatusSchema = z.enum(DRILL_ACTION_STATUSES);
export type DrillActionStatus = z.infer<typeof drillActionStatusSchema>;

export const drillActionSchema = z
  .object({
    description: nonEmpty(2000),
    owner: trimmed(200),
    dueDate: isoDate.nullable(),
    status: drillActionStatusSchema,
  })
  .strict();
export type DrillAction = z.infer<typeof drillActionSchema>;

export const drillFindingInputSchema = z
  .object({
    /** Kept when an existing finding is saved again. */
    id: recordId.optional(),
    description: nonEmpty(2000),
    action: drillActionSchema.nullable(),
  })
  .strict();

export const drillTimingInputSchema = z
  .object({
    stepId: stepIdSchema,
    /** Minutes from the (simulated) awareness until the step was done; null when not reached. */
    actualMinutes: z.number().int().min(0).max(TARGET_MINUTES_MAX).nullable(),
    note: trimmed(1000),
  })
  .strict();

export const drillInputSchema = z
  .object({
    runbookId: recordId,
    /** An approved (or since superseded) version of that runbook. */
    versionId: recordId,
    heldOn: isoDate,
    kind: drillKindSchema,
    scenario: nonEmpty(5000),
    /** People from the people list. */
    participantIds: z.array(recordId).max(200),
    /** Anyone else, one name each (outside counsel, the insurer's breach coach …). */
    externalParticipants: z.array(nonEmpty(200)).max(100),
    timings: z.array(drillTimingInputSchema).max(200),
    findings: z.array(drillFindingInputSchema).max(100),
    summary: trimmed(5000),
  })
  .strict();
export type DrillInput = z.input<typeof drillInputSchema>;

export const drillTimingSchema = z.object({
  stepId: z.string(),
  order: z.number().int(),
  title: z.string(),
  role: runbookRoleSchema,
  targetMinutes: z.number().int().nullable(),
  actualMinutes: z.number().int().nullable(),
  /** Minutes over the target (negative when faster); null when either is missing. */
  deltaMinutes: z.number().int().nullable(),
  overTarget: z.boolean(),
  note: z.string(),
});
export type DrillTiming = z.infer<typeof drillTimingSchema>;

export const drillSchema = z.object({
  id: z.string(),
  /** DRL-2026-01 … */
  ref: z.string(),
  runbookId: z.string(),
  runbookTitle: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  heldOn: z.string(),
  kind: drillKindSchema,
  scenario: z.string(),
  participants: z.array(z.object({ id: z.string(), name: z.string() })),
  externalParticipants: z.array(z.string()),
  /** One row per step of the version, in its order. */
  timings: z.array(drillTimingSchema),
  overTargetCount: z.number().int(),
  findings: z.array(z.object({ id: z.string(), description: z.string(), action: drillActionSchema.nullable() })),
  openActions: z.number().int(),
  summary: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Drill = z.infer<typeof drillSchema>;

const byRunbook = z.object({ runbookId: recordId }).strict();

export const runbooksProcedures = {
  'runbooks.templates': procedure({
    input: z.object({}).strict(),
    output: z.array(runbookTemplateSummarySchema),
    permission: 'workspace.read',
    summary: 'The runbook templates (personal-data breach, ransomware, lost device …) in both languages.',
  }),
  'runbooks.list': procedure({
    input: z.object({}).strict(),
    output: z.array(runbookSummarySchema),
    permission: 'workspace.read',
    summary: 'Runbooks with their status, version in force and drill dates.',
  }),
  'runbooks.get': procedure({
    input: z.object({ id: recordId }).strict(),
    output: runbookDetailSchema,
    permission: 'workspace.read',
    summary: 'One runbook with its versions.',
  }),
  'runbooks.create': procedure({
    input: z
      .object({
        /** Defaults to the template's title in the language. */
        title: trimmed(300).optional(),
        owner: trimmed(200),
        language: runbookLanguageSchema,
        /** Null starts a blank runbook. */
        templateId: z.string().regex(/^[a-z0-9-]{2,80}$/, 'template_id').nullable(),
      })
      .strict(),
    output: runbookDetailSchema,
    permission: 'workspace.write',
    summary: 'Create a runbook from a template (in the given language) or blank; its first version is a draft.',
  }),
  'runbooks.update': procedure({
    input: z.object({ id: recordId, title: nonEmpty(300), owner: trimmed(200) }).strict(),
    output: runbookSummarySchema,
    permission: 'workspace.write',
    summary: "Change a runbook's title and owner.",
  }),
  'runbooks.delete': procedure({
    input: z.object({ id: recordId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    permission: 'workspace.write',
    summary: 'Delete a runbook that was never approved.',
  }),
  'runbooks.versions.get': procedure({
    input: z.object({ runbookId: recordId, versionId: recordId }).strict(),
    output: runbookVersionSchema,
    permission: 'workspace.read',
    summary: 'One version with its content.',
  }),
  'runbooks.draft.start': procedure({
    input: byRunbook,
    output: runbookVersionSchema,
    permission: 'workspace.write',
    summary: 'Start a new draft from the newest version (fails while a draft is open).',
  }),
  'runbooks.draft.save': procedure({
    input: z.object({ runbookId: recordId, versionId: recordId, content: runbookContentSchema, changeNote: trimmed(2000).optional() }).strict(),
    output: runbookVersionSchema,
    permission: 'workspace.write',
    summary: "Save a draft's roles, steps, decisions and contacts.",
  }),
  'runbooks.draft.discard': procedure({
    input: z.object({ runbookId: recordId, versionId: recordId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    permission: 'workspace.write',
    summary: 'Throw away a draft that is not the first version.',
  }),
  'runbooks.approve': procedure({
    input: z.object({ runbookId: recordId, versionId: recordId, approver: nonEmpty(200), note: trimmed(2000).optional() }).strict(),
    output: runbookVersionSchema,
    permission: 'workspace.write',
    summary: 'Approve a draft: it becomes immutable with its SHA-256, supersedes the previous approved version and is linked as evidence.',
  }),
  'runbooks.checklist': procedure({
    input: byRunbook,
    output: runbookChecklistSchema.nullable(),
    permission: 'workspace.read',
    summary: "The approved version's steps, as an incident checklist copies them (null until approved).",
  }),

  'runbooks.drills.list': procedure({
    input: z.object({ runbookId: recordId.optional() }).strict(),
    output: z.array(drillSchema),
    permission: 'workspace.read',
    summary: 'Drills and tabletop exercises, newest first.',
  }),
  'runbooks.drills.get': procedure({
    input: z.object({ id: recordId }).strict(),
    output: drillSchema,
    permission: 'workspace.read',
    summary: 'One drill with its timings against targets and its findings.',
  }),
  'runbooks.drills.create': procedure({
    input: drillInputSchema,
    output: drillSchema,
    permission: 'workspace.write',
    summary: 'Record a drill of an approved runbook version; it is linked as evidence.',
  }),
  'runbooks.drills.update': procedure({
    input: z.object({ id: recordId, drill: drillInputSchema }).strict(),
    output: drillSchema,
    permission: 'workspace.write',
    summary: 'Change a drill: participants, timings, findings and their actions.',
  }),
  'runbooks.drills.delete': procedure({
    input: z.object({ id: recordId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    permission: 'workspace.write',
    summary: 'Delete a drill and its evidence links.',
  }),
} as const;
