// Runs the built `custos` command (bin/custos.mjs → dist/cli/custos.mjs) against real encrypted
// workspaces in a temporary folder. Build first: `npm run build:node`.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/cli';
import enErrors from '../../shared/i18n/locales/en/errors.json';
import zhErrors from '../../shared/i18n/locales/zh-CN/errors.json';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';
const NEW_PASSPHRASE = 'Copper Meadow Ferry 2841';
const RECOVERY_LINE = /^Recovery key: ((?:[0-9a-f]{8}-){7}[0-9a-f]{8})$/m;

let work = '';

function run(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  return runCli(work, args, env);
}

function errorText(json: Record<string, unknown>, code: string): string {
  const text = json[code];
  if (typeof text !== 'string') throw new Error(`errors.json has no ${code}`);
  // Compare the text before any interpolated value.
  return text.split('{{')[0]!.trim();
}

function initWorkspace(name: string, legalName = `${name} Ltd`): { path: string; recoveryKey: string } {
  const result = run(['init', join(work, name), '--name', legalName], { CUSTOS_PASSPHRASE: PASSPHRASE });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const match = RECOVERY_LINE.exec(result.stdout);
  expect(match).not.toBeNull();
  return { path: join(work, `${name}.custos`), recoveryKey: match![1]! };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('custos init, info and verify', () => {
  let acme: { path: string; recoveryKey: string };

  beforeAll(() => {
    acme = initWorkspace('Acme', 'Acme Widgets Ltd');
  });

  it('creates the bundle and prints the recovery key once, with a warning', () => {
    expect(existsSync(join(acme.path, 'keyring.json'))).toBe(true);
    expect(acme.recoveryKey.replaceAll('-', '')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses to create a workspace that already exists', () => {
    const again = run(['init', join(work, 'Acme.custos')], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(errorText(enErrors, 'WORKSPACE_EXISTS'));
  });

  it('shows the organisation and never any key material', () => {
    const result = run(['info', acme.path], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Acme Widgets Ltd');
    const output = result.stdout + result.stderr;
    expect(output).not.toContain(acme.recoveryKey);
    expect(output).not.toContain(acme.recoveryKey.replaceAll('-', ''));
    expect(output).not.toContain(PASSPHRASE);
  });

  it('prints machine-readable facts with --json', () => {
    const result = run(['info', acme.path, '--json'], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(0);
    const info = JSON.parse(result.stdout) as { organisation: string; schemaVersion: number; keySlots: { kind: string; kdf: string }[] };
    expect(info.organisation).toBe('Acme Widgets Ltd');
    expect(info.schemaVersion).toBeGreaterThan(0);
    expect(info.keySlots).toHaveLength(1);
    expect(info.keySlots[0]!.kind).toBe('passphrase');
    expect(result.stdout).not.toMatch(/[0-9a-f]{64}/);
  });

  it('finds the bundle without its .custos suffix', () => {
    expect(run(['info', join(work, 'Acme')], { CUSTOS_PASSPHRASE: PASSPHRASE }).status).toBe(0);
  });

  it('reads the passphrase from the first line of --passphrase-file', () => {
    const file = join(work, 'passphrase.txt');
    writeFileSync(file, `${PASSPHRASE}\nignored second line\n`, { mode: 0o600 });
    const result = run(['info', acme.path, '--passphrase-file', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Acme Widgets Ltd');
  });

  it('opens with the recovery key from --recovery-key-file', () => {
    const file = join(work, 'recovery.txt');
    writeFileSync(file, `${acme.recoveryKey}\n`, { mode: 0o600 });
    const result = run(['info', acme.path, '--recovery-key-file', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Acme Widgets Ltd');
  });

  it('verifies an untouched workspace', () => {
    const result = run(['verify', acme.path], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Verified');
  });

  it('rejects a wrong passphrase with the translated error', () => {
    const result = run(['info', acme.path], { CUSTOS_PASSPHRASE: 'Not-The-Right-One-1234' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(errorText(enErrors, 'WRONG_PASSPHRASE'));
    expect(result.stdout).not.toContain('Acme Widgets Ltd');
  });

  it('speaks Simplified Chinese with --lang zh-CN or a zh locale', () => {
    const wrong = run(['info', acme.path, '--lang', 'zh-CN'], { CUSTOS_PASSPHRASE: 'Not-The-Right-One-1234' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(errorText(zhErrors, 'WRONG_PASSPHRASE'));

    const info = run(['info', acme.path], { CUSTOS_PASSPHRASE: PASSPHRASE, LANG: 'zh_CN.UTF-8' });
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('组织：Acme Widgets Ltd');
    expect(info.stdout).toContain('密钥槽');
  });

  it('has no way to take a passphrase on the command line', () => {
    const result = run(['info', acme.path, '--passphrase', PASSPHRASE]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown option/);

    const inline = run(['info', acme.path, `--passphrase=it's ${PASSPHRASE}`]);
    expect(inline.status).toBe(2);
    expect(inline.stderr).toContain('--passphrase=…');
    expect(inline.stderr).not.toContain(PASSPHRASE);
  });

  it('explains how to give a passphrase when there is no terminal', () => {
    const result = run(['info', acme.path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CUSTOS_PASSPHRASE');
    expect(result.stderr).toContain('--passphrase-file');
  });
});

describe('usage errors', () => {
  it('exits 2 for an unknown command, a missing argument or a bad language', () => {
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['info']).status).toBe(2);
    expect(run(['info', 'x', '--lang', 'fr']).status).toBe(2);
  });

  it('exits 0 for --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('passwd');
  });

  it('reports a missing workspace', () => {
    const result = run(['info', join(work, 'Nowhere.custos')], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(errorText(enErrors, 'WORKSPACE_NOT_FOUND'));
  });
});

describe('custos verify on a tampered audit trail', () => {
  it('exits 1 and names the edited event', () => {
    const { path, recoveryKey } = initWorkspace('Tampered');
    const db = new Database(join(path, 'workspace.db'));
    try {
      db.pragma("cipher='sqlcipher'");
      db.pragma('legacy=4');
      db.pragma(`key="x'${recoveryKey.replaceAll('-', '')}'"`);
      const changed = db.prepare('UPDATE audit_events SET summary = ? WHERE seq = 1').run(JSON.stringify({ before: null, after: { forged: true } }));
      expect(changed.changes).toBe(1);
    } finally {
      db.close();
    }

    const result = run(['verify', path], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('event #1: edited');
    expect(result.stderr).toContain('Verification failed');

    const json = run(['verify', path, '--json'], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; auditChain: { problems: { seq: number; kind: string }[] } };
    expect(report.ok).toBe(false);
    expect(report.auditChain.problems[0]).toMatchObject({ seq: 1, kind: 'edited' });
  });
});

describe('custos passwd', () => {
  it('changes the passphrase: the old one fails, the new one works', () => {
    const { path } = initWorkspace('Rekeyed');
    const changed = run(['passwd', path], { CUSTOS_PASSPHRASE: PASSPHRASE, CUSTOS_NEW_PASSPHRASE: NEW_PASSPHRASE });
    expect(changed.stderr).toBe('');
    expect(changed.status).toBe(0);

    const old = run(['info', path], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(old.status).toBe(1);
    expect(old.stderr).toContain(errorText(enErrors, 'WRONG_PASSPHRASE'));

    const file = join(work, 'new-passphrase.txt');
    writeFileSync(file, `${NEW_PASSPHRASE}\r\n`, { mode: 0o600 });
    expect(run(['info', path, '--passphrase-file', file]).status).toBe(0);
  });

  it('sets a new passphrase after unlocking with the recovery key', () => {
    const { path, recoveryKey } = initWorkspace('Recovered');
    const keyFile = join(work, 'recovered-key.txt');
    writeFileSync(keyFile, recoveryKey, { mode: 0o600 });
    const changed = run(['passwd', path, '--recovery-key-file', keyFile], { CUSTOS_NEW_PASSPHRASE: NEW_PASSPHRASE });
    expect(changed.status).toBe(0);
    expect(run(['info', path], { CUSTOS_PASSPHRASE: NEW_PASSPHRASE }).status).toBe(0);
  });

  it('refuses a weak new passphrase', () => {
    const { path } = initWorkspace('Weak');
    const result = run(['passwd', path], { CUSTOS_PASSPHRASE: PASSPHRASE, CUSTOS_NEW_PASSPHRASE: 'password' });
    expect(result.status).toBe(1);
    expect(run(['info', path], { CUSTOS_PASSPHRASE: PASSPHRASE }).status).toBe(0);
  });
});

describe('custos demo', () => {
  it('creates the demo organisation and info lists its records', () => {
    const folder = join(work, 'demo');
    mkdirSync(folder);
    const created = run(['demo', join(folder, 'Demo.custos')], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(RECOVERY_LINE);
    const bundles = readdirSync(folder).filter((entry) => entry.endsWith('.custos'));
    expect(bundles).toHaveLength(1);
    const path = join(folder, bundles[0]!);
    expect(created.stdout).toContain(path);

    const info = run(['info', path, '--json'], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(info.status).toBe(0);
    const facts = JSON.parse(info.stdout) as { recordCounts: Record<string, number>; auditChain: { ok: boolean } };
    expect(Object.keys(facts.recordCounts).length).toBeGreaterThan(0);
    expect(facts.auditChain.ok).toBe(true);
    expect(run(['verify', path], { CUSTOS_PASSPHRASE: PASSPHRASE }).status).toBe(0);
  });
});
