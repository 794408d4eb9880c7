// Incident checklists from runbook steps, post-incident reviews and notification letters.
import type { Migration } from './registry';

export const incidentResponse: Migration = {
  version: 13,
  name: '013-incident-response',
  up() {
    // Filled in by the change that introduces these tables.
  },
};
