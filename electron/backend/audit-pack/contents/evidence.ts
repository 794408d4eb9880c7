// Evidence per control. For the pack's framework, every catalog control with its decision
// (applicability, justification, status as of the period end) and the evidence linked to the
// control itself (links reaching it only through the crosswalk are not repeated here).
//
// Selection: a link counts when it existed at the end of the period, became effective on or before
// the period's last day and had not expired before its first day — so evidence in force at any
// time during the period is included (a SOC 2 Type II window), and an item whose expiry falls
// before the period's last day is marked expired.
//
// Files go to `evidence/<control id>/<file name>` (a repeated name gets ` (2)`, ` (3)` … before its
// extension); a file linked to several controls is written into each control's folder, so each
// folder is complete on its own. Linked records are grouped by type into one file per control and
// type, `evidence/<control id>/records/<record type>.jsonl`: one JSON object per line (label,
// recordType, recordId, effectiveDate, expiryDate, expired, fields), ordered by label, record id
// and effective date, with the record's audited fields as they stood at the period end,
// pseudonymised with --redact; a record that did not exist then is left out. The control lists
// such a file as one evidence item counting its records.
import type { ControlRow } from '../../../../shared/contract';
import { resolveRecordLabel } from '../../evidence/record-labels';
import { fileContent } from '../../evidence/evidence-queries';
import { catalogEntries, listControlRows } from '../../frameworks/controls-queries';
import { controlEntityId } from '../../search/search-links';
import type { Db } from '../../workspace/sqlcipher';
import type { PackContext, PackControl, PackEvidenceItem, PackFile } from '../pack-types';
import type { AsOf } from './as-of';
import { packRegistersT } from './labels';
import type { Redactor } from './redaction';

export const EVIDENCE_FOLDER = 'evidence';

interface LinkRecord {
  id: string;
  controlId: string;
  sourceKind: 'file' | 'record';
  fileId: string | null;
  recordType: string | null;
  recordId: string | null;
  effectiveDate: string;
  expiryDate: string | null;
  createdAt: string;
}

interface FileRow {
  id: string;
  name: string;
  size: number;
  sha256: string;
}

/** A link as its audited summary describes it (for a link deleted after the period end). */
function reviveLink(before: Record<string, unknown>, id: string): LinkRecord | null {
  const source = before.source as { kind?: string; fileId?: string; recordType?: string; recordId?: string } | undefined;
  if (!source || typeof before.controlId !== 'string' || typeof before.effectiveDate !== 'string') return null;
  return {
    id,
    controlId: before.controlId,
    sourceKind: source.kind === 'file' ? 'file' : 'record',
    fileId: source.fileId ?? null,
    recordType: source.recordType ?? null,
    recordId: source.recordId ?? null,
    effectiveDate: before.effectiveDate,
    expiryDate: (before.expiryDate as string | null | undefined) ?? null,
    createdAt: '',
    ...({ framework: before.framework } as object),
  };
}

/** Links of the framework as they stood at the period end and in force during the period. */
function periodLinks(ctx: PackContext, db: Db, asOf: AsOf): LinkRecord[] {
  const framework = ctx.options.framework;
  const current = db
    .prepare(
      `SELECT id, control_id AS controlId, source_kind AS sourceKind, file_id AS fileId, record_type AS recordType, record_id AS recordId,
         effective_date AS effectiveDate, expiry_date AS expiryDate, created_at AS createdAt, framework
       FROM evidence_links WHERE framework = ? ORDER BY id`,
    )
    .all(framework) as (LinkRecord & { framework: string })[];
  const atEnd = asOf.rollBack<LinkRecord & { framework?: string }>(['evidence_link'], current, reviveLink);
  return atEnd.filter((link) => (link.framework ?? framework) === framework && link.effectiveDate <= ctx.period.to && (link.expiryDate === null || link.expiryDate >= ctx.period.from));
}

/** Control decisions rolled back to the period end (ISO applicability, justification, status). */
function decisionsAsOf(db: Db, asOf: AsOf, framework: 'iso27001' | 'soc2', today: string): Map<string, ControlRow> {
  const rows = listControlRows(db, framework, today).map((row) => ({ ...row, id: controlEntityId(framework, row.controlId) }));
  const computed = new Map(rows.map((row) => [row.controlId, row.applicable]));
  const rolled = asOf.rollBack(['control'], rows, () => null);
  // SOC 2 scope follows the selected categories (stored decisions keep `applicable` null).
  return new Map(rolled.map((row) => [row.controlId, framework === 'soc2' ? { ...row, applicable: computed.get(row.controlId) ?? true } : row]));
}

