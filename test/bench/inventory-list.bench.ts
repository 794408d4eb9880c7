// The processing-activities table over a large inventory: 100,000 activities (with their category,
// subject and system links, and cross-border transfers) in a real encrypted workspace, then 80 varied
// queries (text, enum and finding filters, every sort key in both directions, pages from the top to
// deep offsets) through the dispatcher, as the screen sends them.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { ACTIVITY_SORT_KEYS, DATA_SOURCES, FINDING_KINDS, GDPR_BASES, PIPL_BASES, PROCESSING_ROLES, type ActivityQuery } from '../../shared/contract';
import { assertEncryption } from './bench-database';
import { collectGarbage, elapsedMs, median, now, percentile, report, scratchDirectory } from './bench-support';

const ACTIVITIES = 100_000;
const QUERIES = 80;
const PASSPHRASE = 'correct horse battery staple';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = random(100_000);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const maybe = <T>(p: number, value: () => T): T | null => (next() < p ? value() : null);

const WORDS = `payroll marketing newsletter recruitment analytics billing support onboarding loyalty fraud screening
  telemetry research training benefits access cctv visitor health survey events referrals returns shipping
  薪资 营销 招聘 分析 账单 客服 会员 风控 培训 健康 访客 问卷 物流`
  .split(/\s+/)
  .filter(Boolean);
const OWNERS = ['HR', 'Marketing', 'Finance', 'IT', 'Sales', 'Legal', '人力资源部', '市场部'];

const dir = scratchDirectory('inventory');
const backend = createBackend({ configDir: join(dir, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: dir, kdfLogN: 12 });
async function call<T>(procedure: string, input: unknown): Promise<T> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

const created = await call<{ path: string; recoveryKey: string }>('workspace.create', { directory: dir, name: 'Inventory', passphrase: PASSPHRASE });
const profile = await call<Record<string, unknown>>('organisation.get', {});
await call('organisation.update', { ...profile, jurisdictions: ['gdpr', 'pipl'] });
await call('workspace.lock', { reason: 'manual' });

// Fill the workspace's own database (opened with its data key) with the inventory.
const dbFile = join(created.path, 'workspace.db');
assertEncryption(dbFile, true);
const db = openSqlCipher(dbFile, created.recoveryKey.replace(/-/g, '').toLowerCase(), { fileMustExist: true });
const at = '2025-06-15T00:00:00.000Z';
const SENSITIVITY_SETS = [['ordinary'], ['ordinary'], ['ordinary'], ['gdpr_art9', 'pipl_sensitive'], ['gdpr_art10'], ['pipl_minor_under_14'], ['ccpa_sensitive']];
const categories = Array.from({ length: 24 }, (_, i) => ({ id: randomUUID(), name: `Category ${i}`, sensitivity: SENSITIVITY_SETS[i % SENSITIVITY_SETS.length]! }));
const subjects = Array.from({ length: 8 }, (_, i) => ({ id: randomUUID(), name: `Subjects ${i}` }));
const systems = Array.from({ length: 40 }, (_, i) => ({ id: randomUUID(), name: `System ${i}` }));
const countries = ['DE', 'FR', 'CN', 'US', 'SG', 'IE', 'JP', 'IN'];
db.transaction(() => {
  const category = db.prepare('INSERT INTO inventory_data_categories (id, name, examples, sensitivity, created_at, updated_at) VALUES (?, ?, \'\', ?, ?, ?)');
  for (const c of categories) category.run(c.id, c.name, JSON.stringify(c.sensitivity), at, at);
  const subject = db.prepare('INSERT INTO inventory_subject_categories (id, name, description, includes_minors, created_at, updated_at) VALUES (?, ?, \'\', 0, ?, ?)');
  for (const s of subjects) subject.run(s.id, s.name, at, at);
  const system = db.prepare(
    "INSERT INTO inventory_systems (id, name, hosting, country, encryption_at_rest, mfa_enforced, role_based_access, logging, created_at, updated_at) VALUES (?, ?, 'cloud', ?, 1, 1, 1, 1, ?, ?)",
  );
  for (const s of systems) system.run(s.id, s.name, pick(countries), at, at);
  const activity = db.prepare(`INSERT INTO inventory_activities (id, name, purpose, role, gdpr_basis, gdpr_art9_condition, pipl_basis, separate_consent, sold, shared,
    retention_months, volume_estimate, source, automated_decisions, dpia_override, dpia_completed_on, pipia_completed_on, owner, review_date, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const link = (table: string, column: string) => db.prepare(`INSERT INTO ${table} (activity_id, ${column}, position) VALUES (?, ?, ?)`);
  const activityCategory = link('inventory_activity_categories', 'category_id');
  const activitySubject = link('inventory_activity_subjects', 'subject_category_id');
  const activitySystem = link('inventory_activity_systems', 'system_id');
  const transfer = db.prepare(
    "INSERT INTO inventory_transfers (id, activity_id, from_country, to_country, recipient, gdpr_mechanism, pipl_mechanism, volume, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?)",
  );
  for (let i = 0; i < ACTIVITIES; i++) {
    const id = randomUUID();
    const updated = new Date(Date.parse(at) - Math.floor(next() * 3e10)).toISOString();
    activity.run(
      id,
      `${pick(WORDS)} ${pick(WORDS)} ${i}`,
      `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
      pick(PROCESSING_ROLES),
      maybe(0.85, () => pick(GDPR_BASES)),
      maybe(0.3, () => pick(GDPR_BASES)),
      maybe(0.7, () => pick(PIPL_BASES)),
      next() < 0.5 ? 1 : 0,
      next() < 0.1 ? 1 : 0,
      next() < 0.2 ? 1 : 0,
      maybe(0.8, () => Math.floor(next() * 120)),
      Math.floor(next() * 300_000),
      pick(DATA_SOURCES),
      next() < 0.1 ? 1 : 0,
      maybe(0.1, () => (next() < 0.5 ? 1 : 0)),
      maybe(0.3, () => '2025-01-10'),
      maybe(0.3, () => '2025-02-10'),
      pick(OWNERS),
      maybe(0.7, () => `2025-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`),
      updated,
      updated,
    );
    const picked = new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(categories).id));
    [...picked].forEach((c, position) => activityCategory.run(id, c, position));
    activitySubject.run(id, pick(subjects).id, 0);
    activitySystem.run(id, pick(systems).id, 0);
    if (next() < 0.05) transfer.run(randomUUID(), id, pick(countries), pick(countries), pick(['scc', 'adequacy', 'none']), pick(['standard_contract', 'exempt', 'none']), Math.floor(next() * 200_000), at, at);
  }
})();
db.pragma('optimize');
db.close();

