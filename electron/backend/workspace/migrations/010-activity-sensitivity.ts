// Processing activities keep the sensitivity mask of their data categories, so findings read one column.
import type { Migration } from './registry';

export const activitySensitivity: Migration = {
  version: 10,
  name: '010-activity-sensitivity',
  up() {
    // Filled in by the change that introduces these tables.
  },
};
