// The data inventory through the contract, on a real SQLCipher workspace: CRUD with audit events,
// validation with issue paths, references that must exist, deletes refused while a record is in
// use, search, default evidence links, record counts and the live findings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  jurisdictions: ['gdpr'],
};

beforeEach(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
  await t.call('organisation.update', PROFILE);
});

afterEach(async () => {
  await t.cleanup();
});

function systemInput(overrides: Partial<ProcedureInput<'inventory.systems.create'>> = {}): ProcedureInput<'inventory.systems.create'> {
  return {
    name: 'Customer database',
    owner: 'Head of Platform',
    type: 'PostgreSQL',
    hosting: 'cloud',
    country: 'DE',
    vendorId: null,
    encryptionAtRest: true,
    encryptionInTransit: 'TLS 1.2+',
    mfaEnforced: true,
    roleBasedAccess: true,
    logging: true,
    dataResidency: 'DE',
    ...overrides,
  };
}

function activityInput(overrides: Partial<ProcedureInput<'inventory.activities.create'>> = {}): ProcedureInput<'inventory.activities.create'> {
  return {
    name: 'Newsletter',
    purpose: 'Send product news to subscribers',
    role: 'controller',
    gdprBasis: 'a',
    gdprArt9Condition: null,
    piplBasis: null,
    separateConsent: false,
    ccpaBusinessPurpose: '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [],
    recipients: 'Mailing provider',
    retentionMonths: 24,
    deletionMethod: 'Deleted on unsubscribe',
    volumeEstimate: 2000,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: 'Marketing',
    reviewDate: '2026-12-01',
    ...overrides,
  };
}

function issuesOf(error: { details?: Record<string, unknown> }) {
  return (error.details?.issues ?? []) as { path: (string | number)[]; code: string }[];
}

async function events(entityType: string) {
  return (await t.call('audit.list', { limit: 500 })).filter((event) => event.entityType === entityType);
}

