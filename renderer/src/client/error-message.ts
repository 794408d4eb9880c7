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

export function issueMessage(t: TFunction, issue: Pick<InputIssue, 'code'>): string {
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

/** One sentence (or a short list for INVALID_INPUT) describing the error in the UI language. */
export function describeError(t: TFunction, error: unknown, options: DescribeOptions = {}): string {
  const clientError = toClientError(error);
  const values = detailsFor(clientError);
  const base = t(`errors:${clientError.code}`, { ...values, defaultValue: t('errors:INTERNAL') });
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
