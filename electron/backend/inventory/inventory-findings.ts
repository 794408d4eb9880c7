// Gap and minimisation findings over the inventory: pure functions of the records, the
// organisation's jurisdictions and today's date. Nothing is stored; a finding disappears as soon as
// the record is fixed. Each finding's id is `<kind>:<recordId>`, stable across reads.
import type { FindingKind, InventoryFinding, JURISDICTIONS, Sensitivity } from '../../../shared/contract';
import type { InventorySnapshot, StoredActivity } from './inventory-queries';

/** The EEA: the EU member states plus Iceland, Liechtenstein and Norway (GDPR Chapter V applies to transfers out of it). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
]);

/**
 * Countries with a European Commission adequacy decision (Art 45). Canada's covers commercial
 * organisations under PIPEDA and the United States' only recipients certified under the EU-US Data
 * Privacy Framework: recording 'adequacy' for those is the user's statement that this applies.
 */
export const ADEQUATE_COUNTRIES: ReadonlySet<string> = new Set(['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'US']);

/** Processing of this many people or more suggests an impact assessment; it also ends the PIPL small-volume exemption. */
export const LARGE_VOLUME = 100_000;

const GDPR_SPECIAL: readonly Sensitivity[] = ['gdpr_art9', 'gdpr_art10'];
const PIPL_SENSITIVE: readonly Sensitivity[] = ['pipl_sensitive', 'pipl_minor_under_14'];

type Severity = InventoryFinding['severity'];
type ControlRef = InventoryFinding['controls'][number];
const iso = (controlId: string): ControlRef => ({ framework: 'iso27001', controlId });
const soc2 = (controlId: string): ControlRef => ({ framework: 'soc2', controlId });

/** Each kind's record type, severity and the controls a finding of that kind bears on. */
const KINDS: Readonly<Record<FindingKind, { recordType: InventoryFinding['recordType']; severity: Severity; controls: readonly ControlRef[] }>> = {
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
};

export interface FindingContext {
  jurisdictions: readonly (typeof JURISDICTIONS)[number][];
  /** YYYY-MM-DD. */
  today: string;
}

function finding(kind: FindingKind, recordId: string, recordName: string): InventoryFinding {
  const { recordType, severity, controls } = KINDS[kind];
  return { id: `${kind}:${recordId}`, kind, severity, recordType, recordId, recordName, controls: [...controls], messageKey: `inventory.finding.${kind}` };
}

function sensitivitiesOf(inventory: InventorySnapshot, activity: StoredActivity): Set<Sensitivity> {
  const ids = new Set(activity.dataCategoryIds);
  return new Set(inventory.dataCategories.filter((c) => ids.has(c.id)).flatMap((c) => c.sensitivity));
}

const hasAny = (set: ReadonlySet<Sensitivity>, wanted: readonly Sensitivity[]) => wanted.some((s) => set.has(s));

/** A transfer out of mainland China (Hong Kong, Macao and Taiwan count as outbound under PIPL). */
const leavesChina = (t: { fromCountry: string; toCountry: string }) => t.fromCountry === 'CN' && t.toCountry !== 'CN';

/**
 * Whether an impact assessment is suggested. DPIA (GDPR Art 35): special-category or criminal data,
 * automated decisions, or large volume. PIPIA (PIPL Art 55): sensitive PI (incl. minors under 14),
 * automated decisions, providing the data to others (sold or shared), cross-border provision, or large volume.
 */
export function assessmentSuggestions(inventory: InventorySnapshot, activity: StoredActivity): { dpia: boolean; pipia: boolean } {
  const sensitivity = sensitivitiesOf(inventory, activity);
  const large = activity.volumeEstimate >= LARGE_VOLUME;
  const crossBorder = inventory.transfers.some((t) => t.activityId === activity.id && leavesChina(t));
  return {
    dpia: hasAny(sensitivity, GDPR_SPECIAL) || activity.automatedDecisions || large,
    pipia: hasAny(sensitivity, PIPL_SENSITIVE) || activity.automatedDecisions || activity.sold || activity.shared || crossBorder || large,
  };
}

function activityFindings(inventory: InventorySnapshot, activity: StoredActivity, context: FindingContext): InventoryFinding[] {
  const gdpr = context.jurisdictions.includes('gdpr');
  const pipl = context.jurisdictions.includes('pipl');
  const sensitivity = sensitivitiesOf(inventory, activity);
  const suggested = assessmentSuggestions(inventory, activity);
  const kinds: FindingKind[] = [];
  if (gdpr && activity.gdprBasis === null) kinds.push('activity_without_gdpr_basis');
  if (gdpr && sensitivity.has('gdpr_art9') && activity.gdprArt9Condition === null) kinds.push('activity_without_art9_condition');
  if (pipl && activity.piplBasis === null) kinds.push('activity_without_pipl_basis');
  // PIPL Art 29: sensitive PI processed on consent (item 1) needs separate consent; so does an
  // activity whose basis is not recorded yet.
  if (pipl && hasAny(sensitivity, PIPL_SENSITIVE) && !activity.separateConsent && (activity.piplBasis === null || activity.piplBasis === '1')) {
    kinds.push('activity_without_separate_consent');
  }
  if (activity.retentionMonths === null) kinds.push('retention_missing');
  if (gdpr && (activity.dpiaOverride ?? suggested.dpia) && activity.dpiaCompletedOn === null) kinds.push('dpia_missing');
  if (pipl && (activity.pipiaOverride ?? suggested.pipia) && activity.pipiaCompletedOn === null) kinds.push('pipia_missing');
  return kinds.map((kind) => finding(kind, activity.id, activity.name));
}

export function computeFindings(inventory: InventorySnapshot, context: FindingContext): InventoryFinding[] {
  const findings: InventoryFinding[] = [];
  const gdpr = context.jurisdictions.includes('gdpr');
  const pipl = context.jurisdictions.includes('pipl');

  const usedCategories = new Set(inventory.activities.flatMap((a) => a.dataCategoryIds));
  for (const category of inventory.dataCategories) {
    if (!usedCategories.has(category.id)) findings.push(finding('category_without_purpose', category.id, category.name));
  }

  for (const activity of inventory.activities) findings.push(...activityFindings(inventory, activity, context));

  // A system holds sensitive data when a category other than 'ordinary' is recorded on it.
  const sensitiveSystems = new Set(inventory.dataCategories.filter((c) => c.sensitivity.some((s) => s !== 'ordinary')).flatMap((c) => c.systemIds));
  for (const system of inventory.systems) {
    if (!sensitiveSystems.has(system.id)) continue;
    if (!system.encryptionAtRest) findings.push(finding('sensitive_system_unencrypted', system.id, system.name));
    if (!system.mfaEnforced) findings.push(finding('sensitive_system_without_mfa', system.id, system.name));
  }

  const activities = new Map(inventory.activities.map((a) => [a.id, a]));
  for (const transfer of inventory.transfers) {
    const name = `${transfer.fromCountry}→${transfer.toCountry}${transfer.recipient ? ` ${transfer.recipient}` : ''}`;
    const leavesEea = EEA_COUNTRIES.has(transfer.fromCountry) && !EEA_COUNTRIES.has(transfer.toCountry);
    const mechanism = transfer.gdprMechanism;
    if (gdpr && leavesEea && (mechanism === 'none' || (mechanism === 'adequacy' && !ADEQUATE_COUNTRIES.has(transfer.toCountry)))) {
      findings.push(finding('transfer_without_gdpr_mechanism', transfer.id, name));
    }
    if (pipl && leavesChina(transfer)) {
      const activity = activities.get(transfer.activityId);
      // The small-volume exemption covers non-sensitive PI of fewer than 100,000 people.
      const exemptionHolds = activity !== undefined && !hasAny(sensitivitiesOf(inventory, activity), PIPL_SENSITIVE) && Math.max(transfer.volume, activity.volumeEstimate) < LARGE_VOLUME;
      if (transfer.piplMechanism === 'none' || (transfer.piplMechanism === 'exempt' && !exemptionHolds)) findings.push(finding('transfer_without_pipl_mechanism', transfer.id, name));
    }
  }

  for (const vendor of inventory.vendors) {
    if (vendor.dpaSignedOn === null) findings.push(finding('vendor_without_dpa', vendor.id, vendor.name));
    if (vendor.certifications.some((c) => c.expires !== null && c.expires < context.today)) findings.push(finding('vendor_certification_expired', vendor.id, vendor.name));
  }

  const severityOrder: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.kind.localeCompare(b.kind) || a.recordName.localeCompare(b.recordName) || a.id.localeCompare(b.id));
}
