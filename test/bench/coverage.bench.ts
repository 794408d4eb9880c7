// Coverage of both frameworks over 50,000 evidence links (files and records, dated over two years,
// most with an expiry) in a SQLCipher database migrated like a real workspace: what the coverage
// screen and the dashboard pay. Also the control list, which aggregates the same links.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { insertFile, insertLink } from '../../electron/backend/evidence/evidence-queries';
import { addDays } from '../../electron/backend/frameworks/calendar-dates';
import { catalogEntries, listControlRows } from '../../electron/backend/frameworks/controls-queries';
import { computeCoverage } from '../../electron/backend/frameworks/coverage';
import { migrate } from '../../electron/backend/workspace/migrations/migrate';
import { assertEncryption, openBenchDatabase, randomKey } from './bench-database';
import { collectGarbage, elapsedMs, median, now, percentile, report, scratchDirectory } from './bench-support';

const LINKS = 50_000;
const FILES = 500;
const ROUNDS = 30;
const TODAY = '2025-06-15';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const dir = scratchDirectory('coverage');
const file = join(dir, 'coverage.db');
const db = openBenchDatabase(file, { key: randomKey() });
migrate(db, dir, file, new Date());

const next = random(50_000);
const controls = [...catalogEntries('iso27001'), ...catalogEntries('soc2')];
const fileIds = Array.from({ length: FILES }, () => randomUUID());
const at = '2025-06-15T00:00:00.000Z';
db.transaction(() => {
  for (const id of fileIds) {
    const content = Buffer.from(`%PDF-1.4 evidence ${id}`);
    insertFile(db, { id, name: `${id}.pdf`, kind: 'pdf', mimeType: 'application/pdf', size: content.length, sha256: '0'.repeat(64), note: '', content, uploadedAt: at });
  }
  for (let i = 0; i < LINKS; i++) {
    const control = controls[Math.floor(next() * controls.length)]!;
    const effectiveDate = addDays('2023-07-01', Math.floor(next() * 730));
    const expiryDate = next() < 0.6 ? addDays(effectiveDate, 90 + Math.floor(next() * 365)) : null;
    const byFile = next() < 0.5;
    insertLink(db, {
      framework: control.control.framework,
      controlId: control.controlId,
      sourceKind: byFile ? 'file' : 'record',
      fileId: byFile ? fileIds[i % FILES]! : null,
      recordType: byFile ? null : 'risk',
      recordId: byFile ? null : `risk-${i}`,
      effectiveDate,
      expiryDate,
      note: '',
      origin: byFile ? 'manual' : 'default',
      createdAt: at,
    });
  }
}).immediate();
db.pragma('optimize');

// Warm-up: the first read decrypts the index pages.
computeCoverage(db, 'iso27001', {}, TODAY);

const both: number[] = [];
const period: number[] = [];
const lists: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  collectGarbage();
  let start = now();
  const iso = computeCoverage(db, 'iso27001', {}, TODAY);
  const soc2 = computeCoverage(db, 'soc2', {}, TODAY);
  both.push(elapsedMs(start));
  if (iso.covered === 0 || soc2.covered === 0) throw new Error('nothing covered');

  start = now();
  computeCoverage(db, 'iso27001', { from: '2025-01-01', to: '2025-06-30' }, TODAY);
  computeCoverage(db, 'soc2', { from: '2025-01-01', to: '2025-06-30' }, TODAY);
  period.push(elapsedMs(start));

  start = now();
  listControlRows(db, 'iso27001', TODAY);
  listControlRows(db, 'soc2', TODAY);
  lists.push(elapsedMs(start));
}
db.close();
assertEncryption(file, true);

report('coverage_compute_ms', median(both), 'ms', { kind: 'max', limit: 100 });
report('coverage_compute_p95_ms', percentile(both, 95), 'ms');
report('coverage_period_compute_ms', median(period), 'ms');
report('controls_list_both_ms', median(lists), 'ms');
