// The Statement of Applicability export, read back with tools other than the ones that wrote it:
// the XLSX through Python's zipfile and XML parser (and LibreOffice when it is installed), the PDF
// through poppler's pdftotext, pdfinfo and pdffonts. First from a fixture of control rows, then
// through soa.export on a real encrypted workspace, in English and in Chinese.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSoa, renderSoaPdf, renderSoaXlsx, soaFileName, type SoaSource } from '../../electron/backend/exports/soa-export';
import { wrapText } from '../../electron/backend/exports/text-wrap';
import type { ControlRow } from '../../shared/contract';
import { listControls } from '../../shared/frameworks';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

// ---------------------------------------------------------------------------------------------
// Independent readers

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Reads every sheet of an XLSX with nothing but Python's standard library. */
const XLSX_READER = String.raw`
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      'rel': 'http://schemas.openxmlformats.org/package/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
strings = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS):
        strings.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels')).findall('rel:Relationship', NS)}
def col(ref):
    n = 0
    for ch in re.match(r'[A-Z]+', ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1
sheets = []
for s in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', NS):
    target = rels[s.get('{%s}id' % NS['r'])]
    root = ET.fromstring(z.read('xl/' + target.lstrip('/').replace('xl/', '', 1)))
    rows = []
    for row in root.find('m:sheetData', NS).findall('m:row', NS):
        cells = {}
        for c in row.findall('m:c', NS):
            t = c.get('t'); v = c.find('m:v', NS)
            if t == 's': value = strings[int(v.text)]
            elif t == 'inlineStr': value = ''.join(x.text or '' for x in c.iter('{%s}t' % NS['m']))
            elif v is None: value = None
            elif t == 'str': value = v.text
            else: value = float(v.text)
            cells[col(c.get('r'))] = value
        width = max(cells) + 1 if cells else 0
        rows.append({'r': int(row.get('r')), 'ht': row.get('ht'), 'cells': [cells.get(i) for i in range(width)]})
    pane = root.find('m:sheetViews/m:sheetView/m:pane', NS)
    auto = root.find('m:autoFilter', NS)
    cols = [float(c.get('width')) for c in root.findall('m:cols/m:col', NS)]
    sheets.append({'name': s.get('name'), 'rows': rows, 'cols': cols,
                   'pane': dict(pane.attrib) if pane is not None else None,
                   'autoFilter': auto.get('ref') if auto is not None else None,
                   'merged': len(root.findall('m:mergeCells/m:mergeCell', NS))})
core = ET.fromstring(z.read('docProps/core.xml'))
props = {el.tag.split('}')[1]: el.text for el in core}
app = ET.fromstring(z.read('docProps/app.xml'))
props.update({el.tag.split('}')[1]: el.text for el in app if el.text and el.text.strip()})
json.dump({'sheets': sheets, 'props': props, 'entries': [[i.filename, list(i.date_time)] for i in z.infolist()]}, sys.stdout, ensure_ascii=False)
`;

interface XlsxSheet {
  name: string;
  rows: { r: number; ht: string | null; cells: (string | number | null)[] }[];
  cols: number[];
  pane: Record<string, string> | null;
  autoFilter: string | null;
  merged: number;
}
interface XlsxRead {
  sheets: XlsxSheet[];
  props: Record<string, string>;
  entries: [string, number[]][];
}

function readXlsx(file: string): XlsxRead {
  return JSON.parse(run('python3', ['-c', XLSX_READER, file])) as XlsxRead;
}

const CONTROL_ID = /^A\.[5-8]\.\d{1,2}$/;
const controlRows = (sheet: XlsxSheet) => sheet.rows.filter((row) => typeof row.cells[0] === 'string' && CONTROL_ID.test(row.cells[0]));
const rowOf = (sheet: XlsxSheet, id: string) => controlRows(sheet).find((row) => row.cells[0] === id)?.cells ?? [];

function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}
function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1] ?? 0);
}

// ---------------------------------------------------------------------------------------------
// A fixture: every Annex A control with varied decisions

