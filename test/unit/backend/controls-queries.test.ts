// The controls queries on a database migrated to schema 2 only: they must work before the risk
// register exists, count treating risks once it does, and take default evidence links into account.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EVIDENCE_LINKS, linkRecordByDefault, unlinkRecord } from '../../../electron/backend/evidence/default-links';
import { listAuditEvents } from '../../../electron/backend/audit-log/audit-chain';
import { findCatalogControl, listControlRows, treatedRisks } from '../../../electron/backend/frameworks/controls-queries';
import { foundation } from '../../../electron/backend/workspace/migrations/001-foundation';
import { controlsAndEvidence } from '../../../electron/backend/workspace/migrations/002-controls-evidence';
import { migrate } from '../../../electron/backend/workspace/migrations/migrate';
import type { Db } from '../../../electron/backend/workspace/sqlcipher';
import { WorkspaceDb } from '../../../electron/backend/workspace/workspace-db';
import { OWNER } from '../../../shared/contract';

const TODAY = '2025-06-15';
let db: Db;
let workspace: WorkspaceDb;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, '/nonexistent', '/nonexistent/workspace.db', new Date(), [foundation, controlsAndEvidence]);
  workspace = new WorkspaceDb(db, () => new Date('2025-06-15T09:00:00Z'));
});

afterEach(() => db.close());

function addRiskRegister(): void {
  // The columns the risk register promised; nothing else is read.
  db.exec(`CREATE TABLE risks (id TEXT PRIMARY KEY, ref TEXT NOT NULL, title TEXT NOT NULL, residual_likelihood INTEGER NOT NULL, residual_impact INTEGER NOT NULL) STRICT;
    CREATE TABLE risk_controls (risk_id TEXT NOT NULL, framework TEXT NOT NULL, control_id TEXT NOT NULL, PRIMARY KEY (risk_id, framework, control_id)) STRICT;
    INSERT INTO risks VALUES ('r1', 'RISK-001', 'Laptop theft', 2, 3), ('r2', 'RISK-002', 'Phishing', 3, 3);
    INSERT INTO risk_controls VALUES ('r1', 'iso27001', 'A.8.1'), ('r2', 'iso27001', 'A.8.1'), ('r2', 'iso27001', 'A.6.3'), ('r2', 'soc2', 'CC6.8');`);
}

describe('listControlRows', () => {
  it('works without the risk register', () => {
    const rows = listControlRows(db, 'iso27001', TODAY);
    expect(rows).toHaveLength(93);
    expect(rows.every((row) => row.treatingRiskCount === 0 && row.inclusionReasons.length === 0)).toBe(true);
    expect(treatedRisks(db, { framework: 'iso27001', controlId: 'A.8.1' })).toEqual([]);
  });

  it("counts treating risks and adds 'risk_treatment' to the reasons", () => {
    addRiskRegister();
    const rows = listControlRows(db, 'iso27001', TODAY);
    const row = (id: string) => rows.find((r) => r.controlId === id)!;
    expect(row('A.8.1')).toMatchObject({ treatingRiskCount: 2, inclusionReasons: ['risk_treatment'] });
    expect(row('A.6.3')).toMatchObject({ treatingRiskCount: 1, inclusionReasons: ['risk_treatment'] });
    expect(row('A.5.1')).toMatchObject({ treatingRiskCount: 0, inclusionReasons: [] });
    expect(listControlRows(db, 'soc2', TODAY).find((r) => r.controlId === 'CC6.8')!.treatingRiskCount).toBe(1);
    expect(treatedRisks(db, { framework: 'iso27001', controlId: 'A.8.1' })).toEqual([
      { id: 'r1', ref: 'RISK-001', title: 'Laptop theft', residualScore: 6 },
      { id: 'r2', ref: 'RISK-002', title: 'Phishing', residualScore: 9 },
    ]);
  });

  it('ignores a risk table without the promised columns', () => {
    db.exec('CREATE TABLE risk_controls (risk TEXT) STRICT');
    expect(listControlRows(db, 'iso27001', TODAY).every((row) => row.treatingRiskCount === 0)).toBe(true);
  });
});

describe('default evidence links', () => {
  it('declares only controls that exist in the catalog', () => {
    for (const targets of Object.values(DEFAULT_EVIDENCE_LINKS)) for (const t of targets) expect(findCatalogControl(t.framework, t.controlId), t.controlId).toBeDefined();
    expect(Object.keys(DEFAULT_EVIDENCE_LINKS).sort()).toEqual([
      'assessment', 'backup_job', 'corrective_action', 'data_subject_request', 'incident', 'incident_review', 'internal_audit', 'isms_objective', 'management_review', 'policy_version',
      'privacy_complaint', 'processing_activity', 'restore_test', 'risk', 'runbook_drill', 'runbook_version', 'system', 'training_completion', 'transfer', 'vendor',
    ]);
  });

  it('links a record to its controls once, moves the dates on re-link, and unlinks — all audited', () => {
    const context = { actor: OWNER, procedure: 'test.audit' };
    expect(workspace.change(context, (tx) => linkRecordByDefault(tx, 'internal_audit', 'audit-1', '2025-03-10'))).toBe(2);
    const again = workspace.change(context, (tx) => {
      const changed = linkRecordByDefault(tx, 'internal_audit', 'audit-1', '2025-03-10');
      // The calling module audits its own record in the same transaction.
      tx.audit('internal_audit', 'audit-1', null, {});
      return changed;
    });
    expect(again).toBe(0);
    let rows = listControlRows(db, 'iso27001', TODAY);
    expect(rows.find((r) => r.controlId === 'A.5.35')!.evidence).toEqual({ count: 2, freshness: 'current', latestEffective: '2025-03-10' });
    expect(listControlRows(db, 'soc2', TODAY).find((r) => r.controlId === 'CC4.1')!.evidence.count).toBe(2);

    expect(workspace.change(context, (tx) => linkRecordByDefault(tx, 'internal_audit', 'audit-1', '2025-04-01', '2025-06-30'))).toBe(2);
    rows = listControlRows(db, 'iso27001', TODAY);
    expect(rows.find((r) => r.controlId === 'A.5.35')!.evidence).toEqual({ count: 2, freshness: 'expiring', latestEffective: '2025-04-01' });

    expect(workspace.change(context, (tx) => unlinkRecord(tx, 'internal_audit', 'audit-1'))).toBe(2);
    expect(listControlRows(db, 'iso27001', TODAY).find((r) => r.controlId === 'A.5.35')!.evidence.count).toBe(0);

    const events = listAuditEvents(db, 20).filter((e) => e.entityType === 'evidence_link');
    expect(events.map((e) => [e.summary.before === null, e.summary.after === null])).toEqual([
      [false, true],
      [false, true],
      [false, false],
      [false, false],
      [true, false],
      [true, false],
    ]);
  });

  it('refuses undeclared record types and expiry before effect', () => {
    expect(() => workspace.change({ actor: OWNER, procedure: 'test' }, (tx) => linkRecordByDefault(tx, 'unknown_type', 'x', '2025-01-01'))).toThrow(/no default evidence links/);
    expect(() => workspace.change({ actor: OWNER, procedure: 'test' }, (tx) => linkRecordByDefault(tx, 'risk', 'x', '2025-01-02', '2025-01-01'))).toThrow();
  });
});
