// The audit pack's contents from a real SQLCipher workspace (the demo organisation plus records made
// inside and after the period): every register in both languages read back with exceljs and
// papaparse, records as they stood at the period end, evidence chosen by period, policies in force
// as PDF, the audit trail with recomputable hashes, redaction that leaves nothing of the requester,
// and byte-identical output for the same state.
import { createHash, createHmac } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, canonicalEvent, hashEvent } from '../../electron/backend/audit-log/audit-chain';
import { collectPackContents, previewPackContents } from '../../electron/backend/audit-pack/contents/collect-contents';
import type { PackContents, PackContext, PackFile, PackLocale } from '../../electron/backend/audit-pack/pack-types';
import { applyConnectionPragmas, openSqlCipher, type Db } from '../../electron/backend/workspace/sqlcipher';
import type { ProcedureInput } from '../../shared/contract';
import { CATALOG_VERSION } from '../../shared/frameworks';
import { parseRecoveryKey } from '../../shared/domain/recovery-key';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const FROM = '2026-03-01';
const TO = '2026-03-31';
const REQUESTER = 'Zhang Weiming';
const REQUESTER_EMAIL = 'zhang.weiming@example.org';

let now = new Date('2026-02-20T09:00:00Z');
let t: TestBackend;
let db: Db;

function systemInput(name: string): ProcedureInput<'inventory.systems.create'> {
  return { name, owner: 'Platform', type: 'PostgreSQL', hosting: 'cloud', country: 'DE', vendorId: null, encryptionAtRest: true, encryptionInTransit: 'TLS 1.2+', mfaEnforced: true, roleBasedAccess: true, logging: true, dataResidency: 'DE' };
}

const ids: Record<string, string> = {};

function incidentInput(title: string): ProcedureInput<'incidents.create'> {
  return {
    title, description: 'A customer found and returned it.', detectedAt: '2026-03-08T08:00:00Z', becameAwareAt: '2026-03-08T09:30:00Z',
    reporter: 'Li Xiaoyan', severity: 'medium', systemIds: [], personalDataBreach: true, estimatedPeople: 12, estimatedRecords: 40, californiaResidents: null,
    highRisk: false, riskReasoning: 'Disk encrypted.', exemption: null, exemptionReasoning: '', effects: '', remedialAction: '',
  };
}

function backupJob(name: string): ProcedureInput<'backups.jobs.create'> {
  return {
    systemId: ids.alpha!, name, type: 'full', schedule: { kind: 'calendar', rrule: 'FREQ=DAILY', tzid: 'Europe/Dublin', start: '2026-01-01T01:00' }, runsPerDay: 1, fullSchedule: null,
    retentionDays: 30, retentionCopies: null, medium: 'disk', location: 'on_site', country: 'IE', encrypted: true, encryptionMethod: 'AES-256', immutable: false, offline: false,
    rpoHours: 24, rtoHours: 8, restoreMinutesPerSet: 30, owner: 'IT operations', notes: '',
  };
}

const riskInput: ProcedureInput<'risks.create'> = {
  title: 'Ransomware', assetOrProcess: 'Production platform', threat: 'Cryptolocker via phishing', vulnerability: 'Standing admin rights', owner: 'Head of Platform',
  inherentLikelihood: 4, inherentImpact: 5, treatment: 'mitigate', treatmentPlan: 'EDR and immutable backups', controls: [{ framework: 'iso27001', controlId: 'A.8.7' }],
  residualLikelihood: 2, residualImpact: 4, reviewDate: '2026-09-01', status: 'treating',
};

