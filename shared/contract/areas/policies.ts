// Policies (ISO 27001 A.5.1, A.5.37; SOC 2 CC5.3) and privacy notices (GDPR Art 13/14, CCPA §1798.100,
// PIPL Art 17): Markdown documents with a version lifecycle (draft → in review → approved → published
// → superseded / retired), immutable approved versions with their SHA-256, redlines between versions,
// review cycles, acknowledgements by people, notices generated from the inventory and flagged when the
// inventory drifts from the approved text, and exports (PDF, DOCX, Markdown).
import { z } from 'zod';
import { controlIdSchema, empty, exportResultSchema, frameworkSchema, isoDate, nonEmpty, procedure, recordId, trimmed } from '../procedure';

/** The languages a policy can be written in (the same as the app's). */
export const policyLanguageSchema = z.enum(['en', 'zh-CN']);
export type PolicyLanguage = z.infer<typeof policyLanguageSchema>;

/** `policy`: an internal policy or standard; `privacy_notice`: a notice generated from the inventory. */
export const POLICY_KINDS = ['policy', 'privacy_notice'] as const;
export const policyKindSchema = z.enum(POLICY_KINDS);
export type PolicyKind = z.infer<typeof policyKindSchema>;

/** The law a privacy notice is written for. */
export const NOTICE_LAWS = ['gdpr', 'ccpa', 'pipl'] as const;
export const noticeLawSchema = z.enum(NOTICE_LAWS);
export type NoticeLaw = z.infer<typeof noticeLawSchema>;

/** The requirement list a notice is checked against; CCPA has one for the privacy policy and one for the notice at collection. */
export const NOTICE_STANDARDS = ['gdpr', 'ccpa_privacy_policy', 'ccpa_notice_at_collection', 'pipl'] as const;
export const noticeStandardSchema = z.enum(NOTICE_STANDARDS);
export type NoticeStandard = z.infer<typeof noticeStandardSchema>;

export const VERSION_STATUSES = ['draft', 'in_review', 'approved', 'published', 'superseded', 'retired'] as const;
export const versionStatusSchema = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof versionStatusSchema>;

/** A policy's status: its newest version's, or `retired` once the policy is retired. */
export const policyStatusSchema = versionStatusSchema;
export type PolicyStatus = VersionStatus;

/** Markdown body of a policy: up to about 200 pages. */
export const POLICY_MARKDOWN_MAX = 2_000_000;
export const policyMarkdownSchema = z.string().max(POLICY_MARKDOWN_MAX);

/** A template id from the template catalog, e.g. `information-security-policy`, `privacy-notice-gdpr`. */
export const templateIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'template_id');

/** A slug names a policy on the command line and in links: lower-case letters, digits and dashes. */
export const policySlugSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'slug');

const controlRefSchema = z.object({ framework: frameworkSchema, controlId: controlIdSchema });

export const policyCreateSchema = z
  .object({
    title: nonEmpty(300),
    /** Optional; derived from the title (or the template id) when omitted. Must be unique. */
    slug: policySlugSchema.optional(),
    kind: policyKindSchema,
    /** Required for privacy notices, null for policies. */
    law: noticeLawSchema.nullable().default(null),
    language: policyLanguageSchema,
    owner: trimmed(200),
    reviewCycleMonths: z.number().int().min(1).max(60).default(12),
    /** The first draft is the filled template; otherwise `markdown` (or empty). */
    templateId: templateIdSchema.nullable().default(null),
    markdown: policyMarkdownSchema.optional(),
  })
  .strict();
export type PolicyCreateInput = z.input<typeof policyCreateSchema>;

export const policyUpdateSchema = z
  .object({
    title: nonEmpty(300),
    owner: trimmed(200),
    reviewCycleMonths: z.number().int().min(1).max(60),
    /** Null lets the backend compute it from the last approval and the cycle. */
    nextReviewDate: isoDate.nullable(),
  })
  .strict();
export type PolicyUpdateInput = z.infer<typeof policyUpdateSchema>;

export const completenessOverrideSchema = z.object({ reason: nonEmpty(2000) }).strict();

