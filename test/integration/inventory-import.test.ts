// Importing the data inventory from CSV and XLSX, and exporting the record of processing, on a real
// SQLCipher workspace: problems named by row and column, nothing written while any row is wrong,
// duplicates skipped or updated, a commit written in batches (progress, cancel, lock and other writes
// during it leave nothing behind), Chinese headers and values,
// and an export that imports into a fresh workspace without loss.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../../electron/backend/audit-log/audit-chain';
import { migrate } from '../../electron/backend/workspace/migrations/migrate';
import { applyConnectionPragmas, openSqlCipher, type Db } from '../../electron/backend/workspace/sqlcipher';
import { WorkspaceDb, type ChangeTx } from '../../electron/backend/workspace/workspace-db';
import { emptyActivityInput, type BackendEvent, type JobProgressEvent, type ProcedureInput, type ProcessingActivity } from '../../shared/contract';
import { IMPORT_FILE_MAX_BYTES, type ImportSource } from '../../shared/contract/areas/inventory-import';
import { createI18n } from '../../shared/i18n';
import { makeTempDir, PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');

const PROFILE: ProcedureInput<'organisation.update'> = {
  legalName: 'Acme GmbH',
  tradingName: 'Acme',
  registeredAddress: 'Hauptstraße 1, Berlin',
  country: 'DE',
  industry: 'Software',
  employeeCount: 40,
  dpoName: 'Dana Schmidt',
  dpoEmail: 'dpo@acme.example',
  euRepresentative: '',
  jurisdictions: ['gdpr', 'pipl'],
};

let t: TestBackend;

async function openWorkspace(backend: TestBackend, name = 'Acme'): Promise<void> {
  await backend.call('workspace.create', { directory: backend.dir, name, passphrase: PASSPHRASE });
  await backend.call('organisation.update', PROFILE);
}

beforeEach(async () => {
  t = testBackend({ now: () => NOW });
  await openWorkspace(t);
});

afterEach(async () => {
  await t.cleanup();
});

const upload = (name: string, content: string | Buffer): ImportSource => ({ kind: 'upload', name, base64: Buffer.from(content).toString('base64') });

async function auditCount(backend: TestBackend = t): Promise<number> {
  const overview = await backend.call('workspace.overview', {});
  return overview.recordCounts.find((count) => count.entity === 'audit_events')!.count;
}

async function tableCounts(backend: TestBackend = t) {
  const overview = await backend.call('workspace.overview', {});
  return Object.fromEntries(overview.recordCounts.map((count) => [count.entity, count.count]));
}

const CLEAN_CSV = [
  'Name;Purpose;Lawful basis;Data categories;Data subjects;Systems;Retention (months);Volume;Automated decisions;Review date;Role',
  'Newsletter;"Send product news,\nmonthly";Consent;Contact details; Customers;Mailer;24;"12,000";no;2026-09-30;Controller',
  'Payroll;Pay staff;6(1)(c);Bank details;Employees;HR suite;120;300;No;;processor',
  'Support desk;Answer tickets;Art. 6(1)(b) Contract;Contact details;Customers;Helpdesk;12;5000;yes;45900;Joint controller',
].join('\r\n');

describe('dry run and commit from CSV', () => {
  it('reads a BOM, a sniffed delimiter and quoted new lines, creates referenced records, and audits every record', async () => {
    const source = upload('register.csv', `\uFEFF${CLEAN_CSV}`);
    const inspection = await t.call('inventoryImport.inspect', { source });
    expect(inspection.format).toBe('csv');
    expect(inspection.rowCount).toBe(3);
    expect(inspection.suggestedType).toBe('activities');
    expect(inspection.columns[0]).toEqual({ index: 0, letter: 'A', header: 'Name' });
    expect(inspection.proposals.activities).toEqual(['name', 'purpose', 'gdprBasis', 'dataCategories', 'subjectCategories', 'systems', 'retentionMonths', 'volumeEstimate', 'automatedDecisions', 'reviewDate', 'role']);

    const before = await auditCount();
    const preview = await t.call('inventoryImport.dryRun', { source, recordType: 'activities', onDuplicate: 'skip' });
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ new: 3, updated: 0, unchanged: 0, duplicate: 0, error: 0 });
    expect(preview.createdReferences.dataCategories).toEqual(['Contact details', 'Bank details']);
    expect(preview.createdReferences.systems).toEqual(['Mailer', 'HR suite', 'Helpdesk']);
    expect(preview.createdReferences.subjectCategories).toEqual(['Customers', 'Employees']);
    expect(await auditCount()).toBe(before);
    expect(await t.call('inventory.activities.list', {})).toEqual([]);

    const result = await t.call('inventoryImport.commit', { source, recordType: 'activities', onDuplicate: 'skip', jobId: 'import-job-1' });
    expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: 0 });
    const activities = await t.call('inventory.activities.list', {});
    const categories = await t.call('inventory.dataCategories.list', {});
    const systems = await t.call('inventory.systems.list', {});
    const nameOf = (id: string) => [...categories, ...systems].find((r) => r.id === id)?.name;
    const newsletter = activities.find((a) => a.name === 'Newsletter')!;
    expect(newsletter).toMatchObject({ purpose: 'Send product news,\nmonthly', gdprBasis: 'a', retentionMonths: 24, volumeEstimate: 12000, automatedDecisions: false, reviewDate: '2026-09-30', role: 'controller' });
    expect(newsletter.dataCategoryIds.map(nameOf)).toEqual(['Contact details']);
    expect(activities.find((a) => a.name === 'Payroll')).toMatchObject({ gdprBasis: 'c', role: 'processor', reviewDate: null });
    // 45900 is an Excel serial date: 2025-08-31.
    expect(activities.find((a) => a.name === 'Support desk')).toMatchObject({ gdprBasis: 'b', role: 'joint_controller', automatedDecisions: true, reviewDate: '2025-08-31' });
    // 3 activities + 2 categories + 2 subject categories + 3 systems, each audited once (and the
    // default evidence links of activities and systems, as when they are created one by one).
    const added = (await auditCount()) - before;
    const events = await t.call('audit.list', { limit: 100 });
    const imported = events.filter((e) => e.procedure === 'inventoryImport.commit');
    expect(imported).toHaveLength(added);
    const records = imported.filter((e) => ['processing_activity', 'system', 'data_category', 'subject_category'].includes(e.entityType));
    expect(records).toHaveLength(10);
    for (const activity of activities) expect(records.some((e) => e.entityId === activity.id && e.summary.before === null)).toBe(true);
    // The same events as one-by-one creation: a system made by hand records what an imported one did.
    const manual = await t.call('inventory.systems.create', { name: 'By hand', owner: '', type: '', hosting: 'on_premises', country: null, vendorId: null, encryptionAtRest: false, encryptionInTransit: '', mfaEnforced: false, roleBasedAccess: false, logging: false, dataResidency: null });
    const byHand = (await t.call('audit.list', { limit: 100 })).filter((e) => e.procedure === 'inventory.systems.create').map((e) => e.entityType);
    const mailer = systems.find((s) => s.name === 'Mailer')!;
    const importedSystemEvents = imported.filter((e) => e.entityId === mailer.id || (e.entityType === 'evidence_link' && JSON.stringify(e.summary).includes(mailer.id))).map((e) => e.entityType);
    expect(manual.name).toBe('By hand');
    expect(importedSystemEvents.sort()).toEqual(byHand.sort());
    // Imported records are found by search and are evidence like created ones.
    const found = await t.call('search.query', { q: 'Newsletter' });
    expect(JSON.stringify(found)).toContain(newsletter.id);
  });

  it('names every wrong cell by row and column and writes nothing', async () => {
    const csv = [
      'Name,Purpose,Lawful basis,Retention (months),Automated decisions,Review date,Role',
      'Good row,Fine,Consent,12,no,2026-01-01,Controller',
      ',Missing name,Consent,12,no,,Controller',
      'Bad values,x,Maybe,lots,perhaps,31/02/2026,Boss',
      'Too long retention,x,f,5000,yes,2026-02-30,controller',
    ].join('\n');
    const source = upload('bad.csv', csv);
    const before = await auditCount();
    const preview = await t.call('inventoryImport.dryRun', { source, recordType: 'activities', onDuplicate: 'skip' });
    expect(preview.counts).toMatchObject({ new: 1, error: 3 });
    const where = preview.problems.map((p) => `${p.row}:${p.column?.letter}:${p.column?.header}:${p.code}`);
    expect(where).toEqual([
      '3:A:Name:required',
      '4:C:Lawful basis:invalid_enum',
      '4:D:Retention (months):invalid_number',
      '4:E:Automated decisions:invalid_boolean',
      '4:F:Review date:invalid_date',
      '4:G:Role:invalid_enum',
      '5:D:Retention (months):out_of_range',
      '5:F:Review date:invalid_date',
    ]);
    const basis = preview.problems.find((p) => p.code === 'invalid_enum' && p.field === 'gdprBasis')!;
    expect(basis).toMatchObject({ severity: 'error', messageKey: 'inventoryImport:problem.invalid_enum', params: { value: 'Maybe' } });
    expect(preview.problems.find((p) => p.code === 'out_of_range')!.params).toMatchObject({ min: 0, max: 1200 });

    const refused = await t.fail('inventoryImport.commit', { source, recordType: 'activities', onDuplicate: 'skip', jobId: 'import-job-2' });
    expect(refused.code).toBe('INVALID_INPUT');
    expect((refused.details as { problemCount: number }).problemCount).toBe(8);
    expect(await t.call('inventory.activities.list', {})).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a mapping without a name column and a field mapped twice', async () => {
    const source = upload('m.csv', 'A,B\nx,y\n');
    const preview = await t.call('inventoryImport.dryRun', { source, recordType: 'systems', onDuplicate: 'skip', mapping: ['owner', 'owner'] });
    expect(preview.problems.map((p) => p.code)).toEqual(['mapping_field_twice', 'mapping_missing_name']);
    expect(preview.problems[0]!.column).toEqual({ index: 1, letter: 'B', header: 'B' });
  });

  it('refuses a file over the size limit', async () => {
    const path = join(t.dir, 'huge.csv');
    writeFileSync(path, Buffer.alloc(IMPORT_FILE_MAX_BYTES + 1, 0x41));
    const error = await t.fail('inventoryImport.inspect', { source: { kind: 'path', path } });
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.details).toMatchObject({ limitBytes: IMPORT_FILE_MAX_BYTES, size: IMPORT_FILE_MAX_BYTES + 1 });
    const big = 'A'.repeat(Math.ceil(((IMPORT_FILE_MAX_BYTES + 3) * 4) / 3));
    expect((await t.fail('inventoryImport.inspect', { source: { kind: 'upload', name: 'x.csv', base64: big } })).code).toBe('FILE_TOO_LARGE');
  });

  it('reads by path only spreadsheet files', async () => {
    const path = join(t.dir, 'secret.key');
    writeFileSync(path, 'Name\nnot a register\n');
    const error = await t.fail('inventoryImport.inspect', { source: { kind: 'path', path } });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ path: ['source', 'path'], code: 'unsupported_file' }] } });
    const csv = join(t.dir, 'register.CSV');
    writeFileSync(csv, 'Name\nNewsletter\n');
    expect((await t.call('inventoryImport.inspect', { source: { kind: 'path', path: csv } })).sampleRows).toEqual([['Newsletter']]);
  });
});

