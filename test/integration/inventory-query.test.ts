// The activities table's query procedure on a real SQLCipher workspace: every filter, sort key and
// page checked against a reference computed here from the full lists and the findings engine's own
// output (inventory.findings); the answer follows changes at once; and one record's findings equal
// its share of the whole inventory's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVITY_SORT_KEYS,
  DATA_SOURCES,
  GDPR_BASES,
  PIPL_BASES,
  PROCESSING_ROLES,
  type ActivityQuery,
  type InventoryFinding,
  type ProcedureInput,
  type ProcessingActivity,
} from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
let t: TestBackend;
const categories: { id: string; sensitive: boolean }[] = [];
const systems: string[] = [];

const PROFILE: ProcedureInput<'organisation.update'> = {
  legalName: 'Acme GmbH',
  tradingName: 'Acme',
  registeredAddress: '',
  country: 'DE',
  industry: 'Software',
  employeeCount: 40,
  dpoName: '',
  dpoEmail: '',
  euRepresentative: '',
  jurisdictions: ['gdpr', 'pipl'],
};

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const maybe = <T>(p: number, value: () => T): T | null => (next() < p ? value() : null);

// Names mix case, repeats (ties are broken by id) and Chinese.
const NAMES = ['payroll', 'Payroll', 'marketing', 'Newsletter', 'newsletter', 'CCTV', '招聘', '客服 support', 'analytics', 'Zeta', 'alpha'];
const OWNERS = ['HR', 'hr', 'Marketing', '', 'IT', '市场部'];

function activity(): ProcedureInput<'inventory.activities.create'> {
  const chosen = [...new Set([pick(categories).id, ...(next() < 0.4 ? [pick(categories).id] : [])])];
  return {
    name: pick(NAMES),
    purpose: pick(['Pay staff', 'Send news', 'Security footage', '分析 usage', '']),
    role: pick(PROCESSING_ROLES),
    gdprBasis: maybe(0.7, () => pick(GDPR_BASES)),
    gdprArt9Condition: maybe(0.3, () => pick(GDPR_BASES)),
    piplBasis: maybe(0.6, () => pick(PIPL_BASES)),
    separateConsent: next() < 0.5,
    ccpaBusinessPurpose: '',
    sold: next() < 0.15,
    shared: next() < 0.2,
    dataCategoryIds: chosen,
    subjectCategoryIds: [],
    systemIds: next() < 0.6 ? [pick(systems)] : [],
    recipients: '',
    retentionMonths: maybe(0.7, () => Math.floor(next() * 5) * 12),
    deletionMethod: '',
    volumeEstimate: pick([0, 500, 5_000, 150_000]),
    source: pick(DATA_SOURCES),
    automatedDecisions: next() < 0.15,
    dpiaOverride: maybe(0.2, () => next() < 0.5),
    dpiaCompletedOn: maybe(0.3, () => '2026-01-10'),
    pipiaOverride: maybe(0.2, () => next() < 0.5),
    pipiaCompletedOn: maybe(0.3, () => '2026-02-10'),
    owner: pick(OWNERS),
    reviewDate: maybe(0.6, () => pick(['2026-03-01', '2026-07-01', '2027-01-15'])),
  };
}

beforeAll(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
  await t.call('organisation.update', PROFILE);
  for (const sensitivity of [['ordinary'], ['gdpr_art9', 'pipl_sensitive'], ['gdpr_art10'], ['pipl_minor_under_14'], ['ordinary']] as const) {
    const created = await t.call('inventory.dataCategories.create', { name: `Category ${categories.length}`, examples: '', sensitivity: [...sensitivity], systemIds: [] });
    categories.push({ id: created.id, sensitive: sensitivity[0] !== 'ordinary' });
  }
  for (let i = 0; i < 3; i++) {
    const created = await t.call('inventory.systems.create', {
      name: `System ${i}`,
      owner: '',
      type: '',
      hosting: 'cloud',
      country: 'DE',
      vendorId: null,
      encryptionAtRest: true,
      encryptionInTransit: '',
      mfaEnforced: true,
      roleBasedAccess: true,
      logging: true,
      dataResidency: null,
    });
    systems.push(created.id);
  }
  for (let i = 0; i < 90; i++) {
    const created = await t.call('inventory.activities.create', activity());
    // Transfers out of China make a PIPIA suggested; some stay inside the EEA.
    if (next() < 0.2) {
      await t.call('inventory.transfers.create', {
        activityId: created.id,
        fromCountry: pick(['CN', 'DE']),
        toCountry: pick(['US', 'FR', 'CN']),
        recipient: '',
        gdprMechanism: 'scc',
        piplMechanism: 'standard_contract',
        standardContractFiledOn: null,
        volume: 10,
      });
    }
  }
}, 120_000);

afterAll(async () => {
  await t.cleanup();
});

/** SQLite's NOCASE: ASCII letters folded, everything else compared by code point. */
const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortValue(a: ProcessingActivity, key: ActivityQuery['sort']['key']): string | number | null {
  if (key === 'name' || key === 'owner') return nocase(a[key]);
  return a[key];
}

