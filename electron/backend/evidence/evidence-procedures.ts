// Procedures of the evidence area: storing files in the encrypted workspace, linking files and
// records to controls, and listing a control's evidence.
import { createHash, randomUUID } from 'node:crypto';
import { AppError, EVIDENCE_FILE_MAX_BYTES, type EvidenceFile, type EvidenceLink, type ProcedureParsedInput } from '../../../shared/contract';
import { todayFrom } from '../frameworks/calendar-dates';
import { requireControl } from '../frameworks/controls-procedures';
import { readFrameworkSettings } from '../frameworks/framework-settings';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { indexRecord, removeRecord } from '../search/search-index';
import type { WorkspaceDb } from '../workspace/workspace-db';
import {
  deleteLink,
  evidenceForControl,
  fileContent,
  fileSummary,
  findDuplicateFileLink,
  findDuplicateRecordLink,
  getFile,
  getLink,
  insertFile,
  insertLink,
  linksOfFile,
  linkSummary,
  listFiles,
  toEvidenceLink,
} from './evidence-queries';
import { sniffFileType } from './file-type-sniff';
import { hasRecordLabelResolver, resolveRecordLabel } from './record-labels';

type EvidenceProcedure =
  | 'evidence.files.upload'
  | 'evidence.files.list'
  | 'evidence.files.content'
  | 'evidence.files.delete'
  | 'evidence.link'
  | 'evidence.unlink'
  | 'evidence.forControl';

function invalid(message: string, path: (string | number)[], code: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path, code, message }] });
}

/**
 * Decodes canonical base64, refusing an oversized file before allocating it. Node's decoder skips
 * characters it does not know, so a decoded length shorter than the text implies means bad input.
 */
export function decodeUpload(base64: string): Buffer {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const expected = Math.floor((base64.length * 3) / 4) - padding;
  if (expected > EVIDENCE_FILE_MAX_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `the file is larger than ${EVIDENCE_FILE_MAX_BYTES} bytes`, { limitBytes: EVIDENCE_FILE_MAX_BYTES, size: expected });
  }
  const bytes = Buffer.from(base64, 'base64');
  if (base64.length % 4 === 1 || bytes.length !== expected) throw invalid('the file content is not valid base64', ['base64'], 'invalid_base64');
  return bytes;
}

