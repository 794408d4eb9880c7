// The table from procedure name to implementation. Each entry is a thin adapter onto a domain area.
import { listAuditEvents, verifyAuditChain } from '../audit-log/audit-chain';
import type { AppSettingsStore } from '../app-settings/app-settings-store';
import type { BackendOptions } from '../backend';
import { DEMO_WORKSPACE_NAME, populateDemo } from '../demo/demo-organisation';
import { populateLargeDemo } from '../demo/large/large-demo';
import { readOrganisation, updateOrganisation } from '../organisation/organisation-procedures';
import { schemaVersion } from '../workspace/migrations/migrate';
import { META, type WorkspaceSession } from '../workspace/workspace-session';
import type { BackendEvent, foundationProcedures, ProcedureName } from '../../../shared/contract';
import type { Handlers } from './dispatcher';
import { controlsHandlers } from '../frameworks/controls-procedures';
import { evidenceHandlers } from '../evidence/evidence-procedures';
import { risksHandlers } from '../risks/risks-procedures';
import { inventoryHandlers } from '../inventory/inventory-procedures';
import { cancelImportJob, inventoryImportHandlers } from '../inventory-import/inventory-import-procedures';
import { inventoryRulesHandlers } from '../inventory/inventory-rules-procedures';
import { assessmentsHandlers } from '../assessments/assessments-procedures';
import { ismsHandlers } from '../isms/isms-procedures';
import { agendaHandlers } from '../agenda/agenda-procedures';
import { searchHandlers } from '../search/search-procedures';
import { requestsHandlers } from '../requests/requests-procedures';
import { incidentsHandlers } from '../incidents/incidents-procedures';
import { cancelBackupJob, workspaceBackupHandlers } from '../workspace-backup/backup-procedures';
import { exportHandlers } from '../exports/export-procedures';
import { policiesHandlers } from '../policies/policies-procedures';
import { trainingHandlers } from '../training/training-procedures';
import { runbooksHandlers } from '../runbooks/runbooks-procedures';
import { cancelPackJob, packsHandlers } from '../audit-pack/pack-procedures';
import { cancelTrainingImportJob, trainingImportHandlers } from '../training-import/training-import-procedures';
import { backupsHandlers } from '../backups/backups-procedures';

type FoundationProcedure = keyof typeof foundationProcedures;
import { readWorkspaceSettings, updateWorkspaceSettings } from '../workspace/workspace-settings';

export interface HandlerDeps {
  session: WorkspaceSession;
  settings: AppSettingsStore;
  options: BackendOptions;
  /** Pushes an event (job progress) to the transports' subscribers. */
  emit?: (event: BackendEvent) => void;
}

/** Record counts shown on the overview and by `custos info`; each area adds its tables. */
const COUNTED_TABLES = [
  { entity: 'organisation_profile', table: 'organisation_profile' },
  { entity: 'audit_events', table: 'audit_events' },
  { entity: 'inventory_systems', table: 'inventory_systems' },
  { entity: 'inventory_data_categories', table: 'inventory_data_categories' },
  { entity: 'inventory_subject_categories', table: 'inventory_subject_categories' },
  { entity: 'inventory_activities', table: 'inventory_activities' },
  { entity: 'inventory_vendors', table: 'inventory_vendors' },
  { entity: 'inventory_transfers', table: 'inventory_transfers' },
  { entity: 'inventory_assessments', table: 'inventory_assessments' },
  { entity: 'data_subject_requests', table: 'data_subject_requests' },
  { entity: 'privacy_complaints', table: 'privacy_complaints' },
  { entity: 'incidents', table: 'incidents' },
  { entity: 'people', table: 'people' },
  { entity: 'training_courses', table: 'training_courses' },
  { entity: 'training_completions', table: 'training_completions' },
  { entity: 'runbooks', table: 'runbooks' },
  { entity: 'runbook_drills', table: 'runbook_drills' },
  { entity: 'backup_jobs', table: 'backup_jobs' },
  { entity: 'restore_tests', table: 'restore_tests' },
] as const;

