// Procedures of the workspace-backup area and the scheduler that runs while a workspace is unlocked.
// A backup runs as a job (progress events, jobs.cancel) on its own connection, so the app stays
// usable and keeps writing while it runs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError, type ProcedureParsedInput } from '../../../shared/contract';
import type { BackupFile, BackupScheduleStatus } from '../../../shared/contract/areas/workspace-backup';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { DB_ENTRY } from './backup-archive';
import { listBackups, pruneBackups } from './backup-files';
import { BackupScheduler, nextBackupDue } from './backup-scheduler';
import { isFolder, readBackupSchedule, updateBackupSchedule } from './backup-settings';
import { backupFileName, createBackup, readKeyringBytes } from './create-backup';
import { restoreBackup } from './restore-backup';
import { checkUnpackedDatabase, extractEntry, keyOpens, readArchiveIndex } from './verify-backup';

type BackupProcedure =
  | 'workspaceBackup.create'
  | 'workspaceBackup.verify'
  | 'workspaceBackup.list'
  | 'workspaceBackup.restore'
  | 'workspaceBackup.settings.get'
  | 'workspaceBackup.settings.update';

const running = new Map<string, AbortController>();

/** jobs.cancel for backup jobs. */
export function cancelBackupJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}

export interface BackupRequest {
  jobId: string;
  folder?: string;
  file?: string;
  keep?: number;
  actor: { id: string; role: 'owner' | 'viewer' };
  procedure: string;
}

export interface BackupService {
  create(request: BackupRequest): Promise<BackupFile & { pruned: string[] }>;
  scheduler: BackupScheduler;
  /** The last scheduled run that failed. */
  lastError: { at: string; code: string; file?: string } | null;
}

const services = new WeakMap<WorkspaceSession, BackupService>();

/** The backup service of a backend (one per session), created with its scheduler on first use. */
export function backupService({ session, options, emit }: HandlerDeps): BackupService {
  const existing = services.get(session);
  if (existing) return existing;
  const now = options.now ?? (() => new Date());

  const create = async (request: BackupRequest): Promise<BackupFile & { pruned: string[] }> => {
    const state = session.unlocked();
    if (session.isBusy()) throw new AppError('BUSY', 'the workspace is busy with a key rotation');
    // A backup ends with an audit event, which an import being written would refuse.
    state.workspace.assertNoLongChange(request.procedure);
    if (running.has(request.jobId)) throw new AppError('CONFLICT', 'a job with this id is already running');
    const at = now();
    const folder = request.folder !== undefined ? resolve(request.folder) : null;
    const file = folder !== null ? join(folder, backupFileName(state.paths.name, at)) : resolve(request.file!);
    if (folder !== null && !isFolder(folder)) throw new AppError('BACKUP_FAILED', `there is no folder at ${folder}`, { file: folder, reason: 'folder_missing' });
    if (existsSync(file)) throw new AppError('BACKUP_FAILED', `${file} already exists`, { file, reason: 'exists' });
    const controller = new AbortController();
    running.set(request.jobId, controller);
    const progress = (phase: string, done: number, total: number) => emit?.({ type: 'job.progress', jobId: request.jobId, kind: 'workspace_backup', phase, done, total });
    // Locking the workspace stops the backup: its key must leave memory.
    const watch = setInterval(() => {
      if (!session.isUnlocked()) controller.abort();
    }, 250);
    try {
      progress('snapshot', 0, 1);
      const pageBytes = state.workspace.read((db) => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number));
      const created = await createBackup({
        databasePath: state.paths.database,
        keyring: readKeyringBytes(state.paths.keyring),
        keyHex: state.dataKey.toString('hex'),
        workspaceId: state.workspaceId,
        appVersion: options.appVersion,
        file,
        expectedBytes: pageBytes,
        now: at,
        nativeBinding: options.nativeBinding,
        signal: controller.signal,
        onProgress: progress,
      });
      const keep = request.keep;
      const pruned = keep !== undefined ? pruneBackups(folder ?? resolve(file, '..'), state.workspaceId, keep) : [];
      if (session.isUnlocked()) {
        session.workspace().change({ actor: request.actor, procedure: request.procedure }, (tx) => {
          tx.audit('workspace_backup', created.manifest.createdAt, null, { file: created.file, bytes: created.bytes, schemaVersion: created.manifest.schemaVersion, pruned: pruned.length });
        });
      }
      return { file: created.file, fileName: created.file.split(/[\\/]/).pop() ?? created.file, bytes: created.bytes, createdAt: created.manifest.createdAt, pruned };
    } finally {
      clearInterval(watch);
      running.delete(request.jobId);
    }
  };

  const service: BackupService = {
    create,
    lastError: null,
    scheduler: new BackupScheduler({
      now,
      schedule: () => {
        // Not while locked, during a key rotation or an import being written, or while another backup (say, from the command line) runs.
        if (!session.isUnlocked() || session.isBusy() || running.size > 0) return null;
        const state = session.unlocked();
        if (state.workspace.longChangeInProgress()) return null;
        return { schedule: readBackupSchedule(state.workspace), workspaceId: state.workspaceId };
      },
      newestBackupAt: (folder, workspaceId) => {
        const newest = listBackups(folder, workspaceId)[0];
        return newest ? new Date(newest.createdAt) : null;
      },
      run: async (folder, keep) => {
        await create({ jobId: `scheduled-backup-${now().getTime()}`, folder, keep, actor: { id: 'scheduler', role: 'owner' }, procedure: 'workspaceBackup.scheduled' });
        service.lastError = null;
      },
      onError: (error) => {
        const body = error instanceof AppError ? { code: error.code, file: typeof error.details?.file === 'string' ? error.details.file : undefined } : { code: 'INTERNAL' };
        service.lastError = { at: now().toISOString(), ...body };
      },
    }),
  };
  service.scheduler.start();
  services.set(session, service);
  return service;
}