beforeAll(async () => {
  t = testBackend({ now: () => now });
  const created = await t.call('workspace.create', { directory: t.dir, name: 'Pack Test', passphrase: PASSPHRASE });
  const policy = await t.call('policies.create', {
    title: 'Information Security Policy', kind: 'policy', language: 'en', owner: 'CISO', reviewCycleMonths: 12,
    markdown: '# Information Security Policy\n\n## Scope\n\nAccess rights are reviewed every twelve months.\n',
  });
  await t.call('policies.submit', { policyId: policy.policy.id, versionId: policy.versions[0]!.id });
  await t.call('policies.approve', { policyId: policy.policy.id, versionId: policy.versions[0]!.id, approver: 'Chief Executive' });
  const course = await t.call('training.courses.create', {
    title: 'Security awareness', kind: 'security_awareness', description: '', audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
    schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } }, passingScore: 80, materials: [],
  });
  const ana = await t.call('training.people.create', { name: 'Ana Sales', email: '', department: 'Sales', role: 'Account manager', startDate: '2020-01-06', leaveDate: null, managerId: null });

  // Inside the period.
  now = new Date('2026-03-10T09:00:00Z');
  await t.call('training.completions.record', { personId: ana.id, courseId: course.id, completedOn: '2026-03-09', score: 95, evidenceFileId: null, certificateRef: 'CERT-1' });
  ids.incident = (await t.call('incidents.create', incidentInput('Laptop left on a train'))).id;
  ids.alpha = (await t.call('inventory.systems.create', systemInput('Ledger Alpha'))).id;
  ids.beta = (await t.call('inventory.systems.create', systemInput('Ledger Beta'))).id;
  ids.risk = (await t.call('risks.create', riskInput)).id;
  // Non-ASCII text, quotes and a backslash: the audit trail's size is computed by SQLite.
  await t.call('inventory.systems.create', { ...systemInput('数据湖 "Lake"'), owner: 'CORP\\ops' });
  ids.job = (await t.call('backups.jobs.create', backupJob('Nightly snapshot'))).id;
  ids.restore = (
    await t.call('backups.restoreTests.create', {
      testedOn: '2026-03-09', systemId: ids.alpha, backupJobId: ids.job, result: 'partial', restoreMinutes: 45, dataVerified: 'Row counts match', evidenceFileId: null, notes: '',
      followUps: [{ description: 'Restore the audit tables too', owner: 'IT operations', dueDate: '2026-04-30', status: 'open' }],
    })
  ).id;
  ids.request = (
    await t.call('requests.create', {
      receivedAt: '2026-03-10T08:00:00Z', channel: 'email', law: 'gdpr', type: 'access', language: 'en',
      requesterName: REQUESTER, requesterContact: REQUESTER_EMAIL, relationship: 'self', subjectCategoryId: null, details: `${REQUESTER} asks for a copy of his data.`,
    })
  ).id;
  const scan = await t.call('evidence.files.upload', { name: 'access-review.txt', base64: Buffer.from('Quarterly access review: all accounts checked.\n').toString('base64') });
  ids.scan = scan.id;
  await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.18', source: { kind: 'file', fileId: scan.id }, effectiveDate: '2026-03-10' });
  await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.15', source: { kind: 'file', fileId: scan.id }, effectiveDate: '2026-03-10' });
  // Effective during the period but expired before its end; and expired before it began.
  const old = await t.call('evidence.files.upload', { name: 'old-review.txt', base64: Buffer.from('An older review.\n').toString('base64') });
  await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.18', source: { kind: 'file', fileId: old.id }, effectiveDate: '2026-01-01', expiryDate: '2026-03-20' });
  const older = await t.call('evidence.files.upload', { name: 'oldest-review.txt', base64: Buffer.from('The oldest review.\n').toString('base64') });
  await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.18', source: { kind: 'file', fileId: older.id }, effectiveDate: '2025-01-01', expiryDate: '2026-02-15' });
  // Effective only after the period.
  const later = await t.call('evidence.files.upload', { name: 'later-review.txt', base64: Buffer.from('A later review.\n').toString('base64') });
  await t.call('evidence.link', { framework: 'iso27001', controlId: 'A.5.18', source: { kind: 'file', fileId: later.id }, effectiveDate: '2026-04-05' });

  // After the period: rename one system, delete another, create a third.
  now = new Date('2026-04-10T09:00:00Z');
  await t.call('inventory.systems.update', { id: ids.alpha, system: systemInput('Ledger Alpha Renamed') });
  await t.call('inventory.systems.delete', { id: ids.beta });
  await t.call('inventory.systems.create', systemInput('Ledger Gamma'));
  await t.call('backups.jobs.update', { id: ids.job, job: backupJob('Hourly snapshot') });
  await t.call('incidents.update', { id: ids.incident, incident: incidentInput('Laptop stolen from a train') });
  await t.call('backups.restoreTests.delete', { id: ids.restore });
  await t.call('controls.update', { framework: 'iso27001', controlId: 'A.7.4', patch: { applicable: false, justification: 'No premises of our own since April.' } });
  await t.call('risks.update', { id: ids.risk, risk: { ...riskInput, title: 'Ransomware (revised)', residualImpact: 2 } });

  await t.call('workspace.close', {});
  db = openSqlCipher(join(created.path, 'workspace.db'), parseRecoveryKey(created.recoveryKey)!);
  applyConnectionPragmas(db);
}, 120_000);

