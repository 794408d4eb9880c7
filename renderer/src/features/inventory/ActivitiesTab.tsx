// Processing activities: a table that stays fast at 100,000 rows. The backend filters, sorts and
// counts (inventory.activities.query); the screen fetches the blocks of rows that scroll into view.
import { Card } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_SORT_KEYS, FINDING_KINDS, type ActivityFilter, type ActivityRow, type ActivitySortKey } from '../../../../shared/contract';
import { call } from '../../client/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { FindingsCell, TextCell } from './cells';
import { FilterSelect } from './FilterSelect';
import { useEnumOptions } from './inventory-labels';
import { TableToolbar } from './TableToolbar';
import { useTableState, type FilterValues } from './use-table-state';
import { VirtualTable, type Column } from './VirtualTable';

export const BLOCK = 100;
const DEFAULT_COLUMNS = ['name', 'role', 'gdprBasis', 'piplBasis', 'retentionMonths', 'owner', 'reviewDate', 'findings'];

/** The contract's filter from the table's filter values (unknown keys and values are dropped). */
export function activityFilter(text: string, values: FilterValues): ActivityFilter {
  const filter: ActivityFilter = {};
  const trimmed = text.trim();
  if (trimmed) filter.text = trimmed.slice(0, 200);
  for (const key of ['role', 'gdprBasis', 'piplBasis', 'source', 'findingKind'] as const) {
    const value = values[key];
    if (typeof value === 'string' && value) (filter as Record<string, string>)[key] = value;
  }
  if (typeof values.hasFinding === 'boolean') filter.hasFinding = values.hasFinding;
  return filter;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface ActivitiesTabProps {
  selectedId?: string;
  onOpen(row: ActivityRow): void;
  /** Bumped after a change, to reload the rows. */
  version: number;
}

export function ActivitiesTab({ selectedId, onOpen, version }: ActivitiesTabProps) {
  const { t } = useTranslation('inventory');
  const format = useFormat();
  const state = useTableState('activities', { sort: { key: 'name', direction: 'asc' }, columns: DEFAULT_COLUMNS });
  const text = useDebounced(state.text, 200);
  const roles = useEnumOptions('role');
  const gdprBases = useEnumOptions('gdprBasis');
  const piplBases = useEnumOptions('piplBasis');
  const sources = useEnumOptions('source');

  const query = useMemo(
    () => ({ filter: activityFilter(text, state.filter), sort: { key: (ACTIVITY_SORT_KEYS as readonly string[]).includes(state.sort.key) ? (state.sort.key as ActivitySortKey) : 'name', direction: state.sort.direction } }),
    [text, state.filter, state.sort],
  );
  const queryKey = JSON.stringify(query);
  const [total, setTotal] = useState<number | null>(null);
  const [unfiltered, setUnfiltered] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);
  const blocks = useRef(new Map<number, ActivityRow[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);

  const fetchBlock = useCallback(
    async (block: number) => {
      if (blocks.current.has(block) || pending.current.has(block)) return;
      const mine = generation.current;
      pending.current.add(block);
      try {
        const page = await call('inventory.activities.query', { ...(JSON.parse(queryKey) as typeof query), offset: block * BLOCK, limit: BLOCK });
        if (mine !== generation.current) return;
        blocks.current.set(block, page.rows);
        setTotal(page.total);
        setTick((n) => n + 1);
      } catch (caught) {
        if (mine === generation.current) setError(caught);
      } finally {
        if (mine === generation.current) pending.current.delete(block);
      }
    },
     
    [queryKey],
  );

  useEffect(() => {
    generation.current++;
    blocks.current = new Map();
    pending.current = new Set();
    setError(null);
    void fetchBlock(0);
  }, [fetchBlock, version]);

  useEffect(() => {
    void call('inventory.activities.query', { filter: {}, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 1 })
      .then((page) => setUnfiltered(page.total))
      .catch(() => setUnfiltered(null));
  }, [version]);

  const onRange = useCallback(
    (start: number, end: number) => {
      for (let block = Math.floor(start / BLOCK); block <= Math.floor(end / BLOCK); block++) void fetchBlock(block);
    },
    [fetchBlock],
  );

  const row = useCallback((index: number) => blocks.current.get(Math.floor(index / BLOCK))?.[index % BLOCK], []);

  const none = t('table.none');
  const allColumns: Column<ActivityRow>[] = [
    { key: 'name', label: t('fields.name'), sortKey: 'name', width: 300, render: (a) => <TextCell value={a.name} sub={a.purpose} /> },
    { key: 'role', label: t('fields.role'), sortKey: 'role', width: 150, render: (a) => <TextCell value={t(`enums.role.${a.role}`)} /> },
    { key: 'gdprBasis', label: t('filters.gdprBasis'), sortKey: 'gdprBasis', width: 210, render: (a) => <TextCell value={a.gdprBasis ? t(`enums.gdprBasis.${a.gdprBasis}`) : null} /> },
    { key: 'piplBasis', label: t('filters.piplBasis'), sortKey: 'piplBasis', width: 210, render: (a) => <TextCell value={a.piplBasis ? t(`enums.piplBasis.${a.piplBasis}`) : null} /> },
    { key: 'source', label: t('fields.source'), sortKey: 'source', width: 170, render: (a) => <TextCell value={t(`enums.source.${a.source}`)} /> },
    { key: 'retentionMonths', label: t('fields.retentionMonths'), sortKey: 'retentionMonths', width: 140, render: (a) => <TextCell value={a.retentionMonths === null ? null : format.number(a.retentionMonths)} /> },
    { key: 'volumeEstimate', label: t('fields.volumeEstimate'), sortKey: 'volumeEstimate', width: 150, render: (a) => <TextCell value={format.number(a.volumeEstimate)} /> },
    { key: 'owner', label: t('fields.owner'), sortKey: 'owner', width: 150, render: (a) => <TextCell value={a.owner} /> },
    { key: 'reviewDate', label: t('fields.reviewDate'), sortKey: 'reviewDate', width: 130, render: (a) => <TextCell value={a.reviewDate ? format.day(a.reviewDate) : null} /> },
    { key: 'updatedAt', label: t('fields.updatedAt'), sortKey: 'updatedAt', width: 170, render: (a) => <TextCell value={format.dateTime(a.updatedAt)} /> },
    { key: 'findings', label: t('fields.findings'), width: 140, render: (a) => <FindingsCell kinds={a.findings} /> },
  ];
  const columns = allColumns.filter((column) => state.columns.includes(column.key));
  const findingKinds = FINDING_KINDS.filter((kind) => kind.startsWith('activity_') || kind.startsWith('retention_') || kind.endsWith('ia_missing')).map((kind) => ({ value: kind, label: t(`finding.${kind}`) }));

  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t('tabs.activities')}>
      <TableToolbar
        text={state.text}
        onText={state.setText}
        onClear={state.clear}
        filters={
          <>
            <FilterSelect state={state} name="role" label={t('filters.role')} data={roles} width={150} />
            <FilterSelect state={state} name="gdprBasis" label={t('filters.gdprBasis')} data={[{ value: 'none', label: t('filters.notRecorded') }, ...gdprBases]} width={190} />
            <FilterSelect state={state} name="piplBasis" label={t('filters.piplBasis')} data={[{ value: 'none', label: t('filters.notRecorded') }, ...piplBases]} width={190} />
            <FilterSelect state={state} name="source" label={t('filters.source')} data={sources} width={160} />
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
            <FilterSelect state={state} name="findingKind" label={t('filters.findingKind')} data={findingKinds} width={200} />
          </>
        }
        columns={allColumns}
        visible={state.columns}
        onColumns={state.setColumns}
        defaultColumns={DEFAULT_COLUMNS}
        views={state.views.views}
        current={state.current}
        onApply={state.apply}
        onSaveView={state.views.save}
        onDeleteView={state.views.remove}
        count={total === null ? '' : unfiltered !== null && unfiltered !== total ? t('table.count', { shown: format.number(total), total: format.number(unfiltered) }) : t('table.countAll', { total: format.number(total) })}
      />
      <ErrorAlert error={error} />
      {total === null && !error && <LoadingState />}
      {total === 0 && <EmptyState title={unfiltered === 0 ? t('table.empty') : t('table.noMatch')}>{unfiltered === 0 ? t('table.emptyHint') : undefined}</EmptyState>}
      {total !== null && total > 0 && (
        <VirtualTable
          label={t('tabs.activities')}
          columns={columns}
          rowCount={total}
          row={row}
          rowId={(a) => a.id}
          rowName={(a) => a.name || none}
          sort={state.sort}
          onSort={state.setSort}
          onOpen={onOpen}
          selectedId={selectedId}
          onRange={onRange}
        />
      )}
    </Card>
  );
}
