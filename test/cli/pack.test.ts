// `custos pack` and `custos pack verify` as a user runs them (the built command in a child process).
// Build first: `npm run build:node`.
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openZip, type Entry } from 'yauzl';
import { ZipFile } from 'yazl';
import { runCli, type CliResult } from '../support/cli';

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';

let work = '';
let bundle = '';
let pack = '';
let fingerprint = '';

function run(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  return runCli(work, args, env);
}

function readZip(file: string): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolvePromise, reject) => {
    openZip(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const entries: { name: string; data: Buffer }[] = [];
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolvePromise(entries));
      zip.readEntry();
    });
  });
}

function writeZip(file: string, entries: readonly { name: string; data: Buffer }[]): Promise<void> {
  return new Promise((resolvePromise) => {
    const zip = new ZipFile();
    for (const entry of entries) zip.addBuffer(entry.data, entry.name);
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolvePromise();
    });
  });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-pack-'));
  expect(run(['init', join(work, 'Acme'), '--name', 'Acme Pack Ltd'], { CUSTOS_PASSPHRASE: PASSPHRASE }).status).toBe(0);
  bundle = join(work, 'Acme.custos');
  pack = join(work, 'soc2.zip');
  const today = new Date().toISOString().slice(0, 10);
  const result = run(['pack', bundle, '--framework', 'soc2', '--out', pack, '--to', today, '--recipient', 'Example Audit LLP'], { CUSTOS_PASSPHRASE: PASSPHRASE });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(`Audit pack written to ${pack} (`);
  fingerprint = /Signing key fingerprint: ([0-9a-f]{64})/.exec(result.stdout)![1]!;
  const manifest = readFileSync(pack);
  expect(manifest.length).toBeGreaterThan(1000);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('custos pack', () => {
  it("prints the manifest's hash, which is the SHA-256 of the pack's manifest.json, and the key fingerprint", async () => {
    const entries = await readZip(pack);
    const manifest = entries.find((e) => e.name === 'manifest.json')!.data;
    expect(JSON.parse(manifest.toString()).keyFingerprint).toBe(fingerprint);
    // The pack history shows the same hash: the next pack with --json prints it too.
    const json = run(['pack', bundle, '--framework', 'iso27001', '--out', join(work, 'iso.zip'), '--locale', 'zh-CN', '--redact', '--json'], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ path: join(work, 'iso.zip'), keyFingerprint: fingerprint });
    const isoManifest = (await readZip(join(work, 'iso.zip'))).find((e) => e.name === 'manifest.json')!.data;
    expect(result.manifestSha256).toBe(createHash('sha256').update(isoManifest).digest('hex'));
    expect(JSON.parse(isoManifest.toString())).toMatchObject({ framework: 'iso27001', locale: 'zh-CN', redacted: true });
  });

  it("is a ZIP that unzip tests clean: every entry's CRC-32 (computed natively in the built command) is right", (context) => {
    if (spawnSync('unzip', ['-v'], { encoding: 'utf8' }).error) {
      console.log('unzip is not installed: skipped the CRC check with unzip -t');
      context.skip();
    }
    for (const file of [pack, join(work, 'iso.zip')]) {
      if (!existsSync(file)) continue;
      const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(tested.stdout).toMatch(/No errors detected in compressed data/);
      expect(tested.status).toBe(0);
    }
  });

  it('refuses a malformed or reversed period before asking for anything, naming the option', () => {
    const bad = run(['pack', bundle, '--framework', 'soc2', '--out', join(work, 'bad.zip'), '--from', '2026-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--from must be a date YYYY-MM-DD that exists, not "2026-02-30"');
    const reversed = run(['pack', bundle, '--framework', 'soc2', '--out', join(work, 'bad.zip'), '--from', '2026-06-01', '--to', '2026-01-31']);
    expect(reversed.status).toBe(2);
    expect(reversed.stderr).toContain('--from 2026-06-01 is after --to 2026-01-31');
    const zh = run(['pack', bundle, '--framework', 'soc2', '--out', join(work, 'bad.zip'), '--to', '2026-1-5', '--lang', 'zh-CN']);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('--to 必须是存在的 YYYY-MM-DD 格式日期');
    const missing = run(['pack', bundle, '--out', join(work, 'bad.zip')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--framework');
    expect(existsSync(join(work, 'bad.zip'))).toBe(false);
  });

  it('refuses a period that ends after today with the translated error naming it', () => {
    const result = run(['pack', bundle, '--framework', 'soc2', '--out', join(work, 'future.zip'), '--to', '2999-12-31'], { CUSTOS_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The period is not valid: to (2999-12-31)');
    expect(existsSync(join(work, 'future.zip'))).toBe(false);
  });
});

describe('custos pack verify', () => {
  it('verifies a pack without a workspace or passphrase, printing a summary with the key fingerprint', () => {
    const result = run(['pack', 'verify', pack]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^OK: all \\d+ files match manifest\\.json, and its signature is valid for key ${fingerprint}\\.\\n$`));
    expect(run(['pack', 'verify', pack, '--fingerprint', fingerprint]).status).toBe(0);
    const zh = run(['pack', 'verify', pack, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain(`且其签名对密钥 ${fingerprint} 有效`);
    const json = run(['pack', 'verify', pack, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, problems: [], keyFingerprint: fingerprint });
  });

  it('names each problem and exits 1', async () => {
    const entries = await readZip(pack);
    const tampered = join(work, 'tampered.zip');
    const removed = entries.find((e) => e.name.startsWith('registers/'))!.name;
    await writeZip(tampered, [
      ...entries
        .filter((e) => e.name !== removed)
        .map((e) => {
          if (e.name !== 'report.pdf') return e;
          const data = Buffer.from(e.data);
          data[100] = data[100]! ^ 0xff;
          return { name: e.name, data };
        }),
      { name: 'planted.exe', data: Buffer.from('MZ') },
    ]);
    const result = run(['pack', 'verify', tampered]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ {2}hash: report\.pdf has SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64}$/m);
    expect(result.stdout).toContain(`  missing: ${removed} is not in the pack`);
    expect(result.stdout).toContain('  extra: planted.exe is in the pack but not in the manifest');
    expect(result.stderr).toContain('The audit pack does NOT verify: 3 problem(s).');
    const zh = run(['pack', 'verify', tampered, '--lang', 'zh-CN']);
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain('多余：planted.exe 在审计包内，但不在清单中');
  });

  it('a pinned key that is not the signer fails; a damaged file is refused', () => {
    const other = join(work, 'other.pem');
    writeFileSync(other, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    const pinned = run(['pack', 'verify', pack, '--key', other]);
    expect(pinned.status).toBe(1);
    expect(pinned.stdout).toMatch(/signature: signing-key\.pem: expected [0-9a-f]{64}, found [0-9a-f]{64}/);
    const badFingerprint = run(['pack', 'verify', pack, '--fingerprint', 'xyz']);
    expect(badFingerprint.status).toBe(2);
    const notZip = join(work, 'notes.zip');
    writeFileSync(notZip, 'not a zip');
    const unreadable = run(['pack', 'verify', notZip]);
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toContain('The audit pack cannot be read');
    expect(readdirSync(work).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});