/** A version without its body (lists). */
export const policyVersionMetaSchema = z.object({
  id: z.string(),
  policyId: z.string(),
  /** 1, 2, 3 … in creation order. */
  number: z.number().int().positive(),
  status: versionStatusSchema,
  title: z.string(),
  changeNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvalNote: z.string(),
  /** SHA-256 (hex) of the Markdown body as approved (UTF-8); null until approved. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  publishedAt: z.string().nullable(),
  /** When it was superseded or retired. */
  endedAt: z.string().nullable(),
  /** Set when a notice was approved with missing completeness items. */
  completenessOverride: z.object({ reason: z.string(), missing: z.array(z.string()) }).nullable(),
  /** The template this version's text was generated from (notices and template-based drafts). */
  templateId: z.string().nullable(),
  /** Number of people who acknowledged this version. */
  acknowledgements: z.number().int(),
  /** Number of characters in the body. */
  length: z.number().int(),
});
export type PolicyVersionMeta = z.infer<typeof policyVersionMetaSchema>;

export const policyVersionSchema = policyVersionMetaSchema.extend({ markdown: z.string() });
export type PolicyVersion = z.infer<typeof policyVersionSchema>;

export const policySummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  kind: policyKindSchema,
  law: noticeLawSchema.nullable(),
  /** Privacy notices: the completeness requirement list (from the template, else the law's default). */
  standard: noticeStandardSchema.nullable(),
  language: policyLanguageSchema,
  owner: z.string(),
  status: policyStatusSchema,
  templateId: z.string().nullable(),
  reviewCycleMonths: z.number().int(),
  /** Computed from the last approval + cycle unless set explicitly. */
  nextReviewDate: isoDate.nullable(),
  reviewOverdue: z.boolean(),
  latestVersion: z.object({ id: z.string(), number: z.number().int(), status: versionStatusSchema }),
  /** The version in force: the published one, else the newest approved one. */
  currentVersion: z.object({ id: z.string(), number: z.number().int(), approvedAt: z.string().nullable() }).nullable(),
  /** Privacy notices: the inventory changed since the current version was generated or approved. */
  drifted: z.boolean(),
  retiredAt: z.string().nullable(),
  retiredReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PolicySummary = z.infer<typeof policySummarySchema>;

export const policyDetailSchema = z.object({
  policy: policySummarySchema,
  /** Newest first. */
  versions: z.array(policyVersionMetaSchema),
  /** Controls an approved version of this policy evidences. */
  controls: z.array(controlRefSchema),
});
export type PolicyDetail = z.infer<typeof policyDetailSchema>;

/** A redline op: a run of text equal in both, only in the newer (insert) or only in the older (delete). */
export const redlineOpSchema = z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type RedlineOp = z.infer<typeof redlineOpSchema>;
export const redlineSchema = z.object({
  from: z.object({ id: z.string(), number: z.number().int(), label: z.string() }),
  to: z.object({ id: z.string(), number: z.number().int(), label: z.string() }),
  ops: z.array(redlineOpSchema),
  /** Words (or CJK characters) inserted and deleted. */
  inserted: z.number().int(),
  deleted: z.number().int(),
});
export type Redline = z.infer<typeof redlineSchema>;

export const completenessItemSchema = z.object({
  /** Requirement id, e.g. `gdpr-13-1-a`. */
  id: z.string(),
  /** Translation keys (`policyTemplates:requirement.<id>.label|reference|hint`). */
  labelKey: z.string(),
  referenceKey: z.string(),
  hintKey: z.string(),
  /** Asked for only in some cases (e.g. a DPO where one is appointed); never blocks approval. */
  conditional: z.boolean(),
  covered: z.boolean(),
  /** Where the notice covers it; null when not covered. */
  match: z.object({ kind: z.enum(['heading', 'text']), excerpt: z.string(), line: z.number().int() }).nullable(),
});
export const completenessSchema = z.object({
  law: noticeLawSchema,
  standard: noticeStandardSchema,
  items: z.array(completenessItemSchema),
  covered: z.number().int(),
  total: z.number().int(),
  /** Ids of required (not conditional) items the notice does not cover; approval then needs an override. */
  missing: z.array(z.string()),
  complete: z.boolean(),
});
export type Completeness = z.infer<typeof completenessSchema>;

