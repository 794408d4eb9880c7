import { Center, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface SortableThProps<K extends string> {
  sortKey: K;
  sort: { key: K; direction: 'asc' | 'desc' };
  onSort(sort: { key: K; direction: 'asc' | 'desc' }): void;
  children: ReactNode;
  w?: number | string;
}

/** A column header that sorts by its column; repeated clicks flip the direction. */
export function SortableTh<K extends string>({ sortKey, sort, onSort, children, w }: SortableThProps<K>) {
  const active = sort.key === sortKey;
  const SortIcon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th w={w} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined} p={0}>
      <UnstyledButton
        onClick={() => onSort({ key: sortKey, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
        px="sm"
        py={8}
        w="100%"
        className="custos-row-button"
      >
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {children}
          </Text>
          <Center>
            <SortIcon size={14} stroke={1.6} color={active ? undefined : 'var(--mantine-color-dimmed)'} />
          </Center>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
