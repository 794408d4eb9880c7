// Each system with its backups: how many jobs, the last successful restore, the next restore test
// (overdue in red) and its cadence, which can be changed, and how many checks fail.
import { ActionIcon, Badge, Card, Group, Modal, NumberInput, Stack, Table, Text, Title, Tooltip, Button } from '@mantine/core';
import { IconClockEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSystem } from '../../../../shared/contract/areas/backups';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { systemLabel } from './backups-view';

export function SystemsTable({ systems, onChanged }: { systems: BackupSystem[]; onChanged(): void }) {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const [editing, setEditing] = useState<BackupSystem | null>(null);
  const [months, setMonths] = useState<number>(12);
  const [error, setError] = useState<unknown>(null);
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t('systems.heading')}>
      <Title order={3} size="h5" p="md">
        {t('systems.heading')}
      </Title>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('systems.system')}</Table.Th>
              <Table.Th>{t('systems.jobs')}</Table.Th>
              <Table.Th>{t('systems.lastSuccess')}</Table.Th>
              <Table.Th>{t('systems.nextTest')}</Table.Th>
              <Table.Th>{t('systems.cadence')}</Table.Th>
              <Table.Th>{t('systems.checks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {systems.map((system) => (
              <Table.Tr key={system.systemId ?? 'workspace'} data-testid={`backup-system-${system.systemId ?? 'workspace'}`}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={500}>
                      {systemLabel(t, system)}
                    </Text>
                    <Group gap={4}>
                      {system.holdsPersonalData && (
                        <Badge size="xs" variant="light" color="blue" style={{ textTransform: 'none' }}>
                          {t('systems.personalData')}
                        </Badge>
                      )}
                      {system.holdsSensitiveData && (
                        <Badge size="xs" variant="light" color="grape" style={{ textTransform: 'none' }}>
                          {t('systems.sensitiveData')}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>{system.jobCount}</Table.Td>
                <Table.Td>{system.lastSuccessfulRestoreOn ? format.day(system.lastSuccessfulRestoreOn) : <Text c="dimmed" size="sm">{t('systems.never')}</Text>}</Table.Td>
                <Table.Td>
                  {system.nextTestDue ? (
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" c={system.testOverdue ? 'red' : undefined}>
                        {format.day(system.nextTestDue)}
                      </Text>
                      {system.testOverdue && (
                        <Badge size="xs" color="red" variant="light" style={{ textTransform: 'none' }}>
                          {t('systems.overdue')}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text c="dimmed" size="sm">
                      {t('systems.none')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm">{t('systems.months', { count: system.restoreTestMonths })}</Text>
                    <Tooltip label={t('systems.setCadence')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('systems.setCadence')}
                        onClick={() => {
                          setEditing(system);
                          setMonths(system.restoreTestMonths);
                          setError(null);
                        }}
                      >
                        <IconClockEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {system.checks.length > 0 ? (
                    <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
                      {t('jobs.failing', { count: system.checks.length })}
                    </Badge>
                  ) : (
                    <Text c="dimmed" size="sm">
                      {t('systems.none')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('systems.cadenceTitle', { name: systemLabel(t, editing) }) : ''}>
        <Stack>
          <NumberInput label={t('systems.cadenceLabel')} min={1} max={120} allowDecimal={false} value={months} onChange={(value) => setMonths(typeof value === 'number' ? value : 12)} />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button
              onClick={() => {
                if (!editing) return;
                call('backups.systems.setCadence', { systemId: editing.systemId, months })
                  .then(() => {
                    setEditing(null);
                    onChanged();
                  })
                  .catch(setError);
              }}
            >
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