export function buildHandlers(deps: HandlerDeps): Handlers {
  return {
    ...foundationHandlers(deps),
    ...controlsHandlers(deps),
    ...evidenceHandlers(deps),
    ...risksHandlers(deps),
    ...inventoryHandlers(deps),
    ...inventoryImportHandlers(deps),
    ...inventoryRulesHandlers(deps),
    ...assessmentsHandlers(deps),
    ...ismsHandlers(deps),
    ...agendaHandlers(deps),
    ...searchHandlers(deps),
    ...requestsHandlers(deps),
    ...incidentsHandlers(deps),
    ...workspaceBackupHandlers(deps),
    ...exportHandlers(deps),
    ...policiesHandlers(deps),
    ...trainingHandlers(deps),
    ...runbooksHandlers(deps),
    ...packsHandlers(deps),
    ...trainingImportHandlers(deps),
    ...backupsHandlers(deps),
  };
}

/** Handlers of one area: its slice of the procedure table. */
export type AreaHandlers<P extends ProcedureName> = Pick<Handlers, P>;

function foundationHandlers({ session, settings, options, emit }: HandlerDeps): AreaHandlers<FoundationProcedure> {
  return {
    'app.ping': () => ({ pong: true as const }),
    'app.info': () => ({ version: options.appVersion, platform: process.platform, defaultWorkspaceDirectory: options.defaultWorkspaceDirectory }),
    'app.settings.get': () => settings.get(),
    'app.settings.update': (input) => settings.update(input),

    'workspace.status': () => session.status(),
    'workspace.recent': () => settings.recent(),
    'workspace.forget': ({ path }) => settings.forget(path),
    'workspace.create': (input) => session.create(input),
    'workspace.createDemo': async ({ scale, jobId, ...input }) => {
      const created = await session.create({ ...input, name: DEMO_WORKSPACE_NAME }, populateDemo);
      if (scale === 'large') {
        const onProgress = jobId === undefined ? undefined : (done: number, total: number) => emit?.({ type: 'job.progress', jobId, kind: 'demo', phase: 'days', done, total });
        await populateLargeDemo(session.workspace(), { id: 'owner', role: 'owner' }, options.now?.() ?? new Date(), { onProgress });
      }
      return created;
    },
    'workspace.select': ({ path }) => session.select(path),
    'workspace.open': ({ path, secret }) => session.open(path, secret),
    'workspace.lock': ({ reason }) => session.lock(reason),
    'workspace.close': () => session.close(),
    'workspace.confirmRecoveryKey': ({ recoveryKey }, { actor }) => session.confirmRecoveryKey(recoveryKey, actor),
    'workspace.changePassphrase': ({ current, next }, { actor }) => session.changePassphrase(current, next, actor),
    'workspace.rotateKey': ({ passphrase, jobId }, { actor }) => session.rotateKey(passphrase, jobId, actor),
    'workspace.device.enable': ({ deviceKey }, { actor }) => session.enableDevice(deviceKey, actor),
    'workspace.device.disable': (_input, { actor }) => session.disableDevice(actor),
    'workspace.overview': () => {
      const state = session.unlocked();
      const ws = state.workspace;
      return ws.read((db) => ({
        workspaceId: state.workspaceId,
        name: state.paths.name,
        path: state.paths.bundle,
        createdAt: ws.getMeta(META.createdAt) ?? '',
        schemaVersion: schemaVersion(db),
        appVersion: options.appVersion,
        recordCounts: COUNTED_TABLES.map(({ entity, table }) => ({ entity, count: db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number })),
        recentEvents: listAuditEvents(db, 10),
        auditChain: session.auditChainStatus(),
        keySlots: session.keySlots(),
        recoveryKeyConfirmed: ws.getMeta(META.recoveryKeyConfirmedAt) !== null,
      }));
    },
    'workspace.verify': () => {
      const ws = session.workspace();
      return ws.read((db) => {
        const messages = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
        const integrity = { ok: messages.length === 1 && messages[0] === 'ok', messages };
        const auditChain = verifyAuditChain(db);
        return { ok: integrity.ok && auditChain.ok, integrity, auditChain };
      });
    },
    'workspace.settings.get': () => readWorkspaceSettings(session.workspace()),
    'workspace.settings.update': (input, context) => updateWorkspaceSettings(session.workspace(), input, context),

    'organisation.get': () => readOrganisation(session.workspace()),
    'organisation.update': (input, context) => updateOrganisation(session.workspace(), input, context),

    'audit.list': ({ limit, beforeSeq }) => session.workspace().read((db) => listAuditEvents(db, limit, beforeSeq)),
    'audit.verify': () => session.workspace().read(verifyAuditChain),

    'jobs.cancel': ({ jobId }) => ({ cancelled: session.cancelJob(jobId) || cancelImportJob(jobId) || cancelTrainingImportJob(jobId) || cancelBackupJob(jobId) || cancelPackJob(jobId) }),
  };
}