export const noticeDriftSchema = z.object({
  drifted: z.boolean(),
  /** The version compared: the current one, else the newest approved. Null when none is approved. */
  version: z.object({ id: z.string(), number: z.number().int() }).nullable(),
  /** From the approved text to the text the current inventory would generate. */
  ops: z.array(redlineOpSchema),
  inserted: z.number().int(),
  deleted: z.number().int(),
  /** When the baseline facts were captured (generation or approval). */
  baselineAt: z.string().nullable(),
});
export type NoticeDrift = z.infer<typeof noticeDriftSchema>;

export const templateSummarySchema = z.object({
  id: z.string(),
  kind: policyKindSchema,
  law: noticeLawSchema.nullable(),
  standard: noticeStandardSchema.nullable(),
  /** Translation keys in the `policyTemplates` namespace. */
  titleKey: z.string(),
  descriptionKey: z.string(),
  reviewCycleMonths: z.number().int(),
  controls: z.array(controlRefSchema),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const personInputSchema = z
  .object({
    name: nonEmpty(200),
    email: z.union([z.literal(''), z.string().trim().email().max(254)]),
    department: trimmed(200),
  })
  .strict();
export type PersonInput = z.infer<typeof personInputSchema>;
export const personSchema = personInputSchema.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type Person = z.infer<typeof personSchema>;

export const acknowledgementSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  department: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  acknowledgedAt: z.string(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

const byPolicy = z.object({ policyId: recordId }).strict();
const destination = z.string().min(1).max(4096).optional();

export const policiesProcedures = {
  'policies.templates': procedure({
    input: empty,
    output: z.array(templateSummarySchema),
    permission: 'workspace.read',
    summary: 'Policy and privacy-notice templates that can start a policy.',
  }),
  'policies.list': procedure({
    input: z.object({ includeRetired: z.boolean().default(true) }).strict(),
    output: z.array(policySummarySchema),
    permission: 'workspace.read',
    summary: 'Policies and notices with their status, current version, review date and drift.',
  }),
  'policies.get': procedure({
    input: z.object({ id: z.string().trim().min(1).max(100) }).strict(),
    output: policyDetailSchema,
    permission: 'workspace.read',
    summary: 'One policy (by id or slug) with its versions.',
  }),
  'policies.create': procedure({
    input: policyCreateSchema,
    output: policyDetailSchema,
    permission: 'workspace.write',
    summary: 'Create a policy; the first draft comes from a template (notices filled from the inventory).',
  }),
  'policies.update': procedure({
    input: z.object({ id: recordId, policy: policyUpdateSchema }).strict(),
    output: policySummarySchema,
    permission: 'workspace.write',
    summary: "Change a policy's title, owner and review cycle.",
  }),
  'policies.delete': procedure({
    input: z.object({ id: recordId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    permission: 'workspace.write',
    summary: 'Delete a policy that was never approved.',
  }),

  'policies.versions.get': procedure({
    input: z.object({ policyId: recordId, versionId: recordId }).strict(),
    output: policyVersionSchema,
    permission: 'workspace.read',
    summary: 'One version with its Markdown body.',
  }),
  'policies.draft.start': procedure({
    input: byPolicy,
    output: policyVersionSchema,
    permission: 'workspace.write',
    summary: 'Start a new draft from the latest version (fails while a draft or review is open).',
  }),
  'policies.draft.save': procedure({
    input: z
      .object({
        policyId: recordId,
        versionId: recordId,
        title: nonEmpty(300).optional(),
        markdown: policyMarkdownSchema,
        changeNote: trimmed(2000).optional(),
      })
      .strict(),
    output: policyVersionSchema,
    permission: 'workspace.write',
    summary: 'Save the text of a draft.',
  }),
  'policies.draft.discard': procedure({
    input: z.object({ policyId: recordId, versionId: recordId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    permission: 'workspace.write',
    summary: 'Throw away a draft that is not the first version.',
  }),
  'policies.submit': procedure({
    input: z.object({ policyId: recordId, versionId: recordId }).strict(),
    output: policyVersionSchema,
    permission: 'workspace.write',
    summary: 'Send a draft for review.',
  }),
  'policies.returnToDraft': procedure({
    input: z.object({ policyId: recordId, versionId: recordId, note: trimmed(2000) }).strict(),
    output: policyVersionSchema,
    permission: 'workspace.write',
    summary: 'Send a version in review back to draft.',
  }),
  'policies.approve': procedure({
    input: z
      .object({
        policyId: recordId,
        versionId: recordId,
        approver: nonEmpty(200),
        note: trimmed(2000).optional(),
        /** Required to approve a privacy notice whose completeness check has missing items. */
        override: completenessOverrideSchema.optional(),
      })
      .strict(),
    output: policyVersionSchema,
    permission: 'workspace.write',
    summary: 'Approve a version in review: it becomes immutable with its SHA-256; links it as evidence.',
  }),
  'policies.publish': procedure({
    input: z.object({ policyId: recordId, versionId: recordId }).strict(),
    output: policyVersionSchema,
    permission: 'workspace.write',
    summary: 'Publish an approved version; the previously published one is superseded.',
  }),
  'policies.retire': procedure({
    input: z.object({ policyId: recordId, reason: nonEmpty(2000) }).strict(),
    output: policySummarySchema,
    permission: 'workspace.write',
    summary: 'Retire a policy: its version in force is retired and open drafts are discarded.',
  }),

  'policies.redline': procedure({
    input: z.object({ policyId: recordId, fromVersionId: recordId, toVersionId: recordId }).strict(),
    output: redlineSchema,
    permission: 'workspace.read',
    summary: 'Word-level differences between two versions.',
  }),
  'policies.completeness': procedure({
    input: z.object({ policyId: recordId, versionId: recordId }).strict(),
    output: completenessSchema.nullable(),
    permission: 'workspace.read',
    summary: "A privacy notice's completeness checklist against its law (null for other policies).",
  }),
  'policies.notice.drift': procedure({
    input: byPolicy,
    output: noticeDriftSchema,
    permission: 'workspace.read',
    summary: 'Whether the inventory changed since a notice was approved, and the redline to the regenerated text.',
  }),
  'policies.notice.regenerate': procedure({
    input: byPolicy,
    output: policyVersionSchema,
    permission: 'workspace.write',
    summary: 'Regenerate a notice from the current inventory into its open draft (a new draft if none).',
  }),

  'policies.export': procedure({
    input: z
      .object({
        policyId: recordId,
        /** Defaults to the current version, else the latest. */
        versionId: recordId.optional(),
        format: z.enum(['pdf', 'docx', 'md']),
        destination,
      })
      .strict(),
    output: exportResultSchema,
    permission: 'workspace.read',
    summary: 'Export a version as PDF (with a cover and its SHA-256), DOCX or Markdown.',
  }),
  'policies.redline.export': procedure({
    input: z.object({ policyId: recordId, fromVersionId: recordId, toVersionId: recordId, destination }).strict(),
    output: exportResultSchema,
    permission: 'workspace.read',
    summary: 'Export the redline between two versions as PDF.',
  }),

  'policies.acknowledgements.list': procedure({
    input: z.object({ policyId: recordId, versionId: recordId.optional() }).strict(),
    output: z.object({
      acknowledgements: z.array(acknowledgementSchema),
      /** People who have not acknowledged the version in force (or the given version). */
      pending: z.array(personSchema),
    }),
    permission: 'workspace.read',
    summary: 'Who acknowledged which version and when, and who has not yet.',
  }),
  'policies.acknowledge': procedure({
    input: z
      .object({
        policyId: recordId,
        versionId: recordId,
        personIds: z.array(recordId).min(1).max(5000),
        /** Defaults to now. */
        acknowledgedOn: isoDate.optional(),
      })
      .strict(),
    output: z.object({ recorded: z.number().int(), alreadyAcknowledged: z.number().int() }),
    permission: 'workspace.write',
    summary: 'Record that people acknowledged an approved or published version.',
  }),
  'policies.acknowledgements.export': procedure({
    input: z.object({ policyId: recordId, format: z.enum(['xlsx', 'csv']), destination }).strict(),
    output: exportResultSchema,
    permission: 'workspace.read',
    summary: "Export a policy's acknowledgements as XLSX or CSV.",
  }),

  /** The people list in short (people are added, changed and removed through `training.people.*`). */
  'people.list': procedure({ input: empty, output: z.array(personSchema), permission: 'workspace.read', summary: 'Everyone on the people list: name, e-mail and department.' }),
} as const;
