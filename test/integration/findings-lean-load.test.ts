// The findings read lean (only the activities and transfers SQL selects as possible gaps) must be
// exactly the findings of the whole inventory: checked on the demo organisation and on a random
// inventory with every kind of gap, under several rule sets, in a real SQLCipher workspace.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findingContext, loadFindingInventory } from '../../electron/backend/inventory/finding-context';
import { computeFindings } from '../../electron/backend/inventory/inventory-findings';
import { ACTIVITY, DATA_CATEGORY, loadInventory, saveRecord, SYSTEM, TRANSFER, VENDOR } from '../../electron/backend/inventory/inventory-queries';
import { applyConnectionPragmas, openSqlCipher, type Db } from '../../electron/backend/workspace/sqlcipher';
import type { Sensitivity } from '../../shared/contract';
import { parseRecoveryKey } from '../../shared/domain/recovery-key';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
let t: TestBackend;
afterEach(async () => {
  await t.cleanup();
});

async function rawWorkspace(demo: boolean): Promise<Db> {
  t = testBackend({ now: () => NOW });
  const created = demo
    ? await t.call('workspace.createDemo', { directory: t.dir, passphrase: PASSPHRASE })
    : await t.call('workspace.create', { directory: t.dir, name: 'Random', passphrase: PASSPHRASE });
  if (!demo) {
    await t.call('organisation.update', { legalName: 'Random Ltd', tradingName: '', registeredAddress: '', country: 'IE', industry: '', employeeCount: null, dpoName: '', dpoEmail: '', euRepresentative: '', jurisdictions: ['gdpr', 'pipl', 'ccpa'] });
  }
  await t.call('workspace.close', {});
  const db = openSqlCipher(join(created.path, 'workspace.db'), parseRecoveryKey(created.recoveryKey)!);
  applyConnectionPragmas(db);
  return db;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function populate(db: Db, seed: number): void {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(list)))];
  const at = NOW.toISOString();
  const sensitivities: Sensitivity[][] = [['ordinary'], ['gdpr_art9'], ['gdpr_art10'], ['pipl_sensitive'], ['pipl_minor_under_14'], ['ccpa_sensitive'], ['ordinary', 'pipl_sensitive']];
  const systems = Array.from({ length: 8 }, () => randomUUID());
  const categories = Array.from({ length: 12 }, () => randomUUID());
  const activities = Array.from({ length: 400 }, () => randomUUID());
  db.transaction(() => {
    systems.forEach((id, i) => saveRecord(db, SYSTEM, id, { name: `S${i}`, owner: '', type: '', hosting: 'cloud', country: 'IE', vendorId: null, encryptionAtRest: chance(0.7), encryptionInTransit: '', mfaEnforced: chance(0.7), roleBasedAccess: true, logging: true, dataResidency: null }, at, at));
    categories.forEach((id, i) => saveRecord(db, DATA_CATEGORY, id, { name: `C${i}`, examples: '', sensitivity: pick(sensitivities), systemIds: some(systems, 2) }, at, at));
    activities.forEach((id, i) =>
      saveRecord(db, ACTIVITY, id, {
        name: `A${i}`, purpose: '', role: 'controller',
        gdprBasis: chance(0.9) ? 'b' : null, gdprArt9Condition: chance(0.5) ? 'h' : null, piplBasis: chance(0.9) ? pick(['1', '2'] as const) : null,
        separateConsent: chance(0.5), ccpaBusinessPurpose: '', sold: chance(0.1), shared: chance(0.1),
        dataCategoryIds: some(categories.slice(0, 11), 3), subjectCategoryIds: [], systemIds: some(systems, 2), recipients: '',
        retentionMonths: chance(0.9) ? pick([1, 6, 12, 13, 24, 36, 120]) : null, deletionMethod: '',
        volumeEstimate: pick([10, 5_000, 60_000, 99_999, 100_000, 500_000]), source: 'collected_from_subject', automatedDecisions: chance(0.1),
        dpiaOverride: pick([null, null, true, false]), dpiaCompletedOn: chance(0.5) ? '2026-01-01' : null,
        pipiaOverride: pick([null, null, true, false]), pipiaCompletedOn: chance(0.5) ? '2026-01-01' : null,
        owner: '', reviewDate: null,
      }, at, at),
    );
    for (let i = 0; i < 150; i++) {
      saveRecord(db, TRANSFER, randomUUID(), {
        activityId: pick(activities), fromCountry: pick(['CN', 'IE', 'DE', 'CH']), toCountry: pick(['US', 'CN', 'IE', 'JP', 'IN', 'BR']), recipient: `R${i}`,
        gdprMechanism: pick(['none', 'adequacy', 'scc'] as const), piplMechanism: pick(['none', 'exempt', 'standard_contract'] as const), standardContractFiledOn: null, volume: pick([10, 90_000, 150_000]),
      }, at, at);
    }
    for (let i = 0; i < 5; i++) saveRecord(db, VENDOR, randomUUID(), { name: `V${i}`, services: '', countries: [], dpaSignedOn: chance(0.5) ? '2026-01-01' : null, certifications: [{ kind: 'iso27001', expires: pick(['2026-01-01', '2027-01-01']) }], reviewDate: null, activityIds: [] }, at, at);
    db.prepare('INSERT INTO inventory_category_retention (category_id, max_months, position) VALUES (?, 12, 0), (?, 24, 1)').run(categories[0], categories[1]);
  }).immediate();
}

