// The workspace's inventory rules (one row, plus retention maxima per data category): read, change
// (validated and audited inside the caller's transaction), and turned into what the findings engine
// reads. Defaults come from migration 005.
import { AppError, type InputIssue } from '../../../shared/contract';
import type { InventoryRules } from '../../../shared/contract/areas/inventory-rules';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import type { FindingRules } from './inventory-findings';

interface RulesRow {
  eea_countries: string;
  adequate_countries: string;
  large_volume_threshold: number;
  max_retention_months: number | null;
}

export function readInventoryRules(db: Db): InventoryRules {
  const row = db.prepare<[], RulesRow>('SELECT eea_countries, adequate_countries, large_volume_threshold, max_retention_months FROM inventory_rules WHERE id = 1').get();
  if (!row) throw new Error('the inventory rules are missing');
  const categoryRetention = db
    .prepare<[], { category_id: string; max_months: number }>('SELECT category_id, max_months FROM inventory_category_retention ORDER BY position, category_id')
    .all()
    .map((r) => ({ dataCategoryId: r.category_id, maxMonths: r.max_months }));
  return {
    eeaCountries: JSON.parse(row.eea_countries) as string[],
    adequateCountries: JSON.parse(row.adequate_countries) as string[],
    largeVolumeThreshold: row.large_volume_threshold,
    maxRetentionMonths: row.max_retention_months,
    categoryRetention,
  };
}

export function toFindingRules(rules: InventoryRules): FindingRules {
  return {
    eeaCountries: new Set(rules.eeaCountries),
    adequateCountries: new Set(rules.adequateCountries),
    largeVolume: rules.largeVolumeThreshold,
    maxRetentionMonths: rules.maxRetentionMonths,
    categoryRetention: new Map(rules.categoryRetention.map((r) => [r.dataCategoryId, r.maxMonths])),
  };
}

function duplicates(values: readonly string[], field: string): InputIssue[] {
  return values.flatMap((value, index) => (values.indexOf(value) !== index ? [{ path: [field, index], code: 'duplicate', message: `listed twice: ${value}` }] : []));
}

/** Replaces the rules. Countries and categories may be listed once each; categories must exist. */
export function updateInventoryRules(tx: ChangeTx, rules: InventoryRules): InventoryRules {
  const issues = [...duplicates(rules.eeaCountries, 'eeaCountries'), ...duplicates(rules.adequateCountries, 'adequateCountries')];
  const categoryIds = rules.categoryRetention.map((r) => r.dataCategoryId);
  const exists = tx.db.prepare<[string], number>('SELECT 1 FROM inventory_data_categories WHERE id = ?').pluck();
  categoryIds.forEach((id, index) => {
    if (categoryIds.indexOf(id) !== index) issues.push({ path: ['categoryRetention', index, 'dataCategoryId'], code: 'duplicate', message: `listed twice: ${id}` });
    else if (exists.get(id) === undefined) issues.push({ path: ['categoryRetention', index, 'dataCategoryId'], code: 'unknown_record', message: `no such data category: ${id}` });
  });
  if (issues.length > 0) throw new AppError('INVALID_INPUT', 'the inventory rules are not consistent', { issues });
  const before = readInventoryRules(tx.db);
  tx.db
    .prepare('UPDATE inventory_rules SET eea_countries = ?, adequate_countries = ?, large_volume_threshold = ?, max_retention_months = ?, updated_at = ? WHERE id = 1')
    .run(JSON.stringify(rules.eeaCountries), JSON.stringify(rules.adequateCountries), rules.largeVolumeThreshold, rules.maxRetentionMonths, tx.at);
  tx.db.prepare('DELETE FROM inventory_category_retention').run();
  const insert = tx.db.prepare('INSERT INTO inventory_category_retention (category_id, max_months, position) VALUES (?, ?, ?)');
  rules.categoryRetention.forEach((r, position) => insert.run(r.dataCategoryId, r.maxMonths, position));
  const after = readInventoryRules(tx.db);
  tx.audit('inventory_rules', '1', before, after);
  return after;
}
