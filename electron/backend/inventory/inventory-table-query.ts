// Queries behind the inventory's large tables: one page of processing activities, filtered and
// sorted, with the number that match. SQL computes a narrow projection of every activity (the text
// it is found by, its enums, and a bitmask of its findings: the findings engine's activity rules
// written as SQL conditions) and, per sort key and direction, the order of all activities; both are
// kept for the open connection until the database changes. A query then only walks that order and
// tests each row, so scrolling, sorting and filtering a 100,000-row table costs milliseconds. The
// rows returned are read in full from SQL, with their findings from the engine itself
// (inventory-findings.ts stays the reference). One record's findings are computed the same way, from
// the few records they depend on.
import type { ActivityFilter, ActivityPage, ActivityQuery, ActivitySortKey, DataCategory, FindingKind, InventoryFinding, ProcessingActivity, Sensitivity, Transfer, Vendor } from '../../../shared/contract';
import { AppError, DATA_SOURCES, FINDING_KINDS, GDPR_BASES, type INVENTORY_RECORD_TYPES, PIPL_BASES, PROCESSING_ROLES } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';
import { assessmentSuggestions, computeFindings, type FindingContext, LARGE_VOLUME } from './inventory-findings';
import { ACTIVITY, DATA_CATEGORY, getRecord, type InventoryEntity, type InventorySnapshot, listRecords, listSystems, type StoredActivity, type StoredRecord, SUBJECT_CATEGORY, SYSTEM, TRANSFER, VENDOR, withVendorSystems } from './inventory-queries';

type Row = Record<string, unknown>;

const SORT_COLUMNS: Record<ActivitySortKey, string> = {
  name: 'a.name COLLATE NOCASE',
  role: 'a.role',
  owner: 'a.owner COLLATE NOCASE',
  gdprBasis: 'a.gdpr_basis',
  piplBasis: 'a.pipl_basis',
  source: 'a.source',
  retentionMonths: 'a.retention_months',
  volumeEstimate: 'a.volume_estimate',
  reviewDate: 'a.review_date',
  updatedAt: 'a.updated_at',
};

/** Named parameters for one statement; each value is bound once and referred to by name. */
class Params {
  readonly values: Record<string, unknown> = {};
  bind(name: string, value: unknown): string {
    this.values[name] = value;
    return `@${name}`;
  }
}

const GDPR_SPECIAL: readonly Sensitivity[] = ['gdpr_art9', 'gdpr_art10'];
const PIPL_SENSITIVE: readonly Sensitivity[] = ['pipl_sensitive', 'pipl_minor_under_14'];

/**
 * The SQL condition, on an activity row `a`, of each activity finding kind (the rules of
 * inventory-findings.ts' activityFindings). Kinds that cannot apply under the jurisdictions are
 * absent.
 */
