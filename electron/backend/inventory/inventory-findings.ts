// Gap and minimisation findings over the inventory: pure functions of the records, the
// organisation's jurisdictions, the workspace's inventory rules, the signed-off impact assessments
// and today's date. Nothing is stored; a finding disappears as soon as the record is fixed. Each
// finding's id is `<kind>:<recordId>`, stable across reads.
//
// The work is linear in the size of the inventory: category sensitivities and outbound transfers are
// indexed once per snapshot (and reused by assessmentSuggestions), so 100,000 activities take
// milliseconds, not a pass over every transfer per activity.
import type { DataCategory, FindingKind, InventoryFinding, InventorySystem, JURISDICTIONS, Sensitivity, Transfer, Vendor } from '../../../shared/contract';
import { DEFAULT_ADEQUATE_COUNTRIES, DEFAULT_EEA_COUNTRIES, DEFAULT_LARGE_VOLUME_THRESHOLD } from '../../../shared/contract/areas/inventory-rules';
import type { StoredActivity } from './inventory-queries';

/** The fields of an activity the findings read (a full StoredActivity has them all). */
export type FindingActivity = Pick<
  StoredActivity,
  | 'id'
  | 'name'
  | 'gdprBasis'
  | 'gdprArt9Condition'
  | 'piplBasis'
  | 'separateConsent'
  | 'retentionMonths'
  | 'volumeEstimate'
  | 'automatedDecisions'
  | 'sold'
  | 'shared'
  | 'dpiaOverride'
  | 'dpiaCompletedOn'
  | 'pipiaOverride'
  | 'pipiaCompletedOn'
  | 'dataCategoryIds'
>;

/** What the findings read of the inventory; an InventorySnapshot is one, and so is finding-context.ts' lean load. */
export interface FindingInventory {
  systems: readonly Pick<InventorySystem, 'id' | 'name' | 'encryptionAtRest' | 'mfaEnforced'>[];
  dataCategories: readonly Pick<DataCategory, 'id' | 'name' | 'sensitivity' | 'systemIds'>[];
  activities: readonly FindingActivity[];
  vendors: readonly Pick<Vendor, 'id' | 'name' | 'dpaSignedOn' | 'certifications'>[];
  transfers: readonly Pick<Transfer, 'id' | 'activityId' | 'fromCountry' | 'toCountry' | 'recipient' | 'gdprMechanism' | 'piplMechanism' | 'volume'>[];
  /**
   * A loader that passes only some activities or transfers (those that may raise a finding) says
   * here what the whole inventory holds: the categories some activity uses, and the activities with
   * a transfer out of mainland China. Without them both are derived from the lists above.
   */
  usedCategoryIds?: ReadonlySet<string>;
  activitiesLeavingChina?: ReadonlySet<string>;
}

/** The defaults of the workspace's editable rules (inventory-rules.ts). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set(DEFAULT_EEA_COUNTRIES);
export const ADEQUATE_COUNTRIES: ReadonlySet<string> = new Set(DEFAULT_ADEQUATE_COUNTRIES);
export const LARGE_VOLUME = DEFAULT_LARGE_VOLUME_THRESHOLD;

/** The workspace's rules as the engine reads them. */
export interface FindingRules {
  eeaCountries: ReadonlySet<string>;
  adequateCountries: ReadonlySet<string>;
  /** Processing of this many people or more is large (impact assessments, the PIPL exemption). */
  largeVolume: number;
  /** The longest retention any activity may have, in months; null for no workspace-wide limit. */
  maxRetentionMonths: number | null;
  /** Per data category id, the longest retention an activity using it may have. */
  categoryRetention: ReadonlyMap<string, number>;
}

export const DEFAULT_FINDING_RULES: FindingRules = {
  eeaCountries: EEA_COUNTRIES,
  adequateCountries: ADEQUATE_COUNTRIES,
  largeVolume: LARGE_VOLUME,
  maxRetentionMonths: null,
  categoryRetention: new Map(),
};

const GDPR_SPECIAL: readonly Sensitivity[] = ['gdpr_art9', 'gdpr_art10'];
const PIPL_SENSITIVE: readonly Sensitivity[] = ['pipl_sensitive', 'pipl_minor_under_14'];

type Severity = InventoryFinding['severity'];
type ControlRef = InventoryFinding['controls'][number];
const iso = (controlId: string): ControlRef => ({ framework: 'iso27001', controlId });
const soc2 = (controlId: string): ControlRef => ({ framework: 'soc2', controlId });