/** A display name: no folders (a name is never a path), no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

function uploadFile(workspace: WorkspaceDb, input: ProcedureParsedInput<'evidence.files.upload'>, context: HandlerContext): EvidenceFile {
  const name = cleanFileName(input.name);
  if (name === '') throw invalid('the file needs a name', ['name'], 'file_name');
  const bytes = decodeUpload(input.base64);
  const type = sniffFileType(bytes, name);
  if (!type.ok) throw new AppError('FILE_TYPE_NOT_ALLOWED', `files of this type cannot be evidence (${type.detected})`, { detected: type.detected });
  const file = {
    id: randomUUID(),
    name,
    kind: type.kind,
    mimeType: type.mimeType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    note: input.note ?? '',
    content: bytes,
  };
  return workspace.change({ actor: context.actor, procedure: 'evidence.files.upload' }, (tx) => {
    insertFile(tx.db, { ...file, uploadedAt: tx.at });
    tx.audit('evidence_file', file.id, null, fileSummary(file));
    indexRecord(tx.db, { entityType: 'evidence_file', entityId: file.id, title: file.name, body: file.note });
    return getFile(tx.db, file.id)!;
  });
}

function deleteFile(workspace: WorkspaceDb, id: string, context: HandlerContext) {
  return workspace.change({ actor: context.actor, procedure: 'evidence.files.delete' }, (tx) => {
    const file = getFile(tx.db, id);
    if (!file) throw new AppError('NOT_FOUND', 'no such evidence file');
    // Removed one by one (not left to ON DELETE CASCADE) so each link's removal is in the trail.
    const links = linksOfFile(tx.db, id);
    for (const link of links) {
      deleteLink(tx.db, link.id);
      tx.audit('evidence_link', link.id, linkSummary(link), null);
    }
    tx.db.prepare('DELETE FROM evidence_files WHERE id = ?').run(id);
    tx.audit('evidence_file', id, fileSummary(file), null);
    removeRecord(tx.db, 'evidence_file', id);
    return { deleted: true as const, unlinked: links.length };
  });
}

function link(workspace: WorkspaceDb, input: ProcedureParsedInput<'evidence.link'>, context: HandlerContext, today: string): EvidenceLink {
  const { framework, controlId, source, effectiveDate } = input;
  requireControl(framework, controlId);
  const expiryDate = input.expiryDate ?? null;
  if (expiryDate !== null && expiryDate < effectiveDate) throw invalid('evidence cannot expire before it takes effect', ['expiryDate'], 'expiry_before_effective');
  const key = { framework, controlId };
  return workspace.change({ actor: context.actor, procedure: 'evidence.link' }, (tx) => {
    if (source.kind === 'file') {
      if (!getFile(tx.db, source.fileId)) throw new AppError('NOT_FOUND', 'no such evidence file', { path: ['source', 'fileId'] });
      if (findDuplicateFileLink(tx.db, key, source.fileId, effectiveDate)) throw new AppError('CONFLICT', 'this file is already linked to this control with that date', { entity: 'evidence_link', reason: 'duplicate_file_link' });
    } else {
      if (!hasRecordLabelResolver(source.recordType)) throw invalid(`records of type ${source.recordType} cannot be linked`, ['source', 'recordType'], 'unknown_record_type');
      if (resolveRecordLabel(tx.db, source.recordType, source.recordId) === null) throw new AppError('NOT_FOUND', 'no such record', { path: ['source', 'recordId'] });
      if (findDuplicateRecordLink(tx.db, key, source.recordType, source.recordId)) throw new AppError('CONFLICT', 'this record is already linked to this control', { entity: 'evidence_link', reason: 'duplicate_record_link' });
    }
    const created = insertLink(tx.db, {
      framework,
      controlId,
      sourceKind: source.kind,
      fileId: source.kind === 'file' ? source.fileId : null,
      recordType: source.kind === 'record' ? source.recordType : null,
      recordId: source.kind === 'record' ? source.recordId : null,
      effectiveDate,
      expiryDate,
      note: input.note ?? '',
      origin: 'manual',
      createdAt: tx.at,
    });
    tx.audit('evidence_link', created.id, null, linkSummary(created));
    return toEvidenceLink(tx.db, created, key, today, readFrameworkSettings(tx.db).expiringWithinDays);
  });
}

function unlink(workspace: WorkspaceDb, id: string, context: HandlerContext) {
  return workspace.change({ actor: context.actor, procedure: 'evidence.unlink' }, (tx) => {
    const existing = getLink(tx.db, id);
    if (!existing) throw new AppError('NOT_FOUND', 'no such evidence link');
    deleteLink(tx.db, id);
    tx.audit('evidence_link', id, linkSummary(existing), null);
    return { deleted: true as const };
  });
}

export function evidenceHandlers({ session, options }: HandlerDeps): AreaHandlers<EvidenceProcedure> {
  const today = () => todayFrom(options.now);
  return {
    'evidence.files.upload': (input, context) => uploadFile(session.workspace(), input, context),
    'evidence.files.list': () => session.workspace().read(listFiles),
    'evidence.files.content': ({ id }) =>
      session.workspace().read((db) => {
        const file = getFile(db, id);
        const content = file ? fileContent(db, id) : null;
        if (!file || !content) throw new AppError('NOT_FOUND', 'no such evidence file');
        return { file, base64: content.toString('base64') };
      }),
    'evidence.files.delete': ({ id }, context) => deleteFile(session.workspace(), id, context),
    'evidence.link': (input, context) => link(session.workspace(), input, context, today()),
    'evidence.unlink': ({ id }, context) => unlink(session.workspace(), id, context),
    'evidence.forControl': ({ framework, controlId, includeCrosswalk }) => {
      requireControl(framework, controlId);
      return session.workspace().read((db) => evidenceForControl(db, { framework, controlId }, includeCrosswalk, today(), readFrameworkSettings(db).expiringWithinDays));
    },
  };
}