describe('inventory records', () => {
  it('create, list, update and delete a system, each change audited with before and after', async () => {
    const created = await t.call('inventory.systems.create', systemInput());
    expect(created).toMatchObject({ name: 'Customer database', hosting: 'cloud', encryptionAtRest: true, vendorId: null, createdAt: NOW.toISOString() });
    expect(await t.call('inventory.systems.list', {})).toEqual([created]);

    const updated = await t.call('inventory.systems.update', { id: created.id, system: systemInput({ mfaEnforced: false, encryptionInTransit: '' }) });
    expect(updated).toMatchObject({ id: created.id, mfaEnforced: false, encryptionInTransit: '' });

    await t.call('inventory.systems.delete', { id: created.id });
    expect(await t.call('inventory.systems.list', {})).toEqual([]);

    const trail = await events('system');
    expect(trail.map((e) => e.procedure)).toEqual(['inventory.systems.delete', 'inventory.systems.update', 'inventory.systems.create']);
    expect(trail[2]!.summary).toMatchObject({ before: null, after: { id: created.id, name: 'Customer database' } });
    expect(trail[1]!.summary).toMatchObject({ before: { mfaEnforced: true }, after: { mfaEnforced: false } });
    expect(trail[0]!.summary).toMatchObject({ before: { id: created.id }, after: null });
  });

  it('keep links between categories, activities, systems, vendors and transfers', async () => {
    const vendorInput: ProcedureInput<'inventory.vendors.create'> = {
      name: 'Mailer Inc',
      services: 'E-mail delivery',
      countries: ['US'],
      dpaSignedOn: '2026-01-10',
      certifications: [{ kind: 'soc2_type2', expires: '2027-03-31' }],
      reviewDate: null,
      activityIds: [],
    };
    const vendor = await t.call('inventory.vendors.create', vendorInput);
    const system = await t.call('inventory.systems.create', systemInput({ name: 'Mailing platform', hosting: 'saas', vendorId: vendor.id }));
    const category = await t.call('inventory.dataCategories.create', { name: 'Contact details', examples: 'Name, e-mail', sensitivity: ['ordinary'], systemIds: [system.id] });
    const subjects = await t.call('inventory.subjectCategories.create', { name: 'Subscribers', description: 'People who signed up', includesMinors: false });
    const activity = await t.call('inventory.activities.create', activityInput({ dataCategoryIds: [category.id], subjectCategoryIds: [subjects.id], systemIds: [system.id] }));
    expect(activity).toMatchObject({ dataCategoryIds: [category.id], subjectCategoryIds: [subjects.id], systemIds: [system.id], dpiaSuggested: false, pipiaSuggested: false });
    const transfer = await t.call('inventory.transfers.create', {
      activityId: activity.id,
      fromCountry: 'DE',
      toCountry: 'US',
      recipient: 'Mailer Inc',
      gdprMechanism: 'scc',
      piplMechanism: 'none',
      standardContractFiledOn: null,
      volume: 2000,
    });
    await t.call('inventory.vendors.update', { id: vendor.id, vendor: { ...vendorInput, activityIds: [activity.id] } });

    const [listedVendor] = await t.call('inventory.vendors.list', {});
    expect(listedVendor).toMatchObject({ id: vendor.id, systemIds: [system.id], activityIds: [activity.id] });
    expect(await t.call('inventory.transfers.list', {})).toEqual([transfer]);
    expect(await t.call('inventory.dataCategories.list', {})).toEqual([category]);
    expect(await t.call('inventory.subjectCategories.list', {})).toEqual([subjects]);

    // Nothing that is still used can go: the CONFLICT names what is in the way.
    const systemInUse = await t.fail('inventory.systems.delete', { id: system.id });
    expect(systemInUse.code).toBe('CONFLICT');
    expect(systemInUse.details?.usedBy).toEqual([
      { recordType: 'data_category', id: category.id, name: 'Contact details' },
      { recordType: 'processing_activity', id: activity.id, name: 'Newsletter' },
    ]);
    expect((await t.fail('inventory.dataCategories.delete', { id: category.id })).code).toBe('CONFLICT');
    expect((await t.fail('inventory.subjectCategories.delete', { id: subjects.id })).code).toBe('CONFLICT');
    expect((await t.fail('inventory.vendors.delete', { id: vendor.id })).details?.usedBy).toEqual([{ recordType: 'system', id: system.id, name: 'Mailing platform' }]);
    const activityInUse = await t.fail('inventory.activities.delete', { id: activity.id });
    expect(activityInUse.details?.usedBy).toEqual([
      { recordType: 'transfer', id: transfer.id, name: 'DE→US' },
      { recordType: 'vendor', id: vendor.id, name: 'Mailer Inc' },
    ]);
    expect(await t.call('inventory.systems.list', {})).toHaveLength(1);

    // Taken apart in order, everything goes.
    await t.call('inventory.transfers.delete', { id: transfer.id });
    await t.call('inventory.vendors.update', { id: vendor.id, vendor: vendorInput });
    await t.call('inventory.activities.delete', { id: activity.id });
    await t.call('inventory.subjectCategories.delete', { id: subjects.id });
    await t.call('inventory.dataCategories.delete', { id: category.id });
    await t.call('inventory.systems.delete', { id: system.id });
    await t.call('inventory.vendors.delete', { id: vendor.id });
    expect(await t.call('inventory.vendors.list', {})).toEqual([]);
    expect((await t.call('workspace.overview', {})).recordCounts.filter((c) => c.entity.startsWith('inventory_')).every((c) => c.count === 0)).toBe(true);
  });

  it('reject bad input with issue paths, and references to records that do not exist', async () => {
    const invalid = await t.fail('inventory.systems.create', { ...systemInput(), hosting: 'moon', country: 'Germany' });
    expect(invalid.code).toBe('INVALID_INPUT');
    expect(issuesOf(invalid).map((i) => i.path)).toEqual(expect.arrayContaining([['hosting'], ['country']]));

    const badDate = await t.fail('inventory.activities.update', { id: NO_ID, activity: { ...activityInput(), reviewDate: '2026-02-30' } });
    expect(issuesOf(badDate).map((i) => i.path)).toEqual([['activity', 'reviewDate']]);

    const system = await t.call('inventory.systems.create', systemInput());
    const unknown = await t.fail('inventory.activities.create', activityInput({ systemIds: [system.id, NO_ID] }));
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(issuesOf(unknown)).toEqual([expect.objectContaining({ path: ['systemIds', 1], code: 'unknown_record' })]);
    const twice = await t.fail('inventory.dataCategories.create', { name: 'IDs', examples: '', sensitivity: ['ordinary'], systemIds: [system.id, system.id] });
    expect(issuesOf(twice)).toEqual([expect.objectContaining({ path: ['systemIds', 1], code: 'duplicate' })]);
    const noVendor = await t.fail('inventory.systems.update', { id: system.id, system: systemInput({ vendorId: NO_ID }) });
    expect(issuesOf(noVendor)).toEqual([expect.objectContaining({ path: ['system', 'vendorId'], code: 'unknown_record' })]);

    expect((await t.fail('inventory.systems.update', { id: NO_ID, system: systemInput() })).code).toBe('NOT_FOUND');
    expect((await t.fail('inventory.transfers.delete', { id: NO_ID })).code).toBe('NOT_FOUND');
    expect(await events('processing_activity')).toEqual([]);
  });

  it('are found by search and link themselves as evidence until deleted', async () => {
    const activity = await t.call('inventory.activities.create', activityInput({ purpose: 'Quarterly product newsletter' }));
    const hits = await t.call('search.query', { q: 'quarterly' });
    expect(hits).toEqual([expect.objectContaining({ entityType: 'processing_activity', entityId: activity.id, link: { screen: 'inventory', params: { tab: 'activities', id: activity.id } } })]);

    const links = await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.34', includeCrosswalk: false });
    expect(links).toEqual([
      expect.objectContaining({ origin: 'default', effectiveDate: '2026-06-15', source: { kind: 'record', recordType: 'processing_activity', recordId: activity.id, label: 'Newsletter' } }),
    ]);
    await t.call('inventory.activities.delete', { id: activity.id });
    expect(await t.call('search.query', { q: 'quarterly' })).toEqual([]);
    expect(await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.34', includeCrosswalk: false })).toEqual([]);
  });
});

describe('inventory agenda', () => {
  it('lists activity and vendor reviews and certification expiries', async () => {
    const activity = await t.call('inventory.activities.create', activityInput({ reviewDate: '2026-06-10' }));
    const vendor = await t.call('inventory.vendors.create', {
      name: 'Hosting Ltd',
      services: 'Hosting',
      countries: ['IE'],
      dpaSignedOn: '2026-01-10',
      certifications: [
        { kind: 'iso27001', expires: '2026-07-15' },
        { kind: 'other', expires: null },
      ],
      reviewDate: '2026-09-01',
      activityIds: [],
    });
    const items = (await t.call('agenda.list', {})).filter((item) => item.kind === 'inventory_review' || item.kind === 'vendor_certification_expiry');
    expect(items).toEqual([
      { id: `inventory_review:${activity.id}`, kind: 'inventory_review', title: 'Newsletter', due: '2026-06-10', overdue: true, daysLeft: -5, link: { screen: 'inventory', params: { tab: 'activities', id: activity.id } } },
      {
        id: `vendor_certification_expiry:${vendor.id}:0`,
        kind: 'vendor_certification_expiry',
        title: 'Hosting Ltd (iso27001)',
        due: '2026-07-15',
        overdue: false,
        daysLeft: 30,
        link: { screen: 'inventory', params: { tab: 'vendors', id: vendor.id } },
      },
      { id: `inventory_review:${vendor.id}`, kind: 'inventory_review', title: 'Hosting Ltd', due: '2026-09-01', overdue: false, daysLeft: 78, link: { screen: 'inventory', params: { tab: 'vendors', id: vendor.id } } },
    ]);
  });
});

describe('inventory findings', () => {
  it('appear for a gap and clear once it is fixed', async () => {
    const activity = await t.call('inventory.activities.create', activityInput({ gdprBasis: null }));
    expect(await t.call('inventory.findings', {})).toEqual([
      expect.objectContaining({
        id: `activity_without_gdpr_basis:${activity.id}`,
        kind: 'activity_without_gdpr_basis',
        severity: 'high',
        recordType: 'processing_activity',
        recordId: activity.id,
        recordName: 'Newsletter',
        messageKey: 'inventory.finding.activity_without_gdpr_basis',
      }),
    ]);
    await t.call('inventory.activities.update', { id: activity.id, activity: activityInput({ gdprBasis: 'a' }) });
    expect(await t.call('inventory.findings', {})).toEqual([]);
  });

  it('follow the organisation’s jurisdictions and see sensitive data on weak systems', async () => {
    const system = await t.call('inventory.systems.create', systemInput({ encryptionAtRest: false }));
    const health = await t.call('inventory.dataCategories.create', { name: 'Health data', examples: 'Sick notes', sensitivity: ['gdpr_art9', 'pipl_sensitive'], systemIds: [system.id] });
    const activity = await t.call('inventory.activities.create', activityInput({ name: 'Absence management', gdprBasis: 'c', dataCategoryIds: [health.id] }));
    expect(activity.dpiaSuggested).toBe(true);
    expect((await t.call('inventory.findings', {})).map((f) => f.id).sort()).toEqual(
      [`activity_without_art9_condition:${activity.id}`, `dpia_missing:${activity.id}`, `sensitive_system_unencrypted:${system.id}`].sort(),
    );

    await t.call('organisation.update', { ...PROFILE, jurisdictions: ['pipl'] });
    expect((await t.call('inventory.findings', {})).map((f) => f.kind).sort()).toEqual(['activity_without_pipl_basis', 'activity_without_separate_consent', 'pipia_missing', 'sensitive_system_unencrypted']);
  });
});
