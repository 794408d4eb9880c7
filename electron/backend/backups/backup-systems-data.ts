// What the backup checks need to know of the inventory's systems: their names, and whether they hold
// personal data (a data category names them) or sensitive data (a category whose sensitivity is
// other than ordinary). The workspace itself is the pseudo-system keyed WORKSPACE_KEY.
import type { Db } from '../workspace/sqlcipher';

/** Keys the workspace itself where a system id is expected (cadence rows, maps). */
export const WORKSPACE_KEY = 'workspace';
/** How the workspace is named where the backend writes a name itself (labels, search, agenda). */
export const WORKSPACE_NAME = 'Custos workspace';

export const systemKey = (systemId: string | null): string => systemId ?? WORKSPACE_KEY;

export interface SystemFacts {
  id: string;
  name: string;
  holdsPersonalData: boolean;
  holdsSensitiveData: boolean;
}

export function inventorySystems(db: Db): SystemFacts[] {
  return db
    .prepare<[], { id: string; name: string; personal: number; sensitive: number }>(
      `SELECT s.id, s.name,
              EXISTS (SELECT 1 FROM inventory_category_systems cs WHERE cs.system_id = s.id) AS personal,
              EXISTS (SELECT 1 FROM inventory_category_systems cs JOIN inventory_data_categories c ON c.id = cs.category_id, json_each(c.sensitivity) v
                       WHERE cs.system_id = s.id AND v.value <> 'ordinary') AS sensitive
         FROM inventory_systems s ORDER BY s.name COLLATE NOCASE, s.id`,
    )
    .all()
    .map((row) => ({ id: row.id, name: row.name, holdsPersonalData: row.personal === 1, holdsSensitiveData: row.sensitive === 1 }));
}

export function inventorySystem(db: Db, id: string): SystemFacts | null {
  return inventorySystems(db).find((system) => system.id === id) ?? null;
}

export function isSensitiveSystem(db: Db, systemId: string | null): boolean {
  if (systemId === null) return false;
  return (
    db
      .prepare(
        `SELECT 1 FROM inventory_category_systems cs JOIN inventory_data_categories c ON c.id = cs.category_id, json_each(c.sensitivity) v
          WHERE cs.system_id = ? AND v.value <> 'ordinary' LIMIT 1`,
      )
      .get(systemId) !== undefined
  );
}
