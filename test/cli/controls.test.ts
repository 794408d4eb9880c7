// `custos controls` run as the built command (bin/custos.mjs → dist/cli/custos.mjs) against a
// workspace prepared through the backend: table and CSV output, both languages, exit codes.
// Build first: `npm run build:node`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli';
import { getControl, listControls } from '../../shared/frameworks';
import { b64, pdfFile } from '../integration/evidence-fixtures';
import { PASSPHRASE, testBackend } from '../support/backend';

const ROOT = resolve(import.meta.dirname, '../..');

let work = '';
let bundle = '';

function run(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  return runCli(work, args, { CUSTOS_PASSPHRASE: PASSPHRASE, ...env });
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  expect(field).toBe('');
  return records;
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-controls-'));
  const t = testBackend({ dir: work });
  try {
    bundle = (await t.call('workspace.create', { directory: work, name: 'Controls', passphrase: PASSPHRASE })).path;
    await t.call('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: false, justification: 'Remote only, no premises' } });
    await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.1', patch: { status: 'implemented' } });
    const file = await t.call('evidence.files.upload', { name: 'policy.pdf', base64: b64(pdfFile()) });
    await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.1', source: { kind: 'file', fileId: file.id }, effectiveDate: '2025-01-01' });
    await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.2', source: { kind: 'file', fileId: file.id }, effectiveDate: '2025-01-01' });
    await t.call('workspace.lock', { reason: 'manual' });
  } finally {
    await t.backend.dispose();
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('custos controls', () => {
  it('prints an aligned table of every ISO control with title, applicability, status and evidence', () => {
    const result = run(['controls', bundle, '--framework', 'iso27001']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+Title\s+Applicable\s+Status\s+Evidence$/);
    expect(lines[1]).toMatch(/^-+( +-+){4}$/);
    const rows = lines.slice(2, 2 + 93);
    expect(rows).toHaveLength(93);
    expect(rows[0]).toMatch(/^A\.5\.1\s+Policies for information security\s+yes\s+implemented\s+1$/);
    expect(rows.find((row) => row.startsWith('A.7.4 '))).toMatch(/\s+no\s+not started\s+0$/);
    // Columns line up: every row is as wide as the header's rule, give or take trailing spaces.
    const statusColumn = lines[0]!.indexOf('Status');
    for (const row of rows) expect(row.slice(statusColumn - 2, statusColumn)).toBe('  ');
    expect(lines.at(-1)).toBe('93 controls: 92 applicable, 1 implemented, 2 with evidence');
  });

  it('prints RFC 4180 CSV with a header row', () => {
    const result = run(['controls', bundle, '--framework', 'iso27001', '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith('\r\n')).toBe(true);
    const records = parseCsv(result.stdout);
    expect(records[0]).toEqual(['ID', 'Title', 'Applicable', 'Status', 'Evidence']);
    expect(records).toHaveLength(94);
    const catalog = listControls('iso27001');
    records.slice(1).forEach((record, index) => {
      expect(record).toHaveLength(5);
      expect(record[0]).toBe(`A.${catalog[index]!.id}`);
      expect(record[1]).toBe(catalog[index]!.title.en);
    });
    expect(records[1]).toEqual(['A.5.1', 'Policies for information security', 'yes', 'implemented', '1']);
  });

  it('speaks Chinese with --lang zh-CN, wide characters aligned', () => {
    const result = run(['controls', bundle, '--framework', 'soc2', '--lang', 'zh-CN']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^编号\s+名称\s+适用\s+状态\s+证据$/);
    expect(lines.slice(2, 2 + 61)).toHaveLength(61);
    expect(lines[2]).toContain(getControl('soc2', 'CC1.1')!.title['zh-CN']);
    expect(lines.find((line) => line.startsWith('PI1.1 '))).toMatch(/\s否\s+未开始\s+0$/);
    // A.5.1's evidence reaches CC2.2 and CC5.3 through the crosswalk.
    expect(lines.find((line) => line.startsWith('CC5.3 '))).toMatch(/\s1$/);
    const csv = parseCsv(run(['controls', bundle, '--framework', 'soc2', '--format', 'csv', '--lang', 'zh-CN']).stdout);
    expect(csv[0]).toEqual(['编号', '名称', '适用', '状态', '证据']);
    expect(csv).toHaveLength(62);
  });

  it('exits 2 on usage errors and 1 on a wrong passphrase', () => {
    expect(run(['controls', bundle]).status).toBe(2);
    expect(run(['controls', bundle, '--framework', 'nist']).status).toBe(2);
    expect(run(['controls', bundle, '--framework', 'soc2', '--format', 'xml']).status).toBe(2);
    const wrong = run(['controls', bundle, '--framework', 'soc2'], { CUSTOS_PASSPHRASE: 'not the passphrase at all' });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toBe('');
  });
});
