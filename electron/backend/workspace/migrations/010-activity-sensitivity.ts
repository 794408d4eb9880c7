// Processing activities keep the sensitivity mask of their data categories, so the findings engine
// reads one column instead of probing each activity's categories (100,000 activities in well under
// the 200 ms the findings list may take). A data category's mask is derived from its sensitivity
// list; an activity's mask is the OR of its categories' masks, kept by triggers on the join table
// and on category changes, so every writer (forms, import, demo) keeps it right without knowing.
import type { Migration } from './registry';

/** Bits of the masks; finding-context.ts tests them. */
export const SENSITIVITY_BITS = {
  gdpr_art9: 1,
  gdpr_art10: 2,
  pipl_sensitive: 4,
  pipl_minor_under_14: 8,
  ccpa_sensitive: 16,
} as const;

const categoryMask = Object.entries(SENSITIVITY_BITS)
  .map(([value, bit]) => `(instr(sensitivity, '"${value}"') > 0) * ${bit}`)
  .join(' | ');

/** The OR of the masks of `activity`'s categories (SQLite has no bitwise aggregate: one max per bit). */
function activityMask(activity: string): string {
  const bits = Object.values(SENSITIVITY_BITS)
    .map((bit) => `max(c.sensitivity_mask & ${bit})`)
    .join(' | ');
  return `coalesce((SELECT ${bits} FROM inventory_activity_categories ac JOIN inventory_data_categories c ON c.id = ac.category_id WHERE ac.activity_id = ${activity}), 0)`;
}

export const activitySensitivity: Migration = {
  version: 10,
  name: 'activity-sensitivity',
  up(db) {
    db.exec(`
      ALTER TABLE inventory_data_categories ADD COLUMN sensitivity_mask INTEGER GENERATED ALWAYS AS (${categoryMask}) VIRTUAL;
      ALTER TABLE inventory_activities ADD COLUMN sensitivity_mask INTEGER NOT NULL DEFAULT 0;
      UPDATE inventory_activities SET sensitivity_mask = ${activityMask('inventory_activities.id')};

      CREATE TRIGGER inventory_activity_categories_mask_insert AFTER INSERT ON inventory_activity_categories BEGIN
        UPDATE inventory_activities
        SET sensitivity_mask = sensitivity_mask | (SELECT sensitivity_mask FROM inventory_data_categories WHERE id = NEW.category_id)
        WHERE id = NEW.activity_id;
      END;
      CREATE TRIGGER inventory_activity_categories_mask_delete AFTER DELETE ON inventory_activity_categories BEGIN
        UPDATE inventory_activities SET sensitivity_mask = ${activityMask('OLD.activity_id')} WHERE id = OLD.activity_id;
      END;
      CREATE TRIGGER inventory_activity_categories_mask_update AFTER UPDATE ON inventory_activity_categories BEGIN
        UPDATE inventory_activities SET sensitivity_mask = ${activityMask('inventory_activities.id')} WHERE id IN (OLD.activity_id, NEW.activity_id);
      END;
      CREATE TRIGGER inventory_data_categories_mask_update AFTER UPDATE OF sensitivity ON inventory_data_categories BEGIN
        UPDATE inventory_activities SET sensitivity_mask = ${activityMask('inventory_activities.id')}
        WHERE id IN (SELECT activity_id FROM inventory_activity_categories WHERE category_id = NEW.id);
      END;
    `);
  },
};
