// Backups of the workspace itself: one encrypted, verified file per backup (a tar archive holding the
// database snapshot under the workspace key, keyring.json and a manifest), made on demand or on a
// schedule while the workspace is unlocked, checked on request, and restored to a new folder.
import { z } from 'zod';
import { empty, isoDateTime, jobId, procedure } from '../procedure';

const path = z.string().trim().min(1).max(4096);

export const BACKUP_KEEP_MAX = 365;
export const BACKUP_INTERVAL_HOURS_MAX = 24 * 31;

export const backupScheduleSchema = z.object({
  /** Back up automatically while the workspace is unlocked. */
  enabled: z.boolean(),
  /** The folder the scheduled backups go to; '' while none is chosen. */
  folder: z.string().trim().max(4096),
  intervalHours: z.number().int().min(1).max(BACKUP_INTERVAL_HOURS_MAX),
  /** How many of this workspace's backups to keep in the folder; older ones are deleted. */
  keep: z.number().int().min(1).max(BACKUP_KEEP_MAX),
});
export type BackupSchedule = z.infer<typeof backupScheduleSchema>;

export const backupManifestInfoSchema = z.object({
  workspaceId: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: isoDateTime,
});

export const backupFileSchema = z.object({
  file: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  createdAt: isoDateTime,
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export const backupScheduleStatusSchema = backupScheduleSchema.extend({
  lastBackup: backupFileSchema.nullable(),
  /** When the scheduler will next back up; null while it is off or has no folder. */
  nextDueAt: isoDateTime.nullable(),
  /** The last scheduled run that failed, and why (an error code). */
  lastError: z.object({ at: isoDateTime, code: z.string(), file: z.string().optional() }).nullable(),
});
export type BackupScheduleStatus = z.infer<typeof backupScheduleStatusSchema>;

export const backupVerifyResultSchema = z.object({
  file: z.string(),
  bytes: z.number().int(),
  manifest: backupManifestInfoSchema,
  integrity: z.object({ ok: z.boolean(), messages: z.array(z.string()) }),
  auditChain: z.object({ ok: z.boolean(), checked: z.number().int() }),
});
export type BackupVerifyResult = z.infer<typeof backupVerifyResultSchema>;

export const workspaceBackupProcedures = {
  'workspaceBackup.create': procedure({
    input: z
      .object({
        jobId,
        /** A folder: the file gets a name with the workspace's name and the time. */
        folder: path.optional(),
        /** Or the exact file to write. */
        file: path.optional(),
        /** After writing, keep only this many of the workspace's backups in the folder. */
        keep: z.number().int().min(1).max(BACKUP_KEEP_MAX).optional(),
      })
      .strict()
      .refine((input) => (input.folder === undefined) !== (input.file === undefined), { message: 'folder_or_file', path: ['folder'] }),
    output: backupFileSchema.extend({ pruned: z.array(z.string()) }),
    permission: 'workspace.write',
    summary: 'Write an encrypted, verified backup of the open workspace (a job: progress events, jobs.cancel).',
  }),
  'workspaceBackup.verify': procedure({
    input: z.object({ file: path }).strict(),
    output: backupVerifyResultSchema,
    permission: 'workspace.read',
    summary: "Check a backup file: hashes, the open workspace's key, database integrity.",
  }),
  'workspaceBackup.list': procedure({
    input: z.object({ folder: path.optional() }).strict(),
    output: z.array(backupFileSchema),
    permission: 'workspace.read',
    summary: "This workspace's backups in a folder (by default the scheduled folder), newest first.",
  }),
  'workspaceBackup.restore': procedure({
    input: z
      .object({
        file: path,
        /** The workspace folder to create, e.g. /home/me/Acme.custos. */
        path,
        secret: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(1).max(1024) }),
          z.object({ kind: z.literal('recovery'), recoveryKey: z.string().min(1).max(200) }),
        ]),
        /** Replace an existing workspace there (kept aside until the restore has succeeded). */
        force: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ path: z.string(), manifest: backupManifestInfoSchema, replaced: z.boolean() }),
    permission: 'public',
    summary: 'Restore a backup file to a workspace folder after checking it and the secret.',
  }),
  'workspaceBackup.settings.get': procedure({
    input: empty,
    output: backupScheduleStatusSchema,
    permission: 'workspace.read',
    summary: 'Scheduled backup settings and the last backup.',
  }),
  'workspaceBackup.settings.update': procedure({
    input: backupScheduleSchema.partial().strict(),
    output: backupScheduleStatusSchema,
    permission: 'workspace.write',
    summary: 'Change the scheduled backup settings (folder, interval, copies kept).',
  }),
} as const;
