// The cell parsers and header matching of the inventory import: human values in English and
// Chinese, article references, dates, countries, CSV decoding, and the proposed column mapping.
import { describe, expect, it } from 'vitest';
import { findHeaderRow, proposeMapping, suggestType } from '../../../electron/backend/inventory-import/column-mapping';
import { parseCountry } from '../../../electron/backend/inventory-import/countries';
import { RECORD_TYPES } from '../../../electron/backend/inventory-import/import-fields';
import { parseBoolean, parseDate, parseInteger, splitList } from '../../../electron/backend/inventory-import/import-values';
import { decodeText, parseCsv } from '../../../electron/backend/inventory-import/read-table';

function parse(type: keyof typeof RECORD_TYPES, field: string, text: string): unknown {
  const spec = (RECORD_TYPES[type].fields as Record<string, { parser: { kind: string; parse?(t: string): { ok: boolean; value?: unknown; code?: string } } }>)[field]!;
  const result = spec.parser.parse!(text);
  return result.ok ? result.value : `!${result.code}`;
}

describe('enum values', () => {
  it('reads the GDPR basis from a code, an article reference or a name in either language', () => {
    for (const text of ['a', 'A', 'Consent', 'consent', '6(1)(a)', 'Art. 6(1)(a)', 'Article 6(1)(a) GDPR', 'art 6 (1) (a)', '6(1)(a) Consent', '同意', '第6条第1款(a)项']) {
      expect(parse('activities', 'gdprBasis', text), text).toBe('a');
    }
    expect(parse('activities', 'gdprBasis', 'Legitimate interests')).toBe('f');
    expect(parse('activities', 'gdprBasis', '正当利益')).toBe('f');
    expect(parse('activities', 'gdprBasis', '')).toBeNull();
    expect(parse('activities', 'gdprBasis', 'g')).toBe('!invalid_enum');
    expect(parse('activities', 'gdprBasis', '6(1)(g)')).toBe('!invalid_enum');
  });

  it('reads Art 9 conditions, PIPL bases, roles and sources', () => {
    expect(parse('activities', 'gdprArt9Condition', '9(2)(h) Health or social care')).toBe('h');
    expect(parse('activities', 'piplBasis', '13(1)(2)')).toBe('2');
    expect(parse('activities', 'piplBasis', '取得个人同意')).toBe('1');
    expect(parse('activities', 'role', '受托人')).toBe('processor');
    expect(parse('activities', 'role', 'Joint controller')).toBe('joint_controller');
    expect(parse('activities', 'role', '')).toBe('controller');
    expect(parse('activities', 'source', '来自第三方')).toBe('third_party');
    expect(parse('systems', 'hosting', 'on-prem')).toBe('on_premises');
    expect(parse('dataCategories', 'sensitivity', 'Ordinary; 敏感个人信息; ordinary')).toEqual(['ordinary', 'pipl_sensitive']);
  });

  it('reads certifications with their expiry', () => {
    expect(parse('vendors', 'certifications', 'ISO/IEC 27001 (2027-03-31); SOC 2 Type II（到期 2026-01-01）; Other')).toEqual([
      { kind: 'iso27001', expires: '2027-03-31' },
      { kind: 'soc2_type2', expires: '2026-01-01' },
      { kind: 'other', expires: null },
    ]);
    expect(parse('vendors', 'certifications', 'ISO 9001')).toBe('!invalid_enum');
  });
});

