// Step 4 of an import wizard: the commit's phase and progress with Cancel (refused once only the
// commit itself is left: `cancelClosed`), then how it ended, the wizard's `summary` of what was written.
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportNamespace } from './ImportWizardModal';
import type { ImportJob } from './use-import-job';

interface ImportRunStepProps<R> {
  ns: ImportNamespace;
  job: ImportJob<R>;
  cancelClosed: boolean;
  summary(result: R): ReactNode;
  onClose(): void;
}

export function ImportRunStep<R>({ ns, job, cancelClosed, summary, onClose }: ImportRunStepProps<R>) {
  const { t } = useTranslation(ns);
  const { progress } = job;
  return (
    <Stack gap="sm" aria-live="polite">
      {!job.finished && (
        <>
          <Text size="sm">{progress ? t(`phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('phase.read')}</Text>
          <Progress value={progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 100} animated striped={!progress} size="lg" aria-label={t('import.progress')} />
          {progress?.phase === 'write' && (
            <Text size="xs" c="dimmed">
              {t('import.writeNote')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" color="red" onClick={() => void job.cancel()} loading={job.cancelling} disabled={cancelClosed}>
              {t('actions.cancel')}
            </Button>
          </Group>
        </>
      )}
      {job.cancelled && <Alert color="gray">{t('result.cancelled')}</Alert>}
      {job.result !== null && (
        <Alert color="green" title={t('result.title')}>
          {summary(job.result)}
        </Alert>
      )}
      {job.finished && (
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('import.close')}</Button>
        </Group>
      )}
    </Stack>
  );
}
