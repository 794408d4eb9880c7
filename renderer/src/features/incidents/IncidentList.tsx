// The incident register: a table of incidents with severity, status, the breach flag and a live
// countdown to the next notification due.
import { Anchor, Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { useNow } from '../requests/DueBadge';
import { IncidentStatusBadge, SeverityBadge } from './Badges';
import { IncidentForm } from './IncidentForm';
import { NextClock } from './NextClock';

export function IncidentList({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const now = useNow();
  const incidents = useProcedure('incidents.list');
  const [creating, setCreating] = useState(false);

  return (
    <>
      <ErrorAlert error={incidents.error} />
      {!incidents.data && incidents.loading && <LoadingState />}
      {incidents.data && (
        <Card withBorder radius="md" padding={0} component="section" aria-label={t('tabs.incidents')}>
          <Group p="md" justify="flex-end" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('list.new')}
            </Button>
          </Group>
          {incidents.data.length === 0 ? (
            <EmptyState title={t('list.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.columns.ref')}</Table.Th>
                    <Table.Th>{t('list.columns.title')}</Table.Th>
                    <Table.Th>{t('list.columns.detected')}</Table.Th>
                    <Table.Th>{t('list.columns.severity')}</Table.Th>
                    <Table.Th>{t('list.columns.status')}</Table.Th>
                    <Table.Th>{t('list.columns.breach')}</Table.Th>
                    <Table.Th>{t('list.columns.nextClock')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {incidents.data.map((incident) => (
                    <Table.Tr key={incident.id} data-testid={`incident-${incident.ref}`}>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={600} style={{ whiteSpace: 'nowrap' }} onClick={() => onOpen(incident.id)}>
                          {incident.ref}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{incident.title}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(incident.detectedAt)}</Table.Td>
                      <Table.Td>
                        <SeverityBadge severity={incident.severity} />
                      </Table.Td>
                      <Table.Td>
                        <IncidentStatusBadge status={incident.status} />
                      </Table.Td>
                      <Table.Td>
                        {incident.personalDataBreach && (
                          <Badge color="red" variant="outline" radius="sm" style={{ textTransform: 'none' }}>
                            {t('list.breach')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{incident.personalDataBreach ? <NextClock clock={incident.nextClock} now={now} /> : <Text c="dimmed">—</Text>}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <IncidentForm
        opened={creating}
        incident={null}
        onClose={() => setCreating(false)}
        onSaved={(incident) => {
          setCreating(false);
          onOpen(incident.id);
        }}
      />
    </>
  );
}