await call('workspace.open', { path: created.path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });

const q = random(7);
const choose = <T>(items: readonly T[]): T => items[Math.floor(q() * items.length)]!;
function query(index: number): ActivityQuery {
  const filter: ActivityQuery['filter'] = {};
  if (q() < 0.35) filter.text = choose(WORDS).slice(0, 3 + Math.floor(q() * 4));
  if (q() < 0.3) filter.role = choose(PROCESSING_ROLES);
  if (q() < 0.15) filter.gdprBasis = choose([...GDPR_BASES, 'none'] as const);
  if (q() < 0.1) filter.piplBasis = choose([...PIPL_BASES, 'none'] as const);
  if (q() < 0.1) filter.source = choose(DATA_SOURCES);
  if (q() < 0.1) filter.dataCategoryId = choose(categories).id;
  if (q() < 0.05) filter.systemId = choose(systems).id;
  if (q() < 0.25) filter.hasFinding = q() < 0.7;
  if (q() < 0.15) filter.findingKind = choose(FINDING_KINDS.filter((kind) => kind.startsWith('activity') || kind.endsWith('_missing')));
  // Pages from the top, the middle of a scroll and the far end.
  const depth = q();
  const offset = index % 4 === 0 ? 0 : Math.floor((depth < 0.5 ? depth * 2000 : depth * 90_000) / 100) * 100;
  return { filter, sort: { key: ACTIVITY_SORT_KEYS[index % ACTIVITY_SORT_KEYS.length]!, direction: q() < 0.5 ? 'asc' : 'desc' }, offset, limit: 100 };
}

const list = Array.from({ length: QUERIES }, (_, i) => query(i));
// Warm-up: the first reads decrypt the pages and compute each sort order once (as a user's first
// click on a column does); what a change costs is measured separately below.
for (const key of ACTIVITY_SORT_KEYS) {
  for (const direction of ['asc', 'desc'] as const) await call('inventory.activities.query', { filter: {}, sort: { key, direction }, offset: 0, limit: 100 });
}

const times: number[] = [];
let matched = 0;
for (const input of list) {
  collectGarbage();
  const start = now();
  const page = await call<{ total: number; rows: unknown[] }>('inventory.activities.query', input);
  times.push(elapsedMs(start));
  if (page.total > 0 && input.offset < page.total && page.rows.length === 0) throw new Error('a page within the total came back empty');
  matched += page.total;
}
const all = await call<{ total: number }>('inventory.activities.query', { filter: {}, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 1 });
if (all.total !== ACTIVITIES) throw new Error(`expected ${ACTIVITIES} activities, found ${all.total}`);
if (matched === 0) throw new Error('no query matched anything');

// The first query after a change recomputes the projection and its sort order.
const afterChange: number[] = [];
for (let round = 0; round < 5; round++) {
  await call('inventory.subjectCategories.create', { name: `Visitors ${round}`, description: '', includesMinors: false });
  collectGarbage();
  const start = now();
  await call('inventory.activities.query', list[round]!);
  afterChange.push(elapsedMs(start));
}
await backend.dispose();

process.stdout.write(`  ${QUERIES} queries over ${ACTIVITIES.toLocaleString('en')} activities, median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms\n`);
report('inventory_list_p95_ms', percentile(times, 95), 'ms', { kind: 'max', limit: 50 });
report('inventory_list_after_change_ms', median(afterChange), 'ms');
