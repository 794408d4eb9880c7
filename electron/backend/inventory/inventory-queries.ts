// The inventory's reads and writes: one table per record type with its own columns, join tables for
// the many-to-many links. Each record type is described once (its columns, links and the records
// that point at it) and read and written through the same few functions. No rules here: those are
// in inventory-changes.ts and inventory-findings.ts.
import type { DataCategory, InventorySystem, ProcessingActivity, SubjectCategory, Transfer, Vendor } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';

type ColumnKind = 'text' | 'int' | 'bool' | 'json';

interface Column {
  field: string;
  column: string;
  kind: ColumnKind;
}

/** A many-to-many link owned by the record: rows of `table` (owner, target, position). */
interface Link {
  field: string;
  table: string;
  ownerColumn: string;
  targetColumn: string;
  /** The table the targets live in (for checking that they exist). */
  targetTable: string;
}

/** Where other records point at this one (a link table, or a column of another record's table). */
interface Reference {
  recordType: string;
  ownerTable: string;
  table: string;
  /** The column holding the referenced record's id. */
  column: string;
  /** The column holding the referring record's id. */
  ownerColumn: string;
}

export interface InventoryEntity {
  /** The record type under which it is audited, indexed and linked as evidence. */
  recordType: string;
  table: string;
  columns: readonly Column[];
  links: readonly Link[];
  /** Single-record references held in a column (e.g. a system's vendor). */
  singleRefs: readonly { field: string; targetTable: string }[];
  referencedBy: readonly Reference[];
}

const text = (field: string, column: string): Column => ({ field, column, kind: 'text' });
const int = (field: string, column: string): Column => ({ field, column, kind: 'int' });
const bool = (field: string, column: string): Column => ({ field, column, kind: 'bool' });
const json = (field: string, column: string): Column => ({ field, column, kind: 'json' });

export const SYSTEM: InventoryEntity = {
  recordType: 'system',
  table: 'inventory_systems',
  columns: [
    text('name', 'name'),
    text('owner', 'owner'),
    text('type', 'type'),
    text('hosting', 'hosting'),
    text('country', 'country'),
    text('vendorId', 'vendor_id'),
    bool('encryptionAtRest', 'encryption_at_rest'),
    text('encryptionInTransit', 'encryption_in_transit'),
    bool('mfaEnforced', 'mfa_enforced'),
    bool('roleBasedAccess', 'role_based_access'),
    bool('logging', 'logging'),
    text('dataResidency', 'data_residency'),
  ],
  links: [],
  singleRefs: [{ field: 'vendorId', targetTable: 'inventory_vendors' }],
  referencedBy: [
    { recordType: 'data_category', ownerTable: 'inventory_data_categories', table: 'inventory_category_systems', column: 'system_id', ownerColumn: 'category_id' },
    { recordType: 'processing_activity', ownerTable: 'inventory_activities', table: 'inventory_activity_systems', column: 'system_id', ownerColumn: 'activity_id' },
  ],
};

export const DATA_CATEGORY: InventoryEntity = {
  recordType: 'data_category',
  table: 'inventory_data_categories',
  columns: [text('name', 'name'), text('examples', 'examples'), json('sensitivity', 'sensitivity')],
  links: [{ field: 'systemIds', table: 'inventory_category_systems', ownerColumn: 'category_id', targetColumn: 'system_id', targetTable: 'inventory_systems' }],
  singleRefs: [],
  referencedBy: [
    { recordType: 'processing_activity', ownerTable: 'inventory_activities', table: 'inventory_activity_categories', column: 'category_id', ownerColumn: 'activity_id' },
  ],
};

export const SUBJECT_CATEGORY: InventoryEntity = {
  recordType: 'subject_category',
  table: 'inventory_subject_categories',
  columns: [text('name', 'name'), text('description', 'description'), bool('includesMinors', 'includes_minors')],
  links: [],
  singleRefs: [],
  referencedBy: [
    { recordType: 'processing_activity', ownerTable: 'inventory_activities', table: 'inventory_activity_subjects', column: 'subject_category_id', ownerColumn: 'activity_id' },
  ],
};

