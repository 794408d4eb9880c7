// The jobs tab: each system with its backups (last successful restore, next restore test), then the
// backup jobs with their schedule, storage, encryption, targets and failing checks; a job opens in a
// drawer.
import { Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { useScheduleSentence } from '../../components/RecurrenceEditor';
import type { BackupJob } from '../../../../shared/contract/areas/backups';
import { systemLabel } from './backups-view';
import { JobDrawer } from './JobDrawer';
import { SystemsTable } from './SystemsTable';

function ScheduleCell({ job }: { job: BackupJob }) {
  const sentence = useScheduleSentence(job.schedule);
  return <Text size="sm">{sentence.text}</Text>;
}

export function JobsTab({ selectedId, onSelect }: { selectedId?: string; onSelect(id: string | null): void }) {
  const { t } = useTranslation('backups');
  const jobs = useProcedure('backups.jobs.list');
  const systems = useProcedure('backups.systems.list');
  const [creating, setCreating] = useState(false);
  const selected = jobs.data?.find((job) => job.id === selectedId) ?? null;
  const reload = () => {
    void jobs.reload();
    void systems.reload();
  };

  return (
    <Stack gap="md">
      <ErrorAlert error={jobs.error ?? systems.error} />
      {(!jobs.data || !systems.data) && (jobs.loading || systems.loading) && <LoadingState />}
      {systems.data && <SystemsTable systems={systems.data} onChanged={reload} />}
      {jobs.data && (
        <Card withBorder radius="md" padding={0} component="section" aria-label={t('jobs.heading')}>
          <Group p="md" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Text fw={600}>{t('jobs.heading')}</Text>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('jobs.new')}
            </Button>
          </Group>
          {jobs.data.length === 0 ? (
            <EmptyState title={t('jobs.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('jobs.columns.system')}</Table.Th>
                    <Table.Th>{t('jobs.columns.name')}</Table.Th>
                    <Table.Th>{t('jobs.columns.type')}</Table.Th>
                    <Table.Th>{t('jobs.columns.schedule')}</Table.Th>
                    <Table.Th>{t('jobs.columns.storage')}</Table.Th>
                    <Table.Th>{t('jobs.columns.encrypted')}</Table.Th>
                    <Table.Th>{t('jobs.columns.targets')}</Table.Th>
                    <Table.Th>{t('jobs.columns.checks')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {jobs.data.map((job) => (
                    <Table.Tr key={job.id} data-testid={`backup-job-${job.id}`}>
                      <Table.Td>{job.systemExists ? systemLabel(t, job) : t('systemDeleted', { name: job.systemName })}</Table.Td>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={600} onClick={() => onSelect(job.id)}>
                          {job.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`types.${job.type}`)}</Table.Td>
                      <Table.Td maw={280}>
                        <ScheduleCell job={job} />
                      </Table.Td>
                      <Table.Td>
                        {t(`media.${job.medium}`)} · {t(`locations.${job.location}`)}
                        {job.country ? ` · ${job.country}` : ''}
                      </Table.Td>
                      <Table.Td>{job.encrypted ? `${t('jobs.encryptedYes')} (${job.encryptionMethod})` : t('jobs.encryptedNo')}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {job.rpoHours === null ? '—' : t('jobs.hours', { count: job.rpoHours })} / {job.rtoHours === null ? '—' : t('jobs.hours', { count: job.rtoHours })}
                      </Table.Td>
                      <Table.Td>
                        {job.checks.length === 0 ? (
                          <Text size="sm" c="teal">
                            {t('jobs.allChecksPass')}
                          </Text>
                        ) : (
                          <Stack gap={2}>
                            {job.checks.map((check) => (
                              <Text key={check.kind} size="sm" c="red">
                                {t(`checks.kind.${check.kind}`)}
                              </Text>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <JobDrawer
        opened={creating || selected !== null}
        job={creating ? null : selected}
        systems={systems.data ?? []}
        onClose={() => {
          setCreating(false);
          onSelect(null);
        }}
        onSaved={(job) => {
          setCreating(false);
          notifySuccess(job ? t('form.saved') : t('form.deleted'));
          onSelect(job?.id ?? null);
          reload();
        }}
      />
    </Stack>
  );
}
