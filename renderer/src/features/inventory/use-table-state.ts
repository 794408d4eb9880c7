// One record table's state: the text filter, the tab's other filters, the sort and the shown
// columns, with the saved views that capture them.
import { useCallback, useState } from 'react';
import { useSavedViews, type TableView } from './saved-views';
import type { Sort } from './VirtualTable';

export type FilterValues = Record<string, string | boolean | undefined>;

export function useTableState(tab: string, defaults: { sort: Sort; columns: readonly string[] }) {
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<FilterValues>({});
  const [sort, setSort] = useState<Sort>(defaults.sort);
  const [columns, setColumns] = useState<string[]>([...defaults.columns]);
  const views = useSavedViews(tab);

  const setFilterValue = useCallback((key: string, value: string | boolean | undefined | null) => {
    setFilter((current) => {
      const next = { ...current };
      if (value === undefined || value === null || value === '') delete next[key];
      else next[key] = value;
      return next;
    });
  }, []);

  const current = useCallback((): Omit<TableView, 'name'> => ({ filter: { ...filter, text: text || undefined }, sort, columns }), [filter, text, sort, columns]);

  const apply = useCallback((view: TableView) => {
    const { text: viewText, ...rest } = view.filter;
    setText(typeof viewText === 'string' ? viewText : '');
    setFilter(rest);
    setSort(view.sort);
    setColumns(view.columns.length > 0 ? view.columns : [...defaults.columns]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const clear = useCallback(() => {
    setText('');
    setFilter({});
  }, []);

  return { text, setText, filter, setFilterValue, sort, setSort, columns, setColumns, current, apply, clear, views };
}

export type TableState = ReturnType<typeof useTableState>;
