// The inventory rules per workspace through the contract: defaults from the migration, audited
// changes with issue paths, and the findings, suggestions, agenda and control view following them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INVENTORY_RULES } from '../../shared/contract/areas/inventory-rules';
import type { ProcedureInput } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
const NO_ID = '00000000-0000-4000-8000-000000000000';
let t: TestBackend;

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

function activityInput(overrides: Partial<ProcedureInput<'inventory.activities.create'>> = {}): ProcedureInput<'inventory.activities.create'> {
  return {
    name: 'Web analytics',
    purpose: 'Measure site use',
    role: 'controller',
    gdprBasis: 'a',
    gdprArt9Condition: null,
    piplBasis: '1',
    separateConsent: false,
    ccpaBusinessPurpose: '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [],
    recipients: '',
    retentionMonths: 25,
    deletionMethod: 'Automatic expiry',
    volumeEstimate: 60_000,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    // Judged not to need a PIPIA, so the tests look at the GDPR side.
    pipiaOverride: false,
    pipiaCompletedOn: null,
    owner: 'Marketing',
    reviewDate: null,
    ...overrides,
  };
}

beforeEach(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
  await t.call('organisation.update', PROFILE);
});

afterEach(async () => {
  await t.cleanup();
});

const kinds = async () => (await t.call('inventory.findings', {})).map((f) => `${f.kind}:${f.recordName}`);