export function activityFindingConditions(db: Db, context: FindingContext, params: Params): Partial<Record<FindingKind, string>> {
  const jurisdictions = context.jurisdictions;
  const largeVolume = context.rules?.largeVolume ?? LARGE_VOLUME;
  const categories = db.prepare<[], { id: string; sensitivity: string }>('SELECT id, sensitivity FROM inventory_data_categories').all();
  const withAny = (name: string, wanted: readonly Sensitivity[]) => {
    const ids = categories.filter((c) => (JSON.parse(c.sensitivity) as Sensitivity[]).some((s) => wanted.includes(s))).map((c) => c.id);
    if (ids.length === 0) return '0';
    return `a.id IN (SELECT activity_id FROM inventory_activity_categories WHERE category_id IN (SELECT value FROM json_each(${params.bind(name, JSON.stringify(ids))})))`;
  };
  const gdpr = jurisdictions.includes('gdpr');
  const pipl = jurisdictions.includes('pipl');
  const conditions: Partial<Record<FindingKind, string>> = { retention_missing: 'a.retention_months IS NULL' };
  // Longer than the rules allow: over the workspace maximum or over the maximum of one of its categories.
  const exceeded: string[] = [];
  const maxRetention = context.rules?.maxRetentionMonths ?? null;
  if (maxRetention !== null) exceeded.push(`a.retention_months > ${params.bind('maxRetention', maxRetention)}`);
  const categoryRetention = context.rules?.categoryRetention;
  if (categoryRetention && categoryRetention.size > 0) {
    const limits = params.bind('categoryRetention', JSON.stringify(Object.fromEntries(categoryRetention)));
    exceeded.push(
      `a.id IN (SELECT ac.activity_id FROM inventory_activity_categories ac JOIN json_each(${limits}) r ON r.key = ac.category_id JOIN inventory_activities x ON x.id = ac.activity_id WHERE x.retention_months > r.value)`,
    );
  }
  if (exceeded.length > 0) conditions.retention_exceeded = `(a.retention_months IS NOT NULL AND (${exceeded.join(' OR ')}))`;
  // A signed-off assessment counts as completed.
  const notAssessed = (name: string, ids: ReadonlySet<string> | undefined) => (ids && ids.size > 0 ? ` AND a.id NOT IN (SELECT value FROM json_each(${params.bind(name, JSON.stringify([...ids]))}))` : '');
  if (gdpr) {
    conditions.activity_without_gdpr_basis = 'a.gdpr_basis IS NULL';
    conditions.activity_without_art9_condition = `(a.gdpr_art9_condition IS NULL AND ${withAny('art9', ['gdpr_art9'])})`;
    const suggested = `(${withAny('gdprSpecial', GDPR_SPECIAL)} OR a.automated_decisions = 1 OR a.volume_estimate >= ${params.bind('largeVolume', largeVolume)})`;
    conditions.dpia_missing = `(a.dpia_completed_on IS NULL AND COALESCE(a.dpia_override, ${suggested})${notAssessed('dpiaAssessed', context.assessed?.dpia)})`;
  }
  if (pipl) {
    const sensitive = withAny('piplSensitive', PIPL_SENSITIVE);
    conditions.activity_without_pipl_basis = 'a.pipl_basis IS NULL';
    conditions.activity_without_separate_consent = `(a.separate_consent = 0 AND (a.pipl_basis IS NULL OR a.pipl_basis = '1') AND ${sensitive})`;
    const crossBorder = "a.id IN (SELECT activity_id FROM inventory_transfers WHERE from_country = 'CN' AND to_country <> 'CN')";
    const suggested = `(${sensitive} OR a.automated_decisions = 1 OR a.sold = 1 OR a.shared = 1 OR ${crossBorder} OR a.volume_estimate >= ${params.bind('largeVolume', largeVolume)})`;
    conditions.pipia_missing = `(a.pipia_completed_on IS NULL AND COALESCE(a.pipia_override, ${suggested})${notAssessed('pipiaAssessed', context.assessed?.pipia)})`;
  }
  return conditions;
}

const FINDING_BIT: Readonly<Record<FindingKind, number>> = Object.fromEntries(FINDING_KINDS.map((kind, index) => [kind, 1 << index])) as Record<FindingKind, number>;

interface Projection {
  version: string;
  jurisdictions: string;
  ids: string[];
  positions: Map<string, number>;
  /** Each position's rowid, and the position of each rowid. */
  rowidAt: Float64Array;
  rowids: Map<number, number>;
  /** Every activity's name, purpose and owner, lower-cased, one after the other (for the text filter). */
  haystack: string;
  /** Where each position's text starts in the haystack. */
  starts: Int32Array;
  /** Enum columns as codes: the value's index in its list (for the nullable ones, + 1, and 0 for null). */
  role: Uint8Array;
  source: Uint8Array;
  gdprBasis: Uint8Array;
  piplBasis: Uint8Array;
  findings: Int32Array;
  orders: Map<string, Int32Array>;
  /** The positions matching recent filters, in their sort's order (scrolling asks for the same one again and again). */
  matches: Map<string, Int32Array>;
}

const CACHED_MATCHES = 8;
/** Separates the activities' texts in the haystack; a filter text never contains it. */
const SEPARATOR = '\u0000';

const projections = new WeakMap<Db, Projection>();

/** Changes on this connection, and on any other since it opened. */
function dataVersion(db: Db): string {
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()!.n;
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}

const code = (list: readonly string[], value: string) => list.indexOf(value);
const nullableCode = (list: readonly string[], value: string | null) => (value === null ? 0 : list.indexOf(value) + 1);

/** What, besides the data, decides the findings: the jurisdictions, the rules and the signed-off assessments. */
function contextKey(context: FindingContext): string {
  const rules = context.rules;
  return JSON.stringify([
    [...context.jurisdictions].sort(),
    rules ? [rules.largeVolume, rules.maxRetentionMonths, [...rules.categoryRetention].sort()] : null,
    context.assessed ? [[...context.assessed.dpia].sort(), [...context.assessed.pipia].sort()] : null,
  ]);
}

