// Everything the findings engine needs: the inventory fields it reads, the organisation's
// jurisdictions, the workspace's inventory rules and which activities have a signed-off impact
// assessment. Every procedure that computes findings builds its context here, so they all agree.
//
import type { DataCategory, Transfer, Vendor } from '../../../shared/contract';
import { signedOffActivities } from '../assessments/assessments-queries';
import { getOrganisation } from '../organisation/organisation-queries';
import { SENSITIVITY_BITS } from '../workspace/migrations/010-activity-sensitivity';
import type { Db } from '../workspace/sqlcipher';
import { DEFAULT_FINDING_RULES, type FindingActivity, type FindingContext, type FindingInventory } from './inventory-findings';
import { DATA_CATEGORY, listRecords } from './inventory-queries';
import { readInventoryRules, toFindingRules } from './inventory-rules';

export function findingContext(db: Db, today: string): FindingContext {
  return {
    jurisdictions: getOrganisation(db)?.jurisdictions ?? [],
    today,
    rules: toFindingRules(readInventoryRules(db)),
    assessed: { dpia: signedOffActivities(db, 'dpia'), pipia: signedOffActivities(db, 'pipia') },
  };
}

type ActivityRow = [
  id: string,
  name: string,
  gdprBasis: FindingActivity['gdprBasis'],
  art9: FindingActivity['gdprArt9Condition'],
  piplBasis: FindingActivity['piplBasis'],
  separateConsent: number,
  retentionMonths: number | null,
  volumeEstimate: number,
  automatedDecisions: number,
  sold: number,
  shared: number,
  dpiaOverride: number | null,
  dpiaCompletedOn: string | null,
  pipiaOverride: number | null,
  pipiaCompletedOn: string | null,
  categoryIds: string | null,
];

const flag = (value: number | null) => (value === null ? null : value === 1);

const ACTIVITY_COLUMNS = `a.id, a.name, a.gdpr_basis, a.gdpr_art9_condition, a.pipl_basis, a.separate_consent, a.retention_months, a.volume_estimate,
  a.automated_decisions, a.sold, a.shared, a.dpia_override, a.dpia_completed_on, a.pipia_override, a.pipia_completed_on,
  (SELECT group_concat(category_id) FROM inventory_activity_categories WHERE activity_id = a.id)`;

/**
 * The activities that may have a finding: a superset of what activityFindings in
 * inventory-findings.ts raises (jurisdictions and signed-off assessments are left to the engine,
 * which decides exactly). Cheap column tests come first; SQLite evaluates AND and OR lazily, so the
 * look-ups into an activity's categories and transfers run only for the few activities that get that
 * far. Whether an activity uses special or sensitive categories is its sensitivity mask (see usesAny).
 */
const CANDIDATE_ACTIVITIES = `
SELECT ${ACTIVITY_COLUMNS}
FROM inventory_activities a
WHERE a.gdpr_basis IS NULL OR a.pipl_basis IS NULL OR a.retention_months IS NULL
  OR (a.gdpr_art9_condition IS NULL AND ${usesAny('gdpr_art9')})
  OR (a.separate_consent = 0 AND (a.pipl_basis IS NULL OR a.pipl_basis = '1') AND ${usesAny('pipl_sensitive', 'pipl_minor_under_14')})
  OR (a.retention_months > @minLimit AND (a.retention_months > @maxRetention OR EXISTS (
    SELECT 1 FROM inventory_activity_categories ac JOIN inventory_category_retention r ON r.category_id = ac.category_id
    WHERE ac.activity_id = a.id AND r.max_months < a.retention_months)))
  OR (a.dpia_completed_on IS NULL AND coalesce(a.dpia_override, a.automated_decisions OR a.volume_estimate >= @largeVolume OR ${usesAny('gdpr_art9', 'gdpr_art10')}))
  OR (a.pipia_completed_on IS NULL AND coalesce(a.pipia_override,
    a.automated_decisions OR a.sold OR a.shared OR a.volume_estimate >= @largeVolume OR ${usesAny('pipl_sensitive', 'pipl_minor_under_14')}
    OR EXISTS (SELECT 1 FROM inventory_transfers t WHERE t.activity_id = a.id AND t.from_country = 'CN' AND t.to_country <> 'CN')))`;

/**
 * The transfers that may have a finding: out of the EEA without a mechanism or with an adequacy
 * decision the lists do not hold; out of China without one, or 'exempt' where the small-volume
 * exemption may not hold (large, or an activity with sensitive PI or a large volume).
 */
const CANDIDATE_TRANSFERS = `
SELECT t.id, t.activity_id, t.from_country, t.to_country, t.recipient, t.gdpr_mechanism, t.pipl_mechanism, t.volume FROM inventory_transfers t
WHERE (t.from_country IN (SELECT value FROM json_each(@eea)) AND t.to_country NOT IN (SELECT value FROM json_each(@eea))
    AND (t.gdpr_mechanism = 'none' OR (t.gdpr_mechanism = 'adequacy' AND t.to_country NOT IN (SELECT value FROM json_each(@adequate)))))
  OR (t.from_country = 'CN' AND t.to_country <> 'CN' AND (t.pipl_mechanism = 'none' OR (t.pipl_mechanism = 'exempt' AND (t.volume >= @largeVolume
    OR NOT EXISTS (SELECT 1 FROM inventory_activities a WHERE a.id = t.activity_id AND a.volume_estimate < @largeVolume AND NOT ${usesAny('pipl_sensitive', 'pipl_minor_under_14')})))))`;

