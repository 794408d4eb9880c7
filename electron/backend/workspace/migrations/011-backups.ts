// Backup jobs per system, restore tests and their follow-ups.
import type { Migration } from './registry';

export const backupsRegister: Migration = {
  version: 11,
  name: '011-backups',
  up() {
    // Filled in by the change that introduces these tables.
  },
};
