// Who is overdue and whose training falls due in the next 30 days, soonest first, with the way to
// record the completion from the row.
import { Button, Card, Stack, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentState } from '../../../../shared/contract/areas/training';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { CompletionModal, type CompletionTarget } from './CompletionModal';
import { StateBadge } from './StateBadge';

function AssignmentTable({ rows, onRecord }: { rows: Assignment[]; onRecord(row: Assignment): void }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assignments.person')}</Table.Th>
            <Table.Th>{t('assignments.department')}</Table.Th>
            <Table.Th>{t('assignments.course')}</Table.Th>
            <Table.Th>{t('assignments.due')}</Table.Th>
            <Table.Th>{t('assignments.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{row.personName}</Table.Td>
              <Table.Td>{row.department}</Table.Td>
              <Table.Td>{row.courseTitle}</Table.Td>
              <Table.Td>{row.dueOn ? format.day(row.dueOn) : '—'}</Table.Td>
              <Table.Td>
                <StateBadge state={row.state} />
              </Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" leftSection={<IconCheck size={14} />} onClick={() => onRecord(row)} aria-label={t('assignments.recordFor', { name: row.personName })}>
                  {t('assignments.record')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Section({ state, onRecord, version }: { state: AssignmentState; onRecord(row: Assignment): void; version: number }) {
  const { t } = useTranslation('training');
  const list = useProcedure('training.assignments.list', { state, limit: 2000 });
  const [shown, setShown] = useState(100);
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t(`overdue.${state}`)} key={version}>
      <Text fw={600} p="md">
        {t(`overdue.${state}`)} {list.data ? `(${list.data.length})` : ''}
      </Text>
      <ErrorAlert error={list.error} />
      {!list.data && list.loading && <LoadingState />}
      {list.data && list.data.length === 0 && <EmptyState title={t(`overdue.${state}Empty`)} />}
      {list.data && list.data.length > 0 && <AssignmentTable rows={list.data.slice(0, shown)} onRecord={onRecord} />}
      {list.data && list.data.length > shown && (
        <Button variant="subtle" m="sm" onClick={() => setShown((n) => n + 200)}>
          {t('overdue.showMore', { count: list.data.length - shown })}
        </Button>
      )}
    </Card>
  );
}

export function OverdueTab() {
  const courses = useProcedure('training.courses.list');
  const [target, setTarget] = useState<CompletionTarget | null>(null);
  const [version, setVersion] = useState(0);
  const record = (row: Assignment) => setTarget({ personId: row.personId, courseId: row.courseId });
  return (
    <Stack gap="md" key={version}>
      <Section state="overdue" onRecord={record} version={version} />
      <Section state="due_soon" onRecord={record} version={version} />
      <CompletionModal
        target={target}
        courses={courses.data ?? []}
        onClose={() => setTarget(null)}
        onSaved={async () => {
          setTarget(null);
          setVersion((v) => v + 1);
        }}
      />
    </Stack>
  );
}
