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
// folder is complete on its own. Linked records become `evidence/<control id>/<label>.json`: the
// record's audited fields as they stood at the period end, pseudonymised with --redact; a record
// that did not exist then is left out.
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

export interface EvidencePlan {
  controls: PackControl[];
  /** File items with the evidence file they load and their size. */
  files: { path: string; fileId: string; size: number; sha256: string }[];
  records: { path: string; recordType: string; recordId: string; label: string }[];
}

/**
 * Which controls and items go in, without reading any file or record. The preview passes
 * `labels: false`: it needs the counts only, not the 100,000 record labels of a large workspace.
 */
export function planEvidence(ctx: PackContext, db: Db, asOf: AsOf, { labels = true }: { labels?: boolean } = {}): EvidencePlan {
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
    const used = new Set<string>();
    const items: PackEvidenceItem[] = [];
    const controlLinks = (byControl.get(entry.controlId) ?? []).map((link) => {
      const file = link.fileId ? files.get(link.fileId) : undefined;
      const name = file ? file.name : link.recordType && link.recordId ? ((labels ? resolveRecordLabel(db, link.recordType, link.recordId) : null) ?? `${link.recordType}-${link.recordId}`) : '';
      return { link, file, name };
    });
    controlLinks.sort((a, b) => (a.link.effectiveDate < b.link.effectiveDate ? -1 : a.link.effectiveDate > b.link.effectiveDate ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.link.id < b.link.id ? -1 : 1));
    for (const { link, file, name } of controlLinks) {
      const expired = link.expiryDate !== null && link.expiryDate < ctx.period.to;
      if (link.sourceKind === 'file') {
        if (!file) continue;
        const path = `${folder}/${uniqueIn(used, safeName(file.name, 'file'))}`;
        plan.files.push({ path, fileId: file.id, size: file.size, sha256: file.sha256 });
        items.push({ path, name: file.name, kind: 'file', effectiveDate: link.effectiveDate, expiryDate: link.expiryDate, expired });
      } else if (link.recordType && link.recordId) {
        const path = `${folder}/${uniqueIn(used, `${safeName(name, link.recordType)}.json`)}`;
        plan.records.push({ path, recordType: link.recordType, recordId: link.recordId, label: name });
        items.push({ path, name, kind: 'record', effectiveDate: link.effectiveDate, expiryDate: link.expiryDate, expired });
      }
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
 * extracts are built here from the audit trail replayed to the period end. Items whose record did
 * not exist at the period end are dropped from the controls too.
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
    ids.add(record.recordId);
  }
  const states = asOf.replay(wanted);
  const missing = new Set<string>();
  for (const record of plan.records) {
    const state = states.get(record.recordType)?.get(record.recordId);
    if (!state) {
      missing.add(record.path);
      continue;
    }
    const extract = { recordType: record.recordType, recordId: record.recordId, label: record.label, asOf: ctx.asOf, fields: redactor.record(record.recordType, state) };
    const content = Buffer.from(`${JSON.stringify(extract, null, 2)}\n`, 'utf8');
    files.push({ path: record.path, content, size: content.length });
  }
  if (missing.size > 0) for (const control of plan.controls) control.evidence = control.evidence.filter((item) => !missing.has(item.path));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}
