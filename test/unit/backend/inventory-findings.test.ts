// The inventory findings engine: one case per finding kind, each shown to appear and to clear when
// the record is fixed, plus the jurisdiction gates and the impact-assessment suggestions.
import { describe, expect, it } from 'vitest';
import type { DataCategory, FindingKind, InventorySystem, Transfer, Vendor } from '../../../shared/contract';
import { assessmentSuggestions, computeFindings, DEFAULT_FINDING_RULES, type FindingContext, type FindingRules, KINDS, retentionLimit } from '../../../electron/backend/inventory/inventory-findings';
import type { InventorySnapshot, StoredActivity } from '../../../electron/backend/inventory/inventory-queries';

const EEA_DEFAULT = [...DEFAULT_FINDING_RULES.eeaCountries];
const STAMPS = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const ALL: FindingContext = { jurisdictions: ['gdpr', 'ccpa', 'pipl'], today: '2026-06-15' };

function system(id: string, overrides: Partial<InventorySystem> = {}): InventorySystem {
  return {
    id,
    name: `System ${id}`,
    owner: 'IT',
    type: 'Application',
    hosting: 'cloud',
    country: 'DE',
    vendorId: null,
    encryptionAtRest: true,
    encryptionInTransit: 'TLS 1.2+',
    mfaEnforced: true,
    roleBasedAccess: true,
    logging: true,
    dataResidency: 'DE',
    ...STAMPS,
    ...overrides,
  };
}

function category(id: string, overrides: Partial<DataCategory> = {}): DataCategory {
  return { id, name: `Category ${id}`, examples: '', sensitivity: ['ordinary'], systemIds: [], ...STAMPS, ...overrides };
}

function activity(id: string, overrides: Partial<StoredActivity> = {}): StoredActivity {
  return {
    id,
    name: `Activity ${id}`,
    purpose: 'Service delivery',
    role: 'controller',
    gdprBasis: 'b',
    gdprArt9Condition: null,
    piplBasis: '2',
    separateConsent: false,
    ccpaBusinessPurpose: '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [],
    recipients: '',
    retentionMonths: 24,
    deletionMethod: 'Purge',
    volumeEstimate: 1000,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: 'Ops',
    reviewDate: null,
    ...STAMPS,
    ...overrides,
  };
}

function vendor(id: string, overrides: Partial<Vendor> = {}): Vendor {
  return { id, name: `Vendor ${id}`, services: '', countries: ['IE'], dpaSignedOn: '2026-01-01', certifications: [], reviewDate: null, activityIds: [], systemIds: [], ...STAMPS, ...overrides };
}

function transfer(id: string, overrides: Partial<Transfer> = {}): Transfer {
  return {
    id,
    activityId: 'a1',
    fromCountry: 'DE',
    toCountry: 'US',
    recipient: 'Support',
    gdprMechanism: 'scc',
    piplMechanism: 'none',
    standardContractFiledOn: null,
    volume: 100,
    ...STAMPS,
    ...overrides,
  };
}

function inventory(parts: Partial<InventorySnapshot> = {}): InventorySnapshot {
  return { systems: [], dataCategories: [], subjectCategories: [], activities: [], vendors: [], transfers: [], ...parts };
}

const kinds = (snapshot: InventorySnapshot, context: FindingContext = ALL): FindingKind[] => computeFindings(snapshot, context).map((f) => f.kind);

