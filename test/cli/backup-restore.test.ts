// `custos backup` and `custos restore` as a user runs them (the built command in a child process).
// Build first: `npm run build:node`.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKeyAgainstFile } from '../../electron/backend/workspace/sqlcipher';
import enErrors from '../../shared/i18n/locales/en/errors.json';
import zhErrors from '../../shared/i18n/locales/zh-CN/errors.json';
import { runCli, type CliResult } from '../support/cli';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';
const WRONG = 'Copper Meadow Ferry 2841';
const RECOVERY_LINE = /^Recovery key: ((?:[0-9a-f]{8}-){7}[0-9a-f]{8})$/m;

let work = '';
let bundle = '';
let keyHex = '';

function run(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  return runCli(work, args, env);
}

const before = (text: string) => text.split('{{')[0]!.trim();

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-backup-'));
  const init = run(['init', join(work, 'Acme'), '--name', 'Acme Backup Marker Ltd'], { CUSTOS_PASSPHRASE: PASSPHRASE });
  expect(init.status).toBe(0);
  bundle = join(work, 'Acme.custos');
  keyHex = RECOVERY_LINE.exec(init.stdout)![1]!.replaceAll('-', '');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('custos backup', () => {
  it('writes one verified, encrypted file and reports it', () => {
    const out = join(work, 'acme.custos-backup');
    const result = run(['backup', bundle, '--out', out], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Backed up to ${out}`);
    expect(result.stdout).toContain('Verified:');
    const bytes = readFileSync(out);
    expect(bytes.includes(Buffer.from('Acme Backup Marker Ltd'))).toBe(false);
    expect(bytes.subarray(0, 12).toString()).toBe('workspace.db');
  });

  it('names the file in a folder and keeps N copies with --keep, printing JSON on request', () => {
    const folder = join(work, 'backups');
    mkdirSync(folder);
    for (let i = 0; i < 3; i++) {
      const result = run(['backup', bundle, '--out', folder, '--keep', '2', '--json'], { CUSTOS_PASSPHRASE: PASSPHRASE });
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ fileName: expect.stringMatching(/^Acme-\d{8}-\d{6}\.custos-backup$/) });
      // Names carry the time to the second.
      if (i < 2) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
    }
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('refuses --keep without a folder before asking for anything', () => {
    const result = run(['backup', bundle, '--out', join(work, 'x.custos-backup'), '--keep', '2']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--keep needs a folder');
  });

  it('names an existing file it will not overwrite, in Chinese too', () => {
    const out = join(work, 'exists.custos-backup');
    writeFileSync(out, 'taken');
    const result = run(['backup', bundle, '--out', out, '--lang', 'zh-CN'], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(before(zhErrors.BACKUP_FAILED));
    expect(result.stderr).toContain(out);
    expect(readFileSync(out, 'utf8')).toBe('taken');
  });
});

describe('custos restore', () => {
  let file = '';
  beforeAll(() => {
    file = join(work, 'for-restore.custos-backup');
    expect(run(['backup', bundle, '--out', file], { CUSTOS_PASSPHRASE: PASSPHRASE }).status).toBe(0);
  });

  it('restores to a new folder that opens with the passphrase', () => {
    const result = run(['restore', file, join(work, 'Restored')], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`to ${join(work, 'Restored.custos')}`);
    expect(checkKeyAgainstFile(join(work, 'Restored.custos', 'workspace.db'), keyHex)).toBe('match');
    const verify = run(['verify', join(work, 'Restored.custos')], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain('Verified: the workspace is intact.');
    expect(run(['info', join(work, 'Restored.custos')], { CUSTOS_PASSPHRASE: PASSPHRASE }).stdout).toContain('Acme Backup Marker Ltd');
  });

  it('changes nothing with a wrong passphrase, and refuses an existing workspace without --force', () => {
    const target = join(work, 'Wrong.custos');
    const wrong = run(['restore', file, target], { CUSTOS_PASSPHRASE: WRONG });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(before(enErrors.WRONG_PASSPHRASE));
    expect(existsSync(target)).toBe(false);

    const exists = run(['restore', file, bundle], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain(before(enErrors.WORKSPACE_EXISTS));
    expect(exists.stderr).toContain(bundle);
  });

  it('replaces a workspace with --force and leaves nothing aside', () => {
    const result = run(['restore', file, join(work, 'Restored.custos'), '--force'], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('replacing the workspace that was there');
    expect(readdirSync(work).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a tampered file, naming the part and the file', () => {
    const bad = join(work, 'tampered.custos-backup');
    const bytes = Buffer.from(readFileSync(file));
    bytes[2048] = bytes[2048]! ^ 0x01;
    writeFileSync(bad, bytes);
    const result = run(['restore', bad, join(work, 'Tampered')], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(enErrors.BACKUP_DAMAGED.replace('{{part}}', 'workspace.db'));
    expect(result.stderr).toContain(bad);
    expect(existsSync(join(work, 'Tampered.custos'))).toBe(false);
  });

  it('restores with the recovery key from a file', () => {
    const keyFile = join(work, 'recovery.txt');
    writeFileSync(keyFile, `${keyHex.match(/.{8}/g)!.join('-')}\n`);
    const result = run(['restore', file, join(work, 'ByKey'), '--recovery-key-file', keyFile]);
    expect(result.status).toBe(0);
    expect(checkKeyAgainstFile(join(work, 'ByKey.custos', 'workspace.db'), keyHex)).toBe('match');
  });
});
