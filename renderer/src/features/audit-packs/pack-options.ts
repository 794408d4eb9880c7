// The options of an audit pack as the screen holds them, and what they become in the contract.
import type { Framework } from '../../../../shared/contract';

export type PackLocale = 'en' | 'zh-CN';

export interface PackFormState {
  framework: Framework;
  /** YYYY-MM-DD or null (open-ended). */
  from: string | null;
  to: string | null;
  locale: PackLocale;
  redact: boolean;
  recipient: string;
  /** Absolute path of the .zip to write. */
  file: string;
}

export function initialPackForm(locale: string): PackFormState {
  return { framework: 'iso27001', from: null, to: null, locale: locale.startsWith('zh') ? 'zh-CN' : 'en', redact: false, recipient: '', file: '' };
}

/** The options packs.preview takes. */
export function previewInput(form: PackFormState) {
  return {
    framework: form.framework,
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
    locale: form.locale,
    redact: form.redact,
  };
}

/** The options packs.export takes, given a job id. */
export function exportInput(form: PackFormState, jobId: string) {
  const recipient = form.recipient.trim();
  return { ...previewInput(form), jobId, file: form.file.trim(), ...(recipient ? { recipient } : {}) };
}

export function periodInOrder(form: Pick<PackFormState, 'from' | 'to'>): boolean {
  return !form.from || !form.to || form.from <= form.to;
}

/** A file name that says what the pack is: `audit-pack-soc2-2026-01-01_2026-06-30.zip`. */
export function suggestedFileName(form: Pick<PackFormState, 'framework' | 'from' | 'to'>, today: string): string {
  const period = form.from || form.to ? `-${form.from ?? 'start'}_${form.to ?? today}` : `-${today}`;
  return `audit-pack-${form.framework}${period}.zip`;
}

/** Where the path must point: an absolute path ending in .zip (POSIX or Windows). */
export function looksLikeZipPath(file: string): boolean {
  const trimmed = file.trim();
  return /\.zip$/i.test(trimmed) && (trimmed.startsWith('/') || /^[A-Za-z]:[\\/]/.test(trimmed) || trimmed.startsWith('\\\\'));
}

export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
