// The contract between the UI (or CLI) and the backend: every procedure's name, input and output
// schemas and the permission it needs. The backend validates every input against these schemas at
// its boundary; the renderer's typed client derives its types from them.
import { z } from 'zod';
import { agendaProcedures } from './areas/agenda';
import { assessmentsProcedures } from './areas/assessments';
import { backupsProcedures } from './areas/backups';
import { controlsProcedures } from './areas/controls';
import { evidenceProcedures } from './areas/evidence';
import { incidentsProcedures } from './areas/incidents';
import { inventoryProcedures } from './areas/inventory';
import { inventoryImportProcedures } from './areas/inventory-import';
import { inventoryRulesProcedures } from './areas/inventory-rules';
import { ismsProcedures } from './areas/isms';
import { policiesProcedures } from './areas/policies';
import { requestsProcedures } from './areas/requests';
import { risksProcedures } from './areas/risks';
import { runbooksProcedures } from './areas/runbooks';
import { searchProcedures } from './areas/search';
import { packsProcedures } from './areas/packs';
import { trainingProcedures } from './areas/training';
import { trainingImportProcedures } from './areas/training-import';
import { workspaceBackupProcedures } from './areas/workspace-backup';
import { empty, isoDateTime, jobId, nonEmpty, procedure, trimmed } from './procedure';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const THEMES = ['light', 'dark', 'system'] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const JURISDICTIONS = ['gdpr', 'ccpa', 'pipl'] as const;
export const jurisdictionSchema = z.enum(JURISDICTIONS);


export const appSettingsSchema = z.object({ language: languageSchema, theme: themeSchema });
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const unlockMethodSchema = z.enum(['passphrase', 'recovery', 'device']);
export type UnlockMethod = z.infer<typeof unlockMethodSchema>;

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('closed') }),
  z.object({ state: z.literal('locked'), path: z.string(), name: z.string(), deviceUnlockAvailable: z.boolean() }),
  z.object({
    state: z.literal('unlocked'),
    path: z.string(),
    name: z.string(),
    workspaceId: z.string(),
    unlockedWith: unlockMethodSchema,
    recoveryKeyConfirmed: z.boolean(),
    autoLockMinutes: z.number().int(),
    language: languageSchema,
  }),
]);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const recentWorkspaceSchema = z.object({ path: z.string(), name: z.string(), lastOpenedAt: isoDateTime });
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

export const secretSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(1).max(1024) }),
  z.object({ kind: z.literal('recovery'), recoveryKey: z.string().min(1).max(200) }),
  // Supplied by the Electron main process from the OS keychain; never typed by a user.
  z.object({ kind: z.literal('device'), deviceKey: z.string().regex(/^[0-9a-f]{64}$/) }),
]);
export type Secret = z.infer<typeof secretSchema>;

