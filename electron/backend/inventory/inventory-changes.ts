// Changes to the inventory, each inside a caller's transaction: check the references, write, audit,
// keep the search index and the default evidence links in step. A record that others still point at
// is not deleted: the CONFLICT names the records in the way, so nothing disappears silently.
import { randomUUID } from 'node:crypto';
import { AppError, type InputIssue } from '../../../shared/contract';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { calendarDateOf } from '../isms/record-dates';
import { indexRecord, removeRecord } from '../search/search-index';
import type { ChangeTx } from '../workspace/workspace-db';
import { ACTIVITY, DATA_CATEGORY, deleteRecordRow, getRecord, type InventoryEntity, recordExists, recordName, saveRecord, type StoredRecord, SUBJECT_CATEGORY, SYSTEM, TRANSFER, usesOf, VENDOR } from './inventory-queries';

type IssuePath = InputIssue['path'];

/** The record types whose records are evidence in their own right (evidence/default-links.ts). */
const LINKED_BY_DEFAULT: ReadonlySet<InventoryEntity> = new Set([SYSTEM, ACTIVITY, VENDOR, TRANSFER]);

/** The text a record is found by, per record type. */
const SEARCH_FIELDS: ReadonlyMap<InventoryEntity, readonly string[]> = new Map([
  [SYSTEM, ['owner', 'type', 'country', 'dataResidency', 'encryptionInTransit']],
  [DATA_CATEGORY, ['examples']],
  [SUBJECT_CATEGORY, ['description']],
  [ACTIVITY, ['purpose', 'ccpaBusinessPurpose', 'recipients', 'deletionMethod', 'owner']],
  [VENDOR, ['services']],
  [TRANSFER, ['recipient']],
]);

function mustGet(tx: ChangeTx, entity: InventoryEntity, id: string): StoredRecord {
  const stored = getRecord(tx.db, entity, id);
  if (!stored) throw new AppError('NOT_FOUND', `no such ${entity.recordType}`, { entity: entity.recordType, id });
  return stored;
}

/** Every referenced record must exist; the issue's path names the id in the caller's input. */
function referenceIssues(tx: ChangeTx, entity: InventoryEntity, input: Record<string, unknown>, prefix: IssuePath): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const ref of entity.singleRefs) {
    const id = input[ref.field];
    if (typeof id === 'string' && !recordExists(tx.db, ref.targetTable, id)) {
      issues.push({ path: [...prefix, ref.field], code: 'unknown_record', message: `no such record: ${id}` });
    }
  }
  for (const link of entity.links) {
    const targets = input[link.field] as string[];
    targets.forEach((id, index) => {
      if (targets.indexOf(id) !== index) issues.push({ path: [...prefix, link.field, index], code: 'duplicate', message: `listed twice: ${id}` });
      else if (!recordExists(tx.db, link.targetTable, id)) issues.push({ path: [...prefix, link.field, index], code: 'unknown_record', message: `no such record: ${id}` });
    });
  }
  return issues;
}

function afterWrite(tx: ChangeTx, entity: InventoryEntity, record: StoredRecord): void {
  const fields = SEARCH_FIELDS.get(entity) ?? [];
  indexRecord(tx.db, {
    entityType: entity.recordType,
    entityId: record.id,
    title: recordName(entity, record),
    body: fields
      .map((field) => record[field])
      .filter((value): value is string => typeof value === 'string' && value !== '')
      .join('\n'),
  });
  // An inventory entry is evidence as of its last change.
  if (LINKED_BY_DEFAULT.has(entity)) linkRecordByDefault(tx, entity.recordType, record.id, calendarDateOf(record.updatedAt));
}

/** `prefix` is where the record sits in the procedure's input (`['system']` for an update). */
export function createInventoryRecord(tx: ChangeTx, entity: InventoryEntity, input: Record<string, unknown>, prefix: IssuePath = []): StoredRecord {
  const issues = referenceIssues(tx, entity, input, prefix);
  if (issues.length > 0) throw new AppError('INVALID_INPUT', `the ${entity.recordType} refers to records that do not exist`, { issues });
  const id = randomUUID();
  saveRecord(tx.db, entity, id, input, tx.at, tx.at);
  const record = mustGet(tx, entity, id);
  tx.audit(entity.recordType, id, null, record);
  afterWrite(tx, entity, record);
  return record;
}

export function updateInventoryRecord(tx: ChangeTx, entity: InventoryEntity, id: string, input: Record<string, unknown>, prefix: IssuePath): StoredRecord {
  const before = mustGet(tx, entity, id);
  const issues = referenceIssues(tx, entity, input, prefix);
  if (issues.length > 0) throw new AppError('INVALID_INPUT', `the ${entity.recordType} refers to records that do not exist`, { issues });
  saveRecord(tx.db, entity, id, input, before.createdAt, tx.at);
  const record = mustGet(tx, entity, id);
  tx.audit(entity.recordType, id, before, record);
  afterWrite(tx, entity, record);
  return record;
}

export function deleteInventoryRecord(tx: ChangeTx, entity: InventoryEntity, id: string): void {
  const before = mustGet(tx, entity, id);
  const uses = usesOf(tx.db, entity, id);
  if (uses.length > 0) {
    throw new AppError('CONFLICT', `the ${entity.recordType} is used by ${uses.length} record(s)`, { entity: entity.recordType, id, usedBy: uses });
  }
  // The record's own links go with it (ON DELETE CASCADE).
  deleteRecordRow(tx.db, entity, id);
  tx.audit(entity.recordType, id, before, null);
  removeRecord(tx.db, entity.recordType, id);
  if (LINKED_BY_DEFAULT.has(entity)) unlinkRecord(tx, entity.recordType, id);
}
