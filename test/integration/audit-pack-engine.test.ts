// The audit pack's engine: a signed, reproducible ZIP that verifies with our verifier and with
// openssl and sha256sum alone; every kind of tampering is named; cancel and failure leave nothing;
// the export is in the pack history and on the audit trail; a wrong period is refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open as openZip, type Entry } from 'yauzl';
import { ZipFile } from 'yazl';
import type { BackendEvent } from '../../shared/contract';
import { buildPack } from '../../electron/backend/audit-pack/pack-builder';
import { resolvePackContext } from '../../electron/backend/audit-pack/pack-context';
import { readPublicSigningKey, signWithWorkspaceKey } from '../../electron/backend/audit-pack/signing-key';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { makeTempDir, PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const REQUESTER = 'Zebulon Quartermaine-7731';
const REQUESTER_EMAIL = 'zebulon.q7731@example.org';

let clock = new Date('2026-03-01T08:00:00Z');
let t: TestBackend;
let bundle: string;
let keyHex: string;
let workspaceId: string;
const events: BackendEvent[] = [];

interface ZipEntry {
  name: string;
  data: Buffer;
  compressed: boolean;
  mtime: Date;
}

/** Every entry of a ZIP, in order, read back with yauzl (independent of the writer). */
function readZip(file: string): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    openZip(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const entries: ZipEntry[] = [];
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks), compressed: entry.compressionMethod === 8, mtime: entry.getLastModDate() });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Writes entries as a new ZIP (to tamper with a pack the way an attacker could). */
function writeZip(file: string, entries: readonly { name: string; data: Buffer }[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const entry of entries) zip.addBuffer(entry.data, entry.name);
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve();
    });
    zip.outputStream.on('error', reject);
  });
}

