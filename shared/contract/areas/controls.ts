// Controls in the workspace (ISO 27001 Annex A and SOC 2 criteria): applicability, status, owner,
// review date; the Statement of Applicability; framework coverage over a period.
import { z } from 'zod';
import { controlIdSchema, empty, exportResultSchema, frameworkSchema, isoDate, procedure, trimmed } from '../procedure';

export const IMPLEMENTATION_STATUSES = ['not_started', 'planned', 'in_progress', 'implemented'] as const;
export const implementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.infer<typeof implementationStatusSchema>;

/** ISO 27001 6.1.3 d): why a control is included in the Statement of Applicability. */
export const INCLUSION_REASONS = ['risk_treatment', 'legal', 'contractual', 'business'] as const;
export const inclusionReasonSchema = z.enum(INCLUSION_REASONS);
export type InclusionReason = z.infer<typeof inclusionReasonSchema>;

export const FRESHNESS = ['current', 'expiring', 'expired', 'missing'] as const;
export const freshnessSchema = z.enum(FRESHNESS);
export type Freshness = z.infer<typeof freshnessSchema>;

export const SOC2_CATEGORY_IDS = ['security', 'availability', 'confidentiality', 'processing-integrity', 'privacy'] as const;
export const soc2CategorySchema = z.enum(SOC2_CATEGORY_IDS);

export const controlRowSchema = z.object({
  framework: frameworkSchema,
  controlId: controlIdSchema,
  /** ISO: applicable in the SoA. SOC 2: in the scope of the report (its category is selected). */
  applicable: z.boolean(),
  justification: z.string(),
  inclusionReasons: z.array(inclusionReasonSchema),
  /** Risks in the register that name this control as treatment (feeds the SoA's reason). */
  treatingRiskCount: z.number().int(),
  status: implementationStatusSchema,
  owner: z.string(),
  notes: z.string(),
  reviewDate: isoDate.nullable(),
  updatedAt: z.string().nullable(),
  evidence: z.object({
    /** Links to this control, directly or through the crosswalk. */
    count: z.number().int(),
    freshness: freshnessSchema,
    latestEffective: isoDate.nullable(),
  }),
});
export type ControlRow = z.infer<typeof controlRowSchema>;

export const controlPatchSchema = z
  .object({
    applicable: z.boolean().optional(),
    justification: trimmed(4000).optional(),
    inclusionReasons: z.array(inclusionReasonSchema).max(INCLUSION_REASONS.length).optional(),
    status: implementationStatusSchema.optional(),
    owner: trimmed(200).optional(),
    notes: trimmed(10000).optional(),
    reviewDate: isoDate.nullable().optional(),
  })
  .strict();

export const frameworkSettingsSchema = z.object({
  /** SOC 2 categories in the report's scope; security (the common criteria) is always in. */
  soc2Categories: z.array(soc2CategorySchema).min(1),
  /** Evidence expiring within this many days counts as `expiring`. */
  expiringWithinDays: z.number().int().min(1).max(365),
});
export type FrameworkSettings = z.infer<typeof frameworkSettingsSchema>;

export const coverageSchema = z.object({
  framework: frameworkSchema,
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  total: z.number().int(),
  applicable: z.number().int(),
  /** Applicable controls with at least one piece of evidence effective in the period (and not expired before it). */
  covered: z.number().int(),
  byGroup: z.array(z.object({ group: z.string(), applicable: z.number().int(), covered: z.number().int() })),
  byFreshness: z.object({ current: z.number().int(), expiring: z.number().int(), expired: z.number().int(), missing: z.number().int() }),
  byStatus: z.object({ not_started: z.number().int(), planned: z.number().int(), in_progress: z.number().int(), implemented: z.number().int() }),
});
export type Coverage = z.infer<typeof coverageSchema>;

const controlKey = z.object({ framework: frameworkSchema, controlId: controlIdSchema });

export const controlsProcedures = {
  'controls.list': procedure({
    input: z.object({ framework: frameworkSchema }).strict(),
    output: z.array(controlRowSchema),
    permission: 'workspace.read',
    summary: 'Every control of a framework with applicability, status and evidence.',
  }),
  'controls.get': procedure({
    input: controlKey.strict(),
    output: z.object({
      control: controlRowSchema,
      risks: z.array(z.object({ id: z.string(), ref: z.string(), title: z.string(), residualScore: z.number().int() })),
    }),
    permission: 'workspace.read',
    summary: 'One control with the risks it treats.',
  }),
  'controls.update': procedure({
    input: controlKey.extend({ patch: controlPatchSchema }).strict(),
    output: controlRowSchema,
    permission: 'workspace.write',
    summary: 'Change applicability (with justification), status, owner, notes or review date.',
  }),
  'frameworks.settings.get': procedure({ input: empty, output: frameworkSettingsSchema, permission: 'workspace.read', summary: 'Framework scope settings.' }),
  'frameworks.settings.update': procedure({
    input: frameworkSettingsSchema.partial().strict(),
    output: frameworkSettingsSchema,
    permission: 'workspace.write',
    summary: 'Change the SOC 2 categories in scope and the expiry warning window.',
  }),
  'soa.get': procedure({
    input: empty,
    output: z.object({ catalogVersion: z.string(), rows: z.array(controlRowSchema) }),
    permission: 'workspace.read',
    summary: 'The Statement of Applicability: all 93 Annex A controls.',
  }),
  'soa.export': procedure({
    input: z.object({ format: z.enum(['xlsx', 'pdf']), destination: z.string().min(1).max(4096).optional() }).strict(),
    output: exportResultSchema,
    permission: 'workspace.read',
    summary: "Export the Statement of Applicability as XLSX or PDF in the workspace's language.",
  }),
  'coverage.get': procedure({
    input: z.object({ framework: frameworkSchema, from: isoDate.optional(), to: isoDate.optional() }).strict(),
    output: coverageSchema,
    permission: 'workspace.read',
    summary: 'How much of a framework has evidence, overall or within a period.',
  }),
} as const;