describe('computeFindings', () => {
  it('finds nothing in a clean inventory', () => {
    const c = category('c1', { systemIds: ['s1'] });
    expect(computeFindings(inventory({ systems: [system('s1')], dataCategories: [c], activities: [activity('a1', { dataCategoryIds: ['c1'] })], vendors: [vendor('v1')] }), ALL)).toEqual([]);
  });

  it('category_without_purpose: a category no activity uses; gone once an activity uses it', () => {
    const snapshot = inventory({ dataCategories: [category('c1')], activities: [activity('a1')] });
    const [found] = computeFindings(snapshot, ALL);
    expect(found).toEqual({
      id: 'category_without_purpose:c1',
      kind: 'category_without_purpose',
      severity: 'low',
      recordType: 'data_category',
      recordId: 'c1',
      recordName: 'Category c1',
      controls: [
        { framework: 'iso27001', controlId: 'A.5.34' },
        { framework: 'soc2', controlId: 'P3.1' },
      ],
      messageKey: 'inventory.finding.category_without_purpose',
    });
    expect(kinds(inventory({ dataCategories: [category('c1')], activities: [activity('a1', { dataCategoryIds: ['c1'] })] }))).toEqual([]);
  });

  it('activity_without_gdpr_basis only where GDPR applies', () => {
    const snapshot = inventory({ activities: [activity('a1', { gdprBasis: null })] });
    expect(kinds(snapshot)).toEqual(['activity_without_gdpr_basis']);
    expect(kinds(snapshot, { ...ALL, jurisdictions: ['pipl', 'ccpa'] })).toEqual([]);
    expect(kinds(inventory({ activities: [activity('a1', { gdprBasis: 'f' })] }))).toEqual([]);
  });

  it('activity_without_art9_condition for special-category data', () => {
    const c = category('c1', { sensitivity: ['gdpr_art9'] });
    const found = kinds(inventory({ dataCategories: [c], activities: [activity('a1', { dataCategoryIds: ['c1'], dpiaCompletedOn: '2026-01-01' })] }), { ...ALL, jurisdictions: ['gdpr'] });
    expect(found).toEqual(['activity_without_art9_condition']);
    const fixed = inventory({ dataCategories: [c], activities: [activity('a1', { dataCategoryIds: ['c1'], gdprArt9Condition: 'b', dpiaCompletedOn: '2026-01-01' })] });
    expect(kinds(fixed, { ...ALL, jurisdictions: ['gdpr'] })).toEqual([]);
  });

  it('activity_without_pipl_basis only where PIPL applies', () => {
    const snapshot = inventory({ activities: [activity('a1', { piplBasis: null })] });
    expect(kinds(snapshot, { ...ALL, jurisdictions: ['pipl'] })).toEqual(['activity_without_pipl_basis']);
    expect(kinds(snapshot, { ...ALL, jurisdictions: ['gdpr'] })).toEqual([]);
  });

  it('activity_without_separate_consent for sensitive PI processed on consent', () => {
    const c = category('c1', { sensitivity: ['pipl_minor_under_14'] });
    const on = (overrides: Partial<StoredActivity>) =>
      kinds(inventory({ dataCategories: [c], activities: [activity('a1', { dataCategoryIds: ['c1'], pipiaCompletedOn: '2026-01-01', ...overrides })] }), { ...ALL, jurisdictions: ['pipl'] });
    expect(on({ piplBasis: '1' })).toEqual(['activity_without_separate_consent']);
    expect(on({ piplBasis: '1', separateConsent: true })).toEqual([]);
    // A contract (item 2) is not consent: Art 29 does not apply.
    expect(on({ piplBasis: '2' })).toEqual([]);
  });

  it('retention_missing whatever the jurisdiction', () => {
    expect(kinds(inventory({ activities: [activity('a1', { retentionMonths: null })] }), { ...ALL, jurisdictions: [] })).toEqual(['retention_missing']);
    expect(kinds(inventory({ activities: [activity('a1', { retentionMonths: 0 })] }))).toEqual([]);
  });

  it('sensitive_system_unencrypted and sensitive_system_without_mfa for systems holding sensitive data', () => {
    const weak = system('s1', { encryptionAtRest: false, mfaEnforced: false });
    const used = activity('a1', { dataCategoryIds: ['c1'], dpiaCompletedOn: '2026-01-01', pipiaCompletedOn: '2026-01-01' });
    const sensitive = category('c1', { sensitivity: ['ordinary', 'ccpa_sensitive'], systemIds: ['s1'] });
    const found = computeFindings(inventory({ systems: [weak], dataCategories: [sensitive], activities: [used] }), ALL);
    expect(found.map((f) => f.id)).toEqual(['sensitive_system_unencrypted:s1', 'sensitive_system_without_mfa:s1']);
    expect(found[0]!.controls).toContainEqual({ framework: 'iso27001', controlId: 'A.8.24' });
    // Ordinary data on the same system raises nothing.
    expect(kinds(inventory({ systems: [weak], dataCategories: [category('c1', { systemIds: ['s1'] })], activities: [used] }))).toEqual([]);
    expect(kinds(inventory({ systems: [system('s1')], dataCategories: [sensitive], activities: [used] }))).toEqual([]);
  });

  it('transfer_without_gdpr_mechanism out of the EEA without adequacy or safeguards', () => {
    const a = activity('a1');
    const gdpr = { ...ALL, jurisdictions: ['gdpr' as const] };
    expect(kinds(inventory({ activities: [a], transfers: [transfer('t1', { gdprMechanism: 'none' })] }), gdpr)).toEqual(['transfer_without_gdpr_mechanism']);
    // Adequacy claimed for a country without a decision.
    expect(kinds(inventory({ activities: [a], transfers: [transfer('t1', { toCountry: 'IN', gdprMechanism: 'adequacy' })] }), gdpr)).toEqual(['transfer_without_gdpr_mechanism']);
    expect(kinds(inventory({ activities: [a], transfers: [transfer('t1', { toCountry: 'JP', gdprMechanism: 'adequacy' })] }), gdpr)).toEqual([]);
    expect(kinds(inventory({ activities: [a], transfers: [transfer('t1', { gdprMechanism: 'scc' })] }), gdpr)).toEqual([]);
    // Within the EEA there is no Chapter V transfer.
    expect(kinds(inventory({ activities: [a], transfers: [transfer('t1', { toCountry: 'NO', gdprMechanism: 'none' })] }), gdpr)).toEqual([]);
  });

  it('transfer_without_pipl_mechanism out of China, the small-volume exemption checked', () => {
    const pipl = { ...ALL, jurisdictions: ['pipl' as const] };
    const a = activity('a1', { pipiaCompletedOn: '2026-01-01' });
    const out = (overrides: Partial<Transfer>, activities = [a], dataCategories: DataCategory[] = []) =>
      kinds(inventory({ activities, dataCategories, transfers: [transfer('t1', { fromCountry: 'CN', toCountry: 'SG', ...overrides })] }), pipl);
    expect(out({ piplMechanism: 'none' })).toEqual(['transfer_without_pipl_mechanism']);
    expect(out({ piplMechanism: 'standard_contract', standardContractFiledOn: '2026-02-01' })).toEqual([]);
    expect(out({ piplMechanism: 'exempt' })).toEqual([]);
    expect(out({ piplMechanism: 'exempt', volume: 150_000 })).toEqual(['transfer_without_pipl_mechanism']);
    const sensitive = category('c1', { sensitivity: ['pipl_sensitive'] });
    expect(out({ piplMechanism: 'exempt' }, [activity('a1', { dataCategoryIds: ['c1'], pipiaCompletedOn: '2026-01-01', separateConsent: true })], [sensitive])).toEqual([
      'transfer_without_pipl_mechanism',
    ]);
    // Hong Kong counts as outbound; a transfer into China does not.
    expect(out({ toCountry: 'HK' })).toEqual(['transfer_without_pipl_mechanism']);
    expect(kinds(inventory({ activities: [a], transfers: [transfer('t1', { fromCountry: 'DE', toCountry: 'CN' })] }), pipl)).toEqual([]);
  });

  it('vendor_without_dpa and vendor_certification_expired', () => {
    expect(kinds(inventory({ vendors: [vendor('v1', { dpaSignedOn: null })] }))).toEqual(['vendor_without_dpa']);
    const expired = vendor('v1', { certifications: [{ kind: 'soc2_type2', expires: '2026-06-14' }] });
    expect(kinds(inventory({ vendors: [expired] }))).toEqual(['vendor_certification_expired']);
    const current = vendor('v1', { certifications: [{ kind: 'soc2_type2', expires: '2026-06-15' }, { kind: 'other', expires: null }] });
    expect(kinds(inventory({ vendors: [current] }))).toEqual([]);
  });

  it('dpia_missing when suggested or overridden, until one is recorded', () => {
    const gdpr = { ...ALL, jurisdictions: ['gdpr' as const] };
    expect(kinds(inventory({ activities: [activity('a1', { automatedDecisions: true })] }), gdpr)).toEqual(['dpia_missing']);
    expect(kinds(inventory({ activities: [activity('a1', { volumeEstimate: 100_000 })] }), gdpr)).toEqual(['dpia_missing']);
    expect(kinds(inventory({ activities: [activity('a1', { volumeEstimate: 100_000, dpiaOverride: false })] }), gdpr)).toEqual([]);
    expect(kinds(inventory({ activities: [activity('a1', { dpiaOverride: true })] }), gdpr)).toEqual(['dpia_missing']);
    expect(kinds(inventory({ activities: [activity('a1', { automatedDecisions: true, dpiaCompletedOn: '2026-03-01' })] }), gdpr)).toEqual([]);
  });

  it('pipia_missing when suggested (e.g. cross-border) or overridden, until one is recorded', () => {
    const pipl = { ...ALL, jurisdictions: ['pipl' as const] };
    const outbound = transfer('t1', { fromCountry: 'CN', toCountry: 'DE', piplMechanism: 'standard_contract', standardContractFiledOn: '2026-02-01' });
    expect(kinds(inventory({ activities: [activity('a1')], transfers: [outbound] }), pipl)).toEqual(['pipia_missing']);
    expect(kinds(inventory({ activities: [activity('a1', { pipiaCompletedOn: '2026-03-01' })], transfers: [outbound] }), pipl)).toEqual([]);
    expect(kinds(inventory({ activities: [activity('a1', { shared: true })] }), pipl)).toEqual(['pipia_missing']);
    expect(kinds(inventory({ activities: [activity('a1', { shared: true, pipiaOverride: false })] }), pipl)).toEqual([]);
  });

  it('orders by severity, then kind, then name', () => {
    const snapshot = inventory({ dataCategories: [category('c1')], activities: [activity('a1', { gdprBasis: null, retentionMonths: null })], vendors: [vendor('v1', { dpaSignedOn: null })] });
    expect(computeFindings(snapshot, ALL).map((f) => [f.severity, f.kind])).toEqual([
      ['high', 'activity_without_gdpr_basis'],
      ['medium', 'retention_missing'],
      ['medium', 'vendor_without_dpa'],
      ['low', 'category_without_purpose'],
    ]);
  });
});

