// The report's and index.html's wording, from the `packReport` translations, in the pack's locale
// (not the reader's UI language), plus the few formats both documents share.
import type { TFunction } from 'i18next';
import { createI18n } from '../../../../shared/i18n';
import type { PackLocale } from '../pack-types';

const translators = new Map<PackLocale, TFunction>();

export function packReportT(locale: PackLocale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    t = createI18n({ language: locale, defaultNS: 'packReport' }).getFixedT(locale, 'packReport');
    translators.set(locale, t);
  }
  return t;
}

/** `2026-11-29T17:30:05.123Z` → `2026-11-29 17:30:05 UTC`: the same in both languages, no clock of the reader's. */
export function formatInstant(instant: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(instant);
  return match ? `${match[1]} ${match[2]} UTC` : instant;
}

/** The calendar day of an instant or date. */
export function dayOf(value: string | null): string | null {
  return value === null ? null : value.slice(0, 10);
}

/** A share as a percentage with one decimal, `0` for an empty whole. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0' : String(Math.round((part / whole) * 1000) / 10);
}

/**
 * Checking a pack with standard tools, in the unpacked folder: every file's hash against
 * SHA256SUMS (itself listed in the signed manifest), the Ed25519 signature over manifest.json's
 * exact bytes (OpenSSL 3 needs -rawin for Ed25519), and the key's fingerprint as on the cover.
 */
export const VERIFY_COMMANDS = {
  hashes: 'sha256sum -c SHA256SUMS',
  signature: 'base64 -d manifest.sig > manifest.sig.bin\nopenssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig.bin',
  fingerprint: 'openssl pkey -pubin -in signing-key.pem -outform DER | sha256sum',
} as const;
