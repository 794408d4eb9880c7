// Evidence through the contract on a real encrypted workspace: type sniffing from content, the size
// limit, content that never reaches the disk in clear, links with their rules, the crosswalk and
// freshness against a fixed clock.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_FILE_MAX_BYTES, type EvidenceFile } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';
import { b64, CSV_TEXT, docxFile, GIF_1X1, JPEG_HEAD, pdfFile, PNG_1X1, WEBP_HEAD, xlsxFile, zipArchive } from './evidence-fixtures';

const NOW = new Date('2025-06-15T12:00:00Z');
let t: TestBackend;
let bundle: string;

beforeAll(async () => {
  t = testBackend({ now: () => NOW });
  bundle = (await t.call('workspace.create', { directory: t.dir, name: 'Evidence', passphrase: PASSPHRASE })).path;
});

afterAll(async () => {
  await t?.cleanup();
});

function upload(name: string, bytes: Buffer | string, note?: string): Promise<EvidenceFile> {
  return t.call('evidence.files.upload', { name, base64: b64(bytes), ...(note !== undefined ? { note } : {}) });
}

describe('evidence.files.upload', () => {
  it.each([
    ['policy.pdf', pdfFile(), 'pdf', 'application/pdf'],
    ['screenshot.png', PNG_1X1, 'png', 'image/png'],
    ['photo.jpg', JPEG_HEAD, 'jpeg', 'image/jpeg'],
    ['badge.gif', GIF_1X1, 'gif', 'image/gif'],
    ['diagram.webp', WEBP_HEAD, 'webp', 'image/webp'],
    ['minutes.docx', docxFile(), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['access.xlsx', xlsxFile(), 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['users.csv', CSV_TEXT, 'csv', 'text/csv'],
    ['readme.txt', 'Backups verified on 2025-06-01.\nAll good.\n', 'txt', 'text/plain'],
  ])('stores %s as %s with its size and SHA-256', async (name, content, kind, mimeType) => {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const file = await upload(name, bytes, 'first upload');
    expect(file).toMatchObject({ name, kind, mimeType, size: bytes.length, note: 'first upload', linkCount: 0, uploadedAt: NOW.toISOString() });
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const back = await t.call('evidence.files.content', { id: file.id });
    expect(Buffer.from(back.base64, 'base64').equals(bytes)).toBe(true);
    expect(back.file.id).toBe(file.id);
  });

  it('decides the type from the content, never the name', async () => {
    expect((await upload('setup.exe', pdfFile())).kind).toBe('pdf');
    expect((await upload('report.pdf', PNG_1X1)).kind).toBe('png');
    // The name only chooses between CSV and text, and only for text that is shaped like CSV.
    expect((await upload('users.txt', CSV_TEXT)).kind).toBe('txt');
    expect((await upload('notes.csv', 'just a sentence, then another\nand a line without any delimiter\n')).kind).toBe('txt');
  });

  it('refuses other content with FILE_TYPE_NOT_ALLOWED and what was detected', async () => {
    const random = randomBytes(4096);
    random[0] = 0x00;
    expect(await t.fail('evidence.files.upload', { name: 'evidence.pdf', base64: b64(random) })).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', details: { detected: 'binary' } });
    const zip = zipArchive([{ name: 'payload/run.sh', data: 'echo hi' }]);
    expect(await t.fail('evidence.files.upload', { name: 'minutes.docx', base64: b64(zip) })).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', details: { detected: 'zip' } });
    const macro = zipArchive([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/vbaProject.bin', data: randomBytes(64) },
    ]);
    expect(await t.fail('evidence.files.upload', { name: 'minutes.docx', base64: b64(macro) })).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', details: { detected: 'office-macro' } });
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(await t.fail('evidence.files.upload', { name: 'scan.png', base64: b64(exe) })).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', details: { detected: 'executable' } });
    expect((await t.fail('evidence.files.upload', { name: 'x.txt', base64: 'not base64 at all!' })).code).toBe('INVALID_INPUT');
  });

  it('refuses files over the limit with FILE_TOO_LARGE and the limit in the details', async () => {
    const big = Buffer.alloc(EVIDENCE_FILE_MAX_BYTES + 1, 0x41);
    big.write('%PDF-1.4\n');
    const error = await t.fail('evidence.files.upload', { name: 'huge.pdf', base64: b64(big) });
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', details: { limitBytes: EVIDENCE_FILE_MAX_BYTES, size: EVIDENCE_FILE_MAX_BYTES + 1 } });
  });

  it('keeps a name, never a path', async () => {
    expect((await upload('../../etc/C:\\Temp\\evidence.txt', 'plain text')).name).toBe('evidence.txt');
  });

  it('lists files newest first with their link counts, and audits each upload without content', async () => {
    const files = await t.call('evidence.files.list', {});
    expect(files.length).toBeGreaterThan(10);
    const events = await t.call('audit.list', { limit: 100 });
    const uploads = events.filter((e) => e.procedure === 'evidence.files.upload');
    expect(uploads.length).toBe(files.length);
    for (const event of uploads) {
      expect(event.summary.before).toBeNull();
      expect(Object.keys(event.summary.after ?? {}).sort()).toEqual(['kind', 'name', 'note', 'sha256', 'size']);
    }
  });
});

function bundleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? bundleFiles(path) : [path];
  });
}

