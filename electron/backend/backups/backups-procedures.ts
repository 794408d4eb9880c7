// The backups area's procedures: thin adapters from the contract onto the jobs, restore tests and
// per-system summaries. Every change runs in one audited transaction.
import type { backupsProcedures } from '../../../shared/contract/areas/backups';
import { todayFrom } from '../frameworks/calendar-dates';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { notFound } from './backup-errors';
import { BACKUP_JOB_RECORD, createJob, deleteJob, getJob, listJobs, updateJob } from './backup-jobs';
import { backupChecks, listBackupSystems, setRestoreTestCadence } from './backup-systems';
import { createRestoreTest, deleteRestoreTest, getRestoreTest, listRestoreTests, RESTORE_TEST_RECORD, setFollowUpStatus, updateRestoreTest } from './restore-tests';

type BackupsProcedure = keyof typeof backupsProcedures;

export function backupsHandlers({ session, options }: HandlerDeps): AreaHandlers<BackupsProcedure> {
  const today = () => todayFrom(options.now);
  const read = <T>(fn: (db: Db) => T): T => session.workspace().read(fn);
  const change = <T>(procedure: BackupsProcedure, context: HandlerContext, fn: (tx: ChangeTx) => T): T => session.workspace().change({ actor: context.actor, procedure }, fn);
  return {
    'backups.jobs.list': () => read((db) => listJobs(db, today())),
    'backups.jobs.get': ({ id }) => {
      const job = read((db) => getJob(db, id, today()));
      if (!job) throw notFound(BACKUP_JOB_RECORD, id);
      return job;
    },
    'backups.jobs.create': (input, context) => change('backups.jobs.create', context, (tx) => createJob(tx, input)),
    'backups.jobs.update': ({ id, job }, context) => change('backups.jobs.update', context, (tx) => updateJob(tx, id, job)),
    'backups.jobs.delete': ({ id }, context) => change('backups.jobs.delete', context, (tx) => deleteJob(tx, id)),
    'backups.restoreTests.list': ({ systemId }) => read((db) => listRestoreTests(db, today(), systemId)),
    'backups.restoreTests.get': ({ id }) => {
      const test = read((db) => getRestoreTest(db, id, today()));
      if (!test) throw notFound(RESTORE_TEST_RECORD, id);
      return test;
    },
    'backups.restoreTests.create': (input, context) => change('backups.restoreTests.create', context, (tx) => createRestoreTest(tx, input)),
    'backups.restoreTests.update': ({ id, test }, context) => change('backups.restoreTests.update', context, (tx) => updateRestoreTest(tx, id, test)),
    'backups.restoreTests.delete': ({ id }, context) => change('backups.restoreTests.delete', context, (tx) => deleteRestoreTest(tx, id)),
    'backups.followUps.setStatus': ({ id, status }, context) => change('backups.followUps.setStatus', context, (tx) => setFollowUpStatus(tx, id, status)),
    'backups.systems.list': () => read((db) => listBackupSystems(db, today())),
    'backups.systems.setCadence': ({ systemId, months }, context) => change('backups.systems.setCadence', context, (tx) => setRestoreTestCadence(tx, systemId, months, today())),
    'backups.checks': () => read((db) => backupChecks(db, today())),
  };
}
