// The open workspace database as the domain areas see it: reads run directly; every change runs in
// `change()`, one IMMEDIATE transaction that also appends the change's audit events, so a change and
// its record commit or roll back together.
import type { Actor } from '../../../shared/contract';
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

/** How long writes must pause before the WAL is checkpointed. */
const CHECKPOINT_IDLE_MS = 1500;

export class WorkspaceDb {
  private readonly auditLog: AuditLog;
  private checkpointTimer: NodeJS.Timeout | null = null;
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
    const result = this.db
      .transaction(() => {
        const result = fn(tx);
        if (audited === 0) throw new Error(`change by ${context.procedure} recorded no audit event`);
        return result;
      })
      .immediate();
    this.checkpointWhenIdle();
    return result;
  }

  /**
   * Moves the WAL into the database once writes have paused, so the re-encryption a checkpoint
   * costs is not paid inside a change. Passive: it never waits for readers.
   */
  private checkpointWhenIdle(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      if (this.db.open && !this.db.inTransaction) this.db.pragma('wal_checkpoint(PASSIVE)');
    }, CHECKPOINT_IDLE_MS);
    this.checkpointTimer.unref();
  }

  getMeta(key: string): string | null {
    return (this.db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  setMeta(db: Db, key: string, value: string): void {
    db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