function projection(db: Db, context: FindingContext): Projection {
  const version = dataVersion(db);
  const key = contextKey(context);
  const cached = projections.get(db);
  if (cached && cached.version === version && cached.jurisdictions === key) return cached;
  const params = new Params();
  const conditions = activityFindingConditions(db, context, params);
  const bits = Object.entries(conditions).map(([kind, condition]) => `(CASE WHEN ${condition} THEN ${FINDING_BIT[kind as FindingKind]} ELSE 0 END)`);
  const rows = db
    .prepare<Record<string, unknown>, { rowid: number; id: string; name: string; purpose: string; owner: string; role: string; source: string; gdpr_basis: string | null; pipl_basis: string | null; findings: number }>(
      `SELECT a.rowid AS rowid, a.id, a.name, a.purpose, a.owner, a.role, a.source, a.gdpr_basis, a.pipl_basis, (${bits.join(' | ') || '0'}) AS findings FROM inventory_activities a`,
    )
    .all(params.values);
  const n = rows.length;
  const p: Projection = {
    version,
    jurisdictions: key,
    ids: new Array<string>(n),
    positions: new Map(),
    rowidAt: new Float64Array(n),
    rowids: new Map(),
    haystack: '',
    starts: new Int32Array(n + 1),
    role: new Uint8Array(n),
    source: new Uint8Array(n),
    gdprBasis: new Uint8Array(n),
    piplBasis: new Uint8Array(n),
    findings: new Int32Array(n),
    orders: new Map(),
    matches: new Map(),
  };
  const texts = new Array<string>(n);
  let offset = 0;
  rows.forEach((row, i) => {
    p.ids[i] = row.id;
    p.positions.set(row.id, i);
    p.rowidAt[i] = row.rowid;
    p.rowids.set(row.rowid, i);
    const text = `${row.name}\n${row.purpose}\n${row.owner}`.toLocaleLowerCase().replaceAll(SEPARATOR, ' ');
    texts[i] = text;
    p.starts[i] = offset;
    offset += text.length + 1;
    p.role[i] = code(PROCESSING_ROLES, row.role);
    p.source[i] = code(DATA_SOURCES, row.source);
    p.gdprBasis[i] = nullableCode(GDPR_BASES, row.gdpr_basis);
    p.piplBasis[i] = nullableCode(PIPL_BASES, row.pipl_basis);
    p.findings[i] = row.findings;
  });
  p.starts[n] = offset;
  p.haystack = texts.join(SEPARATOR) + SEPARATOR;
  projections.set(db, p);
  return p;
}


/** Positions in the projection, in the sort's order (ties by id), computed by SQL once per change. */
function orderOf(db: Db, p: Projection, sort: ActivityQuery['sort']): Int32Array {
  const key = `${sort.key}:${sort.direction}`;
  const cached = p.orders.get(key);
  if (cached) return cached;
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  const rowids = db.prepare<[], { rowid: number }>(`SELECT a.rowid AS rowid FROM inventory_activities a ORDER BY ${SORT_COLUMNS[sort.key]} ${direction} NULLS LAST, a.id ${direction}`).all();
  const order = new Int32Array(rowids.length);
  rowids.forEach((row, i) => {
    order[i] = p.rowids.get(row.rowid)!;
  });
  p.orders.set(key, order);
  return order;
}

/** Clears the mark of every position whose activity is not linked to the record. */
function keepLinked(db: Db, p: Projection, ok: Uint8Array, table: string, column: string, id: string): void {
  const linked = new Uint8Array(ok.length);
  for (const row of db.prepare<[string], { id: string }>(`SELECT activity_id AS id FROM ${table} WHERE ${column} = ?`).all(id)) {
    const position = p.positions.get(row.id);
    if (position !== undefined) linked[position] = 1;
  }
  for (let i = 0; i < ok.length; i++) ok[i]! &= linked[i]!;
}

function keepCode(ok: Uint8Array, codes: Uint8Array, wanted: number): void {
  for (let i = 0; i < ok.length; i++) if (codes[i] !== wanted) ok[i] = 0;
}

/** Clears the mark of every position whose text does not contain `needle` (found with indexOf over all texts at once). */
function keepText(p: Projection, ok: Uint8Array, needle: string): void {
  const found = new Uint8Array(ok.length);
  let from = 0;
  let position = 0;
  for (;;) {
    const at = p.haystack.indexOf(needle, from);
    if (at < 0) break;
    while (p.starts[position + 1]! <= at) position++;
    found[position] = 1;
    // The next match of interest is in the next activity's text.
    from = p.starts[position + 1]!;
  }
  for (let i = 0; i < ok.length; i++) ok[i]! &= found[i]!;
}