export const ACTIVITY: InventoryEntity = {
  recordType: 'processing_activity',
  table: 'inventory_activities',
  columns: [
    text('name', 'name'),
    text('purpose', 'purpose'),
    text('role', 'role'),
    text('gdprBasis', 'gdpr_basis'),
    text('gdprArt9Condition', 'gdpr_art9_condition'),
    text('piplBasis', 'pipl_basis'),
    bool('separateConsent', 'separate_consent'),
    text('ccpaBusinessPurpose', 'ccpa_business_purpose'),
    bool('sold', 'sold'),
    bool('shared', 'shared'),
    text('recipients', 'recipients'),
    int('retentionMonths', 'retention_months'),
    text('deletionMethod', 'deletion_method'),
    int('volumeEstimate', 'volume_estimate'),
    text('source', 'source'),
    bool('automatedDecisions', 'automated_decisions'),
    bool('dpiaOverride', 'dpia_override'),
    text('dpiaCompletedOn', 'dpia_completed_on'),
    bool('pipiaOverride', 'pipia_override'),
    text('pipiaCompletedOn', 'pipia_completed_on'),
    text('owner', 'owner'),
    text('reviewDate', 'review_date'),
  ],
  links: [
    { field: 'dataCategoryIds', table: 'inventory_activity_categories', ownerColumn: 'activity_id', targetColumn: 'category_id', targetTable: 'inventory_data_categories' },
    { field: 'subjectCategoryIds', table: 'inventory_activity_subjects', ownerColumn: 'activity_id', targetColumn: 'subject_category_id', targetTable: 'inventory_subject_categories' },
    { field: 'systemIds', table: 'inventory_activity_systems', ownerColumn: 'activity_id', targetColumn: 'system_id', targetTable: 'inventory_systems' },
  ],
  singleRefs: [],
  referencedBy: [
    { recordType: 'transfer', ownerTable: 'inventory_transfers', table: 'inventory_transfers', column: 'activity_id', ownerColumn: 'id' },
    { recordType: 'vendor', ownerTable: 'inventory_vendors', table: 'inventory_vendor_activities', column: 'activity_id', ownerColumn: 'vendor_id' },
    { recordType: 'assessment', ownerTable: 'inventory_assessments', table: 'inventory_assessments', column: 'activity_id', ownerColumn: 'id' },
  ],
};

export const VENDOR: InventoryEntity = {
  recordType: 'vendor',
  table: 'inventory_vendors',
  columns: [
    text('name', 'name'),
    text('services', 'services'),
    json('countries', 'countries'),
    text('dpaSignedOn', 'dpa_signed_on'),
    json('certifications', 'certifications'),
    text('reviewDate', 'review_date'),
  ],
  links: [{ field: 'activityIds', table: 'inventory_vendor_activities', ownerColumn: 'vendor_id', targetColumn: 'activity_id', targetTable: 'inventory_activities' }],
  singleRefs: [],
  referencedBy: [{ recordType: 'system', ownerTable: 'inventory_systems', table: 'inventory_systems', column: 'vendor_id', ownerColumn: 'id' }],
};

export const TRANSFER: InventoryEntity = {
  recordType: 'transfer',
  table: 'inventory_transfers',
  columns: [
    text('activityId', 'activity_id'),
    text('fromCountry', 'from_country'),
    text('toCountry', 'to_country'),
    text('recipient', 'recipient'),
    text('gdprMechanism', 'gdpr_mechanism'),
    text('piplMechanism', 'pipl_mechanism'),
    text('standardContractFiledOn', 'standard_contract_filed_on'),
    int('volume', 'volume'),
  ],
  links: [],
  singleRefs: [{ field: 'activityId', targetTable: 'inventory_activities' }],
  referencedBy: [],
};

export type StoredRecord = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };
type Row = Record<string, unknown>;

function fromColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value === 1 || value === 1n;
  if (kind === 'json') return JSON.parse(value as string) as unknown;
  if (kind === 'int') return Number(value);
  return value;
}

function toColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  return value;
}

function linkTargets(db: Db, link: Link, ownerId: string | null): Map<string, string[]> {
  const sql = `SELECT ${link.ownerColumn} AS owner, ${link.targetColumn} AS target FROM ${link.table}${ownerId === null ? '' : ` WHERE ${link.ownerColumn} = ?`} ORDER BY ${link.ownerColumn}, position`;
  const statement = db.prepare<unknown[], { owner: string; target: string }>(sql);
  const rows = ownerId === null ? statement.all() : statement.all(ownerId);
  const byOwner = new Map<string, string[]>();
  for (const row of rows) byOwner.set(row.owner, [...(byOwner.get(row.owner) ?? []), row.target]);
  return byOwner;
}

function toRecord(entity: InventoryEntity, row: Row, links: readonly Map<string, string[]>[]): StoredRecord {
  const id = row.id as string;
  const record: StoredRecord = { id, createdAt: row.created_at as string, updatedAt: row.updated_at as string };
  for (const column of entity.columns) record[column.field] = fromColumn(column.kind, row[column.column]);
  entity.links.forEach((link, index) => {
    record[link.field] = links[index]!.get(id) ?? [];
  });
  return record;
}

