// Types shared by the framework catalogs. The catalogs are plain data shipped with the app; screens,
// the backend and the CLI read them through ./index.ts and never carry their own copies.

/** Text in every language the app ships. Keys match the i18n language codes. */
export interface LocalizedText {
  readonly en: string;
  readonly 'zh-CN': string;
}

export const FRAMEWORKS = ['iso27001', 'soc2'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

/**
 * A reference into ISO/IEC 27001:2022. Annex A controls carry the `A.` prefix (`A.5.34`), clauses of
 * the management-system part do not (`4.2`, `6.1.3`). The prefix matters: `5.1` is the clause
 * "Leadership and commitment" while `A.5.1` is the control "Policies for information security".
 */
export type IsoRef = string;

export interface IsoTarget {
  readonly kind: 'annex-a' | 'clause';
  /** The id inside its list: `5.34` for an Annex A control, `6.1.3` for a clause. */
  readonly id: string;
  /** The prefixed form: `A.5.34` or `6.1.3`. */
  readonly ref: IsoRef;
}

/** Parses `A.5.34` / `6.1.3` into a target. Returns null for anything that is not shaped like one. */
export function parseIsoRef(ref: string): IsoTarget | null {
  const annex = /^A\.([5-8]\.\d{1,2})$/.exec(ref);
  if (annex?.[1]) return { kind: 'annex-a', id: annex[1], ref };
  if (/^(?:[4-9]|10)(?:\.\d){0,2}$/.test(ref)) return { kind: 'clause', id: ref, ref };
  return null;
}
