// Writes a people or completions plan in one transaction, in batches with a turn of the event loop
// between them (WorkspaceDb.changeInBatches): progress reaches the UI and a cancel or a lock is heard
// at the next batch, rolling the whole import back. Rows go through the training area's own writers
// (people's row and search entry; a completion's row, pass/fail and evidence links until it is due
// again); the assignments are regenerated once at the end, which moves every next due date on, and
// one audit event records the import's counts.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../shared/contract';
import type { TrainingImportResult } from '../../../shared/contract/areas/training-import';
import { insertDefaultLinks } from '../evidence/default-links';
import { reusingStatements } from '../inventory-import/import-commit';
import { generateAssignments } from '../training/training-assignments';
import { COMPLETION_RECORD, completionValidUntil, insertCompletionRow } from '../training/training-completions';
import { DueCalculator } from '../training/training-due';
import { indexPerson, writePersonRow } from '../training/training-people';
import type { ChangeTx, WorkspaceDb } from '../workspace/workspace-db';
import type { CompletionsPlan } from './completions-plan';
import type { PeoplePlan } from './people-plan';

export const TRAINING_IMPORT_RECORD = 'training_import';
export const TRAINING_IMPORT_PROCEDURE = 'trainingImport.commit';

export interface TrainingCommitOptions {
  actor: Actor;
  today: string;
  signal?: AbortSignal;
  onProgress?(phase: 'write' | 'assignments', done: number, total: number): void;
}

/** Rows written between two yields to the event loop (a completion row costs less than an inventory record). */
const BATCH_ROWS = 1000;
/**
 * Page cache per written row and at most, in KiB (cache_size's negative unit), as the inventory
 * import: 200,000 completions with their evidence links took 16.8 s of CPU to write with it and
 * 29.8 s with the usual 64 MiB, which spills pages to the WAL and decrypts them again.
 */
const CACHE_KIB_PER_ROW = 4;
const CACHE_MAX_KIB = 512 * 1024;

type Writer = (tx: ChangeTx, step: () => Promise<void>) => Promise<Record<string, number>>;

async function writeInBatches(workspace: WorkspaceDb, rows: number, options: TrainingCommitOptions, kind: 'people' | 'completions', write: Writer): Promise<TrainingImportResult['assignments']> {
  const cacheSize = workspace.db.pragma('cache_size', { simple: true }) as number;
  const needed = -Math.min(CACHE_MAX_KIB, Math.max(-cacheSize, rows * CACHE_KIB_PER_ROW));
  if (needed < cacheSize) workspace.db.pragma(`cache_size = ${needed}`);
  try {
    return await workspace.changeInBatches({ actor: options.actor, procedure: TRAINING_IMPORT_PROCEDURE, signal: options.signal }, async (outer, yieldBatch) => {
      const tx: ChangeTx = { ...outer, db: reusingStatements(outer.db) };
      let done = 0;
      options.onProgress?.('write', 0, rows);
      const step = async () => {
        done += 1;
        if (done % BATCH_ROWS !== 0 || done === rows) return;
        options.onProgress?.('write', done, rows);
        await yieldBatch();
      };
      const counts = await write(tx, step);
      options.onProgress?.('write', rows, rows);
      await yieldBatch();
      options.onProgress?.('assignments', 0, 1);
      const assignments = generateAssignments(outer, options.today);
      options.onProgress?.('assignments', 1, 1);
      tx.audit(TRAINING_IMPORT_RECORD, randomUUID(), null, { kind, ...counts });
      // The generation and the commit each hold the event loop for a while: a turn between them.
      await yieldBatch();
      return assignments;
    });
  } finally {
    if (needed < cacheSize && workspace.db.open) workspace.db.pragma(`cache_size = ${cacheSize}`);
  }
}

const noAssignments = { created: 0, reopened: 0, closed: 0, open: 0 };

export async function writePeoplePlan(workspace: WorkspaceDb, plan: PeoplePlan, options: TrainingCommitOptions): Promise<TrainingImportResult> {
  const count = (outcome: string) => plan.rows.filter((row) => row.outcome === outcome).length;
  const result = { kind: 'people' as const, created: count('new'), updated: count('updated'), unchanged: count('unchanged'), skipped: count('duplicate'), passed: 0 };
  const writes = plan.rows.filter((row) => row.outcome === 'new' || row.outcome === 'updated');
  if (writes.length === 0) return { ...result, assignments: noAssignments };
  const assignments = await writeInBatches(workspace, writes.length, options, 'people', async (tx, step) => {
    const known = new Set((tx.db.prepare('SELECT id FROM people').pluck().all() as string[]).filter(Boolean));
    const deferred: { id: string; managerId: string }[] = [];
    for (const row of writes) {
      // A manager further down the file is set once everyone is written.
      const managerId = row.input.managerId;
      const later = managerId !== null && !known.has(managerId);
      writePersonRow(tx.db, row.id, later ? { ...row.input, managerId: null } : row.input, tx.at);
      indexPerson(tx.db, row.id, row.input);
      known.add(row.id);
      if (later) deferred.push({ id: row.id, managerId: managerId! });
      await step();
    }
    const setManager = tx.db.prepare('UPDATE people SET manager_id = ? WHERE id = ?');
    for (const { id, managerId } of deferred) setManager.run(managerId, id);
    return { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped };
  });
  return { ...result, assignments };
}

export async function writeCompletionsPlan(workspace: WorkspaceDb, plan: CompletionsPlan, options: TrainingCommitOptions): Promise<TrainingImportResult> {
  const passed = plan.rows.reduce((sum, row) => sum + (row.passed ? 1 : 0), 0);
  const result = { kind: 'completions' as const, created: plan.rows.length, updated: 0, unchanged: 0, skipped: plan.skipped, passed };
  if (plan.rows.length === 0) return { ...result, assignments: noAssignments };
  const assignments = await writeInBatches(workspace, plan.rows.length, options, 'completions', async (tx, step) => {
    const dues = new DueCalculator(options.today);
    let evidenceLinks = 0;
    for (const row of plan.rows) {
      const id = randomUUID();
      insertCompletionRow(tx.db, id, { personId: row.personId, courseId: row.courseId, completedOn: row.completedOn, score: row.score, evidenceFileId: null, certificateRef: row.certificateRef }, row.passed, tx.at);
      if (row.passed) {
        // Evidence until the course is due again after this completion, as a completion recorded by hand.
        const validUntil = completionValidUntil(dues, plan.courses.get(row.courseId)!, plan.startDates.get(row.personId) ?? null, row.completedOn);
        evidenceLinks += insertDefaultLinks(tx.db, COMPLETION_RECORD, id, row.completedOn, validUntil, tx.at);
      }
      await step();
    }
    return { created: result.created, skipped: result.skipped, passed, failed: result.created - passed, evidenceLinks };
  });
  return { ...result, assignments };
}
