// Evidence files and links as rows, and links as the contract shows them. File content is read only
// by fileContent(): listings never touch the BLOB column.
import { randomUUID } from 'node:crypto';
import type { EvidenceFile, EvidenceFileKind, EvidenceLink } from '../../../shared/contract';
import { crosswalkPeers, linkFreshness, type ControlKey, type FrameworkKey } from '../frameworks/controls-queries';
import type { Db } from '../workspace/sqlcipher';
import { resolveRecordLabel } from './record-labels';

// ---------------------------------------------------------------------------------------------
// Files

const FILE_COLUMNS = `f.id AS id, f.name AS name, f.kind AS kind, f.mime_type AS mimeType, f.size AS size, f.sha256 AS sha256,
  f.uploaded_at AS uploadedAt, f.note AS note,
  (SELECT count(*) FROM evidence_links l WHERE l.file_id = f.id) AS linkCount`;

export function listFiles(db: Db): EvidenceFile[] {
  return db.prepare<[], EvidenceFile>(`SELECT ${FILE_COLUMNS} FROM evidence_files f ORDER BY f.uploaded_at DESC, f.name`).all();
}

export function getFile(db: Db, id: string): EvidenceFile | null {
  return db.prepare<[string], EvidenceFile>(`SELECT ${FILE_COLUMNS} FROM evidence_files f WHERE f.id = ?`).get(id) ?? null;
}

export function fileContent(db: Db, id: string): Buffer | null {
  return (db.prepare('SELECT content FROM evidence_files WHERE id = ?').pluck().get(id) as Buffer | undefined) ?? null;
}

export interface NewFile {
  id: string;
  name: string;
  kind: EvidenceFileKind;
  mimeType: string;
  size: number;
  sha256: string;
  note: string;
  content: Buffer;
  uploadedAt: string;
}

export function insertFile(db: Db, file: NewFile): void {
  db.prepare(
    `INSERT INTO evidence_files (id, name, kind, mime_type, size, sha256, note, uploaded_at, content)
     VALUES (@id, @name, @kind, @mimeType, @size, @sha256, @note, @uploadedAt, @content)`,
  ).run(file);
}

/** What the audit trail records of a file: never its content. */
export function fileSummary(file: Pick<EvidenceFile, 'name' | 'kind' | 'size' | 'sha256' | 'note'>): Record<string, unknown> {
  return { name: file.name, kind: file.kind, size: file.size, sha256: file.sha256, note: file.note };
}

// ---------------------------------------------------------------------------------------------
// Links

export interface LinkRow {
  id: string;
  framework: FrameworkKey;
  controlId: string;
  sourceKind: 'file' | 'record';
  fileId: string | null;
  recordType: string | null;
  recordId: string | null;
  effectiveDate: string;
  expiryDate: string | null;
  note: string;
  origin: 'manual' | 'default';
  createdAt: string;
}

const LINK_COLUMNS = `id, framework, control_id AS controlId, source_kind AS sourceKind, file_id AS fileId, record_type AS recordType,
  record_id AS recordId, effective_date AS effectiveDate, expiry_date AS expiryDate, note, origin, created_at AS createdAt`;

export type NewLink = Omit<LinkRow, 'id'>;

export function insertLink(db: Db, link: NewLink): LinkRow {
  const row: LinkRow = { id: randomUUID(), ...link };
  db.prepare(
    `INSERT INTO evidence_links (id, framework, control_id, source_kind, file_id, record_type, record_id, effective_date, expiry_date, note, origin, created_at)
     VALUES (@id, @framework, @controlId, @sourceKind, @fileId, @recordType, @recordId, @effectiveDate, @expiryDate, @note, @origin, @createdAt)`,
  ).run(row);
  return row;
}

export function getLink(db: Db, id: string): LinkRow | null {
  return db.prepare<[string], LinkRow>(`SELECT ${LINK_COLUMNS} FROM evidence_links WHERE id = ?`).get(id) ?? null;
}

export function linksOfControl(db: Db, key: ControlKey): LinkRow[] {
  return db
    .prepare<[string, string], LinkRow>(`SELECT ${LINK_COLUMNS} FROM evidence_links WHERE framework = ? AND control_id = ? ORDER BY effective_date DESC, created_at DESC`)
    .all(key.framework, key.controlId);
}

export function linksOfFile(db: Db, fileId: string): LinkRow[] {
  return db.prepare<[string], LinkRow>(`SELECT ${LINK_COLUMNS} FROM evidence_links WHERE file_id = ? ORDER BY created_at`).all(fileId);
}

