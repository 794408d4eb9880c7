// Controls as the workspace sees them: the shipped catalog joined with what people decided
// (workspace_controls), the risks that name a control as treatment (risk_controls, when the risk
// register exists) and the evidence linked to it directly or through the SOC 2 ↔ ISO crosswalk.
// Pure functions over a db handle; the exporters use listControlRows for the Statement of
// Applicability.
import {
  INCLUSION_REASONS,
  type ControlRow,
  type Freshness,
  type FrameworkSettings,
  type ImplementationStatus,
  type InclusionReason,
} from '../../../shared/contract';
import { isoTargetsFor, listControls, soc2CriteriaFor, SOC2_GROUP_INFO, type FrameworkControl, type Soc2Group } from '../../../shared/frameworks';
import type { Db } from '../workspace/sqlcipher';
import { addDays } from './calendar-dates';
import { readFrameworkSettings } from './framework-settings';

export type FrameworkKey = 'iso27001' | 'soc2';

export interface ControlKey {
  framework: FrameworkKey;
  controlId: string;
}

/** Stands in for "never expires" so that expiry dates compare as text. */
export const NO_EXPIRY = '9999-12-31';
const BEGINNING = '0000-01-01';

// ---------------------------------------------------------------------------------------------
// The catalog in workspace ids

export interface CatalogEntry {
  /** As the workspace and the contract write it: `A.5.1` for Annex A, `CC6.1` for SOC 2. */
  controlId: string;
  control: FrameworkControl;
}

function workspaceId(control: FrameworkControl): string {
  return control.framework === 'iso27001' ? `A.${control.id}` : control.id;
}

const CATALOG: Readonly<Record<FrameworkKey, readonly CatalogEntry[]>> = {
  iso27001: listControls('iso27001').map((control) => ({ controlId: workspaceId(control), control })),
  soc2: listControls('soc2').map((control) => ({ controlId: workspaceId(control), control })),
};

const CATALOG_BY_ID: Readonly<Record<FrameworkKey, ReadonlyMap<string, CatalogEntry>>> = {
  iso27001: new Map(CATALOG.iso27001.map((entry) => [entry.controlId, entry])),
  soc2: new Map(CATALOG.soc2.map((entry) => [entry.controlId, entry])),
};

/** Every control of a framework in catalog order, with workspace ids. */
export function catalogEntries(framework: FrameworkKey): readonly CatalogEntry[] {
  return CATALOG[framework];
}

/** The catalog control for a workspace id; ISO ids must carry `A.` (clause `5.1` is not control `A.5.1`). */
export function findCatalogControl(framework: FrameworkKey, controlId: string): CatalogEntry | undefined {
  return CATALOG_BY_ID[framework].get(controlId);
}

/** The ISO theme or SOC 2 group a control belongs to, for coverage by group. */
export function controlGroup(entry: CatalogEntry): string {
  return entry.control.group;
}

export function isInSoc2Scope(entry: CatalogEntry, settings: FrameworkSettings): boolean {
  const category = SOC2_GROUP_INFO[entry.control.group as Soc2Group].category;
  return (settings.soc2Categories as readonly string[]).includes(category);
}

// ---------------------------------------------------------------------------------------------
// Crosswalk: which controls of the other framework lend their evidence to a control

const PEERS = new Map<string, readonly ControlKey[]>();
for (const { controlId } of CATALOG.iso27001) {
  PEERS.set(`iso27001|${controlId}`, soc2CriteriaFor(controlId).map((id) => ({ framework: 'soc2' as const, controlId: id })));
}
for (const { controlId } of CATALOG.soc2) {
  // Clause targets (6.1.3 …) are requirements of the management system, not controls in the workspace.
  const targets = isoTargetsFor(controlId).filter((target) => target.kind === 'annex-a' && CATALOG_BY_ID.iso27001.has(target.ref));
  PEERS.set(`soc2|${controlId}`, targets.map((target) => ({ framework: 'iso27001' as const, controlId: target.ref })));
}

/** Controls of the other framework mapped to this one by the crosswalk. */
export function crosswalkPeers(framework: FrameworkKey, controlId: string): readonly ControlKey[] {
  return PEERS.get(`${framework}|${controlId}`) ?? [];
}

// ---------------------------------------------------------------------------------------------
// What people decided (workspace_controls)