/** A file or folder name safe on every system. */
export function safeName(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

function uniqueIn(used: Set<string>, name: string): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export const RECORDS_FOLDER = 'records';
/** Lines joined into text at a time: 100,000 lines are never one string besides their bytes. */
const EXTRACT_SLICE_LINES = 1000;

interface RecordLink {
  recordId: string;
  effectiveDate: string;
  expiryDate: string | null;
}

export interface EvidencePlan {
  controls: PackControl[];
  /** File items with the evidence file they load and their size. */
  files: { path: string; fileId: string; size: number; sha256: string }[];
  /** One record extract file per control and record type, with the links it lists. */
  records: { path: string; recordType: string; links: RecordLink[] }[];
}

/** A group of record links as one evidence item: earliest effective date, latest expiry (none when one never expires). */
function recordItem(path: string, recordType: string, links: readonly RecordLink[], periodTo: string): PackEvidenceItem {
  let effectiveDate = links[0]!.effectiveDate;
  let expiryDate: string | null = links[0]!.expiryDate;
  for (const link of links) {
    if (link.effectiveDate < effectiveDate) effectiveDate = link.effectiveDate;
    if (expiryDate !== null) expiryDate = link.expiryDate === null ? null : link.expiryDate > expiryDate ? link.expiryDate : expiryDate;
  }
  return { path, name: recordType, kind: 'record', records: links.length, effectiveDate, expiryDate, expired: expiryDate !== null && expiryDate < periodTo };
}

/** Which controls and items go in, without reading any file, record or record label. */
export function planEvidence(ctx: PackContext, db: Db, asOf: AsOf): EvidencePlan {
  const framework = ctx.options.framework;
  const language = ctx.options.locale;
  const t = packRegistersT(language);
  const decisions = decisionsAsOf(db, asOf, framework, ctx.period.to);
  const links = periodLinks(ctx, db, asOf);
  const fileIds = [...new Set(links.filter((l) => l.fileId).map((l) => l.fileId!))];
  const files = new Map<string, FileRow>();
  const fileStatement = db.prepare('SELECT id, name, size, sha256 FROM evidence_files WHERE id = ?');
  for (const id of fileIds) {
    const row = fileStatement.get(id) as FileRow | undefined;
    if (row) files.set(id, row);
  }
  const byControl = new Map<string, LinkRecord[]>();
  for (const link of links) {
    const list = byControl.get(link.controlId);
    if (list) list.push(link);
    else byControl.set(link.controlId, [link]);
  }

  const plan: EvidencePlan = { controls: [], files: [], records: [] };
  for (const entry of catalogEntries(framework)) {
    const decision = decisions.get(entry.controlId);
    const folder = `${EVIDENCE_FOLDER}/${safeName(entry.controlId, 'control')}`;
    // The records folder's name is taken: a file called so gets ` (2)`.
    const used = new Set<string>([RECORDS_FOLDER]);
    const items: PackEvidenceItem[] = [];
    // Files in order of effective date, name and link; records are ordered in their extract files.
    const controlLinks = (byControl.get(entry.controlId) ?? []).map((link) => ({ link, file: link.fileId ? files.get(link.fileId) : undefined }));
    const fileLinks = controlLinks.filter(({ link, file }) => link.sourceKind === 'file' && file);
    fileLinks.sort((a, b) => (a.link.effectiveDate < b.link.effectiveDate ? -1 : a.link.effectiveDate > b.link.effectiveDate ? 1 : 0) || (a.file!.name < b.file!.name ? -1 : a.file!.name > b.file!.name ? 1 : 0) || (a.link.id < b.link.id ? -1 : 1));
    const recordsByType = new Map<string, RecordLink[]>();
    for (const { link, file } of [...fileLinks, ...controlLinks.filter(({ link }) => link.sourceKind !== 'file')]) {
      const expired = link.expiryDate !== null && link.expiryDate < ctx.period.to;
      if (link.sourceKind === 'file') {
        if (!file) continue;
        const path = `${folder}/${uniqueIn(used, safeName(file.name, 'file'))}`;
        plan.files.push({ path, fileId: file.id, size: file.size, sha256: file.sha256 });
        items.push({ path, name: file.name, kind: 'file', effectiveDate: link.effectiveDate, expiryDate: link.expiryDate, expired });
      } else if (link.recordType && link.recordId) {
        const list = recordsByType.get(link.recordType);
        const record = { recordId: link.recordId, effectiveDate: link.effectiveDate, expiryDate: link.expiryDate };
        if (list) list.push(record);
        else recordsByType.set(link.recordType, [record]);
      }
    }
    for (const recordType of [...recordsByType.keys()].sort()) {
      const links = recordsByType.get(recordType)!;
      const path = `${folder}/${RECORDS_FOLDER}/${safeName(recordType, 'record')}.jsonl`;
      plan.records.push({ path, recordType, links });
      items.push(recordItem(path, recordType, links, ctx.period.to));
    }
    plan.controls.push({
      controlId: entry.controlId,
      title: entry.control.title[language],
      applicable: decision?.applicable ?? true,
      justification: decision?.justification ?? '',
      implementation: t(`values.implementation.${decision?.status ?? 'not_started'}`),
      evidence: items,
    });
  }
  return plan;
}

/**
 * The plan's files: evidence files load their content only when the pack is written; record
 * extracts are built here from the audit trail replayed to the period end, one compact line per
 * record. Records that did not exist at the period end are dropped from the controls' counts too.
 */
export function evidenceFiles(ctx: PackContext, db: Db, asOf: AsOf, redactor: Redactor, plan: EvidencePlan): PackFile[] {
  // The stored hash lets the builder load each file once, when it writes it (and check it then).
  const files: PackFile[] = plan.files.map(({ path, fileId, size, sha256 }) => ({
    path,
    size,
    sha256,
    content: () => {
      const content = fileContent(db, fileId);
      if (!content) throw new Error(`evidence file ${fileId} is gone`);
      return content;
    },
  }));
  const wanted = new Map<string, Set<string>>();
  for (const record of plan.records) {
    let ids = wanted.get(record.recordType);
    if (!ids) wanted.set(record.recordType, (ids = new Set()));
    for (const link of record.links) ids.add(link.recordId);
  }
  const states = asOf.replay(wanted);
  // Each type's states are let go after its last file: only one large extract is built at a time.
  const lastOfType = new Map(plan.records.map((record, index) => [record.recordType, index]));
  const changed = new Map<string, PackEvidenceItem | null>();
  for (const [index, record] of plan.records.entries()) {
    const byId = states.get(record.recordType);
    if (lastOfType.get(record.recordType) === index) states.delete(record.recordType);
    const lines: { label: string; recordId: string; effectiveDate: string; text: string }[] = [];
    for (const link of record.links) {
      const state = byId?.get(link.recordId);
      if (!state) continue;
      const label = resolveRecordLabel(db, record.recordType, link.recordId) ?? `${record.recordType}-${link.recordId}`;
      const expired = link.expiryDate !== null && link.expiryDate < ctx.period.to;
      const extract = { label, recordType: record.recordType, recordId: link.recordId, effectiveDate: link.effectiveDate, expiryDate: link.expiryDate, expired, fields: redactor.record(record.recordType, state) };
      lines.push({ label, recordId: link.recordId, effectiveDate: link.effectiveDate, text: `${JSON.stringify(extract)}\n` });
    }
    if (lines.length < record.links.length) {
      const kept = new Set(lines.map((line) => `${line.recordId}\u0000${line.effectiveDate}`));
      const links = record.links.filter((link) => kept.has(`${link.recordId}\u0000${link.effectiveDate}`));
      changed.set(record.path, links.length === 0 ? null : recordItem(record.path, record.recordType, links, ctx.period.to));
    }
    if (lines.length === 0) continue;
    lines.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0) || (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0));
    const parts: Buffer[] = [];
    for (let start = 0; start < lines.length; start += EXTRACT_SLICE_LINES) parts.push(Buffer.from(lines.slice(start, start + EXTRACT_SLICE_LINES).map((line) => line.text).join(''), 'utf8'));
    const content = Buffer.concat(parts);
    files.push({ path: record.path, content, size: content.length });
  }
  if (changed.size > 0) {
    for (const control of plan.controls) {
      control.evidence = control.evidence.flatMap((item) => {
        if (!changed.has(item.path)) return [item];
        const replacement = changed.get(item.path);
        return replacement ? [replacement] : [];
      });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}