async function extract(file: string): Promise<string> {
  const folder = makeTempDir('custos-pack-x-');
  for (const entry of await readZip(file)) {
    const target = join(folder, ...entry.name.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.data);
  }
  return folder;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hasTool(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

async function exportPack(file: string, extra: Record<string, unknown> = {}) {
  return t.call('packs.export', { jobId: `job-${Math.random().toString(36).slice(2, 12)}`, framework: 'soc2', ...PERIOD, locale: 'en', redact: false, file, ...extra });
}

let packFile: string;

beforeAll(async () => {
  t = testBackend({ now: () => clock });
  t.backend.subscribe((event) => events.push(event));
  const created = await t.call('workspace.create', { directory: join(t.dir, 'workspaces'), name: 'Acme', passphrase: PASSPHRASE });
  bundle = created.path;
  keyHex = created.recoveryKey.replace(/-/g, '');
  workspaceId = (created.status as { workspaceId: string }).workspaceId;
  await t.call('organisation.update', {
    legalName: 'Acme Packs GmbH',
    tradingName: '',
    registeredAddress: '',
    country: 'DE',
    industry: 'Software',
    employeeCount: 40,
    dpoName: 'Dana',
    dpoEmail: '',
    euRepresentative: '',
    jurisdictions: ['gdpr'],
  });
  const text = await t.call('evidence.files.upload', { name: 'access review.txt', base64: Buffer.from('Quarterly access review\n'.repeat(500)).toString('base64') });
  await t.call('evidence.link', { framework: 'soc2', controlId: 'CC6.1', source: { kind: 'file', fileId: text.id }, effectiveDate: '2026-02-01' });
  await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.15', source: { kind: 'file', fileId: text.id }, effectiveDate: '2026-02-01' });
  await t.call('requests.create', {
    receivedAt: '2026-03-01T07:00:00Z',
    channel: 'email',
    law: 'gdpr',
    type: 'access',
    language: 'en',
    requesterName: REQUESTER,
    requesterContact: REQUESTER_EMAIL,
    relationship: 'self',
    subjectCategoryId: null,
    details: 'Asks for a copy of the data.',
  });
  // Packs are made after the period, so nothing they record falls inside it.
  clock = new Date('2026-07-15T10:00:00Z');
  packFile = join(makeTempDir('custos-pack-'), 'soc2.zip');
  await exportPack(packFile, { recipient: 'Example Audit LLP' });
}, 120_000);

afterAll(async () => {
  await t.cleanup();
});

describe('an audit pack', () => {
  it('is a ZIP with a manifest listing every file by path, size and SHA-256, signed with the workspace key', async () => {
    const entries = await readZip(packFile);
    const names = entries.map((e) => e.name);
    // The contents sorted by path (byte order), then the files made from their hashes, also sorted;
    // one fixed time, text compressed and PDFs stored.
    const closing = ['SHA256SUMS', 'index.html', 'manifest.json', 'manifest.sig', 'report.pdf', 'signing-key.pem'];
    const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect(names.slice(-closing.length)).toEqual(closing);
    const contents = names.slice(0, -closing.length);
    expect(contents).toEqual([...contents].sort(byteOrder));
    expect(contents).toEqual(expect.arrayContaining(['audit-trail.jsonl', 'registers/risks.xlsx']));
    expect(new Set(entries.map((e) => e.mtime.getTime())).size).toBe(1);
    expect(entries.find((e) => e.name === 'report.pdf')!.compressed).toBe(false);
    expect(entries.find((e) => e.name === 'index.html')!.compressed).toBe(true);

    const byName = new Map(entries.map((e) => [e.name, e.data]));
    const manifestBytes = byName.get('manifest.json')!;
    const manifest = JSON.parse(manifestBytes.toString('utf8'));
    const key = await t.call('packs.signingKey', {});
    expect(manifest).toMatchObject({
      format: 'custos-audit-pack/1',
      framework: 'soc2',
      period: PERIOD,
      asOf: '2026-06-30T23:59:59.999Z',
      locale: 'en',
      redacted: false,
      generatedAt: '2026-07-15T10:00:00.000Z',
      appVersion: '0.0.0-test',
      keyFingerprint: key.fingerprint,
    });
    expect(manifest.catalogVersion).toMatch(/soc2/);
    expect(Object.keys(manifest)).toEqual(['format', 'workspaceId', 'organisation', 'framework', 'catalogVersion', 'period', 'asOf', 'locale', 'redacted', 'generatedAt', 'appVersion', 'keyFingerprint', 'files']);
    expect(manifestBytes.toString('utf8')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    // Every file but the manifest, its signature and the key, with the right size and hash.
    const listed = manifest.files.map((f: { path: string }) => f.path);
    expect(listed.sort()).toEqual(names.filter((n) => !['manifest.json', 'manifest.sig', 'signing-key.pem'].includes(n)).sort());
    for (const file of manifest.files as { path: string; size: number; sha256: string }[]) {
      expect(byName.get(file.path)!.length, file.path).toBe(file.size);
      expect(sha256(byName.get(file.path)!), file.path).toBe(file.sha256);
    }
    // The key is the workspace's, its fingerprint the SHA-256 of its DER, and it verifies the signature.
    expect(byName.get('signing-key.pem')!.toString()).toBe(key.publicKeyPem);
    const publicKey = createPublicKey(key.publicKeyPem);
    expect(sha256(publicKey.export({ type: 'spki', format: 'der' }))).toBe(key.fingerprint);
    expect(verify(null, manifestBytes, publicKey, Buffer.from(byName.get('manifest.sig')!.toString().trim(), 'base64'))).toBe(true);
    // SHA256SUMS lists the same hashes for sha256sum -c.
    const sums = byName.get('SHA256SUMS')!.toString().trim().split('\n');
    expect(sums.length).toBe(manifest.files.length - 1);
    for (const line of sums) {
      const [hash, path] = line.split(' *') as [string, string];
      expect(manifest.files.find((f: { path: string }) => f.path === path)?.sha256, path).toBe(hash);
    }
    // The evidence of CC6.1 is in the pack.
    expect(names.some((n) => n.startsWith('evidence/CC6.1/'))).toBe(true);
  });

  it('verifies: every hash and the signature; the result names the key', async () => {
    const key = await t.call('packs.signingKey', {});
    const result = await t.call('packs.verify', { file: packFile });
    expect(result).toMatchObject({ ok: true, problems: [], keyFingerprint: key.fingerprint });
    expect(result.fileCount).toBeGreaterThan(5);
    expect((await t.call('packs.verify', { file: packFile, fingerprint: key.fingerprint })).ok).toBe(true);
    expect((await t.call('packs.verify', { file: packFile, publicKeyPem: key.publicKeyPem })).ok).toBe(true);
  });

  it('verifies with openssl and sha256sum alone', async (context) => {
    const folder = await extract(packFile);
    if (!hasTool('sha256sum')) {
      console.log('sha256sum is not installed: skipped the sha256sum check');
    } else {
      const ok = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      // The same hash for manifest.json's list (SHA256SUMS itself is in the manifest).
      const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
      const sumsHash = execFileSync('sha256sum', ['SHA256SUMS'], { cwd: folder, encoding: 'utf8' }).split(' ')[0];
      expect(manifest.files.find((f: { path: string }) => f.path === 'SHA256SUMS').sha256).toBe(sumsHash);
      // sha256sum notices a changed file.
      writeFileSync(join(folder, 'report.pdf'), Buffer.concat([readFileSync(join(folder, 'report.pdf')), Buffer.from(' ')]));
      const bad = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
      expect(bad.status).not.toBe(0);
      expect(bad.stdout).toMatch(/report\.pdf: FAILED/);
    }
    if (!hasTool('openssl')) {
      console.log('openssl is not installed: skipped the openssl signature check');
      context.skip();
      return;
    }
    writeFileSync(join(folder, 'manifest.sig.bin'), Buffer.from(readFileSync(join(folder, 'manifest.sig'), 'utf8').trim(), 'base64'));
    const verified = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'signing-key.pem', '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig.bin'], { cwd: folder, encoding: 'utf8' });
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/Signature Verified Successfully/);
    // The fingerprint a verifier computes with openssl is the one the app shows.
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', 'signing-key.pem', '-outform', 'DER'], { cwd: folder });
    expect(sha256(der)).toBe((await t.call('packs.signingKey', {})).fingerprint);
    // A changed manifest fails openssl's check.
    writeFileSync(join(folder, 'manifest.json'), readFileSync(join(folder, 'manifest.json'), 'utf8').replace('"soc2"', '"iso27001"'));
    const tampered = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'signing-key.pem', '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig.bin'], { cwd: folder, encoding: 'utf8' });
    expect(tampered.status).not.toBe(0);
  });

  it('is in the pack history and on the audit trail, with job progress along the way', async () => {
    const history = await t.call('packs.history', {});
    const manifestHash = sha256((await readZip(packFile)).find((e) => e.name === 'manifest.json')!.data);
    expect(history[0]).toMatchObject({
      framework: 'soc2',
      from: PERIOD.from,
      to: PERIOD.to,
      locale: 'en',
      redacted: false,
      recipient: 'Example Audit LLP',
      fileName: 'soc2.zip',
      manifestSha256: manifestHash,
      generatedAt: '2026-07-15T10:00:00.000Z',
      generatedBy: 'owner',
    });
    expect(history[0]!.bytes).toBe(readFileSync(packFile).length);
    const trail = await t.call('audit.list', { limit: 5 });
    const event = trail.find((e) => e.entityType === 'pack_export' && e.entityId === history[0]!.id);
    expect(event).toMatchObject({ procedure: 'packs.export', actor: 'owner' });
    expect(event!.summary.after).toMatchObject({ manifestSha256: manifestHash, recipient: 'Example Audit LLP', fileName: 'soc2.zip' });
    const phases = new Set(events.filter((e) => e.type === 'job.progress' && e.kind === 'audit_pack').map((e) => (e as { phase: string }).phase));
    for (const phase of ['collect', 'report', 'write', 'index', 'record']) expect(phases, phase).toContain(phase);
  });
});