export const auditSummarySchema = z.object({
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export const auditEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  procedure: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  summary: auditSummarySchema,
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const AUDIT_PROBLEM_KINDS = ['edited', 'deleted', 'reordered', 'inserted', 'truncated', 'malformed'] as const;
export const auditProblemSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(AUDIT_PROBLEM_KINDS),
  message: z.string(),
});
export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int(),
  headHash: z.string(),
  problems: z.array(auditProblemSchema),
  /** Only the first problems are listed; how many there were in all. */
  problemCount: z.number().int(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;

export const keySlotInfoSchema = z.object({
  id: z.string(),
  kind: z.enum(['passphrase', 'device']),
  createdAt: z.string(),
  kdf: z.string(),
});

const optionalEmail = z.union([z.literal(''), z.string().trim().email().max(254)]);

export const organisationProfileSchema = z.object({
  legalName: nonEmpty(200),
  tradingName: trimmed(200),
  registeredAddress: trimmed(500),
  country: z.string().regex(/^([A-Z]{2})?$/),
  industry: trimmed(120),
  employeeCount: z.number().int().min(0).max(10_000_000).nullable(),
  dpoName: trimmed(200),
  dpoEmail: optionalEmail,
  euRepresentative: trimmed(300),
  /** The privacy contact that notices and letters publish; the DPO's e-mail stands in when empty. */
  privacyEmail: optionalEmail.default(''),
  privacyPhone: trimmed(60).default(''),
  /** PIPL Art 52 personal information protection officer; the DPO stands in when empty (PIPL in scope). */
  piplOfficerName: trimmed(200).default(''),
  piplOfficerEmail: optionalEmail.default(''),
  /** PIPL Art 53 representative in China: name and address. */
  chinaRepresentative: trimmed(300).default(''),
  /** The IANA time zone whose calendar days the legal clocks (requests, breaches) count. */
  timeZone: z.string().trim().min(1).max(64).default('UTC'),
  jurisdictions: z.array(jurisdictionSchema).max(JURISDICTIONS.length),
});
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

export const workspaceSettingsSchema = z.object({
  /** 0 means never. */
  autoLockMinutes: z.number().int().min(0).max(24 * 60),
  /** The language of exports and generated documents. */
  language: languageSchema,
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const overviewSchema = z.object({
  workspaceId: z.string(),
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  recordCounts: z.array(z.object({ entity: z.string(), count: z.number().int() })),
  recentEvents: z.array(auditEventSchema),
  auditChain: auditVerifyResultSchema,
  keySlots: z.array(keySlotInfoSchema),
  recoveryKeyConfirmed: z.boolean(),
});
export type Overview = z.infer<typeof overviewSchema>;

export const foundationProcedures = {
  'app.ping': procedure({ input: empty, output: z.object({ pong: z.literal(true) }), permission: 'public', summary: 'Liveness check.' }),
  'app.info': procedure({
    input: empty,
    output: z.object({ version: z.string(), platform: z.string(), defaultWorkspaceDirectory: z.string() }),
    permission: 'public',
    summary: 'Application version and defaults.',
  }),
  'app.settings.get': procedure({ input: empty, output: appSettingsSchema, permission: 'public', summary: 'Read UI preferences.' }),
  'app.settings.update': procedure({
    input: appSettingsSchema.partial().strict(),
    output: appSettingsSchema,
    permission: 'public',
    summary: 'Change UI preferences (language, theme).',
  }),

  'workspace.status': procedure({ input: empty, output: workspaceStatusSchema, permission: 'public', summary: 'Which workspace is open and whether it is locked.' }),
  'workspace.recent': procedure({ input: empty, output: z.array(recentWorkspaceSchema), permission: 'public', summary: 'Recently opened workspaces.' }),
  'workspace.forget': procedure({
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.array(recentWorkspaceSchema),
    permission: 'public',
    summary: 'Remove a workspace from the recent list (the files stay).',
  }),
  'workspace.create': procedure({
    input: z
      .object({
        directory: z.string().trim().min(1).max(4096),
        name: z
          .string()
          .trim()
          .min(1)
          .max(120)
          .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'name_chars'),
        passphrase: z.string().max(1024),
        language: languageSchema.optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), recoveryKey: z.string(), status: workspaceStatusSchema }),
    permission: 'public',
    summary: 'Create a new encrypted workspace bundle and open it.',
  }),
  'workspace.createDemo': procedure({
    input: z
      .object({
        directory: z.string().trim().min(1).max(4096),
        passphrase: z.string().max(1024),
        language: languageSchema.optional(),
        /** `large`: the demo plus a workspace at scale (benchmarks of audit packs). */
        scale: z.enum(['standard', 'large']).optional(),
        /** With `large`: job.progress events (kind `demo`, phase `days`) for each day of history written. */
        jobId: jobId.optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), recoveryKey: z.string(), status: workspaceStatusSchema }),
    permission: 'public',
    summary: 'Create the deterministic demo organisation as a new workspace and open it.',
  }),
  'workspace.select': procedure({
    input: z.object({ path: z.string().trim().min(1).max(4096) }).strict(),
    output: workspaceStatusSchema,
    permission: 'public',
    summary: 'Choose an existing workspace to unlock (checks its files, opens nothing).',
  }),
  'workspace.open': procedure({
    input: z.object({ path: z.string().trim().min(1).max(4096), secret: secretSchema }).strict(),
    output: workspaceStatusSchema,
    permission: 'public',
    summary: 'Unlock a workspace with its passphrase or recovery key.',
  }),
  'workspace.lock': procedure({
    input: z.object({ reason: z.enum(['manual', 'idle']).default('manual') }).strict(),
    output: workspaceStatusSchema,
    permission: 'public',
    summary: 'Lock the open workspace: close the database and forget the key.',
  }),
  'workspace.close': procedure({ input: empty, output: workspaceStatusSchema, permission: 'public', summary: 'Lock and forget the selected workspace.' }),
  'workspace.confirmRecoveryKey': procedure({
    input: z.object({ recoveryKey: z.string().min(1).max(200) }).strict(),
    output: workspaceStatusSchema,
    permission: 'workspace.keys',
    summary: 'Confirm that the recovery key was saved, by typing it back.',
  }),
  'workspace.changePassphrase': procedure({
    input: z.object({ current: z.string().max(1024).optional(), next: z.string().max(1024) }).strict(),
    output: z.object({ keySlots: z.array(keySlotInfoSchema) }),
    permission: 'workspace.keys',
    summary: 'Re-wrap the data key with a new passphrase.',
  }),
  'workspace.rotateKey': procedure({
    input: z.object({ passphrase: z.string().min(1).max(1024), jobId }).strict(),
    output: z.object({ recoveryKey: z.string(), status: workspaceStatusSchema }),
    permission: 'workspace.keys',
    summary: 'Re-encrypt the database with a new data key (new recovery key).',
  }),
  'workspace.device.enable': procedure({
    input: z.object({ deviceKey: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    output: z.object({ keySlots: z.array(keySlotInfoSchema) }),
    permission: 'workspace.keys',
    summary: "Add a key slot opened by this device's keychain (Electron only).",
  }),
  'workspace.device.disable': procedure({
    input: empty,
    output: z.object({ keySlots: z.array(keySlotInfoSchema) }),
    permission: 'workspace.keys',
    summary: 'Remove the device key slot.',
  }),
  'workspace.overview': procedure({ input: empty, output: overviewSchema, permission: 'workspace.read', summary: 'Workspace facts, counts, recent events and chain status.' }),
  'workspace.verify': procedure({
    input: empty,
    output: z.object({
      ok: z.boolean(),
      integrity: z.object({ ok: z.boolean(), messages: z.array(z.string()) }),
      auditChain: auditVerifyResultSchema,
    }),
    permission: 'workspace.read',
    summary: 'Check database integrity and the audit chain.',
  }),
  'workspace.settings.get': procedure({ input: empty, output: workspaceSettingsSchema, permission: 'workspace.read', summary: 'Workspace settings.' }),
  'workspace.settings.update': procedure({
    input: workspaceSettingsSchema.partial().strict(),
    output: workspaceSettingsSchema,
    permission: 'workspace.write',
    summary: 'Change workspace settings (auto-lock, export language).',
  }),

  'organisation.get': procedure({ input: empty, output: organisationProfileSchema, permission: 'workspace.read', summary: "The organisation's profile." }),
  'organisation.update': procedure({
    input: organisationProfileSchema.strict(),
    output: organisationProfileSchema,
    permission: 'workspace.write',
    summary: "Change the organisation's profile.",
  }),

  'audit.list': procedure({
    input: z.object({ limit: z.number().int().min(1).max(500).default(50), beforeSeq: z.number().int().positive().optional() }).strict(),
    output: z.array(auditEventSchema),
    permission: 'workspace.read',
    summary: 'Audit-trail events, newest first.',
  }),
  'audit.verify': procedure({ input: empty, output: auditVerifyResultSchema, permission: 'workspace.read', summary: 'Recompute the audit hash chain.' }),

  'jobs.cancel': procedure({
    input: z.object({ jobId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
    permission: 'public',
    summary: 'Ask a long-running job to stop.',
  }),
} as const;

/** Every procedure: the foundation's and each domain area's (shared/contract/areas/). */
export const procedures = {
  ...foundationProcedures,
  ...controlsProcedures,
  ...evidenceProcedures,
  ...risksProcedures,
  ...inventoryProcedures,
  ...inventoryImportProcedures,
  ...inventoryRulesProcedures,
  ...assessmentsProcedures,
  ...ismsProcedures,
  ...agendaProcedures,
  ...searchProcedures,
  ...workspaceBackupProcedures,
  ...policiesProcedures,
  ...requestsProcedures,
  ...incidentsProcedures,
  ...trainingProcedures,
  ...runbooksProcedures,
  ...backupsProcedures,
  ...trainingImportProcedures,
  ...packsProcedures,
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type ProcedureInput<P extends ProcedureName> = z.input<Procedures[P]['input']>;
export type ProcedureParsedInput<P extends ProcedureName> = z.output<Procedures[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = z.output<Procedures[P]['output']>;

export const PROCEDURE_NAMES = Object.keys(procedures) as ProcedureName[];

export function isProcedureName(name: string): name is ProcedureName {
  return Object.prototype.hasOwnProperty.call(procedures, name);
}