/**
 * Whether activity `a` uses a category of one of these sensitivities: a test of the mask its
 * categories' sensitivities add up to (kept by triggers, migration 010), so no look-up per activity.
 */
function usesAny(...sensitivities: (keyof typeof SENSITIVITY_BITS)[]): string {
  const bits = sensitivities.reduce((mask, sensitivity) => mask | SENSITIVITY_BITS[sensitivity], 0);
  return `(a.sensitivity_mask & ${bits}) <> 0`;
}

/** No retention limit: longer than any period the contract allows. */
const NO_LIMIT = 100_000;

function toActivity(r: ActivityRow): FindingActivity {
  return {
    id: r[0],
    name: r[1],
    gdprBasis: r[2],
    gdprArt9Condition: r[3],
    piplBasis: r[4],
    separateConsent: r[5] === 1,
    retentionMonths: r[6],
    volumeEstimate: r[7],
    automatedDecisions: r[8] === 1,
    sold: r[9] === 1,
    shared: r[10] === 1,
    dpiaOverride: flag(r[11]),
    dpiaCompletedOn: r[12],
    pipiaOverride: flag(r[13]),
    pipiaCompletedOn: r[14],
    dataCategoryIds: r[15] === null ? [] : r[15].split(','),
  };
}

/**
 * The inventory as the findings engine needs it, read lean: all systems, categories and vendors
 * (few), but only the activities and transfers that may raise a finding, selected in SQL, plus
 * the activities an 'exempt' transfer out of China depends on. What the engine would otherwise
 * derive from the full lists (used categories, activities with a transfer out of China) comes
 * with it. Over 100,000 activities this keeps the values handed from SQLite to JavaScript to the
 * few per cent that matter.
 */
export function loadFindingInventory(db: Db, context: Pick<FindingContext, 'rules'> = {}): FindingInventory {
  const rules = context.rules ?? DEFAULT_FINDING_RULES;
  const dataCategories = listRecords(db, DATA_CATEGORY) as unknown as DataCategory[];
  const categoryMaxima = [...rules.categoryRetention.values()];
  const maxRetention = rules.maxRetentionMonths ?? NO_LIMIT;
  const activities = (
    db.prepare(CANDIDATE_ACTIVITIES).raw().all({
      maxRetention,
      minLimit: Math.min(maxRetention, ...categoryMaxima),
      largeVolume: rules.largeVolume,
    }) as ActivityRow[]
  ).map(toActivity);
  type TransferRow = [string, string, string, string, string, Transfer['gdprMechanism'], Transfer['piplMechanism'], number];
  const transferRows = db
    .prepare(CANDIDATE_TRANSFERS)
    .raw()
    .all({ eea: JSON.stringify([...rules.eeaCountries]), adequate: JSON.stringify([...rules.adequateCountries]), largeVolume: rules.largeVolume }) as TransferRow[];
  const transfers = transferRows.map(([id, activityId, fromCountry, toCountry, recipient, gdprMechanism, piplMechanism, volume]) => ({
    id,
    activityId,
    fromCountry,
    toCountry,
    recipient,
    gdprMechanism,
    piplMechanism,
    volume,
  }));
  const loaded = new Set(activities.map((a) => a.id));
  // A large 'exempt' transfer fails the exemption whatever its activity; a smaller one depends on it.
  const missing = [...new Set(transfers.filter((t) => t.piplMechanism === 'exempt' && t.volume < rules.largeVolume && !loaded.has(t.activityId)).map((t) => t.activityId))];
  if (missing.length > 0) {
    const extra = db.prepare(`SELECT ${ACTIVITY_COLUMNS} FROM inventory_activities a WHERE a.id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(missing)) as ActivityRow[];
    activities.push(...extra.map(toActivity));
  }
  const systems = db
    .prepare<[], { id: string; name: string; encryption_at_rest: number; mfa_enforced: number }>('SELECT id, name, encryption_at_rest, mfa_enforced FROM inventory_systems')
    .all()
    .map((s) => ({ id: s.id, name: s.name, encryptionAtRest: s.encryption_at_rest === 1, mfaEnforced: s.mfa_enforced === 1 }));
  const vendors = db
    .prepare<[], { id: string; name: string; dpa_signed_on: string | null; certifications: string }>('SELECT id, name, dpa_signed_on, certifications FROM inventory_vendors')
    .all()
    .map((v) => ({ id: v.id, name: v.name, dpaSignedOn: v.dpa_signed_on, certifications: JSON.parse(v.certifications) as Vendor['certifications'] }));
  return {
    systems,
    dataCategories,
    activities,
    vendors,
    transfers,
    usedCategoryIds: new Set(db.prepare<[], string>('SELECT id FROM inventory_data_categories c WHERE EXISTS (SELECT 1 FROM inventory_activity_categories WHERE category_id = c.id)').pluck().all()),
    activitiesLeavingChina: new Set(db.prepare<[], string>("SELECT DISTINCT activity_id FROM inventory_transfers WHERE from_country = 'CN' AND to_country <> 'CN'").pluck().all()),
  };
}