describe('duplicates', () => {
  const first = 'Name,Purpose,Owner\nNewsletter,News,Marketing\nBilling,Invoices,Finance\n';
  it('skips rows repeated in the file and, as chosen, skips or updates existing records', async () => {
    await t.call('inventoryImport.commit', { source: upload('a.csv', first), recordType: 'activities', onDuplicate: 'skip', jobId: 'import-dup-1' });
    const second = 'Name,Purpose,Owner\n  newsletter ,News,Marketing\nBILLING,Invoices and dunning,Finance\nNew one,x,y\nNew  One,x,y\n';
    const skip = await t.call('inventoryImport.dryRun', { source: upload('b.csv', second), recordType: 'activities', onDuplicate: 'skip' });
    expect(skip.counts).toEqual({ new: 1, updated: 0, unchanged: 0, duplicate: 3, error: 0 });
    expect(skip.problems).toEqual([expect.objectContaining({ row: 5, severity: 'warning', code: 'duplicate_in_file', params: { name: 'New  One', firstRow: 4 } })]);

    const update = await t.call('inventoryImport.dryRun', { source: upload('b.csv', second), recordType: 'activities', onDuplicate: 'update' });
    expect(update.counts).toEqual({ new: 1, updated: 1, unchanged: 1, duplicate: 1, error: 0 });
    const before = await auditCount();
    const result = await t.call('inventoryImport.commit', { source: upload('b.csv', second), recordType: 'activities', onDuplicate: 'update', jobId: 'import-dup-2' });
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 1, skipped: 1 });
    const recorded = (await t.call('audit.list', { limit: (await auditCount()) - before })).filter((e) => e.entityType === 'processing_activity');
    // One update (with a before) and one creation.
    expect(recorded.map((e) => e.summary.before === null).sort()).toEqual([false, true]);
    expect(recorded).toHaveLength(2);
    const activities = await t.call('inventory.activities.list', {});
    expect(activities.map((a) => a.name)).toEqual(['Billing', 'New one', 'Newsletter']);
    // The update keeps the existing name's spelling and changes only mapped fields.
    expect(activities.find((a) => a.name === 'Billing')).toMatchObject({ purpose: 'Invoices and dunning', owner: 'Finance' });
  });
});

