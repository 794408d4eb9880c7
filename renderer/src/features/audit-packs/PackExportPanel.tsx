// Export: runs packs.export as a job with a progress bar and Cancel, then shows what was written
// (path, size, number of files, the manifest's SHA-256) with a shortcut to verify it.
import { Button, Card, Code, CopyButton, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconPackageExport, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgressEvent } from '../../../../shared/contract';
import type { PackExportResult } from '../../../../shared/contract/areas/packs';
import { call, isClientError, subscribe } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PathText } from '../../components/PathText';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { newJobId } from '../../lib/job-id';
import { exportInput, megabytes, type PackFormState } from './pack-options';

interface PackExportPanelProps {
  form: PackFormState;
  /** The options are complete and consistent. */
  ready: boolean;
  onRunningChange(running: boolean): void;
  onExported(result: PackExportResult): void;
  onError(error: unknown): void;
  onVerify(file: string): void;
}

export function PackExportPanel({ form, ready, onRunningChange, onExported, onError, onVerify }: PackExportPanelProps) {
  const { t } = useTranslation('packs');
  const format = useFormat();
  const [running, setRunning] = useState<'idle' | 'running' | 'cancelling'>('idle');
  const [progress, setProgress] = useState<JobProgressEvent | null>(null);
  const [result, setResult] = useState<PackExportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const jobRef = useRef<string | null>(null);
  const unsubscribeRef = useRef<(() => void) | null>(null);

  useEffect(() => () => unsubscribeRef.current?.(), []);

  async function start() {
    const jobId = newJobId();
    jobRef.current = jobId;
    setError(null);
    onError(null);
    setResult(null);
    setProgress(null);
    setRunning('running');
    onRunningChange(true);
    // Listen before starting, so the first progress event is not missed.
    unsubscribeRef.current?.();
    unsubscribeRef.current = subscribe((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId) setProgress(event);
    });
    try {
      const exported = await call('packs.export', exportInput(form, jobId));
      setResult(exported);
      onExported(exported);
      notifySuccess(t('export.done', { path: exported.path }));
    } catch (caught) {
      if (isClientError(caught, 'CANCELLED')) notifySuccess(t('export.cancelled'));
      else {
        setError(caught);
        onError(caught);
      }
    } finally {
      unsubscribeRef.current?.();
      unsubscribeRef.current = null;
      jobRef.current = null;
      setRunning('idle');
      onRunningChange(false);
    }
  }

  async function cancel() {
    const jobId = jobRef.current;
    if (!jobId) return;
    setRunning('cancelling');
    try {
      await call('jobs.cancel', { jobId });
    } catch (caught) {
      setError(caught);
    }
  }

  const ratio = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('export.title')}>
      <Stack gap="md">
        <Text fw={600}>{t('export.title')}</Text>
        {running !== 'idle' ? (
          <Stack gap="xs" aria-live="polite">
            <Progress value={ratio === null ? 100 : ratio * 100} animated striped={ratio === null} size="lg" aria-label={t('export.progressLabel')} data-testid="pack-progress" />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="pack-phase">
                {progress ? t(`phase.${progress.phase}`, { defaultValue: t('phase.working') }) : t('phase.starting')}
                {ratio !== null && ` · ${format.percent(ratio)}`}
              </Text>
              <Button variant="default" size="xs" onClick={() => void cancel()} loading={running === 'cancelling'}>
                {t('export.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button leftSection={<IconPackageExport size={16} />} onClick={() => void start()} disabled={!ready}>
              {t('export.start')}
            </Button>
            {!ready && (
              <Text size="sm" c="dimmed">
                {t('export.needsFile')}
              </Text>
            )}
          </Group>
        )}
        <ErrorAlert error={error} />
        {result && (
          <Stack gap="xs" data-testid="pack-result">
            <Text size="sm" fw={500} c="teal">
              {t('export.resultTitle')}
            </Text>
            <Table verticalSpacing={4} variant="vertical" withTableBorder={false}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={200}>{t('export.path')}</Table.Th>
                  <Table.Td>
                    <PathText path={result.path} size="sm" />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('export.size')}</Table.Th>
                  <Table.Td>{t('export.sizeValue', { size: format.number(megabytes(result.bytes)), files: format.number(result.fileCount) })}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('export.generatedAt')}</Table.Th>
                  <Table.Td>{format.dateTime(result.generatedAt)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('export.manifestSha256')}</Table.Th>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Code style={{ wordBreak: 'break-all' }} data-testid="pack-manifest-sha256">
                        {result.manifestSha256}
                      </Code>
                      <CopyButton value={result.manifestSha256}>
                        {({ copied, copy }) => (
                          <Button size="compact-xs" variant="subtle" onClick={copy} leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}>
                            {copied ? t('export.copied') : t('export.copy')}
                          </Button>
                        )}
                      </CopyButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Group>
              <Button variant="default" size="xs" leftSection={<IconShieldCheck size={14} />} onClick={() => onVerify(result.path)}>
                {t('export.verifyThis')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