export interface ControlDecision {
  /** ISO only; null for SOC 2, whose scope comes from the framework settings. */
  applicable: boolean | null;
  justification: string;
  inclusionReasons: InclusionReason[];
  status: ImplementationStatus;
  owner: string;
  notes: string;
  reviewDate: string | null;
}

export interface StoredControl extends ControlDecision {
  updatedAt: string | null;
}

interface ControlTableRow {
  control_id: string;
  applicable: number | null;
  justification: string;
  inclusion_reasons: string;
  status: ImplementationStatus;
  owner: string;
  notes: string;
  review_date: string | null;
  updated_at: string;
}

export function defaultDecision(framework: FrameworkKey): StoredControl {
  return {
    applicable: framework === 'iso27001' ? true : null,
    justification: '',
    inclusionReasons: [],
    status: 'not_started',
    owner: '',
    notes: '',
    reviewDate: null,
    updatedAt: null,
  };
}

function sortReasons(reasons: Iterable<string>): InclusionReason[] {
  const wanted = new Set(reasons);
  return INCLUSION_REASONS.filter((reason) => wanted.has(reason));
}

function fromTable(row: ControlTableRow): StoredControl {
  let reasons: unknown = [];
  try {
    reasons = JSON.parse(row.inclusion_reasons);
  } catch {
    // The column is CHECKed as a JSON array; a damaged value reads as no reasons.
  }
  return {
    applicable: row.applicable === null ? null : row.applicable === 1,
    justification: row.justification,
    inclusionReasons: sortReasons(Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : []),
    status: row.status,
    owner: row.owner,
    notes: row.notes,
    reviewDate: row.review_date,
    updatedAt: row.updated_at,
  };
}

const CONTROL_COLUMNS = 'control_id, applicable, justification, inclusion_reasons, status, owner, notes, review_date, updated_at';

export function readStoredControls(db: Db, framework: FrameworkKey): Map<string, StoredControl> {
  const rows = db.prepare<[string], ControlTableRow>(`SELECT ${CONTROL_COLUMNS} FROM workspace_controls WHERE framework = ?`).all(framework);
  return new Map(rows.map((row) => [row.control_id, fromTable(row)]));
}

export function readStoredControl(db: Db, framework: FrameworkKey, controlId: string): StoredControl {
  const row = db.prepare<[string, string], ControlTableRow>(`SELECT ${CONTROL_COLUMNS} FROM workspace_controls WHERE framework = ? AND control_id = ?`).get(framework, controlId);
  return row ? fromTable(row) : defaultDecision(framework);
}

export function saveControlDecision(db: Db, key: ControlKey, decision: ControlDecision, at: string): void {
  db.prepare(
    `INSERT INTO workspace_controls (framework, control_id, applicable, justification, inclusion_reasons, status, owner, notes, review_date, updated_at)
     VALUES (@framework, @controlId, @applicable, @justification, @inclusionReasons, @status, @owner, @notes, @reviewDate, @at)
     ON CONFLICT (framework, control_id) DO UPDATE SET applicable = excluded.applicable, justification = excluded.justification,
       inclusion_reasons = excluded.inclusion_reasons, status = excluded.status, owner = excluded.owner, notes = excluded.notes,
       review_date = excluded.review_date, updated_at = excluded.updated_at`,
  ).run({
    framework: key.framework,
    controlId: key.controlId,
    applicable: key.framework === 'iso27001' ? (decision.applicable === false ? 0 : 1) : null,
    justification: decision.justification,
    inclusionReasons: JSON.stringify(sortReasons(decision.inclusionReasons)),
    status: decision.status,
    owner: decision.owner,
    notes: decision.notes,
    reviewDate: decision.reviewDate,
    at,
  });
}

// ---------------------------------------------------------------------------------------------
// Risks that name a control as treatment. The risk register arrives in a later migration, and a
// workspace may be read by code that predates it: every query checks that the tables are there.

export function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(name) !== undefined;
}

function hasColumns(db: Db, table: string, columns: readonly string[]): boolean {
  const present = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
  return columns.every((column) => present.has(column));
}

function riskControlsReadable(db: Db): boolean {
  return tableExists(db, 'risk_controls') && hasColumns(db, 'risk_controls', ['risk_id', 'framework', 'control_id']);
}

