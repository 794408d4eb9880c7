// The restore tests tab: every test, newest first, with its result, measured time against the RTO,
// what was verified and its follow-up actions (open ones can be marked done here); a test opens in
// its form.
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../../../shared/contract/areas/backups';
import { call } from '../../client/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { systemLabel } from './backups-view';
import { RestoreTestForm } from './RestoreTestForm';

const RESULT_COLORS: Record<RestoreResult, string> = { pass: 'teal', partial: 'orange', fail: 'red' };

export function RestoreTestsTab({ selectedId, onSelect }: { selectedId?: string; onSelect(id: string | null): void }) {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const tests = useProcedure('backups.restoreTests.list', {});
  const systems = useProcedure('backups.systems.list');
  const jobs = useProcedure('backups.jobs.list');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const selected = tests.data?.find((test) => test.id === selectedId) ?? null;

  return (
    <Stack gap="md">
      <ErrorAlert error={tests.error ?? error} />
      {!tests.data && tests.loading && <LoadingState />}
      {tests.data && (
        <Card withBorder radius="md" padding={0} component="section" aria-label={t('tests.heading')}>
          <Group p="md" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Text fw={600}>{t('tests.heading')}</Text>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('tests.new')}
            </Button>
          </Group>
          {tests.data.length === 0 ? (
            <EmptyState title={t('tests.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={1200}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('tests.columns.date')}</Table.Th>
                    <Table.Th>{t('tests.columns.system')}</Table.Th>
                    <Table.Th>{t('tests.columns.job')}</Table.Th>
                    <Table.Th>{t('tests.columns.result')}</Table.Th>
                    <Table.Th>{t('tests.columns.time')}</Table.Th>
                    <Table.Th>{t('tests.columns.verified')}</Table.Th>
                    <Table.Th>{t('tests.columns.followUps')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tests.data.map((test) => {
                    const open = test.followUps.filter((f) => f.status === 'open');
                    return (
                      <Table.Tr key={test.id} data-testid={`restore-test-${test.id}`}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component="button" type="button" fw={600} onClick={() => onSelect(test.id)}>
                            {format.day(test.testedOn)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{systemLabel(t, test)}</Table.Td>
                        <Table.Td>{test.backupJobName || '—'}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Badge color={RESULT_COLORS[test.result]} variant="light" style={{ textTransform: 'none' }}>
                            {t(`results.${test.result}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {test.restoreMinutes === null ? (
                            '—'
                          ) : (
                            <Text size="sm" c={test.withinRto === false ? 'red' : undefined}>
                              {t('tests.minutes', { count: test.restoreMinutes })}
                              {test.withinRto === true && ` · ${t('tests.withinRto')}`}
                              {test.withinRto === false && ` · ${t('tests.overRto', { hours: test.rtoHours })}`}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td maw={260}>
                          <Text size="sm" lineClamp={2}>
                            {test.dataVerified || '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {test.followUps.length === 0 ? (
                            <Text size="sm" c="dimmed">
                              {t('tests.noFollowUps')}
                            </Text>
                          ) : (
                            <Stack gap={4}>
                              {test.followUps.map((followUp) => (
                                <Stack key={followUp.id} gap={0} align="flex-start">
                                  <Text size="sm" td={followUp.status === 'done' ? 'line-through' : undefined} c={followUp.overdue ? 'red' : undefined}>
                                    {followUp.description} ({followUp.owner ? `${followUp.owner}, ` : ''}
                                    {format.day(followUp.dueDate)})
                                  </Text>
                                  {followUp.status === 'open' && (
                                    <Button
                                      size="compact-xs"
                                      variant="subtle"
                                      leftSection={<IconCheck size={12} />}
                                      onClick={() => {
                                        setError(null);
                                        call('backups.followUps.setStatus', { id: followUp.id, status: 'done' })
                                          .then(() => tests.reload())
                                          .catch(setError);
                                      }}
                                    >
                                      {t('testForm.markDone')}
                                    </Button>
                                  )}
                                </Stack>
                              ))}
                              {open.length === 0 && (
                                <Text size="xs" c="teal">
                                  {t('tests.allDone')}
                                </Text>
                              )}
                            </Stack>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <RestoreTestForm
        opened={creating || selected !== null}
        test={creating ? null : selected}
        systems={systems.data ?? []}
        jobs={jobs.data ?? []}
        onClose={() => {
          setCreating(false);
          onSelect(null);
        }}
        onSaved={(test) => {
          setCreating(false);
          notifySuccess(test ? t('testForm.saved') : t('testForm.deleted'));
          onSelect(null);
          void tests.reload();
          void systems.reload();
        }}
      />
    </Stack>
  );
}
