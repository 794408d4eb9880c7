// The workspace's signing key pair and the history of exported audit packs. The key pair is made
// here, so existing workspaces get one on upgrade and every new workspace gets one at creation. Its
// private half (PKCS#8 DER) and the pseudonym key live only in this encrypted database.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Migration } from './registry';

export const auditPacks: Migration = {
  version: 14,
  name: 'audit-packs',
  up(db) {
    db.exec(`
      CREATE TABLE pack_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        signing_public_pem TEXT NOT NULL,
        signing_private_der BLOB NOT NULL,
        pseudonym_key BLOB NOT NULL CHECK (length(pseudonym_key) = 32),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE pack_exports (
        id TEXT PRIMARY KEY,
        framework TEXT NOT NULL CHECK (framework IN ('iso27001', 'soc2')),
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        locale TEXT NOT NULL CHECK (locale IN ('en', 'zh-CN')),
        redacted INTEGER NOT NULL CHECK (redacted IN (0, 1)),
        recipient TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
        file_count INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        generated_at TEXT NOT NULL,
        generated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pack_exports_generated ON pack_exports (generated_at);
    `);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    db.prepare('INSERT INTO pack_keys (id, signing_public_pem, signing_private_der, pseudonym_key, created_at) VALUES (1, ?, ?, ?, ?)').run(
      publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKey.export({ type: 'pkcs8', format: 'der' }),
      randomBytes(32),
      new Date().toISOString(),
    );
  },
};
