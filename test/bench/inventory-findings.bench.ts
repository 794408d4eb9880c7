// All inventory findings over 100,000 processing activities in a real encrypted workspace, through
// the dispatcher (input check, handler, output validation): what the findings view and the agenda
// pay. The inventory is realistic in shape: 25 data categories (a third sensitive), 200 systems, 2,000
// vendors with agreements and certificates, 20,000 transfers (EU→US, EU→CN, CN→EU …), retention
// maxima, and one to three per cent of gaps of each kind, as in a kept-up inventory. The bulk records
// are written straight into the workspace database (through the inventory's own saveRecord) with the
// workspace closed; the findings are then read through the unlocked workspace. Besides the wall time,
// the process's CPU time per call is reported: on a shared machine it shows the work itself.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { ACTIVITY, DATA_CATEGORY, saveRecord, SUBJECT_CATEGORY, SYSTEM, TRANSFER, VENDOR } from '../../electron/backend/inventory/inventory-queries';
import { applyConnectionPragmas, openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import type { ProcedureInput, ProcedureName, ProcedureOutput, Sensitivity } from '../../shared/contract';
import { parseRecoveryKey } from '../../shared/domain/recovery-key';
import { assertEncryption } from './bench-database';
import { collectGarbage, elapsedMs, median, now, percentile, report, scratchDirectory } from './bench-support';

const ACTIVITIES = 100_000;
const SYSTEMS = 200;
const VENDORS = 2_000;
const TRANSFERS = 20_000;
const ROUNDS = 10;
const PASSPHRASE = 'Quiet-Lantern-Orbit-7193';
const AT = '2026-06-15T10:00:00.000Z';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = random(100_000);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const chance = (p: number) => next() < p;
const some = <T>(list: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(next() * (max - min + 1));
  return [...new Set(Array.from({ length: count }, () => pick(list)))];
};

const dir = scratchDirectory('inventory-findings');
const backend = createBackend({ configDir: join(dir, 'config'), appVersion: 'bench', defaultWorkspaceDirectory: dir, kdfLogN: 12, now: () => new Date(AT) });

async function call<P extends ProcedureName>(procedure: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
  const envelope = await backend.invoke(procedure, input);
  if (!envelope.ok) throw new Error(`${procedure}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as ProcedureOutput<P>;
}

const SENSITIVITY_MIX: Sensitivity[][] = [['ordinary'], ['ordinary'], ['ordinary'], ['gdpr_art9', 'pipl_sensitive'], ['pipl_minor_under_14'], ['gdpr_art10'], ['ccpa_sensitive'], ['ordinary', 'pipl_sensitive']];
const COUNTRIES = ['IE', 'DE', 'FR', 'NL', 'US', 'CN', 'GB', 'IN', 'JP', 'SG', 'BR', 'CH'];

function populate(db: ReturnType<typeof openSqlCipher>): void {
  const vendorIds = Array.from({ length: VENDORS }, () => randomUUID());
  const systemIds = Array.from({ length: SYSTEMS }, () => randomUUID());
  const categoryIds = Array.from({ length: 25 }, () => randomUUID());
  const subjectIds = Array.from({ length: 10 }, () => randomUUID());
  const activityIds = Array.from({ length: ACTIVITIES }, () => randomUUID());
  db.transaction(() => {
    vendorIds.forEach((id, i) =>
      saveRecord(db, VENDOR, id, {
        name: `Vendor ${i}`,
        services: 'Hosting and support',
        countries: some(COUNTRIES, 1, 3),
        dpaSignedOn: chance(0.95) ? '2025-01-10' : null,
        certifications: [{ kind: 'iso27001', expires: chance(0.9) ? '2027-03-01' : '2026-01-01' }],
        reviewDate: '2026-12-01',
        activityIds: [],
      }, AT, AT),
    );
    systemIds.forEach((id, i) =>
      saveRecord(db, SYSTEM, id, {
        name: `System ${i}`,
        owner: 'Platform',
        type: 'Application',
        hosting: pick(['cloud', 'saas', 'on_premises'] as const),
        country: pick(COUNTRIES),
        vendorId: pick(vendorIds),
        encryptionAtRest: chance(0.97),
        encryptionInTransit: 'TLS 1.2+',
        mfaEnforced: chance(0.95),
        roleBasedAccess: true,
        logging: true,
        dataResidency: pick(COUNTRIES),
      }, AT, AT),
    );
    categoryIds.forEach((id, i) => saveRecord(db, DATA_CATEGORY, id, { name: `Category ${i}`, examples: '', sensitivity: pick(SENSITIVITY_MIX), systemIds: some(systemIds, 1, 6) }, AT, AT));
    subjectIds.forEach((id, i) => saveRecord(db, SUBJECT_CATEGORY, id, { name: `Subjects ${i}`, description: '', includesMinors: i === 0 }, AT, AT));
    activityIds.forEach((id, i) =>
      saveRecord(db, ACTIVITY, id, {
        name: `Processing activity ${i}`,
        purpose: 'Deliver the contracted service',
        role: pick(['controller', 'processor'] as const),
        gdprBasis: chance(0.99) ? pick(['a', 'b', 'c', 'f'] as const) : null,
        gdprArt9Condition: chance(0.97) ? 'h' : null,
        piplBasis: chance(0.99) ? pick(['1', '2', '3'] as const) : null,
        separateConsent: chance(0.97),
        ccpaBusinessPurpose: '',
        sold: chance(0.01),
        shared: chance(0.03),
        dataCategoryIds: some(categoryIds, 1, 4),
        subjectCategoryIds: some(subjectIds, 1, 2),
        systemIds: some(systemIds, 1, 3),
        recipients: '',
        retentionMonths: chance(0.99) ? (chance(0.95) ? pick([6, 12, 24, 36]) : 60) : null,
        deletionMethod: 'Purge job',
        // Most activities concern fewer than 100,000 people; one in twenty is large.
        volumeEstimate: chance(0.95) ? Math.floor(next() * 80_000) : 100_000 + Math.floor(next() * 2_000_000),
        source: 'collected_from_subject',
        automatedDecisions: chance(0.03),
        dpiaOverride: null,
        dpiaCompletedOn: chance(0.97) ? '2025-11-01' : null,
        pipiaOverride: null,
        pipiaCompletedOn: chance(0.97) ? '2025-11-01' : null,
        owner: 'Operations',
        reviewDate: null,
      }, AT, AT),
    );
    // The vendors' activities, once the activities exist.
    const link = db.prepare('INSERT OR IGNORE INTO inventory_vendor_activities (vendor_id, activity_id, position) VALUES (?, ?, ?)');
    for (const vendorId of vendorIds) some(activityIds, 1, 8).forEach((activityId, position) => link.run(vendorId, activityId, position));
    for (let i = 0; i < TRANSFERS; i++) {
      const [from, to] = pick([['IE', 'US'], ['DE', 'US'], ['IE', 'CN'], ['CN', 'IE'], ['CN', 'US'], ['FR', 'IN'], ['NL', 'JP']] as const);
      saveRecord(db, TRANSFER, randomUUID(), {
        activityId: pick(activityIds),
        fromCountry: from,
        toCountry: to,
        recipient: `Recipient ${i % 500}`,
        gdprMechanism: chance(0.98) ? pick(['scc', 'adequacy', 'bcr'] as const) : 'none',
        piplMechanism: chance(0.98) ? pick(['standard_contract', 'certification', 'exempt'] as const) : 'none',
        standardContractFiledOn: '2025-09-01',
        volume: Math.floor(next() * 200_000),
      }, AT, AT);
    }
    db.prepare('UPDATE inventory_rules SET max_retention_months = 120 WHERE id = 1').run();
    const retention = db.prepare('INSERT INTO inventory_category_retention (category_id, max_months, position) VALUES (?, ?, ?)');
    categoryIds.slice(0, 3).forEach((id, position) => retention.run(id, 36, position));
  }).immediate();
  db.pragma('optimize');
}

try {
  const created = await call('workspace.create', { directory: dir, name: 'Bench', passphrase: PASSPHRASE });
  await call('organisation.update', {
    legalName: 'Bench Health Ltd',
    tradingName: '',
    registeredAddress: '',
    country: 'IE',
    industry: '',
    employeeCount: null,
    dpoName: '',
    dpoEmail: '',
    euRepresentative: '',
    jurisdictions: ['gdpr', 'ccpa', 'pipl'],
  });
  await call('workspace.close', {});
  const file = join(created.path, 'workspace.db');
  const db = openSqlCipher(file, parseRecoveryKey(created.recoveryKey)!);
  applyConnectionPragmas(db);
  populate(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  assertEncryption(file, true);

  await call('workspace.open', { path: created.path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  // Warm-up: the first read decrypts the pages into the cache, as the first screen after unlock does.
  const findings = await call('inventory.findings', {});
  const kinds = new Set(findings.map((f) => f.kind));
  if (findings.length === 0 || kinds.size < 10) throw new Error(`unexpected findings: ${findings.length} of ${kinds.size} kinds`);
  process.stdout.write(`# ${findings.length} findings of ${kinds.size} kinds over ${ACTIVITIES} activities\n`);

  const samples: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    collectGarbage();
    const start = now();
    const used = process.cpuUsage();
    await call('inventory.findings', {});
    samples.push(elapsedMs(start));
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  report('findings_compute_ms', median(samples), 'ms', { kind: 'max', limit: 200 });
  report('findings_compute_p95_ms', percentile(samples, 95), 'ms');
  report('findings_compute_cpu_ms', median(cpu), 'ms');
} finally {
  await backend.dispose();
}
