// `custos import inventory` and `custos export ropa` on a real encrypted workspace, through the
// built command. Build first: `npm run build:node`. Exported XLSX files are read back with Python's
// zipfile and XML parser, not with the library that wrote them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';
const unlocked = { CUSTOS_PASSPHRASE: PASSPHRASE };

let work = '';

function run(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  return runCli(work, args, { ...unlocked, ...env });
}

function init(name: string, lang: 'en' | 'zh-CN' = 'en'): string {
  const result = run(['init', join(work, name), '--name', `${name} Ltd`, '--lang', lang]);
  expect(result.status, result.stderr).toBe(0);
  return join(work, `${name}.custos`);
}

function activityCount(workspace: string): number {
  const info = run(['info', workspace, '--json']);
  expect(info.status, info.stderr).toBe(0);
  return (JSON.parse(info.stdout) as { recordCounts: Record<string, number> }).recordCounts.inventory_activities!;
}

/** Sheets, their header rows, frozen panes and autofilters, as Python's standard library reads them. */
function readXlsx(file: string): { sheets: { name: string; rows: string[][]; frozen: boolean; autoFilter: string | null }[] } {
  const script = String.raw`
import json, sys, zipfile, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
out = []
for sheet in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', ns):
    target = rels[sheet.get('{%s}id' % ns['r'])]
    root = ET.fromstring(z.read('xl/' + target.lstrip('/').replace('xl/', '')))
    rows = []
    for row in root.find('m:sheetData', ns):
        cells = []
        for c in row:
            v = c.find('m:v', ns)
            if c.get('t') == 's': cells.append(shared[int(v.text)])
            elif c.get('t') == 'inlineStr': cells.append(''.join(t.text or '' for t in c.iter('{%s}t' % ns['m'])))
            else: cells.append(v.text if v is not None else '')
        rows.append(cells)
    pane = root.find('m:sheetViews/m:sheetView/m:pane', ns)
    af = root.find('m:autoFilter', ns)
    out.append({'name': sheet.get('name'), 'rows': rows, 'frozen': pane is not None and pane.get('state') == 'frozen', 'autoFilter': af.get('ref') if af is not None else None})
print(json.dumps({'sheets': out}))
`;
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ReturnType<typeof readXlsx>;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-import-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const BAD = ['Name,Purpose,Lawful basis,Retention (months),Review date', 'Newsletter,News,Consent,24,2026-01-31', ',No name,Consent,12,', 'Payroll,Pay,Maybe,forever,2026-13-01'].join('\n');
const CLEAN = ['Name,Purpose,Lawful basis,Retention (months),Review date,Data categories', 'Newsletter,News,Consent,24,2026-01-31,Contact details', 'Payroll,Pay,6(1)(c),120,,Bank details; Contact details', 'newsletter,Repeated,Consent,24,,'].join('\n');

describe('custos import inventory', () => {
  it('prints every problem by row and column, exits 1 and writes nothing', () => {
    const workspace = init('Bad');
    writeFileSync(join(work, 'bad.csv'), BAD);
    const result = run(['import', 'inventory', workspace, 'bad.csv']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('3 rows: 1 new, 0 updated, 0 unchanged, 0 duplicates skipped, 2 with errors.');
    expect(result.stderr).toContain('row 3, column A (Name): Name is required.');
    expect(result.stderr).toContain('row 4, column C (Lawful basis): “Maybe” is not a value GDPR lawful basis (Art 6) accepts.');
    expect(result.stderr).toContain('row 4, column D (Retention (months)): “forever” is not a whole number.');
    expect(result.stderr).toContain('row 4, column E (Review date): “2026-13-01” is not a date. Use YYYY-MM-DD.');
    expect(result.stderr).toContain('Nothing was imported: 4 problem(s) to correct first.');
    expect(activityCount(workspace)).toBe(0);
  });

  it('does a dry run, then imports, skipping a name repeated in the file', () => {
    const workspace = init('Clean');
    writeFileSync(join(work, 'clean.csv'), CLEAN);
    const dry = run(['import', 'inventory', workspace, 'clean.csv', '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('3 rows: 2 new, 0 updated, 0 unchanged, 1 duplicates skipped, 0 with errors.');
    expect(dry.stdout).toContain('row 4, column A (Name): “newsletter” already appears in row 2; this row is skipped.');
    expect(dry.stdout).toContain('Will create Data categories: Contact details, Bank details');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(activityCount(workspace)).toBe(0);

    const imported = run(['import', 'inventory', workspace, 'clean.csv']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported: 2 created, 0 updated, 0 unchanged, 1 skipped.');
    expect(activityCount(workspace)).toBe(2);

    const again = run(['import', 'inventory', workspace, 'clean.csv', '--on-duplicate', 'update', '--json']);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: 1 });
  });

  it('imports systems with --type and prints problems in Chinese', () => {
    const workspace = init('Systems', 'zh-CN');
    writeFileSync(join(work, 'systems.csv'), '系统名称,托管方式,国家/地区\nCRM,SaaS,德国\n邮件,本地部署,火星\n');
    const result = run(['import', 'inventory', workspace, 'systems.csv', '--type', 'systems', '--lang', 'zh-CN']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('第 3 行，C 列（国家/地区）：“火星”不是可识别的国家或地区');
    writeFileSync(join(work, 'systems.csv'), '系统名称,托管方式,国家/地区\nCRM,SaaS,德国\n邮件,本地部署,CN\n');
    const fixed = run(['import', 'inventory', workspace, 'systems.csv', '--type', 'systems', '--lang', 'zh-CN']);
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('导入完成：新建 2');
  });

  it('refuses a missing file and an unknown type', () => {
    const workspace = init('Missing');
    const missing = run(['import', 'inventory', workspace, 'nope.csv']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.csv');
    const type = run(['import', 'inventory', workspace, 'nope.csv', '--type', 'people']);
    expect(type.status).toBe(2);
  });
});

describe('custos export ropa', () => {
  it('writes both layouts to XLSX with frozen, filtered headers, and CSV with a BOM', () => {
    const workspace = init('Export');
    writeFileSync(join(work, 'export.csv'), 'Name,Purpose,Role,Data categories\nNewsletter,News,Controller,Contact details\nHosting for clients,Run client systems,Processor,Client data\n');
    expect(run(['import', 'inventory', workspace, 'export.csv']).status).toBe(0);

    const xlsx = run(['export', 'ropa', workspace, '--out', 'ropa.xlsx']);
    expect(xlsx.stderr).toBe('');
    expect(xlsx.status).toBe(0);
    expect(xlsx.stdout).toBe(`Wrote the record of processing to ${join(work, 'ropa.xlsx')}\n2 processing activities.\n`);
    const book = readXlsx(join(work, 'ropa.xlsx'));
    expect(book.sheets.map((s) => s.name)).toEqual(['Art 30(1) controller', 'Art 30(2) processor']);
    const [controller, processor] = book.sheets;
    const headerIndex = controller!.rows.findIndex((row) => row[0] === 'Processing activity');
    const header = controller!.rows[headerIndex]!;
    expect(header).toEqual(expect.arrayContaining(['Art 30(1)(b) Purposes of the processing', 'Art 30(1)(c) Categories of personal data', 'Art 30(1)(g) Technical and organisational security measures']));
    expect(controller!.rows.slice(headerIndex + 1).map((row) => row[0])).toEqual(['Hosting for clients', 'Newsletter']);
    expect(controller!.frozen).toBe(true);
    expect(controller!.autoFilter).toMatch(/^A\d+:[A-Z]+\d+$/);
    expect(processor!.rows.slice(processor!.rows.findIndex((row) => row[0] === 'Processing activity') + 1).map((row) => row[0])).toEqual(['Hosting for clients']);
    expect(processor!.rows.some((row) => row.includes('Art 30(2)(b) Categories of processing'))).toBe(true);

    const csv = run(['export', 'ropa', workspace, '--out', 'ropa.csv', '--layout', 'processor']);
    expect(csv.status, csv.stderr).toBe(0);
    const bytes = readFileSync(join(work, 'ropa.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith('Processing activity,Art 30(2)(a) Processor, representative and DPO')).toBe(false);
    expect(lines[0]).toContain('"Art 30(2)(a) Processor, representative and DPO"');
    expect(lines[1]!.startsWith('Hosting for clients,')).toBe(true);

    // The exported workbook imports back into a new workspace.
    const copy = init('Copy');
    const back = run(['import', 'inventory', copy, 'ropa.xlsx']);
    expect(back.status, back.stderr).toBe(0);
    expect(back.stdout).toContain('Imported: 2 created');
  });

  it('writes Chinese headers for a Chinese workspace and checks the format', () => {
    const workspace = init('Zh', 'zh-CN');
    run(['import', 'inventory', workspace, 'export.csv']);
    expect(run(['export', 'ropa', workspace, '--out', 'zh.xlsx', '--layout', 'controller']).status).toBe(0);
    const book = readXlsx(join(work, 'zh.xlsx'));
    expect(book.sheets.map((s) => s.name)).toEqual(['第30(1)条 控制者']);
    expect(book.sheets[0]!.rows.some((row) => row[0] === '处理活动' && row.includes('第30(1)(b)条 处理目的'))).toBe(true);
    const unknown = run(['export', 'ropa', workspace, '--out', 'ropa.txt']);
    expect(unknown.status).toBe(2);
    const conflict = run(['export', 'ropa', workspace, '--out', 'ropa.csv', '--format', 'xlsx']);
    expect(conflict.status).toBe(2);
  });
});
