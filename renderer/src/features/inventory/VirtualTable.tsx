// The inventory's record table: only the rows in view are in the DOM (so 100,000 rows scroll as
// smoothly as ten), sortable column headers, and a click or Enter on a row opens the record. Rows
// that are not loaded yet (windowed fetching) are drawn as placeholders until they arrive.
import { Skeleton, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTh } from '../../components/SortableTh';

export const ROW_HEIGHT = 46;

export interface Column<R> {
  key: string;
  label: string;
  width?: number;
  /** Columns without a sort key are not sortable. */
  sortKey?: string;
  render(row: R): ReactNode;
}

export interface Sort {
  key: string;
  direction: 'asc' | 'desc';
}

interface VirtualTableProps<R> {
  label: string;
  columns: readonly Column<R>[];
  rowCount: number;
  row(index: number): R | undefined;
  rowId(row: R): string;
  rowName(row: R): string;
  sort: Sort;
  onSort(sort: Sort): void;
  onOpen(row: R): void;
  selectedId?: string;
  /** Told which rows are in view (first and last index), to load them. */
  onRange?(start: number, end: number): void;
}

export function VirtualTable<R>({ label, columns, rowCount, row, rowId, rowName, sort, onSort, onOpen, selectedId, onRange }: VirtualTableProps<R>) {
  const { t } = useTranslation('inventory');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rowCount, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? Math.min(rowCount, 30) - 1;
  const paddingTop = items.length > 0 ? items[0]!.start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  // Before the scroll container is measured (and in tests without layout), draw the first rows.
  const indexes = items.length > 0 ? items.map((item) => item.index) : Array.from({ length: Math.min(rowCount, 30) }, (_, i) => i);

  useEffect(() => {
    if (rowCount > 0) onRange?.(first, Math.max(first, last));
  }, [first, last, rowCount, onRange]);

  return (
    <div ref={scrollRef} style={{ maxHeight: 'calc(100vh - 300px)', minHeight: Math.min(rowCount * ROW_HEIGHT + 44, 360), overflow: 'auto' }}>
      <Table stickyHeader verticalSpacing={0} highlightOnHover aria-label={label} aria-rowcount={rowCount + 1} style={{ minWidth: Math.max(640, columns.reduce((sum, c) => sum + (c.width ?? 180), 0)) }}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) =>
              column.sortKey ? (
                <SortableTh key={column.key} sortKey={column.sortKey} sort={sort} onSort={onSort} w={column.width}>
                  {column.label}
                </SortableTh>
              ) : (
                <Table.Th key={column.key} w={column.width}>
                  <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {column.label}
                  </Text>
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <Table.Tr aria-hidden>
              <Table.Td colSpan={columns.length} h={paddingTop} p={0} />
            </Table.Tr>
          )}
          {indexes.map((index) => {
            const record = row(index);
            if (!record) {
              return (
                <Table.Tr key={`pending-${index}`} h={ROW_HEIGHT} aria-rowindex={index + 2} aria-busy>
                  <Table.Td colSpan={columns.length}>
                    <Skeleton h={14} w="60%" aria-label={t('table.loading')} />
                  </Table.Td>
                </Table.Tr>
              );
            }
            const id = rowId(record);
            return (
              <Table.Tr
                key={id}
                h={ROW_HEIGHT}
                aria-rowindex={index + 2}
                className="custos-clickable-row"
                tabIndex={0}
                aria-label={t('table.open', { name: rowName(record) })}
                aria-selected={selectedId === id}
                bg={selectedId === id ? 'var(--mantine-primary-color-light)' : undefined}
                onClick={() => onOpen(record)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') onOpen(record);
                }}
              >
                {columns.map((column) => (
                  <Table.Td key={column.key} style={{ maxWidth: column.width ?? 320, overflow: 'hidden' }}>
                    {column.render(record)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <Table.Tr aria-hidden>
              <Table.Td colSpan={columns.length} h={paddingBottom} p={0} />
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