afterAll(async () => {
  db?.close();
  await t.cleanup();
});

function context(locale: PackLocale, redact: boolean, framework: 'iso27001' | 'soc2' = 'iso27001'): PackContext {
  return {
    db,
    options: { framework, from: FROM, to: TO, locale, redact },
    period: { from: FROM, to: TO },
    asOf: `${TO}T23:59:59.999Z`,
    generatedAt: new Date().toISOString(),
    appVersion: '0.0.0-test',
    catalogVersion: CATALOG_VERSION,
    workspace: { id: 'workspace-test', organisationName: 'Demo' },
    keyFingerprint: 'f'.repeat(64),
    pseudonym: (kind, value) => (redact ? `${kind}-${createHmac('sha256', 'pack-test-key').update(`${kind}\u0000${value}`).digest('hex').slice(0, 12)}` : value),
  };
}

function bytesOf(file: PackFile): Buffer {
  if (file.chunks) return Buffer.concat([...file.chunks()]);
  return typeof file.content === 'function' ? file.content() : file.content;
}

/** Sizes are exact, except the audit trail's: it is produced as the pack is written, and estimated for progress. */
function expectSize(file: PackFile, bytes: Buffer): void {
  if (file.path !== 'audit-trail.jsonl') expect(bytes.length, file.path).toBe(file.size);
  else expect(Math.abs(file.size - bytes.length) / bytes.length, `estimated size of ${file.path}`).toBeLessThan(0.2);
}