describe('plain values', () => {
  it('reads yes/no in English and Chinese', () => {
    expect(['yes', 'Y', 'TRUE', '1', '是', 'x'].map((v) => parseBoolean(v))).toEqual(Array(6).fill({ ok: true, value: true }));
    expect(['no', 'N', 'false', '0', '否'].map((v) => parseBoolean(v))).toEqual(Array(5).fill({ ok: true, value: false }));
    expect(parseBoolean('maybe')).toMatchObject({ ok: false, code: 'invalid_boolean' });
  });

  it('reads ISO, Chinese and Excel serial dates and refuses impossible ones', () => {
    expect(parseDate('2026-03-01')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('2026/3/1')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('2026年3月1日')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('2026-03-01T10:00:00Z')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('45900')).toEqual({ ok: true, value: '2025-08-31' });
    expect(parseDate('2026-02-30')).toMatchObject({ ok: false, code: 'invalid_date' });
    expect(parseDate('31/02/2026')).toMatchObject({ ok: false, code: 'invalid_date' });
  });

  it('reads whole numbers with separators and checks the range', () => {
    expect(parseInteger('12,000', 0, 100_000)).toEqual({ ok: true, value: 12000 });
    expect(parseInteger('7.0', 0, 10)).toEqual({ ok: true, value: 7 });
    expect(parseInteger('7.5', 0, 10)).toMatchObject({ ok: false, code: 'invalid_number' });
    expect(parseInteger('11', 0, 10)).toMatchObject({ ok: false, code: 'out_of_range', params: { min: 0, max: 10 } });
  });

  it('reads countries by code and by English or Chinese name', () => {
    expect(['DE', 'de', 'Germany', '德国'].map((v) => parseCountry(v))).toEqual(Array(4).fill({ ok: true, value: 'DE' }));
    expect(parseCountry('USA')).toEqual({ ok: true, value: 'US' });
    expect(parseCountry('中国')).toEqual({ ok: true, value: 'CN' });
    expect(parseCountry('')).toEqual({ ok: true, value: null });
    expect(parseCountry('Atlantis')).toMatchObject({ ok: false, code: 'invalid_country' });
    expect(parseCountry('EU')).toMatchObject({ ok: false });
  });

  it('splits lists on either semicolon and new lines', () => {
    expect(splitList(' a; b；c\nd ;; ')).toEqual(['a', 'b', 'c', 'd']);
  });
});

/** Rows with content (blank lines are kept by the reader so row numbers stay true, and skipped later). */
const cellsOf = (rows: { cells: string[] }[]) => rows.filter((row) => row.cells.some((cell) => cell !== '')).map((row) => row.cells);

describe('files and headers', () => {
  it('decodes UTF-8 with BOM, UTF-16 and GB18030 and sniffs the delimiter', () => {
    expect(cellsOf(parseCsv(decodeText(Buffer.from('\uFEFFName;Purpose\r\n"A;1";"two\nlines"\r\n'))))).toEqual([
      ['Name', 'Purpose'],
      ['A;1', 'two\nlines'],
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名称\t目的\n客户\t售后\n', 'utf16le')]);
    expect(cellsOf(parseCsv(decodeText(utf16)))).toEqual([
      ['名称', '目的'],
      ['客户', '售后'],
    ]);
    expect(decodeText(Buffer.from('c3fbb3c6', 'hex'))).toBe('名称');
    expect(parseCsv("Name\n'=1+1\n")[1]!.cells).toEqual(['=1+1']);
    // Row numbers count every line record, blank ones included, as a spreadsheet shows them.
    expect(parseCsv('Name\n\nA\n').map((row) => [row.number, row.cells.join('|')])).toEqual([
      [1, 'Name'],
      [2, ''],
      [3, 'A'],
      [4, ''],
    ]);
  });

  it('proposes a mapping from English and Chinese headers, ignoring case and spaces', () => {
    expect(proposeMapping(['  NAME ', 'lawful BASIS', '数据类别', 'Unknown', 'Name'], 'activities')).toEqual(['name', 'gdprBasis', 'dataCategories', null, null]);
    expect(proposeMapping(['Vendor', 'DPA signed on', 'Processing activities'], 'vendors')).toEqual(['name', 'dpaSignedOn', 'activities']);
    expect(proposeMapping(['System', 'Vendor', 'Hosting'], 'systems')).toEqual(['name', 'vendor', 'hosting']);
    expect(suggestType(['System', 'Hosting', 'MFA enforced'])).toBe('systems');
    expect(suggestType(['Vendor', 'DPA signed on', 'Certifications'])).toBe('vendors');
    expect(suggestType(['处理活动', '处理目的', '合法性基础'])).toBe('activities');
  });

  it('finds the header row under a title block', () => {
    const rows = [
      { number: 1, cells: ['Record of processing activities'] },
      { number: 2, cells: ['Organisation: Acme'] },
      { number: 4, cells: ['Processing activity', 'Art 30(1)(b) Purposes of the processing'] },
      { number: 5, cells: ['Newsletter', 'News'] },
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });
});
