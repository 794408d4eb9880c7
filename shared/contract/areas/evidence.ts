// Evidence: uploaded files (stored encrypted in the workspace) and records of any module, linked to
// controls with an effective date and optional expiry. Modules declare default links so evidence
// accrues without tagging; the crosswalk shows evidence for one framework on the other.
import { z } from 'zod';
import { controlIdSchema, empty, frameworkSchema, isoDate, procedure, recordId, trimmed } from '../procedure';
import { freshnessSchema } from './controls';

/** What an uploaded file may be, decided from its content, never its name. */
export const EVIDENCE_FILE_KINDS = ['pdf', 'png', 'jpeg', 'gif', 'webp', 'docx', 'xlsx', 'csv', 'txt'] as const;
export const evidenceFileKindSchema = z.enum(EVIDENCE_FILE_KINDS);
export type EvidenceFileKind = z.infer<typeof evidenceFileKindSchema>;
export const EVIDENCE_FILE_MAX_BYTES = 25 * 1024 * 1024;

/** Record types of the modules; each declares its default control links (backend). */
export const recordTypeSchema = z.string().regex(/^[a-z][a-z_]{1,40}$/);

export const evidenceFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: evidenceFileKindSchema,
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedAt: z.string(),
  note: z.string(),
  linkCount: z.number().int(),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

export const evidenceSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileId: recordId }),
  z.object({ kind: z.literal('record'), recordType: recordTypeSchema, recordId: z.string().min(1).max(100) }),
]);

export const evidenceLinkSchema = z.object({
  id: z.string(),
  framework: frameworkSchema,
  controlId: controlIdSchema,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('file'), fileId: z.string(), name: z.string(), fileKind: evidenceFileKindSchema }),
    z.object({ kind: z.literal('record'), recordType: z.string(), recordId: z.string(), label: z.string() }),
  ]),
  effectiveDate: isoDate,
  expiryDate: isoDate.nullable(),
  note: z.string(),
  /** `default`: created by a module's declared default links; `manual`: linked by a person. */
  origin: z.enum(['manual', 'default']),
  freshness: freshnessSchema.exclude(['missing']),
  /** Set when the link is to the other framework and shows here through the crosswalk. */
  via: z.object({ framework: frameworkSchema, controlId: controlIdSchema }).nullable(),
  createdAt: z.string(),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

export const evidenceProcedures = {
  'evidence.files.upload': procedure({
    input: z
      .object({
        name: z.string().trim().min(1).max(255),
        base64: z.string().min(1),
        note: trimmed(2000).optional(),
      })
      .strict(),
    output: evidenceFileSchema,
    permission: 'workspace.write',
    summary: 'Store a file (PDF, image, DOCX, XLSX, CSV, TXT) encrypted in the workspace.',
  }),
  'evidence.files.list': procedure({ input: empty, output: z.array(evidenceFileSchema), permission: 'workspace.read', summary: 'Uploaded evidence files.' }),
  'evidence.files.content': procedure({
    input: z.object({ id: recordId }).strict(),
    output: z.object({ file: evidenceFileSchema, base64: z.string() }),
    permission: 'workspace.read',
    summary: "A file's content, for preview or download.",
  }),
  'evidence.files.delete': procedure({
    input: z.object({ id: recordId }).strict(),
    output: z.object({ deleted: z.literal(true), unlinked: z.number().int() }),
    permission: 'workspace.write',
    summary: 'Delete a file and its links.',
  }),
  'evidence.link': procedure({
    input: z
      .object({
        framework: frameworkSchema,
        controlId: controlIdSchema,
        source: evidenceSourceSchema,
        effectiveDate: isoDate,
        expiryDate: isoDate.nullable().optional(),
        note: trimmed(2000).optional(),
      })
      .strict(),
    output: evidenceLinkSchema,
    permission: 'workspace.write',
    summary: 'Link a file or record to a control as evidence.',
  }),
  'evidence.unlink': procedure({
    input: z.object({ id: recordId }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    permission: 'workspace.write',
    summary: 'Remove an evidence link.',
  }),
  'evidence.forControl': procedure({
    input: z.object({ framework: frameworkSchema, controlId: controlIdSchema, includeCrosswalk: z.boolean().default(true) }).strict(),
    output: z.array(evidenceLinkSchema),
    permission: 'workspace.read',
    summary: "A control's evidence, direct and through the crosswalk.",
  }),
} as const;
