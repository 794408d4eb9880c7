// The data inventory's procedures: thin adapters from the contract onto inventory-changes.ts, the
// queries and the findings engine. Inputs arrive validated by the dispatcher.
import type { Actor, DataCategory, inventoryProcedures, InventorySystem, ProcessingActivity, SubjectCategory, Transfer, Vendor } from '../../../shared/contract';
import { todayFrom } from '../frameworks/calendar-dates';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { findingContext, loadFindingInventory } from './finding-context';
import { createInventoryRecord, deleteInventoryRecord, updateInventoryRecord } from './inventory-changes';
import { assessmentSuggestions, computeFindings, type FindingContext } from './inventory-findings';
import { readInventoryRules, toFindingRules } from './inventory-rules';
import { findingsOfRecord, getActivity, queryActivities } from './inventory-table-query';
import { ACTIVITY, DATA_CATEGORY, type InventoryEntity, listRecords, listSystems, loadInventory, type StoredActivity, type StoredRecord, SUBJECT_CATEGORY, SYSTEM, TRANSFER, VENDOR, withVendorSystems } from './inventory-queries';

type InventoryProcedure = keyof typeof inventoryProcedures;

function withSuggestions(db: Db, activities: readonly StoredActivity[]): ProcessingActivity[] {
  const inventory = loadInventory(db);
  const rules = toFindingRules(readInventoryRules(db));
  return activities.map((activity) => {
    const { dpia, pipia } = assessmentSuggestions(inventory, activity, rules);
    return { ...activity, dpiaSuggested: dpia, pipiaSuggested: pipia };
  });
}

const asVendor = (db: Db, record: StoredRecord): Vendor => withVendorSystems([record], listSystems(db))[0]!;
const asActivity = (db: Db, record: StoredRecord): ProcessingActivity => withSuggestions(db, [record as unknown as StoredActivity])[0]!;

export function inventoryHandlers({ session, options }: HandlerDeps): AreaHandlers<InventoryProcedure> {
  const change = <T>(procedure: InventoryProcedure, actor: Actor, fn: (tx: ChangeTx) => T): T => session.workspace().change({ actor, procedure }, fn);
  const context = (db: Db): FindingContext => findingContext(db, todayFrom(options.now));
  const remove = (procedure: InventoryProcedure, entity: InventoryEntity, id: string, actor: Actor) =>
    change(procedure, actor, (tx) => {
      deleteInventoryRecord(tx, entity, id);
      return { deleted: true as const };
    });

  return {
    'inventory.systems.list': () => session.workspace().read(listSystems),
    'inventory.systems.create': (input, { actor }) => change('inventory.systems.create', actor, (tx) => createInventoryRecord(tx, SYSTEM, input) as unknown as InventorySystem),
    'inventory.systems.update': ({ id, system }, { actor }) =>
      change('inventory.systems.update', actor, (tx) => updateInventoryRecord(tx, SYSTEM, id, system, ['system']) as unknown as InventorySystem),
    'inventory.systems.delete': ({ id }, { actor }) => remove('inventory.systems.delete', SYSTEM, id, actor),

    'inventory.dataCategories.list': () => session.workspace().read((db) => listRecords(db, DATA_CATEGORY) as unknown as DataCategory[]),
    'inventory.dataCategories.create': (input, { actor }) => change('inventory.dataCategories.create', actor, (tx) => createInventoryRecord(tx, DATA_CATEGORY, input) as unknown as DataCategory),
    'inventory.dataCategories.update': ({ id, dataCategory }, { actor }) =>
      change('inventory.dataCategories.update', actor, (tx) => updateInventoryRecord(tx, DATA_CATEGORY, id, dataCategory, ['dataCategory']) as unknown as DataCategory),
    'inventory.dataCategories.delete': ({ id }, { actor }) => remove('inventory.dataCategories.delete', DATA_CATEGORY, id, actor),

    'inventory.subjectCategories.list': () => session.workspace().read((db) => listRecords(db, SUBJECT_CATEGORY) as unknown as SubjectCategory[]),
    'inventory.subjectCategories.create': (input, { actor }) =>
      change('inventory.subjectCategories.create', actor, (tx) => createInventoryRecord(tx, SUBJECT_CATEGORY, input) as unknown as SubjectCategory),
    'inventory.subjectCategories.update': ({ id, subjectCategory }, { actor }) =>
      change('inventory.subjectCategories.update', actor, (tx) => updateInventoryRecord(tx, SUBJECT_CATEGORY, id, subjectCategory, ['subjectCategory']) as unknown as SubjectCategory),
    'inventory.subjectCategories.delete': ({ id }, { actor }) => remove('inventory.subjectCategories.delete', SUBJECT_CATEGORY, id, actor),

    'inventory.activities.list': () => session.workspace().read((db) => withSuggestions(db, listRecords(db, ACTIVITY) as unknown as StoredActivity[])),
    'inventory.activities.query': (query) => session.workspace().read((db) => queryActivities(db, query, context(db))),
    'inventory.activities.get': ({ id }) => session.workspace().read((db) => getActivity(db, id, context(db))),
    'inventory.activities.create': (input, { actor }) => change('inventory.activities.create', actor, (tx) => asActivity(tx.db, createInventoryRecord(tx, ACTIVITY, input))),
    'inventory.activities.update': ({ id, activity }, { actor }) =>
      change('inventory.activities.update', actor, (tx) => asActivity(tx.db, updateInventoryRecord(tx, ACTIVITY, id, activity, ['activity']))),
    'inventory.activities.delete': ({ id }, { actor }) => remove('inventory.activities.delete', ACTIVITY, id, actor),

    'inventory.vendors.list': () => session.workspace().read((db) => loadInventory(db).vendors),
    'inventory.vendors.create': (input, { actor }) => change('inventory.vendors.create', actor, (tx) => asVendor(tx.db, createInventoryRecord(tx, VENDOR, input))),
    'inventory.vendors.update': ({ id, vendor }, { actor }) => change('inventory.vendors.update', actor, (tx) => asVendor(tx.db, updateInventoryRecord(tx, VENDOR, id, vendor, ['vendor']))),
    'inventory.vendors.delete': ({ id }, { actor }) => remove('inventory.vendors.delete', VENDOR, id, actor),

    'inventory.transfers.list': () => session.workspace().read((db) => listRecords(db, TRANSFER) as unknown as Transfer[]),
    'inventory.transfers.create': (input, { actor }) => change('inventory.transfers.create', actor, (tx) => createInventoryRecord(tx, TRANSFER, input) as unknown as Transfer),
    'inventory.transfers.update': ({ id, transfer }, { actor }) =>
      change('inventory.transfers.update', actor, (tx) => updateInventoryRecord(tx, TRANSFER, id, transfer, ['transfer']) as unknown as Transfer),
    'inventory.transfers.delete': ({ id }, { actor }) => remove('inventory.transfers.delete', TRANSFER, id, actor),

    'inventory.findings': () =>
      session.workspace().read((db) => {
        const findingsContext = context(db);
        return computeFindings(loadFindingInventory(db, findingsContext), findingsContext);
      }),
    'inventory.findings.ofRecord': ({ recordType, id }) => session.workspace().read((db) => findingsOfRecord(db, recordType, id, context(db))),
  };
}
