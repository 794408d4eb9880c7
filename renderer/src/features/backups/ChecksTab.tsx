// The checks tab: every failing backup check, grouped by kind, with what it means in figures and a
// link to the job or the system's backups (or to record a restore test when one is overdue).
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BACKUP_CHECK_KINDS } from '../../../../shared/contract/areas/backups';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { checkSentence, systemLabel } from './backups-view';

interface ChecksTabProps {
  onOpenJob(id: string): void;
  onOpenSystem(systemId: string | null): void;
  onRecordTest(): void;
}

export function ChecksTab({ onOpenJob, onOpenSystem, onRecordTest }: ChecksTabProps) {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const checks = useProcedure('backups.checks');
  if (checks.error) return <ErrorAlert error={checks.error} />;
  if (!checks.data) return <LoadingState />;
  if (checks.data.length === 0) return <EmptyState title={t('checks.empty')} />;
  return (
    <Stack gap="md">
      {BACKUP_CHECK_KINDS.map((kind) => {
        const ofKind = checks.data!.filter((check) => check.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <Card key={kind} withBorder radius="md" component="section" aria-label={t(`checks.kind.${kind}`)} data-testid={`backup-check-${kind}`}>
            <Group gap="xs" mb="sm">
              <Text fw={600}>{t(`checks.kind.${kind}`)}</Text>
              <Badge color="red" variant="light">
                {ofKind.length}
              </Badge>
            </Group>
            <Stack gap="xs">
              {ofKind.map((check) => (
                <Group key={`${check.systemId}:${check.jobId}`} justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {systemLabel(t, check)}
                      {check.jobName ? ` — ${check.jobName}` : ''}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {checkSentence(t, check, format.day)}
                    </Text>
                  </Stack>
                  {check.jobId ? (
                    <Anchor component="button" type="button" size="sm" onClick={() => onOpenJob(check.jobId!)} style={{ whiteSpace: 'nowrap' }}>
                      {t('checks.openJob')}
                    </Anchor>
                  ) : check.kind === 'restore_test_overdue' ? (
                    <Anchor component="button" type="button" size="sm" onClick={onRecordTest} style={{ whiteSpace: 'nowrap' }}>
                      {t('checks.recordTest')}
                    </Anchor>
                  ) : (
                    <Anchor component="button" type="button" size="sm" onClick={() => onOpenSystem(check.systemId)} style={{ whiteSpace: 'nowrap' }}>
                      {t('checks.openSystem')}
                    </Anchor>
                  )}
                </Group>
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
