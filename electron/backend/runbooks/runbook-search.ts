// Runbooks and drills in full-text search. A runbook is indexed once, with the text of its newest
// version (scope, steps, decisions, contacts); a drill with its scenario, findings and summary.
// Called inside the change that altered the record.
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import { contentOf, DRILL_RECORD, getRunbookRow, listVersionRows, RUNBOOK_RECORD, runbookRef } from './runbooks-queries';

export function reindexRunbook(db: Db, runbookId: string): void {
  const runbook = getRunbookRow(db, runbookId);
  const latest = runbook ? listVersionRows(db, runbookId)[0] : undefined;
  if (!runbook || !latest) {
    removeRecord(db, RUNBOOK_RECORD, runbookId);
    return;
  }
  const content = contentOf(latest);
  const body = [
    runbook.owner,
    content.scope,
    ...content.roles.map((role) => role.assignee),
    ...content.steps.flatMap((step) => [step.title, step.instructions, step.decision?.question ?? '', ...(step.decision?.options.map((option) => option.answer) ?? [])]),
    ...content.contacts.flatMap((contact) => [contact.name, contact.role]),
  ]
    .filter(Boolean)
    .join('\n');
  indexRecord(db, { entityType: RUNBOOK_RECORD, entityId: runbook.id, title: `${runbookRef(runbook.seq)} ${runbook.title}`, body });
  for (const drillId of db.prepare<[string], string>('SELECT id FROM runbook_drills WHERE runbook_id = ?').pluck().all(runbook.id)) reindexDrill(db, drillId);
}

export function reindexDrill(db: Db, drillId: string): void {
  const row = db
    .prepare<[string], { year: number; seq: number; title: string; scenario: string; summary: string; external_participants: string }>(
      'SELECT d.year, d.seq, r.title, d.scenario, d.summary, d.external_participants FROM runbook_drills d JOIN runbooks r ON r.id = d.runbook_id WHERE d.id = ?',
    )
    .get(drillId);
  if (!row) {
    removeRecord(db, DRILL_RECORD, drillId);
    return;
  }
  const findings = db
    .prepare<[string], { description: string; action_description: string | null }>('SELECT description, action_description FROM runbook_drill_findings WHERE drill_id = ? ORDER BY position')
    .all(drillId)
    .flatMap((finding) => [finding.description, finding.action_description ?? '']);
  const body = [row.scenario, ...findings, row.summary, ...(JSON.parse(row.external_participants) as string[])].filter(Boolean).join('\n');
  indexRecord(db, { entityType: DRILL_RECORD, entityId: drillId, title: `DRL-${row.year}-${String(row.seq).padStart(2, '0')} ${row.title}`, body });
}
