// The workspace's signing key pair and the history of exported audit packs.
import type { Migration } from './registry';

export const auditPacks: Migration = {
  version: 14,
  name: '014-audit-packs',
  up() {
    // Filled in by the change that introduces these tables.
  },
};
