// How runbook versions and drills are named where they show up as linked evidence
// (evidence/record-labels.ts): `RB-002 Ransomware v3`, `DRL-2026-01 Ransomware (tabletop)`.
import type { Db } from '../workspace/sqlcipher';
import { drillRef } from './drill-changes';
import { runbookRef } from './runbooks-queries';

export function runbookVersionLabel(db: Db, versionId: string): string | null {
  const row = db.prepare<[string], { seq: number; title: string; number: number }>('SELECT r.seq, r.title, v.number FROM runbook_versions v JOIN runbooks r ON r.id = v.runbook_id WHERE v.id = ?').get(versionId);
  return row ? `${runbookRef(row.seq)} ${row.title} v${row.number}` : null;
}

export function drillLabel(db: Db, drillId: string): string | null {
  const row = db.prepare<[string], { year: number; seq: number; title: string; kind: string }>('SELECT d.year, d.seq, r.title, d.kind FROM runbook_drills d JOIN runbooks r ON r.id = d.runbook_id WHERE d.id = ?').get(drillId);
  return row ? `${drillRef(row.year, row.seq)} ${row.title} (${row.kind})` : null;
}
