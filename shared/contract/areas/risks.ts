// The risk register (ISO 27001 6.1.2 / 6.1.3, SOC 2 CC3): likelihood and impact on configurable
// scales, inherent and residual scores, treatment and treating controls, acceptance sign-off.
import { z } from 'zod';
import { controlIdSchema, empty, frameworkSchema, isoDate, localizedTextSchema, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export const riskTreatmentSchema = z.enum(RISK_TREATMENTS);
export const RISK_STATUSES = ['open', 'treating', 'accepted', 'closed'] as const;
export const riskStatusSchema = z.enum(RISK_STATUSES);

const scaleLevelSchema = z.object({ value: z.number().int().min(1).max(10), label: localizedTextSchema }).strict();
export const riskScalesSchema = z
  .object({
    likelihood: z.array(scaleLevelSchema).min(2).max(10),
    impact: z.array(scaleLevelSchema).min(2).max(10),
    /** Scores (likelihood × impact) above this need treatment or a recorded acceptance. */
    appetite: z.number().int().min(1).max(100),
  })
  .strict()
  // Levels are numbered 1, 2, 3 … in order (a score is the product of two level numbers); the issue
  // names the first level that is out of sequence on each scale.
  .superRefine((s, ctx) => {
    for (const scale of ['likelihood', 'impact'] as const) {
      const index = s[scale].findIndex((level, i) => level.value !== i + 1);
      if (index >= 0) ctx.addIssue({ code: 'custom', path: [scale, index, 'value'], message: 'scale_values' });
    }
  });
export type RiskScales = z.infer<typeof riskScalesSchema>;

const controlRefSchema = z.object({ framework: frameworkSchema, controlId: controlIdSchema }).strict();

export const riskInputSchema = z
  .object({
    title: nonEmpty(300),
    assetOrProcess: trimmed(300),
    threat: trimmed(2000),
    vulnerability: trimmed(2000),
    owner: trimmed(200),
    inherentLikelihood: z.number().int().min(1).max(10),
    inherentImpact: z.number().int().min(1).max(10),
    treatment: riskTreatmentSchema,
    treatmentPlan: trimmed(4000),
    controls: z.array(controlRefSchema).max(200),
    residualLikelihood: z.number().int().min(1).max(10),
    residualImpact: z.number().int().min(1).max(10),
    reviewDate: isoDate.nullable(),
    status: riskStatusSchema,
  })
  .strict();
export type RiskInput = z.infer<typeof riskInputSchema>;

export const riskSchema = riskInputSchema.extend({
  id: z.string(),
  ref: z.string(),
  inherentScore: z.number().int(),
  residualScore: z.number().int(),
  acceptance: z.object({ acceptedBy: z.string(), acceptedAt: z.string(), note: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Risk = z.infer<typeof riskSchema>;

export const risksProcedures = {
  'risks.scales.get': procedure({ input: empty, output: riskScalesSchema, permission: 'workspace.read', summary: 'The likelihood and impact scales and the risk appetite.' }),
  'risks.scales.update': procedure({
    input: riskScalesSchema,
    output: riskScalesSchema,
    permission: 'workspace.write',
    summary: 'Change the scales (existing risks must fit them).',
  }),
  'risks.list': procedure({ input: empty, output: z.array(riskSchema), permission: 'workspace.read', summary: 'The risk register.' }),
  'risks.get': procedure({ input: z.object({ id: recordId }).strict(), output: riskSchema, permission: 'workspace.read', summary: 'One risk.' }),
  'risks.create': procedure({ input: riskInputSchema, output: riskSchema, permission: 'workspace.write', summary: 'Add a risk.' }),
  'risks.update': procedure({
    input: z.object({ id: recordId, risk: riskInputSchema }).strict(),
    output: riskSchema,
    permission: 'workspace.write',
    summary: 'Change a risk.',
  }),
  'risks.delete': procedure({ input: z.object({ id: recordId }).strict(), output: z.object({ deleted: z.literal(true) }), permission: 'workspace.write', summary: 'Delete a risk.' }),
  'risks.accept': procedure({
    input: z.object({ id: recordId, acceptedBy: nonEmpty(200), note: trimmed(2000) }).strict(),
    output: riskSchema,
    permission: 'workspace.write',
    summary: 'Record the risk owner’s acceptance of the residual risk.',
  }),
} as const;
