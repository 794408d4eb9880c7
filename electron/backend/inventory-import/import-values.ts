// Turning the text of a spreadsheet cell into a contract value: booleans (yes/no/是/否), enums from
// their codes, article references or human names in either language, dates (ISO or Excel serial
// numbers), countries (ISO codes or English/Chinese names), whole numbers and lists. Each parser
// returns the value or a problem code with its parameters, never throws.
import type { Language } from '../../../shared/contract';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number> };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: string, params?: Record<string, string | number>): Parsed<T> => ({ ok: false, code, params });

/** Case, width, spacing and punctuation-insensitive form used to compare names and headers. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—.:·'"‘’“”]+/g, '');
}

/** Case and spacing-insensitive form used to match record names. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔', 'on', 'ja', 'oui', '是', '有', '对', '真', '已启用', '启用']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0', 'off', 'nein', 'non', '否', '无', '没有', '不', '假', '未启用']);

export function parseBoolean(text: string): Parsed<boolean> {
  const key = normalise(text);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail('invalid_boolean', { value: text });
}

/** Empty means "not decided" (null). */
export function parseOptionalBoolean(text: string): Parsed<boolean | null> {
  return text.trim() === '' ? ok(null) : parseBoolean(text);
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

function validIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** ISO dates (2025-03-31, 2025/3/31, 2025年3月31日), ISO date-times and Excel serial numbers. */
export function parseDate(text: string): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const iso = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ].*)?$/.exec(value);
  if (iso) {
    const date = validIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? ok(date) : fail('invalid_date', { value });
  }
  if (/^\d{1,6}(\.\d+)?$/.test(value)) {
    const serial = Number(value);
    // 1 = 1900-01-01 … 2958465 = 9999-12-31; plausible dates only.
    if (serial >= 1 && serial <= 2_958_465) return ok(excelSerialToIso(serial));
  }
  return fail('invalid_date', { value });
}

/** A whole number; thousands separators and spaces are allowed. */
export function parseInteger(text: string, min: number, max: number): Parsed<number | null> {
  const value = text.trim().replace(/[,\s_，]/g, '');
  if (value === '') return ok(null);
  if (!/^-?\d+(\.0+)?$/.test(value)) return fail('invalid_number', { value: text.trim() });
  const number = Number(value);
  if (number < min || number > max) return fail('out_of_range', { value: text.trim(), min, max });
  return ok(number);
}

/** Items of a list cell: separated by semicolons (either width) or new lines; blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export interface EnumMatcher<K extends string> {
  parse(text: string): Parsed<K>;
  allowed: string;
}

/**
 * Matches a value against the codes, the labels in both languages, extra synonyms and a pattern
 * for article references (e.g. `6(1)(a)`), in that order.
 */
export function enumMatcher<K extends string>(
  labels: Record<K, Record<Language, string>>,
  options: { synonyms?: Partial<Record<K, readonly string[]>>; reference?: (text: string) => string | null } = {},
): EnumMatcher<K> {
  const keys = Object.keys(labels) as K[];
  const lookup = new Map<string, K>();
  const add = (text: string, key: K) => {
    const normalised = normalise(text);
    if (normalised !== '' && !lookup.has(normalised)) lookup.set(normalised, key);
  };
  for (const key of keys) add(key, key);
  for (const key of keys) {
    add(labels[key].en, key);
    add(labels[key]['zh-CN'], key);
  }
  for (const key of keys) for (const synonym of options.synonyms?.[key] ?? []) add(synonym, key);
  const allowed = keys.map((key) => labels[key].en).join(', ');
  return {
    allowed,
    parse(text) {
      const value = text.trim();
      const reference = options.reference?.(value);
      if (reference && (keys as string[]).includes(reference)) return ok(reference as K);
      const found = lookup.get(normalise(value));
      if (found) return ok(found);
      // "6(1)(a) Consent": a reference followed by its label.
      const leading = /^\S+/.exec(value);
      if (leading && leading[0] !== value) {
        const byReference = options.reference?.(leading[0]);
        if (byReference && (keys as string[]).includes(byReference)) return ok(byReference as K);
      }
      return fail('invalid_enum', { value, allowed });
    },
  };
}

/** `6(1)(a)`, `Art. 6(1)(a)`, `Article 6(1)(a) GDPR`, `第6条第1款(a)项`. */
export function articleReference(article: string, paragraph: string, itemPattern: string): (text: string) => string | null {
  const pattern = new RegExp(`^(?:gdpr|pipl|个保法|个人信息保护法)?\\s*(?:art(?:icle)?\\.?|第)?\\s*${article}\\s*(?:条)?\\s*(?:\\(\\s*${paragraph}\\s*\\)|第?${paragraph}款)\\s*(?:\\(\\s*|（|第)?(${itemPattern})(?:\\s*\\)|）|项)?`, 'i');
  return (text) => {
    const match = pattern.exec(text.normalize('NFKC').trim());
    return match ? match[1]!.toLowerCase() : null;
  };
}
