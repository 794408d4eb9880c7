// The pack history: what was exported, when, by whom, for whom and its manifest hash. Each row is
// written with its audit event in one transaction.
import { randomUUID } from 'node:crypto';
import type { Actor, Framework } from '../../../shared/contract';
import type { PackHistoryEntry } from '../../../shared/contract/areas/packs';
import type { WorkspaceDb } from '../workspace/workspace-db';

interface PackExportRow {
  id: string;
  framework: Framework;
  period_from: string;
  period_to: string;
  locale: 'en' | 'zh-CN';
  redacted: number;
  recipient: string;
  file_name: string;
  manifest_sha256: string;
  file_count: number;
  bytes: number;
  generated_at: string;
  generated_by: string;
}

export type NewPackExport = Omit<PackHistoryEntry, 'id' | 'generatedBy'>;

function toEntry(row: PackExportRow): PackHistoryEntry {
  return {
    id: row.id,
    framework: row.framework,
    from: row.period_from,
    to: row.period_to,
    locale: row.locale,
    redacted: row.redacted === 1,
    recipient: row.recipient,
    fileName: row.file_name,
    manifestSha256: row.manifest_sha256,
    fileCount: row.file_count,
    bytes: row.bytes,
    generatedAt: row.generated_at,
    generatedBy: row.generated_by,
  };
}

export function listPackExports(workspace: WorkspaceDb): PackHistoryEntry[] {
  return workspace.read((db) => (db.prepare('SELECT * FROM pack_exports ORDER BY generated_at DESC, rowid DESC').all() as PackExportRow[]).map(toEntry));
}

export function recordPackExport(workspace: WorkspaceDb, pack: NewPackExport, actor: Actor, procedure: string): PackHistoryEntry {
  return workspace.change({ actor, procedure }, (tx) => {
    const entry: PackHistoryEntry = { ...pack, id: randomUUID(), generatedBy: actor.id };
    tx.db
      .prepare(
        `INSERT INTO pack_exports (id, framework, period_from, period_to, locale, redacted, recipient, file_name, manifest_sha256, file_count, bytes, generated_at, generated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(entry.id, entry.framework, entry.from, entry.to, entry.locale, entry.redacted ? 1 : 0, entry.recipient, entry.fileName, entry.manifestSha256, entry.fileCount, entry.bytes, entry.generatedAt, entry.generatedBy);
    tx.audit('pack_export', entry.id, null, { ...pack });
    return entry;
  });
}
