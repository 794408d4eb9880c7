// Incident runbooks (versioned, approved) and drills.
import type { Migration } from './registry';

export const runbooks: Migration = {
  version: 12,
  name: '012-runbooks',
  up() {
    // Filled in by the change that introduces these tables.
  },
};