async function reference(query: ActivityQuery) {
  const all = await t.call('inventory.activities.list', {});
  const findings = await t.call('inventory.findings', {});
  const kinds = new Map<string, string[]>();
  for (const f of findings) if (f.recordType === 'processing_activity') kinds.set(f.recordId, [...(kinds.get(f.recordId) ?? []), f.kind]);
  const f = query.filter;
  const text = f.text?.toLocaleLowerCase();
  const matched = all.filter(
    (a) =>
      (!text || `${a.name}\n${a.purpose}\n${a.owner}`.toLocaleLowerCase().includes(text)) &&
      (!f.role || a.role === f.role) &&
      (!f.gdprBasis || a.gdprBasis === (f.gdprBasis === 'none' ? null : f.gdprBasis)) &&
      (!f.piplBasis || a.piplBasis === (f.piplBasis === 'none' ? null : f.piplBasis)) &&
      (!f.source || a.source === f.source) &&
      (!f.dataCategoryId || a.dataCategoryIds.includes(f.dataCategoryId)) &&
      (!f.systemId || a.systemIds.includes(f.systemId)) &&
      (f.hasFinding === undefined || (kinds.get(a.id)?.length ?? 0) > 0 === f.hasFinding) &&
      (!f.findingKind || (kinds.get(a.id) ?? []).includes(f.findingKind)),
  );
  const sign = query.sort.direction === 'asc' ? 1 : -1;
  matched.sort((a, b) => {
    const x = sortValue(a, query.sort.key);
    const y = sortValue(b, query.sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : binary(String(x), String(y));
      if (order !== 0) return sign * order;
    }
    return sign * binary(a.id, b.id);
  });
  return { total: matched.length, rows: matched.slice(query.offset, query.offset + query.limit), kinds, all };
}