const ALL_IDS = listControls('iso27001').map((control) => `A.${control.id}`);
const EXCLUSION = 'Fully remote organisation: there are no premises whose physical entry could be monitored.';
const STATUSES = ['not_started', 'planned', 'in_progress', 'implemented'] as const;

function fixtureRows(): ControlRow[] {
  return ALL_IDS.map((controlId, i): ControlRow => ({
    framework: 'iso27001',
    controlId,
    applicable: controlId !== 'A.7.4',
    justification: controlId === 'A.7.4' ? EXCLUSION : controlId === 'A.5.7' ? '威胁情报服务由安全运营中心统一订阅。' : '',
    inclusionReasons: controlId === 'A.5.31' ? ['legal', 'contractual'] : [],
    treatingRiskCount: controlId === 'A.8.13' ? 2 : 0,
    status: STATUSES[i % 4]!,
    owner: i % 2 === 0 ? 'Chief Information Security Officer' : '王芳（信息安全经理）',
    notes: '',
    reviewDate: controlId === 'A.5.1' ? '2026-09-30' : null,
    updatedAt: null,
    evidence: { count: i % 3, freshness: i % 3 === 0 ? 'missing' : 'current', latestEffective: null },
  }));
}

function source(language: SoaSource['language']): SoaSource {
  return {
    language,
    organisation: language === 'en' ? 'Acme Widgets Ltd' : '示例科技有限公司',
    date: '2026-05-10',
    generatedAt: new Date('2026-05-10T09:30:00Z'),
    rows: fixtureRows(),
  };
}

let work = '';

