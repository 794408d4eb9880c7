// The runbooks list: reference, title, status, the version in force and when the next drill is due;
// a runbook opens in its detail view. New runbooks start from a template or blank.
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { CreateRunbookModal } from './CreateRunbookModal';
import { RunbookDetail } from './RunbookDetail';
import { STATUS_COLORS } from './runbook-format';

export function RunbooksListTab({ selectedId, onSelect }: { selectedId?: string; onSelect(id?: string): void }) {
  const { t } = useTranslation('runbooks');
  const format = useFormat();
  const runbooks = useProcedure('runbooks.list');
  const [creating, setCreating] = useState(false);

  if (selectedId) return <RunbookDetail id={selectedId} onBack={() => onSelect(undefined)} onChanged={() => void runbooks.reload()} />;

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('list.new')}
        </Button>
      </Group>
      <ErrorAlert error={runbooks.error} />
      {!runbooks.data && runbooks.loading && <LoadingState />}
      {runbooks.data && runbooks.data.length === 0 && <EmptyState title={t('list.empty')} />}
      {runbooks.data && runbooks.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={t('tabs.runbooks')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.ref')}</Table.Th>
                <Table.Th>{t('list.titleColumn')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('list.inForce')}</Table.Th>
                <Table.Th>{t('list.lastDrill')}</Table.Th>
                <Table.Th>{t('list.drillDue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runbooks.data.map((runbook) => (
                <Table.Tr key={runbook.id} data-testid={`runbook-${runbook.ref}`}>
                  <Table.Td>{runbook.ref}</Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => onSelect(runbook.id)}>
                      {runbook.title}
                    </Anchor>
                    {runbook.owner && (
                      <Text size="xs" c="dimmed">
                        {runbook.owner}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[runbook.status]} radius="sm" style={{ textTransform: 'none' }}>
                      {t(`status.${runbook.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{runbook.currentVersion ? t('list.versionOn', { number: runbook.currentVersion.number, date: format.date(runbook.currentVersion.approvedAt) }) : '—'}</Table.Td>
                  <Table.Td>{runbook.lastDrillOn ? format.day(runbook.lastDrillOn) : t('list.never')}</Table.Td>
                  <Table.Td>
                    {runbook.drillDueOn ? (
                      <Text size="sm" c={runbook.drillOverdue ? 'red' : undefined} fw={runbook.drillOverdue ? 600 : undefined}>
                        {runbook.drillOverdue ? t('list.overdueSince', { date: format.day(runbook.drillDueOn) }) : format.day(runbook.drillDueOn)}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateRunbookModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void runbooks.reload();
          onSelect(id);
        }}
      />
    </Stack>
  );
}