export function linksOfRecord(db: Db, recordType: string, recordId: string): LinkRow[] {
  return db.prepare<[string, string], LinkRow>(`SELECT ${LINK_COLUMNS} FROM evidence_links WHERE record_type = ? AND record_id = ? ORDER BY created_at`).all(recordType, recordId);
}

export function deleteLink(db: Db, id: string): void {
  db.prepare('DELETE FROM evidence_links WHERE id = ?').run(id);
}

/** A manual file link already on this control with the same effective date. */
export function findDuplicateFileLink(db: Db, key: ControlKey, fileId: string, effectiveDate: string): string | null {
  return (
    (db
      .prepare("SELECT id FROM evidence_links WHERE framework = ? AND control_id = ? AND file_id = ? AND effective_date = ? AND source_kind = 'file'")
      .pluck()
      .get(key.framework, key.controlId, fileId, effectiveDate) as string | undefined) ?? null
  );
}

export function findDuplicateRecordLink(db: Db, key: ControlKey, recordType: string, recordId: string): string | null {
  return (
    (db
      .prepare("SELECT id FROM evidence_links WHERE framework = ? AND control_id = ? AND record_type = ? AND record_id = ? AND source_kind = 'record'")
      .pluck()
      .get(key.framework, key.controlId, recordType, recordId) as string | undefined) ?? null
  );
}

/** What the audit trail records of a link. */
export function linkSummary(link: LinkRow): Record<string, unknown> {
  return {
    framework: link.framework,
    controlId: link.controlId,
    source: link.sourceKind === 'file' ? { kind: 'file', fileId: link.fileId } : { kind: 'record', recordType: link.recordType, recordId: link.recordId },
    effectiveDate: link.effectiveDate,
    expiryDate: link.expiryDate,
    note: link.note,
    origin: link.origin,
  };
}

interface FileName {
  name: string;
  kind: EvidenceFileKind;
}

/**
 * A link as the contract shows it. `shownOn` is the control being looked at: when it differs from
 * the link's own control, the link reached it through the crosswalk and `via` names its real control.
 */
export function toEvidenceLink(db: Db, link: LinkRow, shownOn: ControlKey, today: string, expiringWithinDays: number, files = new Map<string, FileName>()): EvidenceLink {
  let source: EvidenceLink['source'];
  if (link.sourceKind === 'file' && link.fileId !== null) {
    let file = files.get(link.fileId);
    if (!file) {
      file = db.prepare<[string], FileName>('SELECT name, kind FROM evidence_files WHERE id = ?').get(link.fileId) ?? { name: '', kind: 'txt' };
      files.set(link.fileId, file);
    }
    source = { kind: 'file', fileId: link.fileId, name: file.name, fileKind: file.kind };
  } else {
    const recordType = link.recordType ?? '';
    const recordId = link.recordId ?? '';
    source = { kind: 'record', recordType, recordId, label: resolveRecordLabel(db, recordType, recordId) ?? recordId };
  }
  const direct = link.framework === shownOn.framework && link.controlId === shownOn.controlId;
  return {
    id: link.id,
    framework: shownOn.framework,
    controlId: shownOn.controlId,
    source,
    effectiveDate: link.effectiveDate,
    expiryDate: link.expiryDate,
    note: link.note,
    origin: link.origin,
    freshness: linkFreshness(link.expiryDate, today, expiringWithinDays),
    via: direct ? null : { framework: link.framework, controlId: link.controlId },
    createdAt: link.createdAt,
  };
}

/** A control's evidence: its own links first, then those reaching it through the crosswalk. */
export function evidenceForControl(db: Db, key: ControlKey, includeCrosswalk: boolean, today: string, expiringWithinDays: number): EvidenceLink[] {
  const files = new Map<string, FileName>();
  const own = linksOfControl(db, key).map((link) => toEvidenceLink(db, link, key, today, expiringWithinDays, files));
  if (!includeCrosswalk) return own;
  const borrowed = crosswalkPeers(key.framework, key.controlId)
    .flatMap((peer) => linksOfControl(db, peer))
    .sort((a, b) => (a.effectiveDate === b.effectiveDate ? b.createdAt.localeCompare(a.createdAt) : b.effectiveDate.localeCompare(a.effectiveDate)))
    .map((link) => toEvidenceLink(db, link, key, today, expiringWithinDays, files));
  return [...own, ...borrowed];
}
