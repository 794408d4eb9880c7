// Error codes to translated sentences. `errors.<CODE>` holds the message; `details` fills it in.
import type { TFunction } from 'i18next';
import type { InputIssue } from '../../../shared/contract';
import { joinSentences } from '../lib/format';
import { toClientError, type ClientError } from './client';

export interface DescribeOptions {
  /** Translated labels of the form's fields, by field path (`legalName`, `secret.passphrase`). */
  fieldLabels?: Record<string, string>;
  /** For numbers in the message (file sizes); the runtime's default otherwise. */
  locale?: string;
}

function issueField(issue: InputIssue, labels: Record<string, string>): string {
  const path = issue.path.map(String);
  for (let i = path.length; i > 0; i--) {
    const label = labels[path.slice(0, i).join('.')];
    if (label) return label;
  }
  return path.length ? path.join('.') : '—';
}

const ISSUE_KEY = /^[a-z][a-z_]{1,60}$/;

export function issueMessage(t: TFunction, issue: Pick<InputIssue, 'code'> & Partial<Pick<InputIssue, 'message'>>): string {
  // Refinements carry their own key in the message (`date_format`, `scale_values`) under zod's
  // generic code; a key the translations know is more precise than the code.
  const byMessage = issue.message && ISSUE_KEY.test(issue.message) ? t(`errors:issues.${issue.message}`, { defaultValue: '' }) : '';
  if (byMessage) return byMessage;
  return t(`errors:issues.${issue.code}`, { defaultValue: t('errors:issues.generic') });
}

function formatBytes(bytes: number, locale: string | undefined): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

function detailsFor(error: ClientError): Record<string, unknown> {
  const d = error.details;
  const defaultFile = error.code.startsWith('KEYRING') ? 'keyring.json' : 'workspace.db';
  return {
    seconds: Math.max(1, Math.ceil((typeof d.retryAfterMs === 'number' ? d.retryAfterMs : 1000) / 1000)),
    count: Math.max(1, Math.ceil((typeof d.retryAfterMs === 'number' ? d.retryAfterMs : 1000) / 1000)),
    file: typeof d.file === 'string' && d.file ? d.file : defaultFile,
    found: d.found ?? '?',
    supported: d.supported ?? '?',
    minLength: d.minLength ?? 12,
    minScore: d.minScore ?? 2,
    procedure: d.procedure ?? error.procedure,
  };
}

/**
 * CONFLICT means different things per procedure (a record still in use, a duplicate link, scales
 * that existing risks do not fit); the details say which, and each has its own sentence.
 */
function conflictMessage(t: TFunction, error: ClientError): string | null {
  const d = error.details;
  const count = (value: unknown) => (Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0);
  if (Array.isArray(d.risks)) {
    return t('errors:conflict.riskScales', { count: d.risks.length, refs: d.risks.map(String).join(', ') });
  }
  if (d.entity === 'internal_audit' && d.findings !== undefined) return t('errors:conflict.auditHasFindings', { ref: d.ref ?? '', count: count(d.findings) });
  if (d.entity === 'audit_finding' && d.actions !== undefined) return t('errors:conflict.findingHasActions', { ref: d.ref ?? '', count: count(d.actions) });
  if (d.entity === 'risk' && d.status === 'closed') return t('errors:conflict.riskClosed', { ref: d.ref ?? '' });
  if (error.procedure === 'evidence.link') return t('errors:conflict.evidenceDuplicate');
  return null;
}

/** One sentence (or a short list for INVALID_INPUT) describing the error in the UI language. */
export function describeError(t: TFunction, error: unknown, options: DescribeOptions = {}): string {
  const clientError = toClientError(error);
  const values = detailsFor(clientError);
  const base = (clientError.code === 'CONFLICT' ? conflictMessage(t, clientError) : null) ?? t(`errors:${clientError.code}`, { ...values, defaultValue: t('errors:INTERNAL') });
  const extra: string[] = [];
  if (typeof clientError.details.retryAfterMs === 'number') extra.push(t('errors:retryAfter', values));
  if (typeof clientError.details.file === 'string' && clientError.details.file) extra.push(t('errors:fileDetail', values));
  if (typeof clientError.details.limitBytes === 'number' && typeof clientError.details.size === 'number') {
    extra.push(t('errors:sizeDetail', { size: formatBytes(clientError.details.size, options.locale), limit: formatBytes(clientError.details.limitBytes, options.locale) }));
  }
  if (clientError.code !== 'INVALID_INPUT') return joinSentences([base, ...extra]);
  const issues = clientError.details.issues ?? [];
  if (issues.length === 0) return base;
  const lines = issues.slice(0, 8).map((issue) =>
    t('errors:issueLine', { field: issueField(issue, options.fieldLabels ?? {}), problem: issueMessage(t, issue) }),
  );
  return [base, ...lines].join('\n');
}

/** INVALID_INPUT issues grouped by their top-level field, translated; for showing errors under inputs. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  const clientError = toClientError(error);
  const result: Record<string, string> = {};
  if (clientError.code !== 'INVALID_INPUT') return result;
  for (const issue of clientError.details.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    if (field && !(field in result)) result[field] = issueMessage(t, issue);
  }
  return result;
}
