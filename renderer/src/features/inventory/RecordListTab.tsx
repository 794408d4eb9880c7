// A record table for the inventory's smaller lists: every record is loaded, and filtered and sorted
// here; virtualised all the same.
import { Card } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '../../../../shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { useFormat } from '../../lib/format';
import { FindingsCell } from './cells';
import { FilterSelect } from './FilterSelect';
import { TableToolbar } from './TableToolbar';
import { useTableState } from './use-table-state';
import { VirtualTable, type Column } from './VirtualTable';

export interface ListColumn<R> extends Column<R> {
  sortValue?(row: R): string | number | null;
}

export interface ListFilter<R> {
  name: string;
  label: string;
  data: { value: string; label: string }[];
  test(row: R, value: string): boolean;
  width?: number;
  searchable?: boolean;
}

interface RecordListTabProps<R extends { id: string }> {
  tab: string;
  label: string;
  rows: readonly R[];
  columns: readonly ListColumn<R>[];
  defaultColumns: readonly string[];
  defaultSort?: string;
  searchText(row: R): string;
  rowName(row: R): string;
  filters: readonly ListFilter<R>[];
  findings: ReadonlyMap<string, FindingKind[]>;
  selectedId?: string;
  onOpen(row: R): void;
}

export function RecordListTab<R extends { id: string }>(props: RecordListTabProps<R>) {
  const { t, i18n } = useTranslation('inventory');
  const format = useFormat();
  const { findings } = props;
  const state = useTableState(props.tab, { sort: { key: props.defaultSort ?? 'name', direction: 'asc' }, columns: [...props.defaultColumns, 'findings'] });
  const allColumns: ListColumn<R>[] = [
    ...props.columns,
    { key: 'findings', label: t('fields.findings'), width: 140, sortKey: 'findings', sortValue: (row) => findings.get(row.id)?.length ?? 0, render: (row) => <FindingsCell kinds={findings.get(row.id) ?? []} /> },
  ];
  const { text, filter, sort } = state;

  const visible = useMemo(() => {
    const q = text.trim().toLocaleLowerCase();
    const collator = new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' });
    const column = allColumns.find((c) => c.sortKey === sort.key);
    const sign = sort.direction === 'asc' ? 1 : -1;
    const rows = props.rows.filter((row) => {
      if (q && !props.searchText(row).toLocaleLowerCase().includes(q)) return false;
      if (typeof filter.hasFinding === 'boolean' && (findings.get(row.id)?.length ?? 0) > 0 !== filter.hasFinding) return false;
      return props.filters.every((f) => {
        const value = filter[f.name];
        return typeof value !== 'string' || !value || f.test(row, value);
      });
    });
    if (!column?.sortValue) return rows;
    const key = column.sortValue;
    return rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * order || collator.compare(props.rowName(a), props.rowName(b));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.rows, text, filter, sort, findings, i18n.language]);

  const columns = allColumns.filter((column) => state.columns.includes(column.key));
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={props.label}>
      <TableToolbar
        text={state.text}
        onText={state.setText}
        onClear={state.clear}
        filters={
          <>
            {props.filters.map((f) => (
              <FilterSelect key={f.name} state={state} name={f.name} label={f.label} data={f.data} width={f.width} searchable={f.searchable} />
            ))}
            <FilterSelect
              state={state}
              name="hasFinding"
              label={t('filters.findings')}
              data={[
                { value: 'true', label: t('filters.withFindings') },
                { value: 'false', label: t('filters.withoutFindings') },
              ]}
              width={150}
            />
          </>
        }
        columns={allColumns}
        visible={state.columns}
        onColumns={state.setColumns}
        defaultColumns={[...props.defaultColumns, 'findings']}
        views={state.views.views}
        current={state.current}
        onApply={state.apply}
        onSaveView={state.views.save}
        onDeleteView={state.views.remove}
        count={visible.length === props.rows.length ? t('table.countAll', { total: format.number(props.rows.length) }) : t('table.count', { shown: format.number(visible.length), total: format.number(props.rows.length) })}
      />
      {visible.length === 0 ? (
        <EmptyState title={props.rows.length === 0 ? t('table.empty') : t('table.noMatch')}>{props.rows.length === 0 ? t('table.emptyHint') : undefined}</EmptyState>
      ) : (
        <VirtualTable
          label={props.label}
          columns={columns}
          rowCount={visible.length}
          row={(index) => visible[index]}
          rowId={(row) => row.id}
          rowName={props.rowName}
          sort={state.sort}
          onSort={state.setSort}
          onOpen={props.onOpen}
          selectedId={props.selectedId}
        />
      )}
    </Card>
  );
}
