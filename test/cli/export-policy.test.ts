// `custos export policy`: the built command exports a policy version from a real encrypted workspace
// (the demo organisation's). Build first: `npm run build:node`. The files' content is checked in
// depth by test/integration/policies.test.ts; here, the command's behaviour: version selection,
// formats, messages and exit codes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';
const unlocked = { CUSTOS_PASSPHRASE: PASSPHRASE };

let work = '';
let demo = '';

function run(args: string[], env: Record<string, string | undefined> = unlocked): CliResult {
  return runCli(work, args, env);
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-policy-'));
  const folder = join(work, 'demo');
  mkdirSync(folder);
  const created = run(['demo', join(folder, 'Demo.custos')]);
  expect(created.status, created.stderr).toBe(0);
  demo = join(folder, readdirSync(folder).find((entry) => entry.endsWith('.custos'))!);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('custos export policy', () => {
  it('exports the version in force as PDF by slug and prints its SHA-256', () => {
    const result = run(['export', 'policy', demo, 'information-security-policy', '--out', 'isp.pdf']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = join(work, 'isp.pdf');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Wrote the policy to ${file}`);
    expect(lines[1]).toBe('Information Security Policy, version 2 (Published).');
    const sha = /^SHA-256 of the approved text: ([0-9a-f]{64})$/.exec(lines[2] ?? '')?.[1];
    expect(sha).toBeDefined();
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Information Security Policy');
    expect(text).toContain(sha!);
  });

  it('exports an older version with --version as Markdown and DOCX, with JSON output', () => {
    const md = run(['export', 'policy', demo, 'information-security-policy', '--out', 'isp-v1.md', '--version', '1', '--json']);
    expect(md.status, md.stderr).toBe(0);
    const facts = JSON.parse(md.stdout) as { version: number; status: string; sha256: string; mimeType: string; path: string };
    expect(facts).toMatchObject({ version: 1, status: 'superseded', mimeType: 'text/markdown; charset=utf-8', path: join(work, 'isp-v1.md') });
    const markdown = readFileSync(join(work, 'isp-v1.md'), 'utf8');
    expect(markdown).toMatch(/^# /);
    expect(markdown).not.toContain('Artificial intelligence tools');

    const folder = join(work, 'out');
    mkdirSync(folder);
    const docx = run(['export', 'policy', demo, 'pipl-processing-rules', '--out', folder, '--format', 'docx']);
    expect(docx.status, docx.stderr).toBe(0);
    const file = join(folder, 'pipl-processing-rules-v1.docx');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const xml = execFileSync('python3', ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8"))', file], { encoding: 'utf8' });
    expect(xml).toContain('个人信息处理规则');
  });

  it('says what is wrong with the format, the version or the policy', () => {
    const unknown = run(['export', 'policy', demo, 'information-security-policy', '--out', 'isp.txt']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Cannot tell the format from "isp.txt"');
    const conflict = run(['export', 'policy', demo, 'information-security-policy', '--out', 'isp.pdf', '--format', 'docx']);
    expect(conflict.status).toBe(2);
    expect(conflict.stderr).toContain('--format docx does not match the file name "isp.pdf"');
    const badVersion = run(['export', 'policy', demo, 'information-security-policy', '--out', 'isp.pdf', '--version', 'two']);
    expect(badVersion.status).toBe(2);
    const noVersion = run(['export', 'policy', demo, 'information-security-policy', '--out', 'isp.pdf', '--version', '9']);
    expect(noVersion.status).toBe(1);
    expect(noVersion.stderr).toContain('Information Security Policy has no version 9 (the latest is version 2).');
    const noPolicy = run(['export', 'policy', demo, 'no-such-policy', '--out', 'x.pdf']);
    expect(noPolicy.status).toBe(1);
    expect(noPolicy.stderr).toContain('The item was not found.');
  });

  it('speaks Chinese with --lang zh-CN', () => {
    const result = run(['export', 'policy', demo, 'backup-policy', '--out', 'backup.md', '--lang', 'zh-CN']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('已将制度写入');
    expect(result.stdout).toContain('（已发布）');
  });
});
