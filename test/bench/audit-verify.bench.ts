// Throughput of the audit-chain check: 200,000 events appended with the backend's AuditLog to an
// encrypted database, then verifyAuditChain (the function behind workspace.verify) timed over all.
import { join } from 'node:path';
import { AUDIT_SCHEMA, AuditLog, verifyAuditChain } from '../../electron/backend/audit-log/audit-chain';
import { openBenchDatabase, randomKey } from './bench-database';
import { collectGarbage, elapsedMs, median, now, report, scratchDirectory } from './bench-support';

const EVENTS = 200_000;
const PER_TRANSACTION = 2_000;
const RUNS = 5;

const db = openBenchDatabase(join(scratchDirectory('audit'), 'audit.db'), { key: randomKey() });
db.exec(AUDIT_SCHEMA);
const audit = new AuditLog(db);
const append = db.transaction((from: number) => {
  const at = new Date(1_750_000_000_000 + from * 1000).toISOString();
  for (let i = from; i < from + PER_TRANSACTION; i++) {
    const id = `risk-${i}`;
    const before = i % 3 === 0 ? null : { title: `Risk ${i}`, likelihood: i % 5, impact: (i * 7) % 5, owner: 'Data protection officer' };
    const after = { title: `Risk ${i}`, likelihood: (i + 1) % 5, impact: (i * 7) % 5, owner: 'Data protection officer' };
    audit.append({ at, actor: 'owner', procedure: before ? 'risks.update' : 'risks.create', entityType: 'risk', entityId: id, before, after });
  }
});
for (let from = 0; from < EVENTS; from += PER_TRANSACTION) append.immediate(from);
db.pragma('wal_checkpoint(TRUNCATE)');

const rates: number[] = [];
for (let run = 0; run < RUNS; run++) {
  collectGarbage();
  const start = now();
  const result = verifyAuditChain(db);
  const ms = elapsedMs(start);
  if (!result.ok || result.checked !== EVENTS) throw new Error(`verify reported ${result.problemCount} problems over ${result.checked} events`);
  rates.push(EVENTS / (ms / 1000));
}
db.close();

report('audit_verify_events_per_s', median(rates), 'events/s', { kind: 'min', limit: 200_000 });