/** Each kind's record type, severity and the controls a finding of that kind bears on. */
export const KINDS: Readonly<Record<FindingKind, { recordType: InventoryFinding['recordType']; severity: Severity; controls: readonly ControlRef[] }>> = {
  // Collection limited to what the identified purposes need (P3.1); privacy requirements (A.5.34).
  category_without_purpose: { recordType: 'data_category', severity: 'low', controls: [iso('A.5.34'), soc2('P3.1')] },
  // Use limited to identified purposes on a lawful footing (P4.1).
  activity_without_gdpr_basis: { recordType: 'processing_activity', severity: 'high', controls: [iso('A.5.34'), soc2('P4.1')] },
  activity_without_art9_condition: { recordType: 'processing_activity', severity: 'high', controls: [iso('A.5.34'), soc2('P4.1')] },
  activity_without_pipl_basis: { recordType: 'processing_activity', severity: 'high', controls: [iso('A.5.34'), soc2('P4.1')] },
  // Explicit consent obtained where required (P2.1).
  activity_without_separate_consent: { recordType: 'processing_activity', severity: 'high', controls: [iso('A.5.34'), soc2('P2.1')] },
  // Retention (P4.2) and records protection (A.5.33).
  retention_missing: { recordType: 'processing_activity', severity: 'medium', controls: [iso('A.5.33'), iso('A.5.34'), soc2('P4.2')] },
  sensitive_system_unencrypted: { recordType: 'system', severity: 'high', controls: [iso('A.8.24'), soc2('CC6.1')] },
  sensitive_system_without_mfa: { recordType: 'system', severity: 'high', controls: [iso('A.8.5'), soc2('CC6.1')] },
  // Disclosures to third parties under agreed rules (P6.1, A.5.14).
  transfer_without_gdpr_mechanism: { recordType: 'transfer', severity: 'high', controls: [iso('A.5.14'), iso('A.5.34'), soc2('P6.1')] },
  transfer_without_pipl_mechanism: { recordType: 'transfer', severity: 'high', controls: [iso('A.5.14'), iso('A.5.34'), soc2('P6.1')] },
  // Supplier agreements (A.5.20) and vendor risk management (CC9.2).
  vendor_without_dpa: { recordType: 'vendor', severity: 'medium', controls: [iso('A.5.20'), soc2('CC9.2')] },
  vendor_certification_expired: { recordType: 'vendor', severity: 'medium', controls: [iso('A.5.22'), soc2('CC9.2')] },
  dpia_missing: { recordType: 'processing_activity', severity: 'high', controls: [iso('A.5.34'), soc2('CC3.2')] },
  pipia_missing: { recordType: 'processing_activity', severity: 'high', controls: [iso('A.5.34'), soc2('CC3.2')] },
  // Kept longer than the set maximum: storage limitation (GDPR Art 5(1)(e), PIPL Art 19). Retention
  // (P4.2), disposal when the period ends (P4.3), records kept only as long as required (A.5.33).
  retention_exceeded: { recordType: 'processing_activity', severity: 'medium', controls: [iso('A.5.33'), iso('A.5.34'), soc2('P4.2'), soc2('P4.3')] },
};

export interface FindingContext {
  jurisdictions: readonly (typeof JURISDICTIONS)[number][];
  /** YYYY-MM-DD. */
  today: string;
  /** The workspace's rules; the defaults when absent. */
  rules?: FindingRules;
  /** Activities with a signed-off assessment of each kind (these count as completed). */
  assessed?: { dpia: ReadonlySet<string>; pipia: ReadonlySet<string> };
}

function finding(kind: FindingKind, recordId: string, recordName: string): InventoryFinding {
  const { recordType, severity, controls } = KINDS[kind];
  // The controls list is shared by the findings of a kind: findings are read, never changed in place.
  return { id: `${kind}:${recordId}`, kind, severity, recordType, recordId, recordName, controls: controls as ControlRef[], messageKey: `inventory.finding.${kind}` };
}

const SENSITIVITY_BITS: Readonly<Record<Sensitivity, number>> = {
  ordinary: 0,
  gdpr_art9: 1,
  gdpr_art10: 2,
  pipl_sensitive: 4,
  pipl_minor_under_14: 8,
  ccpa_sensitive: 16,
};
const bitsOf = (list: readonly Sensitivity[]) => list.reduce((bits, s) => bits | SENSITIVITY_BITS[s], 0);
const ART9 = bitsOf(['gdpr_art9']);
const GDPR_SPECIAL_BITS = bitsOf(GDPR_SPECIAL);
const PIPL_SENSITIVE_BITS = bitsOf(PIPL_SENSITIVE);