/** A mark per position: 1 where the activity passes the filter; null when the filter lets every row through. */
function filterMarks(db: Db, p: Projection, filter: ActivityFilter): Uint8Array | null {
  const text = filter.text?.toLocaleLowerCase().replaceAll(SEPARATOR, ' ');
  const active = Boolean(text) || filter.role || filter.source || filter.gdprBasis || filter.piplBasis || filter.dataCategoryId || filter.systemId || filter.findingKind || filter.hasFinding !== undefined;
  if (!active) return null;
  const ok = new Uint8Array(p.ids.length).fill(1);
  if (filter.role) keepCode(ok, p.role, code(PROCESSING_ROLES, filter.role));
  if (filter.source) keepCode(ok, p.source, code(DATA_SOURCES, filter.source));
  if (filter.gdprBasis) keepCode(ok, p.gdprBasis, filter.gdprBasis === 'none' ? 0 : nullableCode(GDPR_BASES, filter.gdprBasis));
  if (filter.piplBasis) keepCode(ok, p.piplBasis, filter.piplBasis === 'none' ? 0 : nullableCode(PIPL_BASES, filter.piplBasis));
  if (filter.findingKind) {
    const bit = FINDING_BIT[filter.findingKind];
    for (let i = 0; i < ok.length; i++) if ((p.findings[i]! & bit) === 0) ok[i] = 0;
  }
  if (filter.hasFinding !== undefined) {
    const wanted = filter.hasFinding;
    for (let i = 0; i < ok.length; i++) if ((p.findings[i] !== 0) !== wanted) ok[i] = 0;
  }
  if (filter.dataCategoryId) keepLinked(db, p, ok, 'inventory_activity_categories', 'category_id', filter.dataCategoryId);
  if (filter.systemId) keepLinked(db, p, ok, 'inventory_activity_systems', 'system_id', filter.systemId);
  if (text) keepText(p, ok, text);
  return ok;
}

/** The positions matching the filter, in the sort's order. */
function matching(db: Db, p: Projection, query: ActivityQuery): Int32Array {
  const order = orderOf(db, p, query.sort);
  const key = JSON.stringify([query.filter, query.sort]);
  const cached = p.matches.get(key);
  if (cached) {
    // Most recently used last.
    p.matches.delete(key);
    p.matches.set(key, cached);
    return cached;
  }
  const marks = filterMarks(db, p, query.filter);
  let result: Int32Array;
  if (!marks) result = order;
  else {
    const found = new Int32Array(order.length);
    let count = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (marks[i]) found[count++] = i;
    }
    result = found.subarray(0, count);
  }
  p.matches.set(key, result);
  if (p.matches.size > CACHED_MATCHES) p.matches.delete(p.matches.keys().next().value!);
  return result;
}

function fromColumn(kind: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value === 1 || value === 1n;
  if (kind === 'json') return JSON.parse(value as string) as unknown;
  if (kind === 'int') return Number(value);
  return value;
}

/** The activities of `rows` with their links, as listRecords returns them. */
function activitiesOf(db: Db, rows: readonly Row[]): StoredActivity[] {
  const ids = JSON.stringify(rows.map((row) => row.id));
  const links = ACTIVITY.links.map((link) => {
    const byOwner = new Map<string, string[]>();
    const sql = `SELECT ${link.ownerColumn} AS owner, ${link.targetColumn} AS target FROM ${link.table} WHERE ${link.ownerColumn} IN (SELECT value FROM json_each(?)) ORDER BY ${link.ownerColumn}, position`;
    for (const row of db.prepare<[string], { owner: string; target: string }>(sql).all(ids)) {
      const list = byOwner.get(row.owner);
      if (list) list.push(row.target);
      else byOwner.set(row.owner, [row.target]);
    }
    return byOwner;
  });
  return rows.map((row) => {
    const id = row.id as string;
    const record: StoredRecord = { id, createdAt: row.created_at as string, updatedAt: row.updated_at as string };
    for (const column of ACTIVITY.columns) record[column.field] = fromColumn(column.kind, row[column.column]);
    ACTIVITY.links.forEach((link, index) => {
      record[link.field] = links[index]!.get(id) ?? [];
    });
    return record as unknown as StoredActivity;
  });
}