describe('findings under the workspace rules', () => {
  const rules = (overrides: Partial<FindingRules>): FindingRules => ({ ...DEFAULT_FINDING_RULES, ...overrides });

  it('retention_exceeded: beyond a category maximum or the workspace maximum, the smaller one applying', () => {
    const cookies = category('c1');
    const contact = category('c2');
    const used = (months: number | null) => inventory({ dataCategories: [cookies, contact], activities: [activity('a1', { dataCategoryIds: ['c1', 'c2'], retentionMonths: months })] });
    const byCategory = { ...ALL, rules: rules({ categoryRetention: new Map([['c1', 13], ['c2', 36]]) }) };
    expect(kinds(used(14), byCategory)).toEqual(['retention_exceeded']);
    expect(kinds(used(13), byCategory)).toEqual([]);
    // No limit set: nothing to exceed; no period recorded is retention_missing, not exceeded.
    expect(kinds(used(600))).toEqual([]);
    expect(kinds(used(null), byCategory)).toEqual(['retention_missing']);
    const both = { ...ALL, rules: rules({ maxRetentionMonths: 12, categoryRetention: new Map([['c1', 13]]) }) };
    expect(kinds(used(13), both)).toEqual(['retention_exceeded']);
    expect(retentionLimit(activity('a1', { dataCategoryIds: ['c1', 'c2'] }), both.rules)).toBe(12);
    expect(retentionLimit(activity('a1', { dataCategoryIds: ['c2'] }), byCategory.rules)).toBe(36);
    const [found] = computeFindings(used(14), byCategory);
    expect(found).toMatchObject({ id: 'retention_exceeded:a1', severity: 'medium', recordType: 'processing_activity', messageKey: 'inventory.finding.retention_exceeded' });
    expect(found!.controls).toEqual(expect.arrayContaining([{ framework: 'soc2', controlId: 'P4.2' }, { framework: 'iso27001', controlId: 'A.5.33' }]));
  });

  it('uses the workspace EEA and adequacy lists for transfers', () => {
    const gdpr = { ...ALL, jurisdictions: ['gdpr' as const] };
    const snapshot = inventory({ activities: [activity('a1')], transfers: [transfer('t1', { fromCountry: 'CH', toCountry: 'BR', gdprMechanism: 'adequacy' })] });
    expect(kinds(snapshot, gdpr)).toEqual([]);
    expect(kinds(snapshot, { ...gdpr, rules: rules({ eeaCountries: new Set([...EEA_DEFAULT, 'CH']) }) })).toEqual(['transfer_without_gdpr_mechanism']);
    expect(kinds(snapshot, { ...gdpr, rules: rules({ eeaCountries: new Set([...EEA_DEFAULT, 'CH']), adequateCountries: new Set(['BR']) }) })).toEqual([]);
  });

  it('uses the workspace large-volume threshold for suggestions and the PIPL exemption', () => {
    const snapshot = inventory({ activities: [activity('a1', { volumeEstimate: 60_000 })] });
    expect(assessmentSuggestions(snapshot, snapshot.activities[0]!)).toEqual({ dpia: false, pipia: false });
    expect(assessmentSuggestions(snapshot, snapshot.activities[0]!, rules({ largeVolume: 50_000 }))).toEqual({ dpia: true, pipia: true });
    const pipl = { ...ALL, jurisdictions: ['pipl' as const] };
    const outbound = inventory({ activities: [activity('a1', { pipiaCompletedOn: '2026-01-01' })], transfers: [transfer('t1', { fromCountry: 'CN', toCountry: 'SG', piplMechanism: 'exempt', volume: 60_000 })] });
    expect(kinds(outbound, pipl)).toEqual([]);
    expect(kinds(outbound, { ...pipl, rules: rules({ largeVolume: 50_000 }) })).toEqual(['transfer_without_pipl_mechanism']);
  });

  it('a signed-off assessment of the kind clears dpia_missing / pipia_missing like a completion date', () => {
    const snapshot = inventory({ activities: [activity('a1', { automatedDecisions: true })] });
    expect(kinds(snapshot)).toEqual(['dpia_missing', 'pipia_missing']);
    expect(kinds(snapshot, { ...ALL, assessed: { dpia: new Set(['a1']), pipia: new Set() } })).toEqual(['pipia_missing']);
    expect(kinds(snapshot, { ...ALL, assessed: { dpia: new Set(), pipia: new Set(['a1']) } })).toEqual(['dpia_missing']);
    // A DPIA does not stand in for a PIPIA, nor one activity's assessment for another's.
    expect(kinds(snapshot, { ...ALL, assessed: { dpia: new Set(['a2']), pipia: new Set(['a2']) } })).toEqual(['dpia_missing', 'pipia_missing']);
  });

  it('every kind has its controls and record type', () => {
    for (const entry of Object.values(KINDS)) expect(entry.controls.length).toBeGreaterThan(0);
    expect(KINDS.retention_exceeded.recordType).toBe('processing_activity');
  });

  it('stays linear: 100,000 activities with transfers in well under a second', () => {
    const categories = [category('c1', { sensitivity: ['gdpr_art9'] }), category('c2')];
    const activities = Array.from({ length: 100_000 }, (_, i) => activity(`a${i}`, { dataCategoryIds: [i % 2 ? 'c1' : 'c2'], gdprArt9Condition: 'h' }));
    const transfers = Array.from({ length: 20_000 }, (_, i) => transfer(`t${i}`, { activityId: `a${i * 5}`, fromCountry: 'CN', toCountry: 'DE', piplMechanism: 'standard_contract' }));
    const started = performance.now();
    const found = computeFindings(inventory({ dataCategories: categories, activities, transfers }), ALL);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(found.filter((f) => f.kind === 'dpia_missing')).toHaveLength(50_000);
    expect(found.filter((f) => f.kind === 'pipia_missing')).toHaveLength(20_000);
  });
});

describe('assessmentSuggestions', () => {
  it('suggests a DPIA for special-category data and a PIPIA for sensitive PI', () => {
    const snapshot = inventory({ dataCategories: [category('c1', { sensitivity: ['gdpr_art10'] }), category('c2', { sensitivity: ['pipl_sensitive'] })] });
    expect(assessmentSuggestions(snapshot, activity('a1', { dataCategoryIds: ['c1'] }))).toEqual({ dpia: true, pipia: false });
    expect(assessmentSuggestions(snapshot, activity('a1', { dataCategoryIds: ['c2'] }))).toEqual({ dpia: false, pipia: true });
    expect(assessmentSuggestions(snapshot, activity('a1'))).toEqual({ dpia: false, pipia: false });
  });
});
