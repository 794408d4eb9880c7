// `custos soa`: the built command exports the Statement of Applicability from a real encrypted
// workspace. Build first: `npm run build:node`. The files' content is checked in depth by
// test/integration/soa-export.test.ts; here, the command's behaviour: formats, messages, exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli';
import enErrors from '../../shared/i18n/locales/en/errors.json';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';

let work = '';

function run(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  return runCli(work, args, env);
}

const unlocked = { CUSTOS_PASSPHRASE: PASSPHRASE };

function init(name: string, legalName: string, lang: 'en' | 'zh-CN' = 'en'): string {
  const result = run(['init', join(work, name), '--name', legalName, '--lang', lang], unlocked);
  expect(result.status, result.stderr).toBe(0);
  return join(work, `${name}.custos`);
}

let acme = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-soa-'));
  acme = init('Acme', 'Acme Widgets Ltd');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('custos soa', () => {
  it('writes an XLSX named by --out and says where and how many controls', () => {
    const result = run(['soa', acme, '--out', 'soa.xlsx'], unlocked);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = join(work, 'soa.xlsx');
    expect(result.stdout).toBe(`Wrote the Statement of Applicability to ${file}\n93 controls, 93 applicable.\n`);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('takes the format from a .pdf extension', () => {
    const result = run(['soa', acme, '--out', join(work, 'soa.PDF')], unlocked);
    expect(result.status).toBe(0);
    expect(readFileSync(join(work, 'soa.PDF')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes into a folder under the suggested name with --format, and reports JSON', () => {
    const folder = join(work, 'exports');
    mkdirSync(folder);
    const result = run(['soa', acme, '--out', folder, '--format', 'pdf', '--json'], unlocked);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { path: string; fileName: string; mimeType: string; bytes: number; controls: number; applicable: number };
    expect(report.fileName).toMatch(/^statement-of-applicability-acme-widgets-ltd-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(report).toMatchObject({ path: join(folder, report.fileName), mimeType: 'application/pdf', controls: 93, applicable: 93 });
    expect(readFileSync(report.path).length).toBe(report.bytes);
  });

  it('writes to the current folder when --out is left out', () => {
    const result = run(['soa', acme, '--json'], unlocked);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { path: string; fileName: string };
    expect(report.path).toBe(join(work, report.fileName));
    expect(report.fileName.endsWith('.xlsx')).toBe(true);
  });

  it("speaks Chinese with --lang zh-CN and writes the document in the workspace's language", () => {
    const zh = init('Shili', '示例科技有限公司', 'zh-CN');
    const result = run(['soa', zh, '--out', 'shili.pdf', '--lang', 'zh-CN'], unlocked);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`已将适用性声明写入 ${join(work, 'shili.pdf')}`);
    expect(result.stdout).toContain('共 93 项控制，其中 93 项适用。');
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', join(work, 'shili.pdf'), '-'], { encoding: 'utf8' });
    if (text.error) throw new Error('pdftotext is missing: apt-get install poppler-utils');
    expect(text.stdout).toContain('适用性声明');
    expect(text.stdout).toContain('示例科技有限公司');
  });

  it('exits 2 when the format cannot be told or contradicts the file name, before asking for a secret', () => {
    const unknown = run(['soa', acme, '--out', 'soa.txt']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Cannot tell the format from "soa.txt"');
    expect(unknown.stderr).not.toContain('CUSTOS_PASSPHRASE');

    const conflict = run(['soa', acme, '--out', 'soa.pdf', '--format', 'xlsx']);
    expect(conflict.status).toBe(2);
    expect(conflict.stderr).toContain('--format xlsx does not match the file name "soa.pdf"');

    expect(run(['soa', acme, '--format', 'docx']).status).toBe(2);
    expect(run(['soa']).status).toBe(2);
  });

  it('exits 1 for a folder that does not exist and for a wrong passphrase', () => {
    const missing = run(['soa', acme, '--out', join(work, 'nowhere', 'soa.xlsx')], unlocked);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(enErrors.NOT_FOUND);
    expect(missing.stderr).toContain(join(work, 'nowhere'));
    expect(existsSync(join(work, 'nowhere'))).toBe(false);

    const wrong = run(['soa', acme, '--out', 'x.xlsx'], { CUSTOS_PASSPHRASE: 'Not-The-Right-One-1234' });
    expect(wrong.status).toBe(1);
    expect(existsSync(join(work, 'x.xlsx'))).toBe(false);
  });

  it('is listed in the help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/soa \[options\] <path>/);
  });
});
