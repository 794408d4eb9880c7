// What an incident touched, derived from the inventory (read only) through the systems it affected:
//
// - data categories: those the inventory says are held on any affected system
//   (inventory_category_systems), with their sensitivity; the incident's sensitivity is their union;
// - processing activities: those using any affected system (inventory_activity_systems);
// - subject categories: those of these activities (inventory_activity_subjects);
// - jurisdictions: each of the organisation's jurisdictions (all three when it names none) that
//   applies to the data: GDPR where an activity has a GDPR legal basis or an affected system is
//   located or keeps its data in the EEA (the inventory rules' list); PIPL where an activity has a
//   PIPL basis or a system is in China; CCPA where an activity records a CCPA business purpose or
//   sells or shares, or a system is in the United States.
//
// The derivation is read when the incident is read, so it follows inventory corrections; the breach
// register and the audit trail keep what it was when they were written.
import { JURISDICTIONS } from '../../../shared/contract';
import type { BreachLaw, IncidentDerived } from '../../../shared/contract/areas/incidents';
import { readInventoryRules } from '../inventory/inventory-rules';
import { getOrganisation } from '../organisation/organisation-queries';
import type { Db } from '../workspace/sqlcipher';

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

export function deriveFromSystems(db: Db, systemIds: readonly string[]): IncidentDerived {
  if (systemIds.length === 0) return { dataCategories: [], sensitivity: [], activities: [], subjectCategories: [], jurisdictions: [], inventoryVolume: 0 };
  const ids = placeholders(systemIds.length);
  const dataCategories = db
    .prepare<string[], { id: string; name: string; sensitivity: string }>(
      `SELECT DISTINCT c.id, c.name, c.sensitivity FROM inventory_data_categories c
         JOIN inventory_category_systems cs ON cs.category_id = c.id
        WHERE cs.system_id IN (${ids}) ORDER BY c.name`,
    )
    .all(...systemIds)
    .map((row) => ({ id: row.id, name: row.name, sensitivity: JSON.parse(row.sensitivity) as string[] }));
  const activities = db
    .prepare<string[], { id: string; name: string; gdpr_basis: string | null; pipl_basis: string | null; ccpa_business_purpose: string; sold: number; shared: number; volume_estimate: number }>(
      `SELECT DISTINCT a.id, a.name, a.gdpr_basis, a.pipl_basis, a.ccpa_business_purpose, a.sold, a.shared, a.volume_estimate FROM inventory_activities a
         JOIN inventory_activity_systems s ON s.activity_id = a.id
        WHERE s.system_id IN (${ids}) ORDER BY a.name`,
    )
    .all(...systemIds);
  const activityIds = activities.map((activity) => activity.id);
  const subjectCategories =
    activityIds.length === 0
      ? []
      : db
          .prepare<string[], { id: string; name: string; includes_minors: number }>(
            `SELECT DISTINCT sc.id, sc.name, sc.includes_minors FROM inventory_subject_categories sc
               JOIN inventory_activity_subjects s ON s.subject_category_id = sc.id
              WHERE s.activity_id IN (${placeholders(activityIds.length)}) ORDER BY sc.name`,
          )
          .all(...activityIds)
          .map((row) => ({ id: row.id, name: row.name, includesMinors: row.includes_minors === 1 }));
  const countries = new Set(
    db
      .prepare<string[], { country: string | null; data_residency: string | null }>(`SELECT country, data_residency FROM inventory_systems WHERE id IN (${ids})`)
      .all(...systemIds)
      .flatMap((row) => [row.country, row.data_residency])
      .filter((country): country is string => country !== null),
  );
  const jurisdictions = jurisdictionsOf(
    {
      gdprBasis: activities.some((activity) => activity.gdpr_basis !== null),
      piplBasis: activities.some((activity) => activity.pipl_basis !== null),
      ccpaPurpose: activities.some((activity) => activity.ccpa_business_purpose !== '' || activity.sold === 1 || activity.shared === 1),
      countries,
    },
    jurisdictionContext(db),
  );
  return {
    dataCategories,
    sensitivity: [...new Set(dataCategories.flatMap((category) => category.sensitivity))].sort(),
    activities: activities.map((activity) => ({ id: activity.id, name: activity.name })),
    subjectCategories,
    jurisdictions,
    inventoryVolume: activities.reduce((sum, activity) => sum + activity.volume_estimate, 0),
  };
}

/** What the jurisdiction rule reads of the affected systems and the activities using them. */
export interface JurisdictionSignals {
  gdprBasis: boolean;
  piplBasis: boolean;
  ccpaPurpose: boolean;
  countries: ReadonlySet<string>;
}

/** The workspace settings the rule depends on: the EEA list and the organisation's jurisdictions. */
export interface JurisdictionContext {
  eea: ReadonlySet<string>;
  candidates: readonly BreachLaw[];
}

export function jurisdictionContext(db: Db): JurisdictionContext {
  const organisation = getOrganisation(db)?.jurisdictions ?? [];
  return { eea: new Set(readInventoryRules(db).eeaCountries), candidates: organisation.length > 0 ? organisation : JURISDICTIONS };
}

export function jurisdictionsOf(signals: JurisdictionSignals, context: JurisdictionContext): BreachLaw[] {
  const applies: Record<BreachLaw, boolean> = {
    gdpr: signals.gdprBasis || [...signals.countries].some((country) => context.eea.has(country)),
    pipl: signals.piplBasis || signals.countries.has('CN'),
    ccpa: signals.ccpaPurpose || signals.countries.has('US'),
  };
  return JURISDICTIONS.filter((law) => context.candidates.includes(law) && applies[law]);
}

/** The systems that still exist among those given (incident input is checked against the inventory). */
export function existingSystems(db: Db, systemIds: readonly string[]): Map<string, string> {
  if (systemIds.length === 0) return new Map();
  const rows = db.prepare<string[], { id: string; name: string }>(`SELECT id, name FROM inventory_systems WHERE id IN (${placeholders(systemIds.length)})`).all(...systemIds);
  return new Map(rows.map((row) => [row.id, row.name]));
}