function fileAt(contents: PackContents, path: string): Buffer {
  const file = contents.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the pack (has ${contents.files.map((f) => f.path).join(', ')})`);
  return bytesOf(file);
}

async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v && typeof v === 'object' && 'richText' in v ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('') : v === null || v === undefined ? '' : String(v)));
    rows.push(values);
  });
  return rows;
}

function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

const REGISTER_KEYS = ['ropa', 'systems', 'vendors', 'transfers', 'risks', 'training-completions', 'backup-jobs', 'restore-tests', 'incidents', 'breach-register', 'requests', 'findings', 'corrective-actions'];

describe('audit pack contents', () => {
  let en: PackContents;
  let zh: PackContents;
  let redacted: PackContents;
  beforeAll(async () => {
    en = await collectPackContents(context('en', false));
    zh = await collectPackContents(context('zh-CN', false));
    redacted = await collectPackContents(context('en', true));
  }, 120_000);

  it('writes every register as XLSX and CSV with headers in the pack language', async () => {
    for (const key of REGISTER_KEYS) {
      expect(en.registers.map((r) => r.key)).toContain(key);
      expect(en.files.some((f) => f.path === `registers/${key}.xlsx`)).toBe(true);
      expect(en.files.some((f) => f.path === `registers/${key}.csv`)).toBe(true);
    }
    const enCsv = csvRows(fileAt(en, 'registers/systems.csv'));
    expect(enCsv[0]!.slice(0, 3)).toEqual(['Name', 'Owner', 'Type']);
    const zhCsv = csvRows(fileAt(zh, 'registers/systems.csv'));
    expect(zhCsv[0]!.slice(0, 3)).toEqual(['名称', '负责人', '类型']);
    const zhXlsx = await xlsxRows(fileAt(zh, 'registers/systems.xlsx'));
    expect(zhXlsx[0]![0]).toBe('系统');
    expect(zhXlsx.some((row) => row[0] === '名称' && row[1] === '负责人')).toBe(true);
    const requests = csvRows(fileAt(zh, 'registers/requests.csv'));
    expect(requests[0]).toContain('请求人');
    // Row counts agree with the files.
    for (const register of en.registers) {
      const rows = csvRows(fileAt(en, register.csvPath));
      expect(rows.length - 1, register.key).toBe(register.rows);
    }
  });

  it('shows records as they stood at the end of the period', async () => {
    const names = csvRows(fileAt(en, 'registers/systems.csv')).map((row) => row[0]);
    expect(names).toContain('Ledger Alpha');
    expect(names).not.toContain('Ledger Alpha Renamed');
    expect(names).toContain('Ledger Beta');
    expect(names).not.toContain('Ledger Gamma');
    const sheet = await xlsxRows(fileAt(en, 'registers/systems.xlsx'));
    const alpha = sheet.find((row) => row[0] === 'Ledger Alpha');
    expect(alpha?.[6]).toBe('Yes');
    const risks = csvRows(fileAt(en, 'registers/risks.csv'));
    const risk = risks.find((row) => row[1]?.startsWith('Ransomware'))!;
    expect(risk[1]).toBe('Ransomware');
    expect(risk[risks[0]!.indexOf('Residual score')]).toBe('8');
    // Backup jobs and restore tests: renamed and deleted after the period.
    const jobs = csvRows(fileAt(en, 'registers/backup-jobs.csv'));
    expect(jobs.map((row) => row[1])).toContain('Nightly snapshot');
    expect(jobs.map((row) => row[1])).not.toContain('Hourly snapshot');
    const tests = csvRows(fileAt(zh, 'registers/restore-tests.csv'));
    expect(tests[0]!.slice(0, 4)).toEqual(['测试日期', '系统', '备份作业', '结果']);
    expect(tests[1]!.slice(0, 4)).toEqual(['2026-03-09', 'Ledger Alpha', 'Nightly snapshot', '部分通过']);
    expect(tests[1]!.join(' ')).toContain('Restore the audit tables too');
    const breaches = csvRows(fileAt(en, 'registers/breach-register.csv'));
    expect(breaches[0]!.slice(0, 2)).toEqual(['Reference', 'Title']);
    expect(breaches.map((row) => row[1])).toContain('Laptop left on a train');
    expect(breaches.map((row) => row[1])).not.toContain('Laptop stolen from a train');
    expect(en.registers.find((r) => r.key === 'breach-register')!.notes).toHaveLength(1);
    // A control excluded after the period was applicable at its end.
    expect(en.controls.find((c) => c.controlId === 'A.7.4')).toMatchObject({ applicable: true, justification: '' });
    // Today's registers differ: the roll-back did the work.
    const today = db.prepare('SELECT name FROM inventory_systems').pluck().all() as string[];
    expect(today).toContain('Ledger Gamma');
    expect(today).not.toContain('Ledger Beta');
  });

  it('selects evidence in force during the period and marks what had expired by its end', () => {
    const control = en.controls.find((c) => c.controlId === 'A.5.18')!;
    const names = control.evidence.map((item) => item.name);
    expect(names).toContain('access-review.txt');
    expect(names).toContain('old-review.txt');
    expect(names).not.toContain('oldest-review.txt');
    expect(names).not.toContain('later-review.txt');
    expect(control.evidence.find((item) => item.name === 'old-review.txt')!.expired).toBe(true);
    expect(control.evidence.find((item) => item.name === 'access-review.txt')!.expired).toBe(false);
    expect(fileAt(en, 'evidence/A.5.18/access-review.txt').toString('utf8')).toBe('Quarterly access review: all accounts checked.\n');
    // A file linked to two controls is in both folders.
    expect(fileAt(en, 'evidence/A.5.15/access-review.txt').length).toBeGreaterThan(0);
    for (const item of control.evidence) expect(en.files.some((f) => f.path === item.path)).toBe(true);
    // Records are grouped: one JSON Lines file per control and record type, one line per record.
    const extract = en.controls.find((c) => c.controlId === 'A.5.34')!.evidence.find((item) => item.kind === 'record' && item.name === 'data_subject_request')!;
    expect(extract.path).toBe('evidence/A.5.34/records/data_subject_request.jsonl');
    const lines = fileAt(en, extract.path).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(extract.records!);
    const records = lines.map((text) => JSON.parse(text) as { label: string; recordType: string; recordId: string; effectiveDate: string; expiryDate: string | null; fields: Record<string, unknown> });
    const json = records.find((record) => record.label.startsWith('DSR-'))!;
    expect(json.recordType).toBe('data_subject_request');
    expect(json.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.fields.status).toBe('received');
    expect(records.map((record) => record.label)).toEqual(records.map((record) => record.label).sort());
    expect(en.controls).toHaveLength(93);
    // The incident reporter is not on the staff list: a pseudonym with --redact, shown without.
    expect(csvRows(fileAt(en, 'registers/incidents.csv')).some((row) => row.includes('Li Xiaoyan'))).toBe(true);
  });

  it('replaces requester data with stable pseudonyms and leaves nothing of it in any file', async () => {
    const plainRows = csvRows(fileAt(en, 'registers/requests.csv'));
    expect(plainRows.some((row) => row.includes(REQUESTER))).toBe(true);
    const rows = csvRows(fileAt(redacted, 'registers/requests.csv'));
    const header = rows[0]!;
    const ours = rows.find((row) => row[header.indexOf('Received at')]!.startsWith('2026-03-10T08:00'))!;
    const pseudonym = ours[header.indexOf('Requester')]!;
    expect(pseudonym).toMatch(/^person-[0-9a-f]{12}$/);
    expect(ours[header.indexOf('Requester contact')]).toMatch(/^email-[0-9a-f]{12}$/);
    const again = await collectPackContents(context('zh-CN', true));
    const zhRows = csvRows(fileAt(again, 'registers/requests.csv'));
    expect(zhRows.some((row) => row.includes(pseudonym))).toBe(true);
    for (const file of redacted.files) {
      const bytes = bytesOf(file);
      expectSize(file, bytes);
      const text = file.path.endsWith('.xlsx') ? await xlsxText(bytes) : bytes.toString('utf8');
      for (const secret of [REQUESTER, REQUESTER_EMAIL, 'Weiming', 'Li Xiaoyan']) expect(text.includes(secret), `${secret} in ${file.path}`).toBe(false);
    }
  });

  it('is byte-identical for the same workspace state and options', async () => {
    // Later than the zip and PDF clocks' resolution: nothing may carry the time of writing.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await collectPackContents(context('en', false));
    expect(second.files.map((f) => f.path)).toEqual(en.files.map((f) => f.path));
    for (const [index, file] of en.files.entries()) {
      const a = createHash('sha256').update(bytesOf(file)).digest('hex');
      const b = createHash('sha256').update(bytesOf(second.files[index]!)).digest('hex');
      expect(b, file.path).toBe(a);
      expectSize(file, bytesOf(file));
    }
    expect(JSON.stringify(second.controls)).toBe(JSON.stringify(en.controls));
  });

  it('writes one PDF per approved policy version in force during the period', () => {
    const expected = db
      .prepare(
        `SELECT count(*) FROM policy_versions WHERE approved_at IS NOT NULL AND approved_at <= ?
           AND substr(coalesce(published_at, approved_at), 1, 10) <= ? AND (ended_at IS NULL OR ended_at > ? OR substr(ended_at, 1, 10) >= ?)`,
      )
      .pluck()
      .get(`${TO}T23:59:59.999Z`, TO, `${TO}T23:59:59.999Z`, FROM) as number;
    expect(expected).toBeGreaterThan(0);
    expect(en.policies).toHaveLength(expected);
    const pdfs = en.files.filter((f) => f.path.startsWith('policies/'));
    expect(pdfs).toHaveLength(expected);
    for (const pdf of pdfs) expect(bytesOf(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const policy of en.policies) expect(policy.approvedAt).not.toBeNull();
  });

  it('writes the period’s audit events in order with hashes anyone can recompute', () => {
    const lines = fileAt(en, 'audit-trail.jsonl').toString('utf8').trimEnd().split('\n');
    const count = db.prepare('SELECT count(*) FROM audit_events WHERE at >= ? AND at <= ?').pluck().get(`${FROM}T00:00:00.000Z`, `${TO}T23:59:59.999Z`) as number;
    expect(count).toBeGreaterThan(5);
    expect(lines).toHaveLength(count);
    expect(en.auditTrail.events).toBe(count);
    expect(en.auditTrail.chain.ok).toBe(true);
    // The one pass over the trail found where the later events begin, as a query of its own does.
    const later = db.prepare('SELECT min(seq) FROM audit_events WHERE at > ?').pluck().get(`${TO}T23:59:59.999Z`) as number | null;
    expect(later).not.toBeNull();
    expect(en.history.firstLaterSeq).toBe(later);
    let previous = 0;
    for (const text of lines) {
      const event = JSON.parse(text) as { seq: number; at: string; actor: string; procedure: string; entityType: string; entityId: string; summary: string; prevHash: string; hash: string };
      // Written out directly, yet the very text JSON.stringify gives.
      expect(JSON.stringify(event)).toBe(text);
      expect(event.seq).toBeGreaterThan(previous);
      previous = event.seq;
      expect(event.at >= `${FROM}T00:00:00.000Z` && event.at <= `${TO}T23:59:59.999Z`).toBe(true);
      expect(hashEvent(canonicalEvent(event.at, event.actor, event.procedure, event.entityType, event.entityId, event.summary, event.prevHash))).toBe(event.hash);
    }
  });

  it('lists the SOC 2 criteria with their evidence for a SOC 2 pack', async () => {
    const soc2 = await collectPackContents(context('en', false, 'soc2'));
    expect(soc2.controls.every((c) => /^(CC|A|C|PI|P)\d/.test(c.controlId))).toBe(true);
    expect(soc2.controls.length).toBeGreaterThan(50);
    // Every evidence item of a SOC 2 pack lies in its own criterion's folder.
    for (const control of soc2.controls) for (const item of control.evidence) expect(item.path.startsWith(`evidence/${control.controlId}/`)).toBe(true);
    expect(soc2.registers.map((r) => r.key)).toEqual(en.registers.map((r) => r.key));
  }, 60_000);

  it('previews the same counts without building files', () => {
    const preview = previewPackContents(context('en', false));
    expect(preview.controls).toBe(en.controls.length);
    expect(preview.evidenceFiles).toBe(en.controls.flatMap((c) => c.evidence).filter((i) => i.kind === 'file').length);
    expect(preview.recordExtracts).toBeGreaterThanOrEqual(en.controls.flatMap((c) => c.evidence).reduce((sum, i) => sum + (i.kind === 'record' ? i.records! : 0), 0));
    expect(preview.policies).toBe(en.policies.length);
    expect(preview.auditEvents).toBe(en.auditTrail.events);
    expect(Object.fromEntries(preview.registers.map((r) => [r.key, r.rows]))).toEqual(Object.fromEntries(en.registers.map((r) => [r.key, r.rows])));
    expect(preview.exceptions).toBe(en.controls.filter((c) => c.applicable && (c.evidence.length === 0 || c.evidence.every((i) => i.expired))).length);
  });

  it('reports a broken chain found in its one pass over the trail, naming the event', async () => {
    const seq = db.prepare('SELECT min(seq) FROM audit_events WHERE at >= ?').pluck().get(`${FROM}T00:00:00.000Z`) as number;
    const summary = db.prepare('SELECT summary FROM audit_events WHERE seq = ?').pluck().get(seq) as string;
    db.prepare('UPDATE audit_events SET summary = ? WHERE seq = ?').run(summary.replace('}', ',"edited":true}'), seq);
    try {
      const contents = await collectPackContents(context('en', false));
      expect(contents.auditTrail.chain.ok).toBe(false);
      expect(contents.auditTrail.chain.problems).toEqual([expect.objectContaining({ seq, kind: 'edited' })]);
      // The trail file still shows the event as it is stored, for the auditor to see.
      expect(fileAt(contents, 'audit-trail.jsonl').toString('utf8')).toContain('\\"edited\\":true');
    } finally {
      db.prepare('UPDATE audit_events SET summary = ? WHERE seq = ?').run(summary, seq);
    }
  });

  it('writes the events its scan read: one recorded while the pack is built is in neither the file nor its count', async () => {
    const contents = await collectPackContents(context('en', false));
    // The file is produced when the pack is written, after this event.
    db.transaction(() => new AuditLog(db).append({ at: `${TO}T12:00:00.000Z`, actor: 'owner', procedure: 'test.meanwhile', entityType: 'risk', entityId: 'meanwhile', before: null, after: { title: 'Meanwhile' } }))();
    const lines = fileAt(contents, 'audit-trail.jsonl').toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(contents.auditTrail.events);
    expect(lines.some((line) => line.includes('test.meanwhile'))).toBe(false);
    expect((await collectPackContents(context('en', false))).auditTrail.events).toBe(contents.auditTrail.events + 1);
  });
});

/** Every cell of every sheet, and the workbook's properties. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const parts: string[] = [workbook.title, workbook.subject, workbook.company];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => parts.push(JSON.stringify(row.values)));
  return parts.join('\n');
}