describe('tampering is named', () => {
  let entries: ZipEntry[];
  let folder: string;
  const tampered = async (name: string, change: (list: { name: string; data: Buffer }[]) => { name: string; data: Buffer }[]) => {
    const file = join(folder, `${name}.zip`);
    await writeZip(file, change(entries.map((e) => ({ name: e.name, data: e.data }))));
    return t.call('packs.verify', { file });
  };

  beforeAll(async () => {
    entries = await readZip(packFile);
    folder = makeTempDir('custos-pack-t-');
  });

  it('an unchanged rewrite still verifies (the check is of the contents, not the ZIP bytes)', async () => {
    expect((await tampered('same', (list) => list)).ok).toBe(true);
  });

  it('one byte changed in a file → hash', async () => {
    const result = await tampered('byte', (list) =>
      list.map((e) => {
        if (e.name !== 'report.pdf') return e;
        const data = Buffer.from(e.data);
        const middle = Math.floor(data.length / 2);
        data[middle] = data[middle]! ^ 0x01;
        return { name: e.name, data };
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ path: 'report.pdf', kind: 'hash' })]);
  });

  it('a file with bytes added → size', async () => {
    const result = await tampered('size', (list) => list.map((e) => (e.name === 'index.html' ? { name: e.name, data: Buffer.concat([e.data, Buffer.from('<!-- -->')]) } : e)));
    expect(result.problems).toEqual([expect.objectContaining({ path: 'index.html', kind: 'size' })]);
  });

  it('an extra file → extra', async () => {
    const result = await tampered('extra', (list) => [...list, { name: 'evidence/CC6.1/planted.txt', data: Buffer.from('planted') }]);
    expect(result.problems).toEqual([expect.objectContaining({ path: 'evidence/CC6.1/planted.txt', kind: 'extra' })]);
  });

  it('a missing file → missing', async () => {
    const evidence = entries.find((e) => e.name.startsWith('evidence/CC6.1/'))!.name;
    const result = await tampered('missing', (list) => list.filter((e) => e.name !== evidence));
    expect(result.problems).toEqual([expect.objectContaining({ path: evidence, kind: 'missing' })]);
  });

  it('a changed manifest (a file re-listed with its new hash) → signature', async () => {
    const planted = Buffer.from('a replaced report');
    const result = await tampered('manifest', (list) =>
      list.map((e) => {
        if (e.name === 'report.pdf') return { name: e.name, data: planted };
        if (e.name !== 'manifest.json') return e;
        const manifest = JSON.parse(e.data.toString('utf8'));
        const report = manifest.files.find((f: { path: string }) => f.path === 'report.pdf');
        report.size = planted.length;
        report.sha256 = sha256(planted);
        return { name: e.name, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
      }),
    );
    // The hashes now agree with the manifest; only the signature catches it. (SHA256SUMS still has the old hash.)
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'manifest.sig', kind: 'signature' })]));
    expect(result.problems.some((p) => p.path === 'report.pdf')).toBe(false);
  });

  it('a wrong signature → signature; a manifest that is not JSON → manifest', async () => {
    const other = generateKeyPairSync('ed25519');
    const wrong = await tampered('sig', (list) =>
      list.map((e) => (e.name === 'manifest.sig' ? { name: e.name, data: Buffer.from(sign(null, list.find((m) => m.name === 'manifest.json')!.data, other.privateKey).toString('base64')) } : e)),
    );
    expect(wrong.problems).toEqual([expect.objectContaining({ path: 'manifest.sig', kind: 'signature' })]);
    const broken = await tampered('json', (list) => list.map((e) => (e.name === 'manifest.json' ? { name: e.name, data: Buffer.from('{ not json') } : e)));
    expect(broken.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'manifest.json', kind: 'manifest' }), expect.objectContaining({ kind: 'signature' })]));
  });

  it("a pack re-signed with another key → the manifest's fingerprint and a pinned key both disagree", async () => {
    const other = generateKeyPairSync('ed25519');
    const result = await tampered('rekeyed', (list) => {
      const manifest = list.find((m) => m.name === 'manifest.json')!.data;
      return list.map((e) => {
        if (e.name === 'manifest.sig') return { name: e.name, data: Buffer.from(sign(null, manifest, other.privateKey).toString('base64')) };
        if (e.name === 'signing-key.pem') return { name: e.name, data: Buffer.from(other.publicKey.export({ type: 'spki', format: 'pem' }).toString()) };
        return e;
      });
    });
    expect(result.problems).toEqual([expect.objectContaining({ path: 'signing-key.pem', kind: 'manifest' })]);
    const key = await t.call('packs.signingKey', {});
    const pinned = await t.call('packs.verify', { file: join(folder, 'rekeyed.zip'), fingerprint: key.fingerprint });
    expect(pinned.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'signing-key.pem', kind: 'signature', expected: key.fingerprint })]));
  });

  it('a file that is not a ZIP → PACK_UNREADABLE naming it', async () => {
    const file = join(folder, 'not-a-zip.zip');
    writeFileSync(file, 'hello');
    expect(await t.fail('packs.verify', { file })).toMatchObject({ code: 'PACK_UNREADABLE', details: { file } });
    expect(await t.fail('packs.verify', { file: join(folder, 'absent.zip') })).toMatchObject({ code: 'PACK_UNREADABLE' });
  });
});