describe('inventory rules', () => {
  it('start from the defaults: the EEA, the adequacy decisions, 100,000 people, no retention maximum', async () => {
    const rules = await t.call('inventory.rules.get', {});
    expect(rules).toEqual(DEFAULT_INVENTORY_RULES);
    expect(rules.eeaCountries).toHaveLength(30);
    expect(rules.adequateCountries).toEqual(expect.arrayContaining(['JP', 'GB', 'CH', 'KR', 'US']));
  });

  it('are changed in one audited step; bad lists are refused with the row named', async () => {
    const category = await t.call('inventory.dataCategories.create', { name: 'Cookie identifiers', examples: '', sensitivity: ['ordinary'], systemIds: [] });
    const next = { ...DEFAULT_INVENTORY_RULES, largeVolumeThreshold: 50_000, maxRetentionMonths: 120, categoryRetention: [{ dataCategoryId: category.id, maxMonths: 13 }] };
    expect(await t.call('inventory.rules.update', next)).toEqual(next);
    expect(await t.call('inventory.rules.get', {})).toEqual(next);
    const [event] = await t.call('audit.list', { limit: 1 });
    expect(event).toMatchObject({ procedure: 'inventory.rules.update', entityType: 'inventory_rules', entityId: '1' });
    expect(event!.summary.before).toMatchObject({ largeVolumeThreshold: 100_000, maxRetentionMonths: null });
    expect(event!.summary.after).toMatchObject({ largeVolumeThreshold: 50_000, maxRetentionMonths: 120 });

    const bad = await t.fail('inventory.rules.update', { ...next, eeaCountries: ['DE', 'FR', 'DE'], categoryRetention: [{ dataCategoryId: NO_ID, maxMonths: 1 }] });
    expect(bad).toMatchObject({ code: 'INVALID_INPUT' });
    expect((bad.details!.issues as { path: unknown[]; code: string }[]).map((i) => [i.path, i.code])).toEqual([
      [['eeaCountries', 2], 'duplicate'],
      [['categoryRetention', 0, 'dataCategoryId'], 'unknown_record'],
    ]);
    expect((await t.fail('inventory.rules.update', { ...next, eeaCountries: ['de'] })).code).toBe('INVALID_INPUT');
    expect(await t.call('inventory.rules.get', {})).toEqual(next);

    // A category's maximum goes with the category.
    await t.call('inventory.dataCategories.delete', { id: category.id });
    expect((await t.call('inventory.rules.get', {})).categoryRetention).toEqual([]);
  });

  it('drive the findings: EEA, adequacy, large volume and retention maxima', async () => {
    const cookies = await t.call('inventory.dataCategories.create', { name: 'Cookie identifiers', examples: '', sensitivity: ['ordinary'], systemIds: [] });
    const activity = await t.call('inventory.activities.create', activityInput({ dataCategoryIds: [cookies.id] }));
    const transfer = { activityId: activity.id, fromCountry: 'CH', toCountry: 'IN', recipient: 'Offshore BI', gdprMechanism: 'none' as const, piplMechanism: 'none' as const, standardContractFiledOn: null, volume: 100 };
    await t.call('inventory.transfers.create', transfer);
    await t.call('inventory.transfers.create', { ...transfer, fromCountry: 'DE', toCountry: 'BR', recipient: 'Agency', gdprMechanism: 'adequacy' });
    expect(await kinds()).toEqual(['transfer_without_gdpr_mechanism:DE→BR Agency']);
    expect((await t.call('inventory.activities.list', {}))[0]!.dpiaSuggested).toBe(false);

    const rules = await t.call('inventory.rules.get', {});
    await t.call('inventory.rules.update', {
      ...rules,
      // Switzerland treated as in scope, Brazil recognised (as counsel might decide), a lower volume threshold.
      eeaCountries: [...rules.eeaCountries, 'CH'],
      adequateCountries: [...rules.adequateCountries, 'BR'],
      largeVolumeThreshold: 50_000,
      categoryRetention: [{ dataCategoryId: cookies.id, maxMonths: 13 }],
    });
    expect(await kinds()).toEqual(['dpia_missing:Web analytics', 'transfer_without_gdpr_mechanism:CH→IN Offshore BI', 'retention_exceeded:Web analytics']);
    const retention = (await t.call('inventory.findings', {})).find((f) => f.kind === 'retention_exceeded')!;
    expect(retention).toMatchObject({ severity: 'medium', recordType: 'processing_activity', recordId: activity.id, messageKey: 'inventory.finding.retention_exceeded' });
    expect((await t.call('inventory.activities.list', {}))[0]!.dpiaSuggested).toBe(true);

    // A workspace maximum applies too; the smaller limit wins.
    await t.call('inventory.activities.update', { id: activity.id, activity: activityInput({ dataCategoryIds: [cookies.id], retentionMonths: 13, dpiaOverride: false }) });
    expect(await kinds()).toEqual(['transfer_without_gdpr_mechanism:CH→IN Offshore BI']);
    await t.call('inventory.rules.update', { ...(await t.call('inventory.rules.get', {})), maxRetentionMonths: 12 });
    expect(await kinds()).toEqual(['transfer_without_gdpr_mechanism:CH→IN Offshore BI', 'retention_exceeded:Web analytics']);
  });

  it('feed the agenda with the high-severity gaps and the controls with their findings', async () => {
    expect((await t.call('agenda.list', {})).filter((item) => item.kind === 'inventory_findings')).toEqual([]);
    const activity = await t.call('inventory.activities.create', activityInput({ gdprBasis: null, retentionMonths: null }));
    const agenda = (await t.call('agenda.list', {})).filter((item) => item.kind === 'inventory_findings');
    expect(agenda).toEqual([{ id: 'inventory_findings', kind: 'inventory_findings', title: '1', due: '2026-06-15', overdue: false, daysLeft: 0, link: { screen: 'inventory', params: { tab: 'findings' } } }]);

    const p41 = await t.call('inventory.findings.forControl', { framework: 'soc2', controlId: 'P4.1' });
    expect(p41.map((f) => f.kind)).toEqual(['activity_without_gdpr_basis']);
    const a533 = await t.call('inventory.findings.forControl', { framework: 'iso27001', controlId: 'A.5.33' });
    expect(a533.map((f) => [f.kind, f.recordId])).toEqual([['retention_missing', activity.id]]);
    expect(await t.call('inventory.findings.forControl', { framework: 'iso27001', controlId: 'A.8.5' })).toEqual([]);
  });
});
