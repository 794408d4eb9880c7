// The open workspace database as the domain areas see it: reads run directly; every change runs in
// `change()`, one IMMEDIATE transaction that also appends the change's audit events, so a change and
// its record commit or roll back together. A long change (an import) runs in `changeInBatches()`:
// still one transaction, but it gives way to the event loop between batches, so progress is reported
// and a cancel is heard; while it is open every other change is refused, and closing the database
// rolls it back first.
import { AppError, type Actor } from '../../../shared/contract';
import { AuditLog } from '../audit-log/audit-chain';
import type { Db } from './sqlcipher';

export interface ChangeContext {
  actor: Actor;
  procedure: string;
}

export interface ChangeTx {
  db: Db;
  at: string;
  /** Records one changed entity in the audit trail (inside this transaction). */
  audit(entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): void;
}

/**
 * Ends a batch of a long change: lets other work run (reads, progress events, `jobs.cancel`), then
 * throws CANCELLED if the change was cancelled or the workspace is being locked.
 */
export type YieldBatch = () => Promise<void>;

/** How long writes must pause before the WAL is checkpointed. */
const CHECKPOINT_IDLE_MS = 1500;

interface LongChange {
  procedure: string;
  /** Set when the database closes under the change (lock, auto-lock): it is already rolled back. */
  closed: boolean;
}

export class WorkspaceDb {
  private readonly auditLog: AuditLog;
  private checkpointTimer: NodeJS.Timeout | null = null;
  private longChange: LongChange | null = null;
  constructor(
    readonly db: Db,
    private readonly now: () => Date,
  ) {
    this.auditLog = new AuditLog(db);
  }

  read<T>(fn: (db: Db) => T): T {
    return fn(this.db);
  }

  change<T>(context: ChangeContext, fn: (tx: ChangeTx) => T): T {
    // Without this a change would run inside the long change's open transaction (as a savepoint)
    // and be committed or rolled back with it.
    this.assertNoLongChange(context.procedure);
    const { tx, audited } = this.changeTx(context);
    const result = this.db
      .transaction(() => {
        const result = fn(tx);
        if (audited() === 0) throw new Error(`change by ${context.procedure} recorded no audit event`);
        return result;
      })
      .immediate();
    this.checkpointWhenIdle();
    return result;
  }

  /**
   * A change too long to run in one go: one IMMEDIATE transaction, written in batches that each end
   * with `yieldBatch()`. Reads may run between batches (they see the change so far, on this
   * connection); any other change is refused with WRITE_IN_PROGRESS. A cancel (`signal`), an error
   * or closing the database rolls the whole change back.
   */
  async changeInBatches<T>(context: ChangeContext & { signal?: AbortSignal }, fn: (tx: ChangeTx, yieldBatch: YieldBatch) => Promise<T>): Promise<T> {
    this.assertNoLongChange(context.procedure);
    const { tx, audited } = this.changeTx(context);
    const long: LongChange = { procedure: context.procedure, closed: false };
    const stopped = () => {
      if (long.closed) throw new AppError('CANCELLED', 'the workspace was locked while the change was written; nothing was written');
      if (context.signal?.aborted) throw new AppError('CANCELLED', 'the change was cancelled; nothing was written');
    };
    const yieldBatch: YieldBatch = async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      stopped();
    };
    // No checkpoint while the transaction is open: it could not move the change's pages anyway.
    this.cancelCheckpoint();
    this.db.exec('BEGIN IMMEDIATE');
    this.longChange = long;
    try {
      stopped();
      const result = await fn(tx, yieldBatch);
      stopped();
      if (audited() === 0) throw new Error(`change by ${context.procedure} recorded no audit event`);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
      // Whatever the work ran into once the connection was gone, the outcome is a rolled-back change.
      if (long.closed && !(error instanceof AppError && error.code === 'CANCELLED')) stopped();
      throw error;
    } finally {
      if (this.longChange === long) this.longChange = null;
      if (this.db.open) this.checkpointWhenIdle();
    }
  }

  /** The procedure of the long change being written, if any. */
  longChangeInProgress(): string | null {
    return this.longChange?.procedure ?? null;
  }

  /** Refuses, with a translated error, work that must not run while a long change is open. */
  assertNoLongChange(procedure: string): void {
    if (!this.longChange) return;
    throw new AppError('WRITE_IN_PROGRESS', `${this.longChange.procedure} is being written; ${procedure} must wait until it finishes`, {
      procedure,
      writing: this.longChange.procedure,
    });
  }

  /** Closes the connection; a long change still open is rolled back first and ends as cancelled. */
  close(): void {
    this.cancelCheckpoint();
    try {
      if (this.longChange) {
        this.longChange.closed = true;
        if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
      }
    } finally {
      this.db.close();
    }
  }

  private changeTx(context: ChangeContext): { tx: ChangeTx; audited: () => number } {
    const at = this.now().toISOString();
    let audited = 0;
    const tx: ChangeTx = {
      db: this.db,
      at,
      audit: (entityType, entityId, before, after) => {
        this.auditLog.append({ at, actor: context.actor.id, procedure: context.procedure, entityType, entityId, before, after });
        audited += 1;
      },
    };
    return { tx, audited: () => audited };
  }

  /**
   * Moves the WAL into the database once writes have paused, so the re-encryption a checkpoint
   * costs is not paid inside a change. Passive: it never waits for readers.
   */
  private checkpointWhenIdle(): void {
    this.cancelCheckpoint();
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      if (this.db.open && !this.db.inTransaction && !this.longChange) this.db.pragma('wal_checkpoint(PASSIVE)');
    }, CHECKPOINT_IDLE_MS);
    this.checkpointTimer.unref();
  }

  private cancelCheckpoint(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
  }

  getMeta(key: string): string | null {
    return (this.db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  setMeta(db: Db, key: string, value: string): void {
    db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
