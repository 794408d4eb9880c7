// Write cost of encryption: the same audited workload (20,000 inserts, each with its audit event
// appended by the backend's AuditLog, 100 per transaction) on a SQLCipher database and on a plain
// one with the same pragmas (WAL, synchronous=FULL). Rounds alternate between the two; each round
// writes to fresh files.
import { join } from 'node:path';
import { AUDIT_SCHEMA, AuditLog } from '../../electron/backend/audit-log/audit-chain';
import { assertEncryption, openBenchDatabase, randomKey } from './bench-database';
import { collectGarbage, elapsedMs, median, now, report, scratchDirectory } from './bench-support';

const INSERTS = 20_000;
const PER_TRANSACTION = 100;
const ROUNDS = 5;
const BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'];

const dir = scratchDirectory('write');

function writeWorkload(file: string, encrypted: boolean): { ms: number; withCheckpointMs: number } {
  const db = openBenchDatabase(file, { key: encrypted ? randomKey() : null });
  try {
    db.exec(AUDIT_SCHEMA);
    db.exec(`CREATE TABLE bench_activities (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      purpose TEXT NOT NULL,
      lawful_basis TEXT NOT NULL,
      retention_days INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);
    const audit = new AuditLog(db);
    const insert = db.prepare('INSERT INTO bench_activities (id, name, purpose, lawful_basis, retention_days, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const batch = db.transaction((from: number) => {
      const at = new Date(1_750_000_000_000 + from * 1000).toISOString();
      for (let i = from; i < from + PER_TRANSACTION; i++) {
        const record = {
          id: `activity-${i.toString().padStart(6, '0')}`,
          name: `Processing activity ${i}`,
          purpose: `Handle customer request number ${i} and keep the correspondence for follow-up`,
          lawfulBasis: BASES[i % BASES.length]!,
          retentionDays: 365 + (i % 1000),
        };
        insert.run(record.id, record.name, record.purpose, record.lawfulBasis, record.retentionDays, at);
        audit.append({ at, actor: 'owner', procedure: 'bench.activity.create', entityType: 'activity', entityId: record.id, before: null, after: record });
      }
    });
    const start = now();
    for (let from = 0; from < INSERTS; from += PER_TRANSACTION) batch.immediate(from);
    const ms = elapsedMs(start);
    // The app checkpoints once writes pause (WorkspaceDb); that deferred cost is measured too.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const withCheckpointMs = elapsedMs(start);
    if ((db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number) !== INSERTS) throw new Error('audit events missing');
    return { ms, withCheckpointMs };
  } finally {
    db.close();
    assertEncryption(file, encrypted);
  }
}

writeWorkload(join(dir, 'warm-up.db'), true);
const times = { encrypted: [] as number[], plain: [] as number[] };
const ratios: number[] = [];
const checkpointRatios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ([true, false] as const) : ([false, true] as const);
  const withCheckpoint = { encrypted: 0, plain: 0 };
  for (const encrypted of order) {
    collectGarbage();
    const result = writeWorkload(join(dir, `${encrypted ? 'encrypted' : 'plain'}-${round}.db`), encrypted);
    times[encrypted ? 'encrypted' : 'plain'].push(result.ms);
    withCheckpoint[encrypted ? 'encrypted' : 'plain'] = result.withCheckpointMs;
  }
  ratios.push(times.encrypted[round]! / times.plain[round]!);
  checkpointRatios.push(withCheckpoint.encrypted / withCheckpoint.plain);
}

report('encrypted_write_ratio', median(ratios), 'x', { kind: 'max', limit: 1.3 });
report('encrypted_write_incl_checkpoint_ratio', median(checkpointRatios), 'x');
report('encrypted_write_ms', median(times.encrypted), 'ms');
report('plain_write_ms', median(times.plain), 'ms');