beforeAll(() => {
  // Without poppler the PDF checks would silently prove nothing.
  if (!has('pdftotext') || !has('pdfinfo') || !has('pdffonts')) {
    const message = 'soa-export tests need pdftotext, pdfinfo and pdffonts: apt-get install poppler-utils';
    console.error(message);
    throw new Error(message);
  }
  work = mkdtempSync(join(tmpdir(), 'custos-soa-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('line breaking', () => {
  const measure = (text: string) => [...text].length;
  it('breaks Latin text at spaces and cuts only words longer than the line', () => {
    expect(wrapText('Policies for information security', 12, measure)).toEqual(['Policies for', 'information', 'security']);
    expect(wrapText('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
  });
  it('breaks Chinese between characters but never before closing punctuation', () => {
    expect(wrapText('信息安全策略。', 6, measure)).toEqual(['信息安全策', '略。']);
    expect(wrapText('王芳（信息安全经理）', 3, measure)).toEqual(['王芳', '（信息', '安全经', '理）']);
  });
});

describe('Statement of Applicability from control rows', () => {
  it('writes an XLSX with the 93 controls, a frozen header, an autofilter and a summary sheet', async () => {
    const file = join(work, 'fixture-en.xlsx');
    writeFileSync(file, await renderSoaXlsx(buildSoa(source('en'))));
    const book = readXlsx(file);
    expect(book.sheets.map((s) => s.name)).toEqual(['Statement of Applicability', 'Summary']);
    const [sheet, summary] = book.sheets as [XlsxSheet, XlsxSheet];

    expect(sheet.rows[0]!.cells[0]).toBe('Statement of Applicability — ISO/IEC 27001:2022 Annex A');
    const titleBlock = sheet.rows.slice(1, 5).map((row) => row.cells[0]);
    expect(titleBlock).toEqual(['Organisation: Acme Widgets Ltd', 'Framework: ISO/IEC 27001:2022 Annex A', 'Generated: 10 May 2026', expect.stringMatching(/^Catalog version: iso27001:2022/)]);

    const header = sheet.rows.find((row) => row.cells[0] === 'Control')!;
    expect(header.cells).toEqual(['Control', 'Title', 'Theme', 'Applicable', 'Justification', 'Reasons for inclusion', 'Implementation status', 'Owner', 'Review date', 'Evidence', 'Evidence freshness']);
    expect(sheet.pane).toMatchObject({ state: 'frozen', ySplit: String(header.r), xSplit: '2' });
    expect(sheet.autoFilter).toBe(`A${header.r}:K${header.r + 93}`);
    expect(sheet.cols).toHaveLength(11);
    expect(Math.min(...sheet.cols)).toBeGreaterThanOrEqual(9);

    const rows = controlRows(sheet);
    expect(rows.map((row) => row.cells[0])).toEqual(ALL_IDS);
    expect(rows.every((row) => Number(row.ht) >= 15)).toBe(true);
    expect(rowOf(sheet, 'A.5.1').slice(0, 4)).toEqual(['A.5.1', 'Policies for information security', 'Organizational controls', 'Yes']);
    // A date cell: the Excel serial number of 2026-09-30.
    expect(rowOf(sheet, 'A.5.1')[8]).toBe(46295);
    expect(rowOf(sheet, 'A.7.4').slice(0, 5)).toEqual(['A.7.4', 'Physical security monitoring', 'Physical controls', 'No', EXCLUSION]);
    expect(rowOf(sheet, 'A.8.34')[1]).toBe('Protection of information systems during audit testing');
    expect(rowOf(sheet, 'A.5.31')[5]).toBe('Legal or regulatory, Contractual');
    // A control named as a risk's treatment is included for risk treatment.
    expect(rowOf(sheet, 'A.8.13')[5]).toBe('Risk treatment');

    const figures = Object.fromEntries(summary.rows.filter((row) => typeof row.cells[1] === 'number').map((row) => [row.cells[0], row.cells[1]]));
    expect(figures).toMatchObject({ 'Annex A controls': 93, Applicable: 92, 'Not applicable': 1, 'Risk treatment': 1, 'Physical controls': 13 });

    expect(book.props).toMatchObject({ title: 'Statement of Applicability — Acme Widgets Ltd', creator: 'Custos', created: '2026-05-10T09:30:00Z', modified: '2026-05-10T09:30:00Z', Company: 'Acme Widgets Ltd' });
    // Every part of the archive carries the export's time, not the time of writing.
    expect(new Set(book.entries.map(([, time]) => time.join(',')))).toEqual(new Set(['2026,5,10,9,30,0']));
  });

  it('writes the XLSX in Chinese for a Chinese workspace', async () => {
    const file = join(work, 'fixture-zh.xlsx');
    writeFileSync(file, await renderSoaXlsx(buildSoa(source('zh-CN'))));
    const [sheet, summary] = readXlsx(file).sheets as [XlsxSheet, XlsxSheet];
    expect(sheet.name).toBe('适用性声明');
    expect(summary.name).toBe('汇总');
    expect(sheet.rows[0]!.cells[0]).toBe('适用性声明 — ISO/IEC 27001:2022 附录A');
    expect(sheet.rows[1]!.cells[0]).toBe('组织：示例科技有限公司');
    expect(sheet.rows[3]!.cells[0]).toBe('生成日期：2026年5月10日');
    const header = sheet.rows.find((row) => row.cells[0] === '控制编号')!;
    expect(header.cells).toEqual(['控制编号', '控制名称', '主题', '是否适用', '理由', '纳入原因', '实施状态', '负责人', '评审日期', '证据数', '证据时效']);
    expect(controlRows(sheet)).toHaveLength(93);
    expect(rowOf(sheet, 'A.5.1').slice(0, 4)).toEqual(['A.5.1', '信息安全策略', '组织控制', '是']);
    expect(rowOf(sheet, 'A.7.4')[3]).toBe('否');
    expect(rowOf(sheet, 'A.7.4')[4]).toBe(EXCLUSION);
    expect(rowOf(sheet, 'A.5.31')[5]).toBe('法律法规要求、合同要求');
    expect(rowOf(sheet, 'A.5.2')[6]).toBe('已计划');
  });

  it('writes a PDF with every control, numbered pages and the embedded subset font', async () => {
    const file = join(work, 'fixture-en.pdf');
    writeFileSync(file, await renderSoaPdf(buildSoa(source('en'))));
    const text = pdfText(file);
    expect(text).toContain('Statement of Applicability');
    expect(text).toContain('Acme Widgets Ltd');
    expect(text).toContain('Physical security monitoring');
    expect(text).toContain('Fully remote organisation');
    // Chinese in an English document renders too (the owner wraps inside its cell).
    expect(text).toContain('王芳（信息安');
    for (const id of ALL_IDS) expect(text, id).toMatch(new RegExp(`(^|\\s)${id.replaceAll('.', '\\.')}(\\s|$)`));
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The table header is repeated on every page of the table.
    expect(text.split('Reasons for inclusion').length - 1).toBe(pages - 1);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Statement of Applicability — Acme Widgets Ltd/);
    // Embedded and subset: `emb sub` both `yes`; the tag before `+` marks the subset.
    const fonts = run('pdffonts', [file]);
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(readFileSync(file).length).toBeLessThan(400_000);
  });

  it('writes the PDF in Chinese with the Chinese title and page labels', async () => {
    const file = join(work, 'fixture-zh.pdf');
    writeFileSync(file, await renderSoaPdf(buildSoa(source('zh-CN'))));
    const text = pdfText(file);
    expect(text).toContain('适用性声明');
    expect(text).toContain('示例科技有限公司');
    expect(text).toContain('信息安全策略');
    expect(text).toContain('威胁情报服务由安全运营中心统一订阅。');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`第 1 页，共 ${pages} 页`);
    for (const id of ALL_IDS) expect(text, id).toContain(id);
    expect(run('pdffonts', [file])).toMatch(/\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('gives the same bytes for the same data and time', async () => {
    const soa = buildSoa(source('zh-CN'));
    const [xlsx, pdf] = [await renderSoaXlsx(soa), await renderSoaPdf(soa)];
    // The zip stamps are in two-second steps: wait past one.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await renderSoaXlsx(soa)).equals(xlsx)).toBe(true);
    expect((await renderSoaPdf(soa)).equals(pdf)).toBe(true);
  });

  it('names the file after the organisation and the day', () => {
    expect(soaFileName('Acme Widgets Ltd.', '2026-05-10', 'xlsx')).toBe('statement-of-applicability-acme-widgets-ltd-2026-05-10.xlsx');
    expect(soaFileName('Société Générale & Cie', '2026-05-10', 'pdf')).toBe('statement-of-applicability-societe-generale-cie-2026-05-10.pdf');
    expect(soaFileName('示例科技有限公司', '2026-05-10', 'pdf')).toBe('statement-of-applicability-示例科技有限公司-2026-05-10.pdf');
    expect(soaFileName('***', '2026-05-10', 'pdf')).toBe('statement-of-applicability-organisation-2026-05-10.pdf');
  });

  // LibreOffice is a second, independent reader when it is there; CI does not install it.
  const libreoffice = ['libreoffice', 'soffice'].find(has);
  if (!libreoffice) console.log('skip: LibreOffice is not installed; the XLSX was checked with Python zipfile only');
  it.skipIf(!libreoffice)('opens in LibreOffice Calc', async () => {
    const file = join(work, 'fixture-lo.xlsx');
    writeFileSync(file, await renderSoaXlsx(buildSoa(source('zh-CN'))));
    const out = join(work, 'lo');
    mkdirSync(out);
    run(libreoffice!, [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', out, file]);
    const csv = readFileSync(join(out, 'fixture-lo.csv'), 'utf8');
    expect(csv).toContain('控制编号,控制名称,主题,是否适用');
    expect(csv.split('\n').filter((line) => /^A\.[5-8]\.\d+,/.test(line))).toHaveLength(93);
    expect(csv).toContain('A.5.1,信息安全策略,组织控制,是');
    expect(csv).toContain('2026-09-30');
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Through the contract

describe('soa.export', () => {
  const NOW = new Date('2026-05-10T09:30:00Z');
  let t: TestBackend;
  let out: string;

  beforeAll(async () => {
    t = testBackend({ now: () => NOW });
    await t.call('workspace.create', { directory: t.dir, name: 'Northwind', passphrase: PASSPHRASE });
    const profile = await t.call('organisation.get', {});
    await t.call('organisation.update', { ...profile, legalName: 'Northwind Traders Ltd' });
    await t.call('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: false, justification: EXCLUSION } });
    await t.call('controls.update', {
      framework: 'iso27001',
      controlId: 'A.5.31',
      patch: { inclusionReasons: ['legal', 'contractual'], status: 'implemented', owner: 'General Counsel', reviewDate: '2026-11-30' },
    });
    out = join(t.dir, 'exports');
    mkdirSync(out);
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  it('writes the XLSX atomically to the destination and says where', async () => {
    const destination = join(out, 'soa.xlsx');
    const result = await t.call('soa.export', { format: 'xlsx', destination });
    expect(result).toEqual({
      fileName: 'statement-of-applicability-northwind-traders-ltd-2026-05-10.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: readFileSync(destination).length,
      path: destination,
    });
    expect(readdirSync(out)).toEqual(['soa.xlsx']);
    const [sheet] = readXlsx(destination).sheets as [XlsxSheet];
    expect(sheet.rows[1]!.cells[0]).toBe('Organisation: Northwind Traders Ltd');
    expect(controlRows(sheet)).toHaveLength(93);
    expect(rowOf(sheet, 'A.7.4').slice(3, 5)).toEqual(['No', EXCLUSION]);
    expect(rowOf(sheet, 'A.5.31').slice(5, 8)).toEqual(['Legal or regulatory, Contractual', 'Implemented', 'General Counsel']);
    expect(rowOf(sheet, 'A.5.1').slice(3, 7)).toEqual(['Yes', '', '', 'Not started']);
  });

  it('puts the file under its suggested name when the destination is a folder', async () => {
    const result = await t.call('soa.export', { format: 'pdf', destination: out });
    expect(result.path).toBe(join(out, 'statement-of-applicability-northwind-traders-ltd-2026-05-10.pdf'));
    expect(result.mimeType).toBe('application/pdf');
    expect(pdfText(result.path!)).toContain('Northwind Traders Ltd');
  });

  it('returns the file as base64 without a destination', async () => {
    const result = await t.call('soa.export', { format: 'pdf' });
    expect(result.path).toBeUndefined();
    const content = Buffer.from(result.base64!, 'base64');
    expect(content.length).toBe(result.bytes);
    expect(content.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a destination in a folder that does not exist', async () => {
    const missing = join(out, 'no-such-folder');
    const error = await t.fail('soa.export', { format: 'xlsx', destination: join(missing, 'soa.xlsx') });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.details).toMatchObject({ file: missing });
    expect(existsSync(missing)).toBe(false);
  });

  it("follows the workspace's language: Chinese headers, title and statuses", async () => {
    await t.call('workspace.settings.update', { language: 'zh-CN' });
    const xlsx = await t.call('soa.export', { format: 'xlsx', destination: join(out, 'soa-zh.xlsx') });
    const [sheet, summary] = readXlsx(xlsx.path!).sheets as [XlsxSheet, XlsxSheet];
    expect(sheet.name).toBe('适用性声明');
    expect(summary.name).toBe('汇总');
    expect(sheet.rows.find((row) => row.cells[0] === '控制编号')?.cells.slice(0, 4)).toEqual(['控制编号', '控制名称', '主题', '是否适用']);
    expect(rowOf(sheet, 'A.7.4').slice(1, 5)).toEqual(['物理安全监视', '物理控制', '否', EXCLUSION]);
    expect(rowOf(sheet, 'A.5.31')[6]).toBe('已实施');

    const pdf = await t.call('soa.export', { format: 'pdf', destination: join(out, 'soa-zh.pdf') });
    const text = pdfText(pdf.path!);
    expect(text).toContain('适用性声明');
    expect(text).toContain('ISO/IEC 27001:2022 附录A');
    for (const id of ALL_IDS) expect(text, id).toContain(id);
    const pages = pdfPages(pdf.path!);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`第 ${pages} 页，共 ${pages} 页`);
    expect(run('pdffonts', [pdf.path!])).toMatch(/\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    await t.call('workspace.settings.update', { language: 'en' });
  });

  it('needs an unlocked workspace', async () => {
    await t.call('workspace.lock', { reason: 'manual' });
    expect((await t.fail('soa.export', { format: 'xlsx' })).code).toBe('WORKSPACE_LOCKED');
  });
});
