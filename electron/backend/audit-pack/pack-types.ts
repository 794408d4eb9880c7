// The parts of an audit pack and what passes between them. The builder (pack-builder.ts) resolves
// the options into a PackContext, collects the contents (contents/: registers, policies, evidence,
// the audit trail, as of the end of the period, pseudonymised on request), has report.pdf (report/)
// and index.html (index-html/) rendered from them, then writes the ZIP with manifest.json,
// manifest.sig and signing-key.pem.
import type { AuditVerifyResult, Framework } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';
import type { AsOf } from './contents/as-of';

export type PackLocale = 'en' | 'zh-CN';

export interface PackOptions {
  framework: Framework;
  /** Inclusive ISO dates (YYYY-MM-DD); both null means "everything up to today". */
  from: string | null;
  to: string | null;
  locale: PackLocale;
  redact: boolean;
  /** Who the pack is for (kept in the pack history only). */
  recipient?: string;
}

export interface PackContext {
  db: Db;
  options: PackOptions;
  /** The resolved period: `from` is the earliest record date when not given, `to` today when not given. */
  period: { from: string; to: string };
  /** End of the period as an instant (the end of `to` in UTC): records are shown as they stood then. */
  asOf: string;
  generatedAt: string;
  appVersion: string;
  catalogVersion: string;
  workspace: { id: string; organisationName: string };
  /** SHA-256 of the public key's DER (SPKI), lower-case hex. */
  keyFingerprint: string;
  /**
   * With --redact, a stable pseudonym for a data subject's or requester's personal data (a keyed
   * hash, the same for the same value in every pack of this workspace); without, the value itself.
   */
  pseudonym(kind: 'person' | 'email' | 'phone' | 'address' | 'text', value: string): string;
  /** Checked between files; an aborted pack throws and leaves no output file behind. */
  signal?: AbortSignal;
  progress?(done: number, total: number, step: string): void;
}

/**
 * One file in the pack. Large files (evidence) are given as a loader called only when the ZIP is
 * written, one at a time, so a pack of gigabytes never holds them all in memory.
 */
export interface PackFile {
  /** Path inside the ZIP, forward slashes, no leading slash. */
  path: string;
  content: Buffer | (() => Buffer);
  /**
   * Size in bytes: exact when `sha256` is given (the builder checks both), otherwise an estimate for
   * progress; the manifest lists what was actually written.
   */
  size: number;
  /**
   * Optional, for large generated files (the audit trail of a big workspace): the content as a
   * sequence of chunks, so it is never whole in memory. When set, the builder uses it instead of
   * `content`.
   */
  chunks?: () => Iterable<Buffer>;
  /**
   * Optional: the content's SHA-256 (lower-case hex) when it is known without loading it (evidence
   * files store theirs). The builder checks the bytes it writes against it. Every file is loaded
   * once, when it is written, and hashed then.
   */
  sha256?: string;
}

export interface PackEvidenceItem {
  /** Path inside the ZIP of the file, or of the control's record extract file for one record type. */
  path: string;
  /** The file name, or the record type of a record extract file. */
  name: string;
  kind: 'file' | 'record';
  /** Record extract files: how many records (lines) it holds. */
  records?: number;
  /** For a record extract file: the earliest of its records' dates. */
  effectiveDate: string | null;
  /** For a record extract file: the latest of its records' expiries, null when one never expires. */
  expiryDate: string | null;
  /** Expired at the end of the period (a record extract file: every record in it). */
  expired: boolean;
}

/** How many pieces of evidence an item stands for: a file is one, a record extract file its records. */
export function evidenceCount(items: readonly PackEvidenceItem[]): number {
  let count = 0;
  for (const item of items) count += item.records ?? 1;
  return count;
}

export interface PackControl {
  /** `A.5.1` or `CC6.1`. */
  controlId: string;
  title: string;
  /** ISO: applicable in the Statement of Applicability; SOC 2: in scope. */
  applicable: boolean;
  justification: string;
  implementation: string;
  evidence: PackEvidenceItem[];
}

export interface PackRegister {
  /** `ropa`, `systems`, `vendors`, `transfers`, `risks`, `training-completions`, `backup-jobs`,
   * `restore-tests`, `incidents`, `breach-register`, `requests`, `findings`, `corrective-actions`. */
  key: string;
  title: string;
  rows: number;
  xlsxPath: string;
  csvPath: string;
  /** In the pack's language: what the register could not show as of the period end. */
  notes?: string[];
}

export interface PackPolicy {
  title: string;
  version: string;
  approvedAt: string | null;
  effectiveFrom: string | null;
  path: string;
}

/** Everything the pack holds except report.pdf, index.html and the manifest files. */
export interface PackContents {
  files: PackFile[];
  controls: PackControl[];
  registers: PackRegister[];
  policies: PackPolicy[];
  auditTrail: { path: string; events: number; chain: AuditVerifyResult };
  /** The history the contents were rolled back with; the report reads the period end through it too. */
  history: AsOf;
}

/** What a pack would hold, counted without loading any file (the app's preview). */
export interface PackPreview {
  controls: number;
  controlsWithEvidence: number;
  evidenceFiles: number;
  evidenceBytes: number;
  recordExtracts: number;
  registers: { key: string; title: string; rows: number }[];
  policies: number;
  auditEvents: number;
  /** Controls in scope with missing or expired evidence. */
  exceptions: number;
}

/** A file as listed in the manifest. */
export interface PackManifestFile {
  path: string;
  size: number;
  sha256: string;
}