/** All records of a type, by name (case-insensitive) then id, so lists never jump. */
export function listRecords(db: Db, entity: InventoryEntity): StoredRecord[] {
  const order = entity === TRANSFER ? 'from_country, to_country, recipient, id' : 'name COLLATE NOCASE, id';
  const rows = db.prepare<[], Row>(`SELECT * FROM ${entity.table} ORDER BY ${order}`).all();
  const links = entity.links.map((link) => linkTargets(db, link, null));
  return rows.map((row) => toRecord(entity, row, links));
}

export function getRecord(db: Db, entity: InventoryEntity, id: string): StoredRecord | null {
  const row = db.prepare<[string], Row>(`SELECT * FROM ${entity.table} WHERE id = ?`).get(id);
  if (!row) return null;
  return toRecord(entity, row, entity.links.map((link) => linkTargets(db, link, id)));
}

export function recordExists(db: Db, table: string, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Inserts or updates the record's row and replaces its links (in the order given). */
export function saveRecord(db: Db, entity: InventoryEntity, id: string, input: Record<string, unknown>, createdAt: string, updatedAt: string): void {
  const columns = entity.columns.map((c) => c.column);
  const names = ['id', ...columns, 'created_at', 'updated_at'];
  const values = [id, ...entity.columns.map((c) => toColumn(c.kind, input[c.field])), createdAt, updatedAt];
  const updates = [...columns, 'updated_at'].map((column) => `${column} = excluded.${column}`).join(', ');
  db.prepare(`INSERT INTO ${entity.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT (id) DO UPDATE SET ${updates}`).run(...values);
  for (const link of entity.links) {
    db.prepare(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = ?`).run(id);
    const insert = db.prepare(`INSERT INTO ${link.table} (${link.ownerColumn}, ${link.targetColumn}, position) VALUES (?, ?, ?)`);
    (input[link.field] as string[]).forEach((target, position) => insert.run(id, target, position));
  }
}

export function deleteRecordRow(db: Db, entity: InventoryEntity, id: string): void {
  db.prepare(`DELETE FROM ${entity.table} WHERE id = ?`).run(id);
}

export interface RecordUse {
  recordType: string;
  id: string;
  name: string;
}

/** The records that point at this one (a delete would leave them dangling). */
export function usesOf(db: Db, entity: InventoryEntity, id: string): RecordUse[] {
  return entity.referencedBy.flatMap((ref) => {
    const name = ref.ownerTable === 'inventory_transfers' ? "o.from_country || '→' || o.to_country" : 'o.name';
    return db
      .prepare<[string], { id: string; name: string }>(`SELECT o.id AS id, ${name} AS name FROM ${ref.ownerTable} o JOIN ${ref.table} l ON l.${ref.ownerColumn} = o.id WHERE l.${ref.column} = ? ORDER BY 2, 1`)
      .all(id)
      .map((row) => ({ recordType: ref.recordType, id: row.id, name: row.name }));
  });
}

/** The record's name for labels (transfers are named by their route and recipient). */
export function recordName(entity: InventoryEntity, record: Record<string, unknown>): string {
  if (entity === TRANSFER) return `${String(record.fromCountry)}→${String(record.toCountry)}${record.recipient ? ` ${String(record.recipient)}` : ''}`;
  return String(record.name);
}

export type StoredActivity = Omit<ProcessingActivity, 'dpiaSuggested' | 'pipiaSuggested'>;

/** The whole inventory, as the findings engine reads it. */
export interface InventorySnapshot {
  systems: InventorySystem[];
  dataCategories: DataCategory[];
  subjectCategories: SubjectCategory[];
  activities: StoredActivity[];
  vendors: Vendor[];
  transfers: Transfer[];
}

export function listSystems(db: Db): InventorySystem[] {
  return listRecords(db, SYSTEM) as unknown as InventorySystem[];
}

/** A vendor's systems are those that name it. */
export function withVendorSystems(vendors: StoredRecord[], systems: readonly InventorySystem[]): Vendor[] {
  return vendors.map((vendor) => ({ ...vendor, systemIds: systems.filter((s) => s.vendorId === vendor.id).map((s) => s.id) }) as unknown as Vendor);
}

export function loadInventory(db: Db): InventorySnapshot {
  const systems = listSystems(db);
  return {
    systems,
    dataCategories: listRecords(db, DATA_CATEGORY) as unknown as DataCategory[],
    subjectCategories: listRecords(db, SUBJECT_CATEGORY) as unknown as SubjectCategory[],
    activities: listRecords(db, ACTIVITY) as unknown as StoredActivity[],
    vendors: withVendorSystems(listRecords(db, VENDOR), systems),
    transfers: listRecords(db, TRANSFER) as unknown as Transfer[],
  };
}