describe('the dry run and the commit', () => {
  it('checks the file again when the workspace changed after the dry run', async () => {
    const source = upload('n.csv', 'Name,Purpose\nNewsletter,News\n');
    expect((await t.call('inventoryImport.dryRun', { source, recordType: 'activities', onDuplicate: 'skip' })).counts.new).toBe(1);
    await t.call('inventory.activities.create', activityInput({ name: 'newsletter', purpose: 'Typed in meanwhile' }));
    const result = await t.call('inventoryImport.commit', { source, recordType: 'activities', onDuplicate: 'skip', jobId: 'import-stale-1' });
    expect(result).toMatchObject({ created: 0, skipped: 1 });
    expect((await t.call('inventory.activities.list', {})).map((a) => a.name)).toEqual(['newsletter']);
  });
});

const manyRows = (count: number) => ['Name,Purpose,Systems', ...Array.from({ length: count }, (_, i) => `Activity ${i},Purpose ${i},System ${i % 50}`)].join('\n');

describe('cancelling a commit', () => {
  it('stops at jobs.cancel while rows are checked and writes nothing', async () => {
    const before = await tableCounts();
    const events: BackendEvent[] = [];
    let cancelled: Promise<unknown> | null = null;
    const unsubscribe = t.backend.subscribe((event) => {
      events.push(event);
      if (event.type === 'job.progress' && event.phase === 'validate' && event.done >= 1000 && !cancelled) cancelled = t.call('jobs.cancel', { jobId: 'import-cancel-1' });
    });
    const error = await t.fail('inventoryImport.commit', { source: upload('many.csv', manyRows(5000)), recordType: 'activities', onDuplicate: 'skip', jobId: 'import-cancel-1' });
    unsubscribe();
    expect(error.code).toBe('CANCELLED');
    expect(await cancelled).toEqual({ cancelled: true });
    expect(events.some((e) => e.type === 'job.progress' && e.kind === 'inventory_import')).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('writing in batches', () => {
  const ROWS = 3000;
  // 3,000 activities and the 50 systems they name.
  const TOTAL = ROWS + 50;

  /**
   * Commits `ROWS` activities and, at the first write progress past 0, runs `during` on a later turn
   * of the event loop, as a call from the window arrives: it only runs if the write gives way.
   * `order` says whether `during` or the commit finished first.
   */
  async function commitWhile<T>(jobId: string, during: () => Promise<T>) {
    const writes: JobProgressEvent[] = [];
    const order: string[] = [];
    let duringResult: Promise<T> | null = null;
    const unsubscribe = t.backend.subscribe((event) => {
      if (event.type !== 'job.progress' || event.jobId !== jobId || event.phase !== 'write') return;
      writes.push(event);
      if (event.done > 0 && !duringResult) {
        duringResult = new Promise((resolve) => setTimeout(resolve, 0))
          .then(during)
          .finally(() => order.push('during'));
      }
    });
    try {
      const envelope = await t.backend.invoke('inventoryImport.commit', { source: upload('many.csv', manyRows(ROWS)), recordType: 'activities', onDuplicate: 'skip', jobId });
      order.push('commit');
      return { envelope, writes, order, during: await (duringResult as Promise<T> | null) };
    } finally {
      unsubscribe();
    }
  }

  const auditHead = async () => {
    const { ok, headSeq, headHash } = await t.call('audit.verify', {});
    return { ok, headSeq, headHash };
  };

  it('reports progress per batch, only growing, and ending at the total', async () => {
    const { envelope, writes } = await commitWhile('import-progress-1', async () => null);
    expect(envelope).toMatchObject({ ok: true, value: { created: ROWS } });
    const done = writes.map((event) => event.done);
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(TOTAL);
    expect(done.length).toBeGreaterThan(3);
    for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThan(done[i - 1]!);
    expect(new Set(writes.map((event) => event.total))).toEqual(new Set([TOTAL]));
  });

  it('rolls back a jobs.cancel sent while rows are written: counts, audit head and chain as before', async () => {
    const before = await tableCounts();
    const head = await auditHead();
    let seenWhileWriting = -1;
    const { envelope, writes, order, during } = await commitWhile('import-cancel-2', async () => {
      // Reads go on meanwhile, and see the rows written so far on the import's connection.
      seenWhileWriting = (await t.call('inventory.activities.list', {})).length;
      return t.call('jobs.cancel', { jobId: 'import-cancel-2' });
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(during).toEqual({ cancelled: true });
    expect(order).toEqual(['during', 'commit']);
    expect(seenWhileWriting).toBeGreaterThan(0);
    expect(seenWhileWriting).toBeLessThan(ROWS);
    expect(writes.at(-1)!.done).toBeLessThan(TOTAL);

    expect(await tableCounts()).toEqual(before);
    expect(await t.call('inventory.activities.list', {})).toEqual([]);
    expect(await auditHead()).toEqual(head);
    expect((await t.call('workspace.verify', {})).ok).toBe(true);
    // The workspace takes the same import afterwards.
    const result = await t.call('inventoryImport.commit', { source: upload('many.csv', manyRows(ROWS)), recordType: 'activities', onDuplicate: 'skip', jobId: 'import-cancel-3' });
    expect(result.created).toBe(ROWS);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses any other change while rows are written, with a translated error, and lets reads through', async () => {
    const { envelope, order, during } = await commitWhile('import-busy-1', async () => ({
      create: await t.backend.invoke('inventory.activities.create', activityInput({ name: 'Typed meanwhile' })),
      profile: await t.backend.invoke('organisation.update', { ...PROFILE, legalName: 'Changed meanwhile' }),
      read: await t.backend.invoke('organisation.get', {}),
      secondImport: await t.backend.invoke('inventoryImport.commit', { source: upload('one.csv', 'Name,Purpose\nOther,x\n'), recordType: 'activities', onDuplicate: 'skip', jobId: 'import-busy-2' }),
      rotateKey: await t.backend.invoke('workspace.rotateKey', { passphrase: PASSPHRASE, jobId: 'rekey-busy-1' }),
    }));
    expect(envelope).toMatchObject({ ok: true, value: { created: ROWS } });
    expect(order).toEqual(['during', 'commit']);
    for (const refused of [during!.create, during!.profile, during!.secondImport, during!.rotateKey]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'WRITE_IN_PROGRESS', details: { writing: 'inventoryImport.commit' } } });
    }
    expect(during!.read).toMatchObject({ ok: true, value: { legalName: 'Acme GmbH' } });
    expect(createI18n({ language: 'en' }).t('errors:WRITE_IN_PROGRESS')).toBe('An import is being written to the workspace. Try again when it has finished, or cancel the import.');
    expect(createI18n({ language: 'zh-CN' }).t('errors:WRITE_IN_PROGRESS')).toBe('正在向工作区写入导入的数据。请在导入完成后重试，或取消该导入。');

    // Nothing refused joined the import's transaction, and the chain holds.
    const names = new Set((await t.call('inventory.activities.list', {})).map((a) => a.name));
    expect(names.size).toBe(ROWS);
    expect(names.has('Typed meanwhile') || names.has('Other')).toBe(false);
    expect((await t.call('organisation.get', {}))?.legalName).toBe('Acme GmbH');
    expect((await t.call('workspace.verify', {})).ok).toBe(true);
    // Once the import has finished, changes are taken again.
    expect((await t.call('inventory.activities.create', activityInput({ name: 'Typed meanwhile' }))).name).toBe('Typed meanwhile');
  });

  it('rolls the import back when the workspace is locked while rows are written, and reopens clean', async () => {
    const status = await t.call('workspace.status', {});
    const path = status.state === 'unlocked' ? status.path : '';
    const before = await tableCounts();
    const head = await auditHead();
    const { envelope, order, during } = await commitWhile('import-lock-1', () => t.call('workspace.lock', { reason: 'idle' }));
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(during).toMatchObject({ state: 'locked' });
    expect(order).toEqual(['during', 'commit']);
    expect((await t.fail('inventory.activities.list', {})).code).toBe('WORKSPACE_LOCKED');

    await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(await tableCounts()).toEqual(before);
    expect(await auditHead()).toEqual(head);
    const verified = await t.call('workspace.verify', {});
    expect(verified).toMatchObject({ ok: true, integrity: { ok: true } });
    const result = await t.call('inventoryImport.commit', { source: upload('many.csv', manyRows(ROWS)), recordType: 'activities', onDuplicate: 'skip', jobId: 'import-lock-2' });
    expect(result.created).toBe(ROWS);
  });
});

describe('WorkspaceDb.changeInBatches', () => {
  let dir: string;
  let db: Db;
  let ws: WorkspaceDb;
  let key: string;
  const context = { actor: { id: 'owner', role: 'owner' as const }, procedure: 'test.batches' };
  const head = () => db.prepare('SELECT seq, hash FROM audit_head').get() as { seq: number; hash: string };
  const meta = (key: string) => db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(key) as string | undefined;
  const writeBatch = (tx: ChangeTx, key: string) => {
    ws.setMeta(tx.db, key, 'v');
    tx.audit('meta', key, null, { value: 'v' });
  };

  beforeEach(() => {
    dir = makeTempDir('custos-batches-');
    const path = join(dir, 'workspace.db');
    key = randomBytes(32).toString('hex');
    db = openSqlCipher(path, key, { fileMustExist: false });
    applyConnectionPragmas(db);
    migrate(db, dir, path, new Date());
    ws = new WorkspaceDb(db, () => new Date('2026-06-15T10:00:00Z'));
    ws.change(context, (tx) => writeBatch(tx, 'first'));
  });

  afterEach(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rolls back every batch already written when the work fails half way', async () => {
    const before = head();
    const work = ws.changeInBatches(context, async (tx, yieldBatch) => {
      for (const key of ['a', 'b', 'c']) {
        writeBatch(tx, key);
        await yieldBatch();
      }
      throw new Error('the disk is full');
    });
    await expect(work).rejects.toThrow('the disk is full');
    expect(db.inTransaction).toBe(false);
    expect(['a', 'b', 'c'].map(meta)).toEqual([undefined, undefined, undefined]);
    expect(head()).toEqual(before);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, headSeq: before.seq });
    ws.change(context, (tx) => writeBatch(tx, 'after'));
    expect(meta('after')).toBe('v');
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('refuses change() between batches, and commits its own batches with their audit events', async () => {
    const before = head();
    const refusals: unknown[] = [];
    await ws.changeInBatches(context, async (tx, yieldBatch) => {
      for (const key of ['a', 'b']) {
        writeBatch(tx, key);
        await yieldBatch();
        try {
          ws.change({ ...context, procedure: 'test.other' }, (other) => writeBatch(other, `other-${key}`));
        } catch (error) {
          refusals.push(error);
        }
      }
    });
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatchObject({ code: 'WRITE_IN_PROGRESS', details: { procedure: 'test.other', writing: 'test.batches' } });
    expect([meta('a'), meta('b'), meta('other-a')]).toEqual(['v', 'v', undefined]);
    expect(head().seq).toBe(before.seq + 2);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('ends as cancelled at the next batch when its signal aborts or the database is closed under it', async () => {
    const controller = new AbortController();
    const cancelled = ws.changeInBatches({ ...context, signal: controller.signal }, async (tx, yieldBatch) => {
      writeBatch(tx, 'a');
      controller.abort();
      await yieldBatch();
      writeBatch(tx, 'b');
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(meta('a')).toBeUndefined();

    let batches = 0;
    const closed = ws.changeInBatches(context, async (tx, yieldBatch) => {
      for (;;) {
        writeBatch(tx, `k${batches++}`);
        await yieldBatch();
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    ws.close();
    await expect(closed).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(batches).toBeGreaterThan(1);
    expect(db.open).toBe(false);
    // Reopened, the file holds only what was committed before.
    db = openSqlCipher(join(dir, 'workspace.db'), key);
    expect(meta('first')).toBe('v');
    expect(meta('k0')).toBeUndefined();
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, headSeq: 1 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps the idle WAL checkpoint out of the open transaction and runs it once the change is over', async () => {
    const checkpoints: boolean[] = [];
    const pragma = db.pragma.bind(db);
    vi.spyOn(db, 'pragma').mockImplementation((source, options) => {
      if (source.startsWith('wal_checkpoint')) checkpoints.push(db.inTransaction);
      return pragma(source, options);
    });
    // beforeEach's change armed the checkpoint timer; the long change outlasts its delay.
    await ws.changeInBatches(context, async (tx, yieldBatch) => {
      writeBatch(tx, 'a');
      await new Promise((resolve) => setTimeout(resolve, 1800));
      await yieldBatch();
      writeBatch(tx, 'b');
    });
    expect(checkpoints).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(checkpoints).toEqual([false]);
  });
});

async function xlsxBuffer(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  build(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('XLSX and Chinese', () => {
  it('reads the chosen sheet, a title block, date and number cells and rich text', async () => {
    const bytes = await xlsxBuffer((sheet, workbook) => {
      sheet.addRow(['Systems register']);
      sheet.addRow([]);
      sheet.addRow(['System', 'Hosting', 'Country', 'Vendor', 'Encrypted at rest', 'MFA', 'Data residency']);
      sheet.addRow([{ richText: [{ text: 'CRM ' }, { text: 'Cloud', font: { bold: true } }] }, 'SaaS', 'Germany', 'Salesforce', true, 'yes', 'de']);
      sheet.addRow(['Mail server', 'on-prem', 'US', '', false, 'no', '']);
      const other = workbook.addWorksheet('Vendors');
      other.addRow(['Vendor', 'DPA signed on', 'Countries', 'Certifications']);
      other.addRow(['Salesforce', new Date(Date.UTC(2025, 2, 31)), 'US, IE', 'ISO 27001 (2027-01-31); SOC 2 Type II']);
      other.getCell('B2').numFmt = 'yyyy-mm-dd';
      other.addRow(['Mailgun', 45_000, 'US', '']);
      other.getCell('B3').numFmt = 'dd/mm/yyyy';
    });
    const inspection = await t.call('inventoryImport.inspect', { source: upload('reg.xlsx', bytes) });
    expect(inspection).toMatchObject({ format: 'xlsx', sheets: ['Register', 'Vendors'], sheet: 'Register', headerRow: 3, rowCount: 2, suggestedType: 'systems' });
    const systems = await t.call('inventoryImport.commit', { source: upload('reg.xlsx', bytes), recordType: 'systems', onDuplicate: 'skip', jobId: 'import-xlsx-1' });
    expect(systems).toMatchObject({ created: 2, createdReferences: { vendors: ['Salesforce'] } });
    const vendors = await t.call('inventoryImport.commit', { source: upload('reg.xlsx', bytes), sheet: 'Vendors', recordType: 'vendors', onDuplicate: 'update', jobId: 'import-xlsx-2' });
    expect(vendors).toMatchObject({ created: 1, updated: 1 });
    const [crm, mail] = await t.call('inventory.systems.list', {});
    const vendorList = await t.call('inventory.vendors.list', {});
    const salesforce = vendorList.find((v) => v.name === 'Salesforce')!;
    expect(crm).toMatchObject({ name: 'CRM Cloud', hosting: 'saas', country: 'DE', vendorId: salesforce.id, encryptionAtRest: true, mfaEnforced: true, dataResidency: 'DE' });
    expect(mail).toMatchObject({ name: 'Mail server', hosting: 'on_premises', country: 'US', vendorId: null, encryptionAtRest: false });
    expect(salesforce).toMatchObject({ dpaSignedOn: '2025-03-31', countries: ['US', 'IE'], certifications: [{ kind: 'iso27001', expires: '2027-01-31' }, { kind: 'soc2_type2', expires: null }] });
    expect(vendorList.find((v) => v.name === 'Mailgun')).toMatchObject({ dpaSignedOn: '2023-03-15' });
    expect((await t.fail('inventoryImport.inspect', { source: upload('reg.xlsx', bytes), sheet: 'Nope' })).code).toBe('INVALID_INPUT');
  });

  it('maps Chinese headers and reads Chinese values', async () => {
    const csv = ['处理活动,处理目的,合法性基础,单独同意,数据类别,保存期限,数据来源,国家/地区,复核日期', '会员注册,提供会员服务,同意,是,手机号码；姓名,36,从数据主体处收集,德国,2026年3月1日', '员工考勤,人力资源管理,法定义务,否,考勤记录,24,来自第三方,,'].join('\n');
    const source = upload('中文.csv', csv);
    const inspection = await t.call('inventoryImport.inspect', { source });
    expect(inspection.proposals.activities).toEqual(['name', 'purpose', 'gdprBasis', 'separateConsent', 'dataCategories', 'retentionMonths', 'source', null, 'reviewDate']);
    const preview = await t.call('inventoryImport.dryRun', { source, recordType: 'activities', onDuplicate: 'skip' });
    expect(preview.problems).toEqual([]);
    expect(preview.createdReferences.dataCategories).toEqual(['手机号码', '姓名', '考勤记录']);
    await t.call('inventoryImport.commit', { source, recordType: 'activities', onDuplicate: 'skip', jobId: 'import-zh-1' });
    const activities = await t.call('inventory.activities.list', {});
    expect(activities.find((a) => a.name === '会员注册')).toMatchObject({ gdprBasis: 'a', separateConsent: true, retentionMonths: 36, source: 'collected_from_subject', reviewDate: '2026-03-01' });
    expect(activities.find((a) => a.name === '员工考勤')).toMatchObject({ gdprBasis: 'c', separateConsent: false, source: 'third_party' });
  });

  it('reads GB18030 text as Excel on Chinese Windows saves it', async () => {
    // "名称,目的\n客户服务,售后\n" in GB18030.
    const bytes = Buffer.from('c3fbb3c62cc4bfb5c40abfcdbba7b7fecef12ccadbbaf30a', 'hex');
    const inspection = await t.call('inventoryImport.inspect', { source: upload('gbk.csv', bytes) });
    expect(inspection.columns.map((c) => c.header)).toEqual(['名称', '目的']);
    expect(inspection.sampleRows).toEqual([['客户服务', '售后']]);
  });
});

describe('data categories import', () => {
  it('reads sensitivity lists and links systems by name', async () => {
    const csv = 'Data category,Examples,Sensitivity,Systems\nHealth,Diagnoses,Special category (GDPR Art 9); 敏感个人信息,EHR\nContact,Email,,EHR\nBad,,Very secret,\n';
    const preview = await t.call('inventoryImport.dryRun', { source: upload('c.csv', csv), recordType: 'dataCategories', onDuplicate: 'skip' });
    expect(preview.problems.map((p) => `${p.row}:${p.column?.letter}:${p.code}`)).toEqual(['4:C:invalid_enum']);
    const fixed = csv.replace('Very secret', 'ordinary');
    await t.call('inventoryImport.commit', { source: upload('c.csv', fixed), recordType: 'dataCategories', onDuplicate: 'skip', jobId: 'import-cat-1' });
    const categories = await t.call('inventory.dataCategories.list', {});
    const [ehr] = await t.call('inventory.systems.list', {});
    expect(categories.find((c) => c.name === 'Health')).toMatchObject({ sensitivity: ['gdpr_art9', 'pipl_sensitive'], systemIds: [ehr!.id] });
    expect(categories.find((c) => c.name === 'Contact')).toMatchObject({ sensitivity: ['ordinary'] });
  });
});

function activityInput(overrides: Partial<ProcedureInput<'inventory.activities.create'>>): ProcedureInput<'inventory.activities.create'> {
  return { ...emptyActivityInput(), name: 'Activity', ...overrides };
}

/** A workspace with activities using every field and value kind. */
export async function populate(backend: TestBackend): Promise<void> {
  const system = (name: string) => backend.call('inventory.systems.create', { name, owner: 'IT', type: 'App', hosting: 'cloud', country: 'DE', vendorId: null, encryptionAtRest: true, encryptionInTransit: 'TLS 1.3', mfaEnforced: true, roleBasedAccess: true, logging: true, dataResidency: 'DE' });
  const crm = await system('CRM');
  const hr = await system('HR suite');
  const contact = await backend.call('inventory.dataCategories.create', { name: 'Contact details', examples: 'email', sensitivity: ['ordinary'], systemIds: [crm.id] });
  const health = await backend.call('inventory.dataCategories.create', { name: '健康信息', examples: '', sensitivity: ['gdpr_art9', 'pipl_sensitive'], systemIds: [] });
  const customers = await backend.call('inventory.subjectCategories.create', { name: 'Customers', description: '', includesMinors: false });
  const staff = await backend.call('inventory.subjectCategories.create', { name: '员工', description: '', includesMinors: false });
  const newsletter = await backend.call(
    'inventory.activities.create',
    activityInput({
      name: 'Newsletter',
      purpose: 'Send news,\n"monthly"; with quotes',
      gdprBasis: 'a',
      piplBasis: '1',
      separateConsent: true,
      ccpaBusinessPurpose: 'Marketing',
      sold: true,
      shared: true,
      dataCategoryIds: [contact.id],
      subjectCategoryIds: [customers.id],
      systemIds: [crm.id],
      recipients: 'Mail provider',
      retentionMonths: 24,
      deletionMethod: 'Automatic purge',
      volumeEstimate: 120000,
      source: 'third_party',
      automatedDecisions: true,
      dpiaOverride: true,
      dpiaCompletedOn: '2025-05-01',
      pipiaOverride: false,
      pipiaCompletedOn: '2025-06-30',
      owner: 'Marketing',
      reviewDate: '2026-12-31',
    }),
  );
  await backend.call(
    'inventory.activities.create',
    activityInput({
      name: '员工健康管理',
      purpose: '=SUM(A1) not a formula',
      role: 'processor',
      gdprBasis: 'c',
      gdprArt9Condition: 'h',
      piplBasis: '7',
      dataCategoryIds: [health.id, contact.id],
      subjectCategoryIds: [staff.id],
      systemIds: [hr.id, crm.id],
      retentionMonths: 0,
      source: 'public',
    }),
  );
  await backend.call('inventory.activities.create', activityInput({ name: 'Joint study', role: 'joint_controller', gdprBasis: 'f', gdprArt9Condition: 'j', piplBasis: '5', pipiaOverride: true }));
  await backend.call('inventory.transfers.create', { activityId: newsletter.id, fromCountry: 'DE', toCountry: 'US', recipient: 'Mailer Inc', gdprMechanism: 'scc', piplMechanism: 'none', standardContractFiledOn: null, volume: 10 });
}

/** An activity with its references by name, without ids or time stamps. */
async function comparable(backend: TestBackend): Promise<Record<string, unknown>[]> {
  const [activities, categories, subjects, systems] = await Promise.all([
    backend.call('inventory.activities.list', {}),
    backend.call('inventory.dataCategories.list', {}),
    backend.call('inventory.subjectCategories.list', {}),
    backend.call('inventory.systems.list', {}),
  ]);
  const names = new Map([...categories, ...subjects, ...systems].map((r) => [r.id, r.name]));
  return activities.map((activity: ProcessingActivity) => {
    // The DPIA / PIPIA suggestions are computed from the categories' sensitivity, which is a data
    // category's field, not the activity's: referenced categories are created plain.
    const { id: _id, createdAt: _c, updatedAt: _u, dpiaSuggested: _d, pipiaSuggested: _p, dataCategoryIds, subjectCategoryIds, systemIds, ...rest } = activity;
    return { ...rest, dataCategories: dataCategoryIds.map((id) => names.get(id)), subjectCategories: subjectCategoryIds.map((id) => names.get(id)), systems: systemIds.map((id) => names.get(id)) };
  });
}

describe('round trip', () => {
  for (const [format, language] of [
    ['xlsx', 'en'],
    ['xlsx', 'zh-CN'],
    ['csv', 'en'],
    ['csv', 'zh-CN'],
  ] as const) {
    it(`exports ${format} (${language}) that imports into a fresh workspace without loss`, async () => {
      await t.call('workspace.settings.update', { language });
      await populate(t);
      const exported = await t.call('ropa.export', { format });
      expect(exported.base64).toBeDefined();
      const fresh = testBackend({ now: () => NOW });
      try {
        await openWorkspace(fresh, 'Fresh');
        const source = upload(`ropa.${format}`, Buffer.from(exported.base64!, 'base64'));
        const inspection = await fresh.call('inventoryImport.inspect', { source });
        expect(inspection.suggestedType).toBe('activities');
        const preview = await fresh.call('inventoryImport.dryRun', { source, recordType: 'activities', onDuplicate: 'skip' });
        expect(preview.problems).toEqual([]);
        await fresh.call('inventoryImport.commit', { source, recordType: 'activities', onDuplicate: 'skip', jobId: `roundtrip-${format}-${language.length}` });
        const original = await comparable(t);
        const imported = await comparable(fresh);
        expect(imported).toHaveLength(3);
        expect(imported).toEqual(original);
        // Exported again, the same activities give the same rows.
        const again = await fresh.call('inventoryImport.dryRun', { source, recordType: 'activities', onDuplicate: 'update' });
        expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 3, duplicate: 0, error: 0 });
      } finally {
        await fresh.cleanup();
      }
    });
  }

  it('imports the processor sheet of the workbook', async () => {
    await populate(t);
    const exported = await t.call('ropa.export', { format: 'xlsx' });
    const fresh = testBackend({ now: () => NOW });
    try {
      await openWorkspace(fresh, 'Fresh');
      const source = upload('ropa.xlsx', Buffer.from(exported.base64!, 'base64'));
      const inspection = await fresh.call('inventoryImport.inspect', { source });
      expect(inspection.sheets).toEqual(['Art 30(1) controller', 'Art 30(2) processor']);
      await fresh.call('inventoryImport.commit', { source, sheet: 'Art 30(2) processor', recordType: 'activities', onDuplicate: 'skip', jobId: 'roundtrip-processor' });
      const original = (await comparable(t)).filter((a) => a.role === 'processor');
      expect(await comparable(fresh)).toEqual(original);
    } finally {
      await fresh.cleanup();
    }
  });
});