/** What the engine looks up per activity, built once per snapshot. */
interface SnapshotIndex {
  categoryBits: Map<string, number>;
  /** Activities with a transfer out of mainland China. */
  leavesChina: ReadonlySet<string>;
}

const indexes = new WeakMap<FindingInventory, SnapshotIndex>();

function indexOf(inventory: FindingInventory): SnapshotIndex {
  let index = indexes.get(inventory);
  if (!index) {
    const categoryBits = new Map<string, number>();
    for (const category of inventory.dataCategories) categoryBits.set(category.id, bitsOf(category.sensitivity));
    let leavesChinaSet = inventory.activitiesLeavingChina;
    if (!leavesChinaSet) {
      const derived = new Set<string>();
      for (const transfer of inventory.transfers) if (leavesChina(transfer)) derived.add(transfer.activityId);
      leavesChinaSet = derived;
    }
    index = { categoryBits, leavesChina: leavesChinaSet };
    indexes.set(inventory, index);
  }
  return index;
}

function sensitivityBits(index: SnapshotIndex, activity: FindingActivity): number {
  let bits = 0;
  for (const id of activity.dataCategoryIds) bits |= index.categoryBits.get(id) ?? 0;
  return bits;
}

/** A transfer out of mainland China (Hong Kong, Macao and Taiwan count as outbound under PIPL). */
const leavesChina = (t: { fromCountry: string; toCountry: string }) => t.fromCountry === 'CN' && t.toCountry !== 'CN';

function suggestionsFrom(index: SnapshotIndex, activity: FindingActivity, bits: number, largeVolume: number): { dpia: boolean; pipia: boolean } {
  const large = activity.volumeEstimate >= largeVolume;
  return {
    dpia: (bits & GDPR_SPECIAL_BITS) !== 0 || activity.automatedDecisions || large,
    pipia: (bits & PIPL_SENSITIVE_BITS) !== 0 || activity.automatedDecisions || activity.sold || activity.shared || index.leavesChina.has(activity.id) || large,
  };
}

/**
 * Whether an impact assessment is suggested. DPIA (GDPR Art 35): special-category or criminal data,
 * automated decisions, or large volume. PIPIA (PIPL Art 55): sensitive PI (incl. minors under 14),
 * automated decisions, providing the data to others (sold or shared), cross-border provision, or large volume.
 */
export function assessmentSuggestions(inventory: FindingInventory, activity: FindingActivity, rules: FindingRules = DEFAULT_FINDING_RULES): { dpia: boolean; pipia: boolean } {
  const index = indexOf(inventory);
  return suggestionsFrom(index, activity, sensitivityBits(index, activity), rules.largeVolume);
}

/**
 * The longest retention the rules allow an activity: the smallest of the workspace maximum and the
 * maxima of its data categories; null when nothing limits it.
 */
export function retentionLimit(activity: Pick<FindingActivity, 'dataCategoryIds'>, rules: FindingRules): number | null {
  let limit = rules.maxRetentionMonths;
  if (rules.categoryRetention.size > 0) {
    for (const id of activity.dataCategoryIds) {
      const max = rules.categoryRetention.get(id);
      if (max !== undefined && (limit === null || max < limit)) limit = max;
    }
  }
  return limit;
}

const NONE: ReadonlySet<string> = new Set();