describe('inventory.activities.query', () => {
  it('filters, sorts and pages as the reference does, for every sort key and direction', async () => {
    const filters: ActivityQuery['filter'][] = [
      {},
      { text: 'PAY' },
      { text: '招聘' },
      { text: 'news', role: 'controller' },
      { gdprBasis: 'none' },
      { gdprBasis: 'a' },
      { piplBasis: 'none', source: 'third_party' },
      { dataCategoryId: categories[1]!.id },
      { systemId: systems[0]! },
      { hasFinding: true },
      { hasFinding: false },
      { findingKind: 'activity_without_art9_condition' },
      { findingKind: 'activity_without_separate_consent' },
      { findingKind: 'dpia_missing' },
      { findingKind: 'pipia_missing', role: 'processor' },
      { findingKind: 'retention_missing', hasFinding: true },
      { text: '%' },
      { text: '_' },
    ];
    let checked = 0;
    for (const [index, filter] of filters.entries()) {
      for (const key of ACTIVITY_SORT_KEYS) {
        const direction = (index + key.length) % 2 === 0 ? 'asc' : 'desc';
        const query: ActivityQuery = { filter, sort: { key, direction }, offset: index % 3 === 0 ? 0 : 7, limit: 25 };
        const expected = await reference(query);
        const page = await t.call('inventory.activities.query', query);
        expect(page.total, JSON.stringify(query)).toBe(expected.total);
        expect(page.rows.map((r) => r.id), JSON.stringify(query)).toEqual(expected.rows.map((r) => r.id));
        for (const row of page.rows) {
          expect([...row.findings].sort()).toEqual([...(expected.kinds.get(row.id) ?? [])].sort());
          const full = expected.all.find((a) => a.id === row.id)!;
          const { findings: _f, ...rest } = row;
          expect(rest).toEqual(full);
        }
        checked += page.rows.length;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('pages through the whole table without gaps or repeats', async () => {
    const seen: string[] = [];
    let total = 0;
    for (let offset = 0; ; offset += 13) {
      const page = await t.call('inventory.activities.query', { filter: {}, sort: { key: 'reviewDate', direction: 'desc' }, offset, limit: 13 });
      total = page.total;
      if (page.rows.length === 0) break;
      seen.push(...page.rows.map((r) => r.id));
    }
    expect(total).toBe(90);
    expect(seen).toHaveLength(90);
    expect(new Set(seen).size).toBe(90);
    const beyond = await t.call('inventory.activities.query', { filter: {}, sort: { key: 'name', direction: 'asc' }, offset: 500, limit: 10 });
    expect(beyond).toEqual({ total: 90, rows: [] });
  });

  it('follows changes at once: an edit moves the row and clears its finding', async () => {
    const query: ActivityQuery = { filter: { findingKind: 'activity_without_gdpr_basis' }, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 100 };
    const before = await t.call('inventory.activities.query', query);
    expect(before.total).toBeGreaterThan(0);
    const target = await t.call('inventory.activities.get', { id: before.rows[0]!.id });
    const { id, createdAt: _c, updatedAt: _u, dpiaSuggested: _d, pipiaSuggested: _p, ...input } = target;
    await t.call('inventory.activities.update', { id, activity: { ...input, gdprBasis: 'b', name: 'AAA renamed' } });
    const after = await t.call('inventory.activities.query', query);
    expect(after.total).toBe(before.total - 1);
    expect(after.rows.map((r) => r.id)).not.toContain(id);
    const first = await t.call('inventory.activities.query', { filter: {}, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 1 });
    expect(first.rows[0]!.id).toBe(id);

    // The organisation's jurisdictions decide which findings exist.
    await t.call('organisation.update', { ...PROFILE, jurisdictions: ['gdpr'] });
    const pipl = await t.call('inventory.activities.query', { filter: { findingKind: 'activity_without_pipl_basis' }, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 10 });
    expect(pipl.total).toBe(0);
    await t.call('organisation.update', PROFILE);
    const back = await t.call('inventory.activities.query', { filter: { findingKind: 'activity_without_pipl_basis' }, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 10 });
    expect(back.total).toBeGreaterThan(0);
  });

  it("applies the workspace's inventory rules (retention maxima, large-volume threshold) as the engine does", async () => {
    const rules = await t.call('inventory.rules.get', {});
    await t.call('inventory.rules.update', { ...rules, largeVolumeThreshold: 400, maxRetentionMonths: 30, categoryRetention: [{ dataCategoryId: categories[1]!.id, maxMonths: 6 }] });
    try {
      for (const filter of [{ findingKind: 'retention_exceeded' }, { findingKind: 'dpia_missing' }, { findingKind: 'pipia_missing' }, { hasFinding: false }] as const) {
        const query: ActivityQuery = { filter, sort: { key: 'retentionMonths', direction: 'desc' }, offset: 0, limit: 200 };
        const expected = await reference(query);
        const page = await t.call('inventory.activities.query', query);
        expect(page.rows.map((r) => r.id), JSON.stringify(filter)).toEqual(expected.rows.map((r) => r.id));
        for (const row of page.rows) expect([...row.findings].sort()).toEqual([...(expected.kinds.get(row.id) ?? [])].sort());
      }
      expect((await t.call('inventory.activities.query', { filter: { findingKind: 'retention_exceeded' }, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 1 })).total).toBeGreaterThan(0);
    } finally {
      await t.call('inventory.rules.update', rules);
    }
  });

  it('rejects bad input with the field named', async () => {
    const error = await t.fail('inventory.activities.query', { filter: { role: 'owner' }, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 10 });
    expect(error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(error.details)).toContain('role');
    const tooMany = await t.fail('inventory.activities.query', { filter: {}, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 5000 });
    expect(tooMany.code).toBe('INVALID_INPUT');
    expect((await t.fail('inventory.activities.get', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});

describe('inventory.findings.ofRecord', () => {
  it("gives each record exactly its share of the whole inventory's findings", async () => {
    await t.call('inventory.vendors.create', { name: 'Mailer', services: '', countries: ['US'], dpaSignedOn: null, certifications: [{ kind: 'iso27001', expires: '2025-01-01' }], reviewDate: null, activityIds: [] });
    await t.call('inventory.dataCategories.create', { name: 'Unused', examples: '', sensitivity: ['ordinary'], systemIds: [] });
    const unsafe = await t.call('inventory.systems.create', {
      name: 'Unsafe',
      owner: '',
      type: '',
      hosting: 'on_premises',
      country: 'CN',
      vendorId: null,
      encryptionAtRest: false,
      encryptionInTransit: '',
      mfaEnforced: false,
      roleBasedAccess: false,
      logging: false,
      dataResidency: null,
    });
    await t.call('inventory.dataCategories.create', { name: 'Health', examples: '', sensitivity: ['gdpr_art9'], systemIds: [unsafe.id] });
    const all = await t.call('inventory.findings', {});
    const byRecord = new Map<string, InventoryFinding[]>();
    for (const f of all) byRecord.set(`${f.recordType}:${f.recordId}`, [...(byRecord.get(`${f.recordType}:${f.recordId}`) ?? []), f]);
    const records: { recordType: InventoryFinding['recordType']; id: string }[] = [
      ...(await t.call('inventory.systems.list', {})).map((r) => ({ recordType: 'system' as const, id: r.id })),
      ...(await t.call('inventory.dataCategories.list', {})).map((r) => ({ recordType: 'data_category' as const, id: r.id })),
      ...(await t.call('inventory.vendors.list', {})).map((r) => ({ recordType: 'vendor' as const, id: r.id })),
      ...(await t.call('inventory.transfers.list', {})).map((r) => ({ recordType: 'transfer' as const, id: r.id })),
      ...(await t.call('inventory.activities.list', {})).slice(0, 30).map((r) => ({ recordType: 'processing_activity' as const, id: r.id })),
    ];
    const kinds = new Set<string>();
    for (const record of records) {
      const own = await t.call('inventory.findings.ofRecord', record);
      expect(own, `${record.recordType} ${record.id}`).toEqual(byRecord.get(`${record.recordType}:${record.id}`) ?? []);
      for (const f of own) kinds.add(f.kind);
    }
    for (const kind of ['vendor_without_dpa', 'vendor_certification_expired', 'category_without_purpose', 'sensitive_system_unencrypted', 'sensitive_system_without_mfa']) expect(kinds).toContain(kind);
  });
});
