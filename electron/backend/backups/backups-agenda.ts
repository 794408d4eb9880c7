// Backups on the agenda: each open follow-up action of a restore test on its due date; each system's
// next restore test on its due date (overdue ones first, as the agenda sorts); and, while any backup
// check fails, one item due today with their number.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';
import { backupChecks, listBackupSystems } from './backup-systems';
import { WORKSPACE_NAME } from './backup-systems-data';

export const backupFollowUpAgenda: AgendaProvider = {
  kind: 'backup_follow_up',
  title: { en: 'Restore-test follow-up due', 'zh-CN': '恢复测试后续行动到期' },
  items(db: Db): AgendaEntry[] {
    const rows = db
      .prepare<[], { id: string; test_id: string; description: string; due_date: string; system_id: string | null; system_name: string }>(
        `SELECT f.id, f.test_id, f.description, f.due_date, t.system_id, coalesce((SELECT s.name FROM inventory_systems s WHERE s.id = t.system_id), t.system_name) AS system_name
           FROM restore_test_follow_ups f JOIN restore_tests t ON t.id = f.test_id WHERE f.status = 'open'`,
      )
      .all();
    return rows.map((row) => ({
      id: `backup_follow_up:${row.id}`,
      kind: 'backup_follow_up',
      title: `${row.system_id === null ? WORKSPACE_NAME : row.system_name}: ${row.description.length > 120 ? `${row.description.slice(0, 119)}…` : row.description}`,
      due: row.due_date,
      link: { screen: 'backups', params: { tab: 'restoreTests', id: row.test_id } },
    }));
  },
};

export const restoreTestDueAgenda: AgendaProvider = {
  kind: 'restore_test_due',
  title: { en: 'Restore test due', 'zh-CN': '恢复测试到期' },
  items(db: Db, today: string): AgendaEntry[] {
    return listBackupSystems(db, today)
      .filter((system) => system.nextTestDue !== null)
      .map((system) => ({
        id: `restore_test_due:${system.systemId ?? 'workspace'}`,
        kind: 'restore_test_due',
        title: system.name,
        due: system.nextTestDue!,
        link: { screen: 'backups', params: { tab: 'restoreTests' } },
      }));
  },
};

export const backupChecksAgenda: AgendaProvider = {
  kind: 'backup_checks',
  title: { en: 'Backup checks failing', 'zh-CN': '备份检查未通过' },
  items(db: Db, today: string): AgendaEntry[] {
    const failing = backupChecks(db, today).length;
    if (failing === 0) return [];
    return [{ id: 'backup_checks', kind: 'backup_checks', title: String(failing), due: today, link: { screen: 'backups', params: { tab: 'checks' } } }];
  },
};