function expectSameFindings(db: Db): number {
  const context = findingContext(db, '2026-06-15');
  const full = computeFindings(loadInventory(db), context);
  const lean = computeFindings(loadFindingInventory(db, context), context);
  expect(lean).toEqual(full);
  return full.length;
}

describe('findings read lean', () => {
  it('equal the findings of the whole demo inventory', async () => {
    const db = await rawWorkspace(true);
    try {
      expect(expectSameFindings(db)).toBeGreaterThan(10);
    } finally {
      db.close();
    }
  });

  it('equal the findings of a random inventory under several rule sets', async () => {
    const db = await rawWorkspace(false);
    try {
      populate(db, 7);
      const kinds = new Set(computeFindings(loadInventory(db), findingContext(db, '2026-06-15')).map((f) => f.kind));
      expect(kinds.size).toBe(15);
      expectSameFindings(db);
      db.prepare('UPDATE inventory_rules SET max_retention_months = 12, large_volume_threshold = 50000').run();
      expectSameFindings(db);
      db.prepare(`UPDATE inventory_rules SET eea_countries = json_insert(eea_countries, '$[#]', 'CH'), adequate_countries = '["IN", "US"]'`).run();
      expectSameFindings(db);
      db.prepare('UPDATE inventory_rules SET max_retention_months = NULL, large_volume_threshold = 1000000').run();
      db.prepare('DELETE FROM inventory_category_retention').run();
      expectSameFindings(db);
      db.prepare("UPDATE organisation_profile SET jurisdictions = '[\"gdpr\"]'").run();
      expectSameFindings(db);
    } finally {
      db.close();
    }
  });

  it('follow category sensitivity and activity category changes (the activities keep their mask)', async () => {
    const db = await rawWorkspace(false);
    try {
      populate(db, 11);
      const masks = () => db.prepare('SELECT id, sensitivity_mask FROM inventory_activities ORDER BY id').raw().all();
      const recomputed = () =>
        db
          .prepare(
            `SELECT a.id, coalesce((SELECT max(c.sensitivity_mask & 1) | max(c.sensitivity_mask & 2) | max(c.sensitivity_mask & 4) | max(c.sensitivity_mask & 8) | max(c.sensitivity_mask & 16)
               FROM inventory_activity_categories ac JOIN inventory_data_categories c ON c.id = ac.category_id WHERE ac.activity_id = a.id), 0)
             FROM inventory_activities a ORDER BY a.id`,
          )
          .raw()
          .all();
      expect(masks()).toEqual(recomputed());
      const categories = db.prepare<[], string>('SELECT id FROM inventory_data_categories ORDER BY name').pluck().all();
      // Every category becomes ordinary: no activity uses special or sensitive data any more.
      db.prepare(`UPDATE inventory_data_categories SET sensitivity = '["ordinary"]'`).run();
      expect(db.prepare('SELECT count(*) FROM inventory_activities WHERE sensitivity_mask <> 0').pluck().get()).toBe(0);
      expectSameFindings(db);
      // One category becomes Art 9 and PIPL-sensitive: exactly its activities carry both bits.
      db.prepare(`UPDATE inventory_data_categories SET sensitivity = '["gdpr_art9", "pipl_sensitive"]' WHERE id = ?`).run(categories[0]);
      const users = db.prepare<[string], string>('SELECT activity_id FROM inventory_activity_categories WHERE category_id = ? ORDER BY activity_id').pluck().all(categories[0]!);
      expect(users.length).toBeGreaterThan(0);
      expect(db.prepare<[], string>('SELECT id FROM inventory_activities WHERE sensitivity_mask = 5 ORDER BY id').pluck().all()).toEqual(users);
      expectSameFindings(db);
      // Unlinking the category from its activities clears their masks; linking it again restores them.
      db.prepare('DELETE FROM inventory_activity_categories WHERE category_id = ?').run(categories[0]);
      expect(db.prepare('SELECT count(*) FROM inventory_activities WHERE sensitivity_mask <> 0').pluck().get()).toBe(0);
      const link = db.prepare('INSERT INTO inventory_activity_categories (activity_id, category_id, position) VALUES (?, ?, 99)');
      for (const activity of users) link.run(activity, categories[0]);
      expect(masks()).toEqual(recomputed());
      expectSameFindings(db);
    } finally {
      db.close();
    }
  });
});
