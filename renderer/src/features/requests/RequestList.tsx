// The register: filters, and a table of requests with a live countdown to the deadline in force,
// open requests first and overdue ones highlighted.
import { Anchor, Button, Card, Checkbox, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_LAWS, REQUEST_STATUSES, type RequestStatus, type RequestSummary } from '../../../../shared/contract/areas/requests';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { DueBadge, useNow } from './DueBadge';
import { RequestForm } from './RequestForm';
import { filterRequests, runningDeadline, sortRequests } from './request-view';
import { StatusBadge } from './StatusBadge';

export function RequestList({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const now = useNow();
  const requests = useProcedure('requests.list');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RequestStatus | null>(null);
  const [law, setLaw] = useState<RequestSummary['law'] | null>(null);
  const [openOnly, setOpenOnly] = useState(false);
  const [creating, setCreating] = useState(false);

  const visible = useMemo(() => sortRequests(filterRequests(requests.data ?? [], { text, status, law, openOnly })), [requests.data, text, status, law, openOnly]);
  const overdue = (requests.data ?? []).filter((r) => {
    const running = runningDeadline(r);
    return running !== null && Date.parse(running.due) < now;
  }).length;

  return (
    <>
      <ErrorAlert error={requests.error} />
      {!requests.data && requests.loading && <LoadingState />}
      {requests.data && (
        <Card withBorder radius="md" padding={0} component="section" aria-label={t('tabs.requests')}>
          <Group p="md" gap="sm" align="flex-end" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Group gap="sm" align="flex-end">
              <TextInput label={t('list.search')} leftSection={<IconSearch size={16} />} value={text} onChange={(event) => setText(event.currentTarget.value)} w={220} />
              <Select
                label={t('list.status')}
                placeholder={t('list.all')}
                clearable
                value={status}
                onChange={(value) => setStatus(value as RequestStatus | null)}
                data={REQUEST_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
                w={180}
              />
              <Select
                label={t('list.law')}
                placeholder={t('list.all')}
                clearable
                value={law}
                onChange={(value) => setLaw(value as RequestSummary['law'] | null)}
                data={REQUEST_LAWS.map((value) => ({ value, label: t(`laws.${value}`) }))}
                w={160}
              />
              <Checkbox label={t('list.openOnly')} checked={openOnly} onChange={(event) => setOpenOnly(event.currentTarget.checked)} mb={8} />
              {overdue > 0 && (
                <Text c="red" fw={600} mb={6}>
                  {t('list.overdueCount', { count: overdue })}
                </Text>
              )}
            </Group>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('list.new')}
            </Button>
          </Group>
          {requests.data.length === 0 ? (
            <EmptyState title={t('list.empty')} />
          ) : visible.length === 0 ? (
            <Text p="md" c="dimmed">
              {t('list.noMatch')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.columns.ref')}</Table.Th>
                    <Table.Th>{t('list.columns.received')}</Table.Th>
                    <Table.Th>{t('list.columns.law')}</Table.Th>
                    <Table.Th>{t('list.columns.type')}</Table.Th>
                    <Table.Th>{t('list.columns.requester')}</Table.Th>
                    <Table.Th>{t('list.columns.status')}</Table.Th>
                    <Table.Th>{t('list.columns.due')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {visible.map((request) => {
                    const running = runningDeadline(request);
                    const late = running !== null && Date.parse(running.due) < now;
                    return (
                      <Table.Tr key={request.id} bg={late ? 'var(--mantine-color-red-light)' : undefined} data-testid={`request-${request.ref}`}>
                        <Table.Td>
                          <Anchor component="button" type="button" fw={600} style={{ whiteSpace: 'nowrap' }} onClick={() => onOpen(request.id)}>
                            {request.ref}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{format.dateTime(request.receivedAt)}</Table.Td>
                        <Table.Td>{t(`laws.${request.law}`)}</Table.Td>
                        <Table.Td>{t(`types.${request.type}`)}</Table.Td>
                        <Table.Td>{request.requesterName}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={request.status} />
                        </Table.Td>
                        <Table.Td>{running ? <DueBadge due={running.due} now={now} /> : <Text c="dimmed">{request.status === 'closed' || request.status === 'responded' ? t('due.answered') : t('due.none')}</Text>}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <RequestForm
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          onOpen(id);
        }}
      />
    </>
  );
}
