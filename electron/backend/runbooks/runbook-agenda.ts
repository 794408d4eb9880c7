// The runbooks' contribution to the agenda: an approved runbook is due for a drill twelve months
// after its last drill (or, never drilled, after its first approval); each open corrective action
// raised by a drill finding is due on its date (undated ones on the drill's day).
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';
import { drillRef } from './drill-changes';
import { drillDue, runbookRef } from './runbooks-queries';

export const runbookDrillAgenda: AgendaProvider = {
  kind: 'runbook_drill',
  title: { en: 'Runbook drill due', 'zh-CN': '应急手册演练到期' },
  items(db: Db): AgendaEntry[] {
    const rows = db
      .prepare<[], { id: string; seq: number; title: string; last_drill: string | null; first_approved: string | null }>(
        `SELECT r.id, r.seq, r.title,
           (SELECT max(held_on) FROM runbook_drills d WHERE d.runbook_id = r.id) AS last_drill,
           (SELECT min(approved_at) FROM runbook_versions v WHERE v.runbook_id = r.id) AS first_approved
         FROM runbooks r
         WHERE EXISTS (SELECT 1 FROM runbook_versions v WHERE v.runbook_id = r.id AND v.status = 'approved')`,
      )
      .all();
    return rows.flatMap((row) => {
      const due = drillDue(row.last_drill, row.first_approved);
      return due ? [{ id: `runbook_drill:${row.id}`, kind: 'runbook_drill', title: `${runbookRef(row.seq)} ${row.title}`, due, link: { screen: 'runbooks', params: { tab: 'runbooks', id: row.id } } }] : [];
    });
  },
};

export const drillActionAgenda: AgendaProvider = {
  kind: 'drill_action',
  title: { en: 'Drill action', 'zh-CN': '演练整改措施' },
  items(db: Db): AgendaEntry[] {
    const rows = db
      .prepare<[], { id: string; drill_id: string; description: string; due: string | null; held_on: string; year: number; seq: number }>(
        `SELECT f.id, f.drill_id, f.action_description AS description, f.action_due_date AS due, d.held_on, d.year, d.seq
         FROM runbook_drill_findings f JOIN runbook_drills d ON d.id = f.drill_id
         WHERE f.action_status IN ('open', 'in_progress')`,
      )
      .all();
    return rows.map((row) => ({
      id: `drill_action:${row.id}`,
      kind: 'drill_action',
      title: `${drillRef(row.year, row.seq)}: ${row.description}`,
      due: row.due ?? row.held_on,
      link: { screen: 'runbooks', params: { tab: 'drills', id: row.drill_id } },
    }));
  },
};
