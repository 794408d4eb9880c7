// The inventory's smaller record lists (systems, categories, subjects, vendors, transfers), loaded
// in full: they stay in the hundreds where activities reach the hundred thousands.
import { useCallback } from 'react';
import { useProcedure } from '../../lib/use-procedure';

export function useInventoryLists() {
  const systems = useProcedure('inventory.systems.list');
  const dataCategories = useProcedure('inventory.dataCategories.list');
  const subjectCategories = useProcedure('inventory.subjectCategories.list');
  const vendors = useProcedure('inventory.vendors.list');
  const transfers = useProcedure('inventory.transfers.list');
  const reload = useCallback(
    async () => void (await Promise.all([systems.reload(), dataCategories.reload(), subjectCategories.reload(), vendors.reload(), transfers.reload()])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [systems.reload, dataCategories.reload, subjectCategories.reload, vendors.reload, transfers.reload],
  );
  return { systems, dataCategories, subjectCategories, vendors, transfers, reload };
}

export type InventoryLists = ReturnType<typeof useInventoryLists>;
