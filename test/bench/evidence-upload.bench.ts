// Storing a 20 MB evidence file in the encrypted workspace through the backend (base64 decoding,
// content sniffing, SHA-256, the SQLCipher write and its durable commit, the audit event), beside
// copying the same file on disk with an fsync, and beside the same row written to a plain SQLite
// database with the same pragmas: what the single-file store costs, and how much of it encryption.
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { migrate } from '../../electron/backend/workspace/migrations/migrate';
import { openBenchDatabase } from './bench-database';
import { collectGarbage, elapsedMs, median, now, report, scratchDirectory } from './bench-support';

const SIZE = 20 * 1024 * 1024;
const ROUNDS = 5;
const MB = SIZE / (1024 * 1024);

const dir = scratchDirectory('upload');
const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(SIZE - 9)]);
const base64 = content.toString('base64');
const plain = join(dir, 'evidence.pdf');
writeFileSync(plain, content);

const backend = createBackend({ configDir: join(dir, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: dir, kdfLogN: 12 });
async function call(procedure: string, input: unknown): Promise<unknown> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}
await call('workspace.create', { directory: dir, name: 'Upload', passphrase: 'correct horse battery staple' });

// One warm-up each, so that neither side pays for first-touch allocation.
await call('evidence.files.upload', { name: 'warm-up.pdf', base64 });
copyFileSync(plain, join(dir, 'warm-up-copy.pdf'));

const plainDb = openBenchDatabase(join(dir, 'plain.db'), { key: null });
migrate(plainDb, dir, join(dir, 'plain.db'), new Date());
const insertPlain = plainDb.prepare(
  "INSERT INTO evidence_files (id, name, kind, mime_type, size, sha256, note, uploaded_at, content) VALUES (?, 'evidence.pdf', 'pdf', 'application/pdf', ?, ?, '', '2025-06-15T00:00:00.000Z', ?)",
);
const storePlain = plainDb.transaction((id: string) => insertPlain.run(id, content.length, '0'.repeat(64), content));
storePlain.immediate('warm-up');

const upload: number[] = [];
const copy: number[] = [];
const sqlite: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  collectGarbage();
  let start = now();
  await call('evidence.files.upload', { name: `evidence-${round}.pdf`, base64 });
  upload.push(MB / (elapsedMs(start) / 1000));

  const target = join(dir, `copy-${round}.pdf`);
  start = now();
  copyFileSync(plain, target);
  const fd = openSync(target, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  copy.push(MB / (elapsedMs(start) / 1000));
  rmSync(target);

  start = now();
  storePlain.immediate(`plain-${round}`);
  sqlite.push(MB / (elapsedMs(start) / 1000));
}
await backend.dispose();
plainDb.close();

report('evidence_upload_mb_per_s', median(upload), 'MB/s');
report('plain_copy_mb_per_s', median(copy), 'MB/s');
report('plain_sqlite_store_mb_per_s', median(sqlite), 'MB/s');
