// Countries by ISO 3166-1 alpha-2 code, English or Chinese name. The names come from the runtime's
// own CLDR data (Intl.DisplayNames), so they are complete and maintained with Node itself.
import type { Language } from '../../../shared/contract';
import { normalise, type Parsed } from './import-values';

/** Region codes CLDR names that are not countries or territories. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AA', 'XK']);
const EXTRA_NAMES: Record<string, readonly string[]> = {
  US: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America', '美国'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'England', '英国'],
  CN: ['PRC', "People's Republic of China", 'Mainland China', '中国大陆', '中华人民共和国'],
  HK: ['Hong Kong', 'Hong Kong SAR', '香港'],
  MO: ['Macau', 'Macao', '澳门'],
  TW: ['Taiwan', '台湾'],
  KR: ['South Korea', 'Korea', '韩国'],
  RU: ['Russia', '俄罗斯'],
  AE: ['UAE', '阿联酋'],
  NL: ['Holland', '荷兰'],
  CZ: ['Czech Republic', '捷克'],
};

interface CountryTable {
  codes: Set<string>;
  byName: Map<string, string>;
  names: Record<Language, Map<string, string>>;
}

let table: CountryTable | null = null;

function buildTable(): CountryTable {
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const zh = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
  const codes = new Set<string>();
  const byName = new Map<string, string>();
  const names: CountryTable['names'] = { en: new Map(), 'zh-CN': new Map() };
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const english = en.of(code);
      const chinese = zh.of(code);
      if (!english || english === code || !chinese) continue;
      codes.add(code);
      names.en.set(code, english);
      names['zh-CN'].set(code, chinese);
      byName.set(normalise(english), code);
      byName.set(normalise(chinese), code);
    }
  }
  for (const [code, extra] of Object.entries(EXTRA_NAMES)) for (const name of extra) byName.set(normalise(name), code);
  return { codes, byName, names };
}

function countries(): CountryTable {
  table ??= buildTable();
  return table;
}

/** A country from its code or name; empty is null. */
export function parseCountry(text: string): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  const { codes, byName } = countries();
  const upper = value.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && codes.has(upper)) return { ok: true, value: upper };
  const code = byName.get(normalise(value));
  return code ? { ok: true, value: code } : { ok: false, code: 'invalid_country', params: { value } };
}

/** How an export writes a country: its code, which every spreadsheet user can filter on and the import reads back. */
export function countryName(code: string, language: Language): string {
  return countries().names[language].get(code) ?? code;
}