function getTransfers(db: Db, activityIds: readonly string[]): StoredRecord[] {
  const ids = db.prepare<[string], { id: string }>('SELECT id FROM inventory_transfers WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(activityIds));
  return ids.map((row) => getRecord(db, TRANSFER, row.id)!);
}

function emptySnapshot(db: Db): InventorySnapshot {
  return { systems: [], dataCategories: listRecords(db, DATA_CATEGORY) as unknown as DataCategory[], subjectCategories: [], activities: [], vendors: [], transfers: [] };
}

/** The activities with their suggestions and findings, computed by the engine from just what they depend on. */
function withFindings(db: Db, activities: StoredActivity[], context: FindingContext): (ProcessingActivity & { findings: FindingKind[] })[] {
  const snapshot: InventorySnapshot = { ...emptySnapshot(db), activities, transfers: getTransfers(db, activities.map((a) => a.id)) as unknown as Transfer[] };
  const byActivity = new Map<string, FindingKind[]>();
  for (const finding of computeFindings(snapshot, context)) {
    if (finding.recordType !== 'processing_activity') continue;
    const list = byActivity.get(finding.recordId);
    if (list) list.push(finding.kind);
    else byActivity.set(finding.recordId, [finding.kind]);
  }
  return activities.map((activity) => {
    const { dpia, pipia } = assessmentSuggestions(snapshot, activity, context.rules);
    return { ...activity, dpiaSuggested: dpia, pipiaSuggested: pipia, findings: byActivity.get(activity.id) ?? [] };
  });
}

export function queryActivities(db: Db, query: ActivityQuery, context: FindingContext): ActivityPage {
  const p = projection(db, context);
  const matches = matching(db, p, query);
  const page = matches.subarray(query.offset, query.offset + query.limit);
  if (page.length === 0) return { total: matches.length, rows: [] };
  const byRowid = db.prepare<[number], Row>('SELECT * FROM inventory_activities WHERE rowid = ?');
  const rows = Array.from(page, (i) => byRowid.get(p.rowidAt[i]!)!);
  return { total: matches.length, rows: withFindings(db, activitiesOf(db, rows), context) };
}

export function getActivity(db: Db, id: string, context: FindingContext): ProcessingActivity {
  const row = db.prepare<[string], Row>('SELECT * FROM inventory_activities WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', 'no such processing_activity', { entity: 'processing_activity', id });
  const { findings: _findings, ...activity } = withFindings(db, activitiesOf(db, [row]), context)[0]!;
  return activity;
}

const ENTITIES: Record<(typeof INVENTORY_RECORD_TYPES)[number], InventoryEntity> = {
  system: SYSTEM,
  data_category: DATA_CATEGORY,
  subject_category: SUBJECT_CATEGORY,
  processing_activity: ACTIVITY,
  vendor: VENDOR,
  transfer: TRANSFER,
};

/** The findings of one record: the engine over that record and the records its findings read. */
export function findingsOfRecord(db: Db, recordType: (typeof INVENTORY_RECORD_TYPES)[number], id: string, context: FindingContext): InventoryFinding[] {
  const entity = ENTITIES[recordType];
  const record = getRecord(db, entity, id);
  if (!record) throw new AppError('NOT_FOUND', `no such ${recordType}`, { entity: recordType, id });
  const snapshot = emptySnapshot(db);
  switch (recordType) {
    case 'system':
      snapshot.systems = [record as never];
      break;
    case 'data_category': {
      // Used by any activity is all that matters; one user is enough to know.
      const user = db.prepare<[string], { activity_id: string }>('SELECT activity_id FROM inventory_activity_categories WHERE category_id = ? LIMIT 1').get(id);
      if (user) snapshot.activities = [{ ...(getRecord(db, ACTIVITY, user.activity_id) as unknown as StoredActivity), dataCategoryIds: [id] }];
      break;
    }
    case 'subject_category':
      break;
    case 'processing_activity':
      snapshot.activities = [record as unknown as StoredActivity];
      snapshot.transfers = getTransfers(db, [id]) as unknown as Transfer[];
      break;
    case 'vendor':
      snapshot.vendors = withVendorSystems([record], listSystems(db)) as Vendor[];
      break;
    case 'transfer': {
      const transfer = record as unknown as Transfer;
      snapshot.transfers = [transfer];
      const activity = getRecord(db, ACTIVITY, transfer.activityId);
      if (activity) snapshot.activities = [activity as unknown as StoredActivity];
      break;
    }
  }
  return computeFindings(snapshot, context).filter((finding) => finding.recordType === recordType && finding.recordId === id);
}