describe('reproducibility', () => {
  /** Builds a pack straight from the workspace database (its own read-only connection), recording nothing. */
  async function buildFromDatabase(file: string, at: Date): Promise<void> {
    const db = openSqlCipher(join(bundle, 'workspace.db'), keyHex, { readonly: true });
    try {
      const ctx = resolvePackContext({
        db,
        options: { framework: 'iso27001', from: PERIOD.from, to: PERIOD.to, locale: 'zh-CN', redact: true },
        now: at,
        appVersion: '0.0.0-test',
        workspaceId,
        workspaceName: 'Acme',
      });
      await buildPack(ctx, file, { publicKeyPem: readPublicSigningKey(db).publicKeyPem, sign: (data) => signWithWorkspaceKey(db, data) });
    } finally {
      db.close();
    }
  }

  it('two packs of the same state, period and options at the same time are the same bytes', async () => {
    const folder = makeTempDir('custos-pack-r-');
    const at = new Date('2026-07-15T10:00:00Z');
    await buildFromDatabase(join(folder, 'a.zip'), at);
    await buildFromDatabase(join(folder, 'b.zip'), at);
    const a = await readZip(join(folder, 'a.zip'));
    const b = await readZip(join(folder, 'b.zip'));
    expect(b.map((e) => e.name)).toEqual(a.map((e) => e.name));
    expect(a.filter((entry, index) => !entry.data.equals(b[index]!.data)).map((e) => e.name)).toEqual([]);
    expect(sha256(readFileSync(join(folder, 'a.zip')))).toBe(sha256(readFileSync(join(folder, 'b.zip'))));
  });

  it('at another time they differ only in the generated time and the signature', async () => {
    const folder = makeTempDir('custos-pack-r-');
    const times = ['2026-07-15T10:00:00.000Z', '2026-08-20T16:30:45.000Z'] as const;
    await buildFromDatabase(join(folder, 'early.zip'), new Date(times[0]));
    await buildFromDatabase(join(folder, 'late.zip'), new Date(times[1]));
    const early = await readZip(join(folder, 'early.zip'));
    const late = await readZip(join(folder, 'late.zip'));
    expect(late.map((e) => e.name)).toEqual(early.map((e) => e.name));
    const manifestOf = (list: ZipEntry[]) => JSON.parse(list.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    /**
     * Removes the generated time (ISO, or as the page shows it) and the hashes (and report.pdf's size)
     * of the files that carry it.
     */
    const timeFree = (list: ZipEntry[], name: string, iso: string) => {
      const files = manifestOf(list).files as { path: string; size: number; sha256: string }[];
      const carriers = files.filter((f) => ['report.pdf', 'index.html', 'SHA256SUMS'].includes(f.path));
      let text = list.find((e) => e.name === name)!.data.toString('utf8');
      text = text.split(iso).join('<time>').split(iso.slice(0, 19).replace('T', ' ')).join('<time>');
      for (const file of carriers) text = text.split(file.sha256).join(`<hash of ${file.path}>`);
      const report = carriers.find((f) => f.path === 'report.pdf')!;
      return text.replace(`"size": ${report.size},`, '"size": <report size>,').replace(`<td class="num">${report.size}</td>`, '<td class="num"><report size></td>');
    };
    const differing = early.filter((entry, index) => !entry.data.equals(late[index]!.data)).map((e) => e.name);
    // The signature covers the manifest, which holds the time; report.pdf shows it (and so its hash
    // in index.html, SHA256SUMS and the manifest changes); every register, policy, piece of evidence
    // and the audit trail are the same bytes.
    expect(differing.filter((name) => !['report.pdf', 'index.html', 'SHA256SUMS'].includes(name))).toEqual(['manifest.json', 'manifest.sig']);
    for (const name of ['manifest.json', 'index.html', 'SHA256SUMS']) {
      expect(timeFree(late, name, times[1]), name).toBe(timeFree(early, name, times[0]));
    }
    const withoutTime = (list: ZipEntry[]) => ({ ...manifestOf(list), generatedAt: null, files: manifestOf(list).files.filter((f: { path: string }) => !['report.pdf', 'index.html', 'SHA256SUMS'].includes(f.path)) });
    expect(withoutTime(late)).toEqual(withoutTime(early));
  });
});

describe('cancel, failure and the period', () => {
  it('a cancelled pack leaves no file, at the start, while collecting or while files are written', async () => {
    for (const phase of [null, 'collect', 'write']) {
      const folder = makeTempDir('custos-pack-c-');
      const jobId = `job-cancel-${phase ?? 'start'}`;
      const unsubscribe = t.backend.subscribe((event) => {
        if (phase !== null && event.type === 'job.progress' && event.jobId === jobId && event.phase === phase) void t.backend.invoke('jobs.cancel', { jobId });
      });
      const before = (await t.call('packs.history', {})).length;
      const pending = t.backend.invoke('packs.export', { jobId, framework: 'iso27001', ...PERIOD, locale: 'en', redact: false, file: join(folder, 'cancelled.zip') });
      if (phase === null) expect(await t.call('jobs.cancel', { jobId })).toEqual({ cancelled: true });
      const envelope = await pending;
      unsubscribe();
      expect(envelope.ok ? 'ok' : envelope.error.code, String(phase)).toBe('CANCELLED');
      expect(readdirSync(folder), String(phase)).toEqual([]);
      expect((await t.call('packs.history', {})).length).toBe(before);
    }
  });

  it('a folder that does not exist → PACK_FAILED naming the file, nothing recorded', async () => {
    const file = join(t.dir, 'no-such-folder', 'pack.zip');
    expect(await t.fail('packs.export', { jobId: 'job-missing-folder', framework: 'soc2', locale: 'en', redact: false, file })).toMatchObject({ code: 'PACK_FAILED', details: { file } });
    expect(existsSync(dirname(file))).toBe(false);
  });

  it('a wrong period is refused, naming the option', async () => {
    const reversed = await t.fail('packs.export', { jobId: 'job-reversed-1', framework: 'soc2', from: '2026-06-30', to: '2026-01-01', locale: 'en', redact: false, file: join(t.dir, 'x.zip') });
    expect(reversed.code).toBe('INVALID_INPUT');
    expect((reversed.details?.issues as { path: string[] }[])[0]!.path).toEqual(['from']);
    const malformed = await t.fail('packs.preview', { framework: 'soc2', from: '2026-02-30', locale: 'en', redact: false });
    expect((malformed.details?.issues as { path: string[] }[])[0]!.path).toEqual(['from']);
    const future = await t.fail('packs.preview', { framework: 'soc2', to: '2026-12-31', locale: 'en', redact: false });
    expect(future).toMatchObject({ code: 'PACK_PERIOD', details: { field: 'to', value: '2026-12-31' } });
    const afterToday = await t.fail('packs.preview', { framework: 'soc2', from: '2026-08-01', locale: 'en', redact: false });
    expect(afterToday).toMatchObject({ code: 'PACK_PERIOD', details: { field: 'from' } });
    expect(existsSync(join(t.dir, 'x.zip'))).toBe(false);
  });

  it('the preview resolves the default period: the earliest record to today', async () => {
    const preview = await t.call('packs.preview', { framework: 'iso27001', locale: 'en', redact: false });
    expect(preview.period).toEqual({ from: '2026-02-01', to: '2026-07-15' });
    expect(preview.keyFingerprint).toBe((await t.call('packs.signingKey', {})).fingerprint);
    expect((await t.call('packs.preview', { framework: 'soc2', ...PERIOD, locale: 'en', redact: false })).period).toEqual(PERIOD);
  });
});

describe('redaction and the keys', () => {
  it('--redact keeps requesters out of the pack; the same pack without it has them', async () => {
    const folder = makeTempDir('custos-pack-p-');
    const texts = async (file: string) =>
      (await readZip(file))
        .filter((e) => /\.(csv|jsonl|html|json|txt|md)$/.test(e.name))
        .map((e) => e.data.toString('utf8'))
        .join('\n');
    await exportPack(join(folder, 'plain.zip'), { from: '2026-01-01', to: '2026-07-15' });
    await exportPack(join(folder, 'redacted.zip'), { from: '2026-01-01', to: '2026-07-15', redact: true });
    expect(await texts(join(folder, 'plain.zip'))).toContain(REQUESTER);
    const redacted = await texts(join(folder, 'redacted.zip'));
    expect(redacted).not.toContain(REQUESTER);
    expect(redacted).not.toContain(REQUESTER_EMAIL);
    expect(redacted).toMatch(/P-[0-9a-f]{8}/);
    expect((await t.call('packs.verify', { file: join(folder, 'redacted.zip') })).ok).toBe(true);
    expect((await t.call('packs.history', {}))[0]).toMatchObject({ redacted: true });
  });

  it('every workspace has its own signing key, made with it; the private half is never exposed', async () => {
    const mine = await t.call('packs.signingKey', {});
    expect(mine.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(mine.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(mine)).not.toMatch(/PRIVATE/);
    // The private half is in the encrypted database (PKCS#8 DER) and matches the public key.
    const db = openSqlCipher(join(bundle, 'workspace.db'), keyHex, { readonly: true });
    try {
      const row = db.prepare('SELECT signing_private_der AS der, pseudonym_key AS pseudonym FROM pack_keys').get() as { der: Buffer; pseudonym: Buffer };
      const derived = createPublicKey(createPrivateKey({ key: row.der, format: 'der', type: 'pkcs8' })).export({ type: 'spki', format: 'pem' });
      expect(derived).toBe(mine.publicKeyPem);
      expect(row.pseudonym.length).toBe(32);
    } finally {
      db.close();
    }
    for (const name of readdirSync(bundle)) {
      const path = join(bundle, name);
      if (statSync(path).isFile()) expect(readFileSync(path).includes(Buffer.from('PRIVATE KEY')), name).toBe(false);
    }
    const other = testBackend();
    try {
      await other.call('workspace.create', { directory: join(other.dir, 'ws'), name: 'Other', passphrase: PASSPHRASE });
      expect((await other.call('packs.signingKey', {})).fingerprint).not.toBe(mine.fingerprint);
      // Another workspace's pinned key refuses this pack.
      const pinned = await other.call('packs.verify', { file: packFile, publicKeyPem: (await other.call('packs.signingKey', {})).publicKeyPem });
      expect(pinned.ok).toBe(false);
    } finally {
      await other.cleanup();
    }
  });
});