export function treatingRiskCounts(db: Db, framework: FrameworkKey): Map<string, number> {
  if (!riskControlsReadable(db)) return new Map();
  const rows = db
    .prepare<[string], { control_id: string; risks: number }>('SELECT control_id, count(DISTINCT risk_id) AS risks FROM risk_controls WHERE framework = ? GROUP BY control_id')
    .all(framework);
  return new Map(rows.map((row) => [row.control_id, row.risks]));
}

export interface TreatedRisk {
  id: string;
  ref: string;
  title: string;
  residualScore: number;
}

export function treatedRisks(db: Db, key: ControlKey): TreatedRisk[] {
  if (!riskControlsReadable(db) || !tableExists(db, 'risks') || !hasColumns(db, 'risks', ['id', 'ref', 'title', 'residual_likelihood', 'residual_impact'])) return [];
  return db
    .prepare<[string, string], TreatedRisk>(
      `SELECT DISTINCT r.id AS id, r.ref AS ref, r.title AS title, r.residual_likelihood * r.residual_impact AS residualScore
       FROM risk_controls rc JOIN risks r ON r.id = rc.risk_id
       WHERE rc.framework = ? AND rc.control_id = ?
       ORDER BY r.ref`,
    )
    .all(key.framework, key.controlId);
}

// ---------------------------------------------------------------------------------------------
// Evidence per control

/** Which evidence covers a control: effective in [coverFrom, coverTo] and not expired before validFrom. */
export interface CoverageWindow {
  coverFrom: string;
  coverTo: string;
  validFrom: string;
}

/** Point-in-time coverage: evidence in effect on `date`. */
export function coverageOn(date: string): CoverageWindow {
  return { coverFrom: BEGINNING, coverTo: date, validFrom: date };
}

export interface EvidenceAggregate {
  count: number;
  /** The latest expiry among links in effect today (NO_EXPIRY when one never expires); null if none is. */
  bestExpiry: string | null;
  latestEffective: string | null;
  /** Links that satisfy the coverage window. */
  covered: number;
}

const EMPTY_AGGREGATE: EvidenceAggregate = Object.freeze({ count: 0, bestExpiry: null, latestEffective: null, covered: 0 });

const AGGREGATE_COLUMNS = `count(*) AS count,
  max(CASE WHEN effective_date <= @today THEN coalesce(expiry_date, '${NO_EXPIRY}') END) AS bestExpiry,
  max(CASE WHEN effective_date <= @today THEN effective_date END) AS latestEffective,
  coalesce(sum(effective_date BETWEEN @coverFrom AND @coverTo AND coalesce(expiry_date, '${NO_EXPIRY}') >= @validFrom), 0) AS covered`;

type AggregateRow = EvidenceAggregate & { framework: FrameworkKey; controlId: string };

/** Every control's own links, aggregated in one pass over the covering index. Keyed `framework|controlId`. */
export function evidenceAggregates(db: Db, today: string, window: CoverageWindow = coverageOn(today)): Map<string, EvidenceAggregate> {
  const rows = db
    .prepare<[Record<string, string>], AggregateRow>(`SELECT framework, control_id AS controlId, ${AGGREGATE_COLUMNS} FROM evidence_links GROUP BY framework, control_id`)
    .all({ today, ...window });
  return new Map(rows.map(({ framework, controlId, ...aggregate }) => [`${framework}|${controlId}`, aggregate]));
}

/** The aggregates of one control and its crosswalk peers only. */
export function evidenceAggregatesFor(db: Db, key: ControlKey, today: string, window: CoverageWindow = coverageOn(today)): Map<string, EvidenceAggregate> {
  const statement = db.prepare<[Record<string, string>], EvidenceAggregate>(
    `SELECT ${AGGREGATE_COLUMNS} FROM evidence_links WHERE framework = @framework AND control_id = @controlId`,
  );
  const result = new Map<string, EvidenceAggregate>();
  for (const one of [key, ...crosswalkPeers(key.framework, key.controlId)]) {
    const row = statement.get({ today, ...window, framework: one.framework, controlId: one.controlId });
    if (row && row.count > 0) result.set(`${one.framework}|${one.controlId}`, row);
  }
  return result;
}