describe('file content at rest', () => {
  it('never appears in clear in the bundle, before or after locking', async () => {
    const marker = `CUSTOS-PLAINTEXT-MARKER-${randomBytes(8).toString('hex')}`;
    const file = await upload('marker.txt', `${marker}\n`.repeat(200), 'marker note');
    const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le'), Buffer.from(b64(`${marker}\n`).slice(0, 24))];
    const scan = () => {
      for (const path of bundleFiles(bundle)) {
        const bytes = readFileSync(path);
        for (const needle of needles) expect(bytes.includes(needle), `${path} holds the marker`).toBe(false);
      }
    };
    scan();
    await t.call('workspace.lock', { reason: 'manual' });
    scan();
    await t.call('workspace.open', { path: bundle, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    const back = await t.call('evidence.files.content', { id: file.id });
    expect(Buffer.from(back.base64, 'base64').toString('utf8')).toContain(marker);
  });
});

describe('links', () => {
  let report: EvidenceFile;
  let scan: EvidenceFile;

  beforeAll(async () => {
    report = await upload('access-review-Q2.pdf', pdfFile('Access review Q2'));
    scan = await upload('mfa-rollout.png', PNG_1X1);
  });

  it('links a file to a control and audits it', async () => {
    const link = await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.18', source: { kind: 'file', fileId: report.id }, effectiveDate: '2025-04-01', expiryDate: '2026-03-31', note: 'Q2 review' });
    expect(link).toMatchObject({
      framework: 'iso27001',
      controlId: 'A.5.18',
      source: { kind: 'file', fileId: report.id, name: 'access-review-Q2.pdf', fileKind: 'pdf' },
      effectiveDate: '2025-04-01',
      expiryDate: '2026-03-31',
      note: 'Q2 review',
      origin: 'manual',
      freshness: 'current',
      via: null,
    });
    const [event] = await t.call('audit.list', { limit: 1 });
    expect(event).toMatchObject({ procedure: 'evidence.link', entityType: 'evidence_link', entityId: link.id, summary: { before: null } });
    expect((await t.call('evidence.files.list', {})).find((f) => f.id === report.id)!.linkCount).toBe(1);
    expect((await t.call('controls.get', { framework: 'iso27001', controlId: 'A.5.18' })).control.evidence).toEqual({ count: 1, freshness: 'current', latestEffective: '2025-04-01' });
  });

  it('validates the control, the file, the dates and duplicates', async () => {
    const base = { framework: 'iso27001' as const, controlId: 'A.5.18', source: { kind: 'file' as const, fileId: report.id }, effectiveDate: '2025-04-01' };
    expect((await t.fail('evidence.link', { ...base, controlId: 'A.9.1' })).code).toBe('INVALID_INPUT');
    const unknown = await t.fail('evidence.link', { ...base, controlId: 'A.5.99' });
    expect(unknown.details?.issues).toEqual([expect.objectContaining({ path: ['controlId'] })]);
    expect((await t.fail('evidence.link', { ...base, source: { kind: 'file', fileId: '00000000-0000-4000-8000-000000000000' } })).code).toBe('NOT_FOUND');
    const dates = await t.fail('evidence.link', { ...base, effectiveDate: '2025-05-01', expiryDate: '2025-04-30' });
    expect(dates.details?.issues).toEqual([expect.objectContaining({ path: ['expiryDate'], code: 'expiry_before_effective' })]);
    expect((await t.fail('evidence.link', base)).code).toBe('CONFLICT');
    const record = await t.fail('evidence.link', { ...base, source: { kind: 'record', recordType: 'no_such_type', recordId: 'x' } });
    expect(record.details?.issues).toEqual([expect.objectContaining({ path: ['source', 'recordType'] })]);
    expect((await t.fail('evidence.link', { ...base, effectiveDate: '2025-02-30' })).code).toBe('INVALID_INPUT');
  });

  it('shows SOC 2 evidence on the Annex A controls the crosswalk maps to, marked via', async () => {
    const link = await t.call('evidence.link', { framework: 'soc2', controlId: 'CC6.1', source: { kind: 'file', fileId: scan.id }, effectiveDate: '2025-05-20' });
    const onIso = await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.8.5', includeCrosswalk: true });
    expect(onIso).toEqual([expect.objectContaining({ id: link.id, framework: 'iso27001', controlId: 'A.8.5', via: { framework: 'soc2', controlId: 'CC6.1' } })]);
    expect(await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.8.5', includeCrosswalk: false })).toEqual([]);
    const onSoc2 = await t.call('evidence.forControl', { framework: 'soc2', controlId: 'CC6.1', includeCrosswalk: true });
    expect(onSoc2[0]).toMatchObject({ id: link.id, via: null });
    const row = (await t.call('controls.list', { framework: 'iso27001' })).find((r) => r.controlId === 'A.8.5')!;
    expect(row.evidence).toMatchObject({ count: 1, freshness: 'current', latestEffective: '2025-05-20' });
    // Nothing linked so far maps to CC1.1: the crosswalk does not spread evidence beyond its rows.
    const cc11 = await t.call('evidence.forControl', { framework: 'soc2', controlId: 'CC1.1', includeCrosswalk: true });
    expect(cc11).toEqual([]);
  });

  it('unlinks with an audit event; an unknown link is NOT_FOUND', async () => {
    const link = await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.15', source: { kind: 'file', fileId: scan.id }, effectiveDate: '2025-01-01' });
    expect(await t.call('evidence.unlink', { id: link.id })).toEqual({ deleted: true });
    const [event] = await t.call('audit.list', { limit: 1 });
    expect(event).toMatchObject({ procedure: 'evidence.unlink', entityId: link.id, summary: { after: null } });
    expect((await t.fail('evidence.unlink', { id: link.id })).code).toBe('NOT_FOUND');
  });

  it('deleting a file removes its links, each one audited', async () => {
    const temp = await upload('temp.txt', 'temporary');
    await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.1', source: { kind: 'file', fileId: temp.id }, effectiveDate: '2025-01-01' });
    await t.call('evidence.link', { framework: 'soc2', controlId: 'CC5.3', source: { kind: 'file', fileId: temp.id }, effectiveDate: '2025-01-01' });
    expect(await t.call('evidence.files.delete', { id: temp.id })).toEqual({ deleted: true, unlinked: 2 });
    const events = await t.call('audit.list', { limit: 3 });
    expect(events.map((e) => [e.procedure, e.entityType])).toEqual([
      ['evidence.files.delete', 'evidence_file'],
      ['evidence.files.delete', 'evidence_link'],
      ['evidence.files.delete', 'evidence_link'],
    ]);
    expect(await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.1', includeCrosswalk: true })).toEqual([]);
    expect((await t.fail('evidence.files.content', { id: temp.id })).code).toBe('NOT_FOUND');
    expect((await t.fail('evidence.files.delete', { id: temp.id })).code).toBe('NOT_FOUND');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('freshness against a fixed clock (today 2025-06-15, window 30 days)', () => {
  const cases: [controlId: string, links: { effectiveDate: string; expiryDate?: string | null }[], freshness: string][] = [
    ['A.7.1', [], 'missing'],
    ['A.7.2', [{ effectiveDate: '2024-06-01', expiryDate: '2025-06-14' }], 'expired'],
    ['A.7.3', [{ effectiveDate: '2024-07-15', expiryDate: '2025-06-15' }], 'expiring'],
    ['A.7.5', [{ effectiveDate: '2024-07-15', expiryDate: '2025-07-15' }], 'expiring'],
    ['A.7.6', [{ effectiveDate: '2024-07-15', expiryDate: '2025-07-16' }], 'current'],
    ['A.7.7', [{ effectiveDate: '2025-01-01', expiryDate: null }], 'current'],
    ['A.7.8', [{ effectiveDate: '2024-01-01', expiryDate: '2024-12-31' }, { effectiveDate: '2025-01-01', expiryDate: '2025-12-31' }], 'current'],
    ['A.7.9', [{ effectiveDate: '2025-07-01', expiryDate: null }], 'missing'],
  ];

  beforeAll(async () => {
    for (const [controlId, links] of cases) {
      for (const [index, link] of links.entries()) {
        const file = await upload(`${controlId}-${index}.txt`, `evidence for ${controlId}`);
        await t.call('evidence.link', { framework: 'iso27001', controlId, source: { kind: 'file', fileId: file.id }, ...link });
      }
    }
  });

  it.each(cases)('%s is %s', async (controlId, _links, freshness) => {
    const row = (await t.call('controls.list', { framework: 'iso27001' })).find((r) => r.controlId === controlId)!;
    expect(row.evidence.freshness).toBe(freshness);
  });

  it('each link carries its own freshness', async () => {
    const links = await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.7.8', includeCrosswalk: true });
    expect(links.map((l) => [l.effectiveDate, l.freshness])).toEqual([
      ['2025-01-01', 'current'],
      ['2024-01-01', 'expired'],
    ]);
  });
});
