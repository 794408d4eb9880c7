// Audit packs: a signed ZIP for an auditor (ISO/IEC 27001 or SOC 2) holding the report, the
// registers, the policies in force, each control's evidence, the audit trail for the period and a
// manifest of every file's SHA-256, signed with the workspace's Ed25519 key. Verifiable offline.
import { z } from 'zod';
import { empty, frameworkSchema, isoDate, isoDateTime, jobId, procedure, trimmed } from '../procedure';

const path = z.string().trim().min(1).max(4096);
const packLocaleSchema = z.enum(['en', 'zh-CN']);

export const packOptionsSchema = z.object({
  framework: frameworkSchema,
  /** Inclusive period by evidence effective date; without `from` it starts at the earliest record. */
  from: isoDate.optional(),
  /** Without `to` it ends today; records are shown as they stood at the end of this day (UTC). */
  to: isoDate.optional(),
  locale: packLocaleSchema,
  /** Replace personal data of data subjects and requesters with stable pseudonyms. */
  redact: z.boolean().default(false),
});

const periodRefinement = (input: { from?: string; to?: string }) => input.from === undefined || input.to === undefined || input.from <= input.to;

export const packPreviewSchema = z.object({
  controls: z.number().int(),
  controlsWithEvidence: z.number().int(),
  evidenceFiles: z.number().int(),
  evidenceBytes: z.number().int(),
  recordExtracts: z.number().int(),
  registers: z.array(z.object({ key: z.string(), title: z.string(), rows: z.number().int() })),
  policies: z.number().int(),
  auditEvents: z.number().int(),
  /** Controls in scope with missing or expired evidence. */
  exceptions: z.number().int(),
  period: z.object({ from: isoDate, to: isoDate }),
  keyFingerprint: z.string(),
});
export type PackPreviewResult = z.infer<typeof packPreviewSchema>;

export const packExportResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int(),
  manifestSha256: z.string(),
  fileCount: z.number().int(),
  generatedAt: isoDateTime,
});
export type PackExportResult = z.infer<typeof packExportResultSchema>;

export const packHistoryEntrySchema = z.object({
  id: z.string(),
  framework: frameworkSchema,
  from: isoDate,
  to: isoDate,
  locale: packLocaleSchema,
  redacted: z.boolean(),
  recipient: z.string(),
  fileName: z.string(),
  manifestSha256: z.string(),
  fileCount: z.number().int(),
  bytes: z.number().int(),
  generatedAt: isoDateTime,
  generatedBy: z.string(),
});
export type PackHistoryEntry = z.infer<typeof packHistoryEntrySchema>;

export const PACK_PROBLEM_KINDS = ['missing', 'extra', 'size', 'hash', 'signature', 'manifest'] as const;
export type PackProblemKind = (typeof PACK_PROBLEM_KINDS)[number];

export const packProblemSchema = z.object({
  /** The file concerned, when the problem is about one file. */
  path: z.string().optional(),
  kind: z.enum(PACK_PROBLEM_KINDS),
  expected: z.string().optional(),
  actual: z.string().optional(),
});
export type PackProblem = z.infer<typeof packProblemSchema>;

export const packVerifyResultSchema = z.object({
  ok: z.boolean(),
  /** Files listed in the manifest. */
  fileCount: z.number().int(),
  problems: z.array(packProblemSchema),
  /** SHA-256 of the DER (SPKI) of the pack's signing-key.pem, lower-case hex; '' when it has none. */
  keyFingerprint: z.string(),
});
export type PackVerifyResult = z.infer<typeof packVerifyResultSchema>;

export const packSigningKeySchema = z.object({
  fingerprint: z.string(),
  publicKeyPem: z.string(),
  createdAt: isoDateTime,
});
export type PackSigningKey = z.infer<typeof packSigningKeySchema>;

export const packsProcedures = {
  'packs.preview': procedure({
    input: packOptionsSchema.strict().refine(periodRefinement, { message: 'period_order', path: ['from'] }),
    output: packPreviewSchema,
    permission: 'workspace.read',
    summary: 'What an audit pack for these options would hold, with the resolved period and the signing key fingerprint.',
  }),
  'packs.export': procedure({
    input: packOptionsSchema
      .extend({
        jobId,
        /** Who the pack is for (kept in the pack history). */
        recipient: trimmed(200).optional(),
        /** The absolute path of the .zip to write. */
        file: path,
      })
      .strict()
      .refine(periodRefinement, { message: 'period_order', path: ['from'] }),
    output: packExportResultSchema,
    permission: 'workspace.write',
    summary: 'Write a signed audit pack ZIP (a job: progress events, jobs.cancel); recorded in the pack history.',
  }),
  'packs.history': procedure({
    input: empty,
    output: z.array(packHistoryEntrySchema),
    permission: 'workspace.read',
    summary: 'The audit packs exported from this workspace, newest first.',
  }),
  'packs.verify': procedure({
    input: z
      .object({
        file: path,
        /** Pin the key: the signature must verify under this public key (SPKI PEM)… */
        publicKeyPem: z.string().min(1).max(10_000).optional(),
        /** …or under a key with this fingerprint (SHA-256 of its SPKI DER, hex). */
        fingerprint: z.string().regex(/^[0-9a-fA-F]{64}$/, 'fingerprint').optional(),
      })
      .strict(),
    output: packVerifyResultSchema,
    permission: 'public',
    summary: "Check an audit pack: the manifest's signature and every file's size and SHA-256.",
  }),
  'packs.signingKey': procedure({
    input: empty,
    output: packSigningKeySchema,
    permission: 'workspace.read',
    summary: "The workspace's public signing key (SPKI PEM) and its fingerprint.",
  }),
} as const;
