// Locale-aware formatting of dates and numbers (Intl, in the UI language).
import { useTranslation } from 'react-i18next';

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(locale: string, value: string | number | Date): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : String(value);
}

export function formatDateTimePrecise(locale: string, value: string | number | Date): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date) : String(value);
}

export function formatDate(locale: string, value: string | number | Date): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date) : String(value);
}

/** A calendar date (YYYY-MM-DD) without shifting it through a time zone. */
export function formatDay(locale: string, day: string, style: 'medium' | 'long' = 'medium'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: style }).format(date);
}

export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(locale: string, ratio: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function formatRelative(locale: string, value: string | number | Date, now = Date.now()): string {
  const date = toDate(value);
  if (!date) return String(value);
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return rtf.format(Math.round(seconds / 86_400), 'day');
  return formatDate(locale, date);
}

/**
 * The locale for dates and numbers: the UI language, refined by the system's region when they share
 * a language (English UI on an en-GB system formats dates the British way).
 */
export function formattingLocale(language: string): string {
  const base = language.split('-')[0]?.toLowerCase();
  const preferred = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  const regional = preferred.find((tag) => tag.split('-')[0]?.toLowerCase() === base && tag.includes('-'));
  if (!regional || language.includes('-')) return language;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([regional]).length > 0 ? regional : language;
  } catch {
    return language;
  }
}

/** The formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  return {
    locale,
    dateTime: (value: string | number | Date) => formatDateTime(locale, value),
    dateTimePrecise: (value: string | number | Date) => formatDateTimePrecise(locale, value),
    date: (value: string | number | Date) => formatDate(locale, value),
    /** A YYYY-MM-DD calendar date, medium style. */
    day: (day: string) => formatDay(locale, day),
    number: (value: number) => formatNumber(locale, value),
    percent: (ratio: number) => formatPercent(locale, ratio),
    relative: (value: string | number | Date) => formatRelative(locale, value),
  };
}

/** Joins translated sentences: with a space after Latin punctuation, directly after full-width (CJK). */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .filter((part) => part.length > 0)
    .reduce((text, part) => (text === '' ? part : /[\u3000-\u303f\uff00-\uffef]$/.test(text) ? text + part : `${text} ${part}`), '');
}