function maxText(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** A control's evidence: its own links plus those of its crosswalk peers. */
export function controlEvidence(aggregates: ReadonlyMap<string, EvidenceAggregate>, key: ControlKey): EvidenceAggregate {
  let result = aggregates.get(`${key.framework}|${key.controlId}`) ?? EMPTY_AGGREGATE;
  for (const peer of crosswalkPeers(key.framework, key.controlId)) {
    const other = aggregates.get(`${peer.framework}|${peer.controlId}`);
    if (!other) continue;
    result = {
      count: result.count + other.count,
      bestExpiry: maxText(result.bestExpiry, other.bestExpiry),
      latestEffective: maxText(result.latestEffective, other.latestEffective),
      covered: result.covered + other.covered,
    };
  }
  return result;
}

/**
 * missing: nothing in effect; expired: everything in effect has expired; expiring: the longest-lived
 * piece expires within the warning window; current otherwise. An expiry date is the last valid day.
 */
export function freshnessOf(bestExpiry: string | null, today: string, expiringWithinDays: number): Freshness {
  if (bestExpiry === null) return 'missing';
  if (bestExpiry < today) return 'expired';
  if (bestExpiry <= addDays(today, expiringWithinDays)) return 'expiring';
  return 'current';
}

/** The freshness of one link; a link not yet effective is judged by its expiry alone. */
export function linkFreshness(expiryDate: string | null, today: string, expiringWithinDays: number): Exclude<Freshness, 'missing'> {
  const freshness = freshnessOf(expiryDate ?? NO_EXPIRY, today, expiringWithinDays);
  return freshness === 'missing' ? 'current' : freshness;
}

// ---------------------------------------------------------------------------------------------
// Rows

export interface RowInputs {
  settings: FrameworkSettings;
  stored: StoredControl;
  treatingRiskCount: number;
  evidence: EvidenceAggregate;
  today: string;
}

export function isApplicable(entry: CatalogEntry, stored: ControlDecision, settings: FrameworkSettings): boolean {
  return entry.control.framework === 'iso27001' ? stored.applicable !== false : isInSoc2Scope(entry, settings);
}

export function toControlRow(entry: CatalogEntry, { settings, stored, treatingRiskCount, evidence, today }: RowInputs): ControlRow {
  const reasons = treatingRiskCount > 0 ? sortReasons([...stored.inclusionReasons, 'risk_treatment']) : stored.inclusionReasons;
  return {
    framework: entry.control.framework,
    controlId: entry.controlId,
    applicable: isApplicable(entry, stored, settings),
    justification: stored.justification,
    inclusionReasons: reasons,
    treatingRiskCount,
    status: stored.status,
    owner: stored.owner,
    notes: stored.notes,
    reviewDate: stored.reviewDate,
    updatedAt: stored.updatedAt,
    evidence: {
      count: evidence.count,
      freshness: freshnessOf(evidence.bestExpiry, today, settings.expiringWithinDays),
      latestEffective: evidence.latestEffective,
    },
  };
}

/** Every control of a framework, in catalog order, as of `today` (YYYY-MM-DD). */
export function listControlRows(db: Db, framework: 'iso27001' | 'soc2', today: string): ControlRow[] {
  const settings = readFrameworkSettings(db);
  const stored = readStoredControls(db, framework);
  const risks = treatingRiskCounts(db, framework);
  const aggregates = evidenceAggregates(db, today);
  return catalogEntries(framework).map((entry) =>
    toControlRow(entry, {
      settings,
      stored: stored.get(entry.controlId) ?? defaultDecision(framework),
      treatingRiskCount: risks.get(entry.controlId) ?? 0,
      evidence: controlEvidence(aggregates, { framework, controlId: entry.controlId }),
      today,
    }),
  );
}

/** One control's row, reading only its own and its peers' evidence. */
export function getControlRow(db: Db, entry: CatalogEntry, today: string): ControlRow {
  const key: ControlKey = { framework: entry.control.framework, controlId: entry.controlId };
  return toControlRow(entry, {
    settings: readFrameworkSettings(db),
    stored: readStoredControl(db, key.framework, key.controlId),
    treatingRiskCount: treatingRiskCounts(db, key.framework).get(key.controlId) ?? 0,
    evidence: controlEvidence(evidenceAggregatesFor(db, key, today), key),
    today,
  });
}
