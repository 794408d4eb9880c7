// The frame every ISMS register shares: an introduction, a "new" button, and the error, loading and
// empty states around the register's own table.
import { Button, Card, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';

interface RecordListPanelProps {
  label: string;
  intro: string;
  newLabel: string;
  onNew(): void;
  list: { data?: readonly unknown[] | null; loading: boolean; error: unknown };
  emptyTitle: string;
  /** The register's table, shown when there are records. */
  children: ReactNode;
}

export function RecordListPanel({ label, intro, newLabel, onNew, list, emptyTitle, children }: RecordListPanelProps) {
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={label}>
      <Group justify="space-between" p="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
          {newLabel}
        </Button>
      </Group>
      <ErrorAlert error={list.error} />
      {!list.data && list.loading && <LoadingState />}
      {list.data?.length === 0 && <EmptyState title={emptyTitle} />}
      {list.data && list.data.length > 0 && children}
    </Card>
  );
}
