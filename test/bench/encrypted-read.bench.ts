// Read cost of encryption: the same mixed reads (primary-key lookups, range scans on an indexed
// column, FTS5 MATCH) over ~50k rows, on a SQLCipher database and on a plain one with the same
// pragmas. Rounds alternate between the two so drift in the machine affects both alike.
import { join } from 'node:path';
import { collectGarbage, elapsedMs, median, now, report, scratchDirectory } from './bench-support';
import { assertEncryption, openBenchDatabase, randomKey, type BenchDatabase } from './bench-database';

const ROWS = 50_000;
const ROUNDS = 11;
const POINT_LOOKUPS = 10_000;
const RANGE_SCANS = 1_000;
const FTS_QUERIES = 500;

const WORDS = [
  'consent', 'retention', 'payroll', 'marketing', 'backup', 'incident', 'vendor', 'contract', 'health', 'biometric',
  'location', 'newsletter', 'recruitment', 'analytics', 'support', 'billing', 'security', 'training', 'transfer', 'erasure',
];

/** A deterministic generator, so both databases hold exactly the same rows and see the same queries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function populate(db: BenchDatabase): void {
  db.exec(`
    CREATE TABLE records (id INTEGER PRIMARY KEY, category TEXT NOT NULL, updated_at INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL) STRICT;
    CREATE INDEX records_updated_at ON records(updated_at);
    CREATE VIRTUAL TABLE records_fts USING fts5(title, body, content='records', content_rowid='id');
  `);
  const next = random(42);
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const insert = db.prepare('INSERT INTO records (id, category, updated_at, title, body) VALUES (?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO records_fts (rowid, title, body) VALUES (?, ?, ?)');
  const fill = db.transaction((from: number, to: number) => {
    for (let id = from; id < to; id++) {
      const title = `${word()} ${word()} record ${id}`;
      const body = Array.from({ length: 24 }, word).join(' ');
      insert.run(id, word(), 1_700_000_000 + Math.floor(next() * 10_000_000), title, body);
      index.run(id, title, body);
    }
  });
  for (let from = 1; from <= ROWS; from += 5_000) fill(from, Math.min(ROWS + 1, from + 5_000));
}

function readWorkload(db: BenchDatabase): number {
  const next = random(7);
  const byId = db.prepare('SELECT id, category, title, body FROM records WHERE id = ?');
  const range = db.prepare('SELECT id, title FROM records WHERE updated_at BETWEEN ? AND ? ORDER BY updated_at LIMIT 50');
  const search = db.prepare('SELECT rowid, title FROM records_fts WHERE records_fts MATCH ? LIMIT 20');
  let seen = 0;
  const start = now();
  for (let i = 0; i < POINT_LOOKUPS; i++) if (byId.get(1 + Math.floor(next() * ROWS))) seen++;
  for (let i = 0; i < RANGE_SCANS; i++) {
    const from = 1_700_000_000 + Math.floor(next() * 10_000_000);
    seen += range.all(from, from + 20_000).length;
  }
  for (let i = 0; i < FTS_QUERIES; i++) {
    const a = WORDS[Math.floor(next() * WORDS.length)]!;
    const b = WORDS[Math.floor(next() * WORDS.length)]!;
    seen += search.all(`${a} AND ${b}`).length;
  }
  if (seen === 0) throw new Error('the read workload found nothing');
  return elapsedMs(start);
}

const dir = scratchDirectory('read');
const files = { encrypted: join(dir, 'encrypted.db'), plain: join(dir, 'plain.db') };
const keys: Record<keyof typeof files, string | null> = { encrypted: randomKey(), plain: null };

for (const which of ['encrypted', 'plain'] as const) {
  const db = openBenchDatabase(files[which], { key: keys[which] });
  populate(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
assertEncryption(files.encrypted, true);
assertEncryption(files.plain, false);

/**
 * Times the workload alternately on both databases. `fresh`: every round opens a new connection,
 * so each page the reads touch is decrypted at least once (as right after an unlock). Otherwise one
 * long-lived connection per database, as the app holds while unlocked, with its page cache warm.
 * Each round times both back to back; the ratio is the median of the rounds' ratios, which cancels
 * slow drift (other processes, CPU frequency) better than a ratio of medians.
 */
function compare(fresh: boolean): { ratio: number; encryptedMs: number; plainMs: number } {
  const open = (which: keyof typeof files) => openBenchDatabase(files[which], { key: keys[which] });
  const held = fresh ? null : { encrypted: open('encrypted'), plain: open('plain') };
  const round = (which: keyof typeof files): number => {
    const db = held ? held[which] : open(which);
    try {
      return readWorkload(db);
    } finally {
      if (!held) db.close();
    }
  };
  try {
    round('encrypted');
    round('plain');
    const times = { encrypted: [] as number[], plain: [] as number[] };
    const ratios: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const order = i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
      for (const which of order) {
        collectGarbage();
        times[which].push(round(which));
      }
      ratios.push(times.encrypted[i]! / times.plain[i]!);
    }
    return { ratio: median(ratios), encryptedMs: median(times.encrypted), plainMs: median(times.plain) };
  } finally {
    held?.encrypted.close();
    held?.plain.close();
  }
}

const warm = compare(false);
report('encrypted_read_ratio', warm.ratio, 'x', { kind: 'max', limit: 1.3 });
report('encrypted_read_ms', warm.encryptedMs, 'ms');
report('plain_read_ms', warm.plainMs, 'ms');
const cold = compare(true);
report('encrypted_read_cold_ratio', cold.ratio, 'x');
report('encrypted_read_cold_ms', cold.encryptedMs, 'ms');
report('plain_read_cold_ms', cold.plainMs, 'ms');