function scheduleStatus(deps: HandlerDeps, service: BackupService): BackupScheduleStatus {
  const state = deps.session.unlocked();
  const schedule = readBackupSchedule(state.workspace);
  const lastBackup = schedule.folder !== '' ? (listBackups(schedule.folder, state.workspaceId)[0] ?? null) : null;
  const now = (deps.options.now ?? (() => new Date()))();
  const due = nextBackupDue(schedule, lastBackup ? new Date(lastBackup.createdAt) : null, now);
  return { ...schedule, lastBackup, nextDueAt: due ? due.toISOString() : null, lastError: service.lastError };
}

async function verifyWithOpenKey(deps: HandlerDeps, input: ProcedureParsedInput<'workspaceBackup.verify'>) {
  const state = deps.session.unlocked();
  const file = resolve(input.file);
  const index = readArchiveIndex(file);
  const scratch = mkdtempSync(join(tmpdir(), 'custos-verify-'));
  try {
    const dbPath = join(scratch, 'workspace.db');
    await extractEntry(file, index, DB_ENTRY, dbPath);
    const keyHex = state.dataKey.toString('hex');
    if (!keyOpens(dbPath, keyHex)) throw new AppError('BACKUP_WRONG_KEY', `${file} is not encrypted with this workspace's key`, { file, part: DB_ENTRY });
    const check = checkUnpackedDatabase(file, dbPath, keyHex, index.manifest, deps.options.nativeBinding);
    const { workspaceId, schemaVersion, appVersion, createdAt } = index.manifest;
    return { file, bytes: index.fileBytes, manifest: { workspaceId, schemaVersion, appVersion, createdAt }, integrity: check.integrity, auditChain: check.auditChain };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function workspaceBackupHandlers(deps: HandlerDeps): AreaHandlers<BackupProcedure> {
  const service = backupService(deps);
  const { session } = deps;
  return {
    'workspaceBackup.create': ({ jobId, folder, file, keep }, { actor }) => service.create({ jobId, folder, file, keep, actor, procedure: 'workspaceBackup.create' }),
    'workspaceBackup.verify': (input) => verifyWithOpenKey(deps, input),
    'workspaceBackup.list': ({ folder }) => {
      const state = session.unlocked();
      const where = folder ?? readBackupSchedule(state.workspace).folder;
      return where === '' ? [] : listBackups(resolve(where), state.workspaceId);
    },
    'workspaceBackup.restore': async ({ file, path, secret, force }) => {
      const status = session.status();
      if (status.state !== 'closed' && resolve(status.path) === resolve(path)) {
        throw new AppError('WORKSPACE_ALREADY_OPEN', 'close this workspace before restoring over it', { file: resolve(path) });
      }
      const result = await restoreBackup({ file, target: path, secret, force, nativeBinding: deps.options.nativeBinding });
      const { workspaceId, schemaVersion, appVersion, createdAt } = result.manifest;
      return { path: result.path, manifest: { workspaceId, schemaVersion, appVersion, createdAt }, replaced: result.replaced };
    },
    'workspaceBackup.settings.get': () => scheduleStatus(deps, service),
    'workspaceBackup.settings.update': (patch, { actor }) => {
      updateBackupSchedule(session.workspace(), patch, actor);
      return scheduleStatus(deps, service);
    },
  };
}