function activityFindings(index: SnapshotIndex, activity: FindingActivity, context: FindingContext, rules: FindingRules, out: InventoryFinding[]): void {
  const gdpr = context.jurisdictions.includes('gdpr');
  const pipl = context.jurisdictions.includes('pipl');
  const bits = sensitivityBits(index, activity);
  const suggested = suggestionsFrom(index, activity, bits, rules.largeVolume);
  const push = (kind: FindingKind) => out.push(finding(kind, activity.id, activity.name));
  if (gdpr && activity.gdprBasis === null) push('activity_without_gdpr_basis');
  if (gdpr && (bits & ART9) !== 0 && activity.gdprArt9Condition === null) push('activity_without_art9_condition');
  if (pipl && activity.piplBasis === null) push('activity_without_pipl_basis');
  // PIPL Art 29: sensitive PI processed on consent (item 1) needs separate consent; so does an
  // activity whose basis is not recorded yet.
  if (pipl && (bits & PIPL_SENSITIVE_BITS) !== 0 && !activity.separateConsent && (activity.piplBasis === null || activity.piplBasis === '1')) {
    push('activity_without_separate_consent');
  }
  if (activity.retentionMonths === null) push('retention_missing');
  else {
    const limit = retentionLimit(activity, rules);
    if (limit !== null && activity.retentionMonths > limit) push('retention_exceeded');
  }
  // A completion date on the activity or a signed-off assessment of the kind linked to it clears the finding.
  if (gdpr && (activity.dpiaOverride ?? suggested.dpia) && activity.dpiaCompletedOn === null && !(context.assessed?.dpia ?? NONE).has(activity.id)) push('dpia_missing');
  if (pipl && (activity.pipiaOverride ?? suggested.pipia) && activity.pipiaCompletedOn === null && !(context.assessed?.pipia ?? NONE).has(activity.id)) push('pipia_missing');
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
const KIND_ORDER: ReadonlyMap<string, number> = new Map(
  Object.keys(KINDS)
    .sort((a, b) => a.localeCompare(b))
    .map((kind, position) => [kind, position]),
);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function computeFindings(inventory: FindingInventory, context: FindingContext): InventoryFinding[] {
  const findings: InventoryFinding[] = [];
  const rules = context.rules ?? DEFAULT_FINDING_RULES;
  const gdpr = context.jurisdictions.includes('gdpr');
  const pipl = context.jurisdictions.includes('pipl');
  const index = indexOf(inventory);

  let usedCategories = inventory.usedCategoryIds;
  if (!usedCategories) {
    const derived = new Set<string>();
    for (const activity of inventory.activities) for (const id of activity.dataCategoryIds) derived.add(id);
    usedCategories = derived;
  }
  for (const category of inventory.dataCategories) {
    if (!usedCategories.has(category.id)) findings.push(finding('category_without_purpose', category.id, category.name));
  }

  for (const activity of inventory.activities) activityFindings(index, activity, context, rules, findings);

  // A system holds sensitive data when a category other than 'ordinary' is recorded on it.
  const sensitiveSystems = new Set(inventory.dataCategories.filter((c) => c.sensitivity.some((s) => s !== 'ordinary')).flatMap((c) => c.systemIds));
  for (const system of inventory.systems) {
    if (!sensitiveSystems.has(system.id)) continue;
    if (!system.encryptionAtRest) findings.push(finding('sensitive_system_unencrypted', system.id, system.name));
    if (!system.mfaEnforced) findings.push(finding('sensitive_system_without_mfa', system.id, system.name));
  }

  const activities = pipl ? new Map(inventory.activities.map((a) => [a.id, a])) : new Map<string, FindingActivity>();
  for (const transfer of inventory.transfers) {
    const name = `${transfer.fromCountry}→${transfer.toCountry}${transfer.recipient ? ` ${transfer.recipient}` : ''}`;
    const leavesEea = rules.eeaCountries.has(transfer.fromCountry) && !rules.eeaCountries.has(transfer.toCountry);
    const mechanism = transfer.gdprMechanism;
    if (gdpr && leavesEea && (mechanism === 'none' || (mechanism === 'adequacy' && !rules.adequateCountries.has(transfer.toCountry)))) {
      findings.push(finding('transfer_without_gdpr_mechanism', transfer.id, name));
    }
    if (pipl && leavesChina(transfer)) {
      const activity = activities.get(transfer.activityId);
      // The small-volume exemption covers non-sensitive PI of fewer than the large-volume number of people.
      const exemptionHolds =
        activity !== undefined && (sensitivityBits(index, activity) & PIPL_SENSITIVE_BITS) === 0 && Math.max(transfer.volume, activity.volumeEstimate) < rules.largeVolume;
      if (transfer.piplMechanism === 'none' || (transfer.piplMechanism === 'exempt' && !exemptionHolds)) findings.push(finding('transfer_without_pipl_mechanism', transfer.id, name));
    }
  }

  for (const vendor of inventory.vendors) {
    if (vendor.dpaSignedOn === null) findings.push(finding('vendor_without_dpa', vendor.id, vendor.name));
    if (vendor.certifications.some((c) => c.expires !== null && c.expires < context.today)) findings.push(finding('vendor_certification_expired', vendor.id, vendor.name));
  }

  // By severity, kind, record name and id. Code-point order keeps this cheap for tens of thousands
  // of findings and stable across platforms; screens sort by their own column anyway.
  const ranks = new Map<InventoryFinding, number>();
  for (const f of findings) ranks.set(f, SEVERITY_ORDER[f.severity] * 100 + KIND_ORDER.get(f.kind)!);
  return findings.sort((a, b) => ranks.get(a)! - ranks.get(b)! || compareText(a.recordName, b.recordName) || compareText(a.id, b.id));
}
