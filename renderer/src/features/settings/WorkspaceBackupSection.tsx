// Settings › Workspace backups: back up now (with progress and cancel), check the latest backup, and
// the schedule (folder, interval, copies kept) that runs while the workspace is unlocked.
import { Alert, Button, Group, NumberInput, Progress, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { IconDatabaseExport, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgressEvent } from '../../../../shared/contract';
import { BACKUP_KEEP_MAX } from '../../../../shared/contract/areas/workspace-backup';
import { call, isClientError, subscribe } from '../../client/client';
import { describeError, fieldErrors } from '../../client/error-message';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { DirectoryField } from '../start/DirectoryField';
import { newJobId } from '../../lib/job-id';
import { SettingsSection } from './SettingsSection';

const INTERVALS = [6, 12, 24, 72, 168] as const;

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export function WorkspaceBackupSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const loaded = useProcedure('workspaceBackup.settings.get');
  const [folder, setFolder] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [intervalHours, setIntervalHours] = useState<number>(24);
  const [keep, setKeep] = useState<number | string>(7);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [running, setRunning] = useState<'idle' | 'running' | 'cancelling'>('idle');
  const [progress, setProgress] = useState<JobProgressEvent | null>(null);
  const [jobError, setJobError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const jobRef = useRef<string | null>(null);
  const unsubscribeRef = useRef<(() => void) | null>(null);

  useEffect(() => () => unsubscribeRef.current?.(), []);
  useEffect(() => {
    if (!loaded.data) return;
    setFolder(loaded.data.folder);
    setEnabled(loaded.data.enabled);
    setIntervalHours(loaded.data.intervalHours);
    setKeep(loaded.data.keep);
  }, [loaded.data]);

  const status = loaded.data;
  const keepValid = typeof keep === 'number' && Number.isInteger(keep) && keep >= 1 && keep <= BACKUP_KEEP_MAX;
  const dirty = !!status && (folder.trim() !== status.folder || enabled !== status.enabled || intervalHours !== status.intervalHours || keep !== status.keep);
  const intervalOptions = [...new Set([...INTERVALS, intervalHours])].sort((a, b) => a - b);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!keepValid) return;
    setSaving(true);
    setSaveError(null);
    try {
      loaded.setData(await call('workspaceBackup.settings.update', { folder: folder.trim(), enabled, intervalHours, keep }));
      notifySuccess(t('workspaceBackup.saved'));
    } catch (caught) {
      setSaveError(caught);
    } finally {
      setSaving(false);
    }
  }

  async function backUpNow() {
    if (folder.trim() === '') return;
    const jobId = newJobId();
    jobRef.current = jobId;
    setJobError(null);
    setProgress(null);
    setRunning('running');
    // Listen before starting, so the first progress event is not missed.
    unsubscribeRef.current?.();
    unsubscribeRef.current = subscribe((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId) setProgress(event);
    });
    try {
      const result = await call('workspaceBackup.create', { jobId, folder: folder.trim(), ...(keepValid ? { keep } : {}) });
      notifySuccess(t('workspaceBackup.done', { file: result.fileName, size: format.number(megabytes(result.bytes)) }));
      await loaded.reload();
    } catch (caught) {
      if (isClientError(caught, 'CANCELLED')) notifySuccess(t('workspaceBackup.cancelled'));
      else setJobError(caught);
    } finally {
      unsubscribeRef.current?.();
      unsubscribeRef.current = null;
      jobRef.current = null;
      setRunning('idle');
    }
  }

  async function cancel() {
    const jobId = jobRef.current;
    if (!jobId) return;
    setRunning('cancelling');
    try {
      await call('jobs.cancel', { jobId });
    } catch (caught) {
      setJobError(caught);
    }
  }

  async function verifyLatest() {
    const file = status?.lastBackup?.file;
    if (!file) return;
    setVerifying(true);
    try {
      const result = await call('workspaceBackup.verify', { file });
      notifySuccess(t(result.auditChain.ok ? 'workspaceBackup.verified' : 'workspaceBackup.verifiedChainBroken', { file: status.lastBackup?.fileName }));
    } catch (caught) {
      notifyError(describeError(t, caught));
    } finally {
      setVerifying(false);
    }
  }

  const ratio = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;
  const serverErrors = fieldErrors(t, saveError);

  return (
    <SettingsSection title={t('workspaceBackup.title')} description={t('workspaceBackup.description')}>
      <ErrorAlert error={loaded.error} />
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack gap="md">
          <DirectoryField
            label={t('workspaceBackup.folder')}
            description={t('workspaceBackup.folderHint')}
            value={folder}
            onChange={setFolder}
            error={serverErrors.folder}
            disabled={!status || running !== 'idle'}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Select
              label={t('workspaceBackup.interval')}
              data={intervalOptions.map((hours) => ({ value: String(hours), label: t('workspaceBackup.everyHours', { count: hours }) }))}
              value={String(intervalHours)}
              onChange={(value) => value && setIntervalHours(Number(value))}
              allowDeselect={false}
              disabled={!status}
            />
            <NumberInput
              label={t('workspaceBackup.keep')}
              description={t('workspaceBackup.keepHint')}
              value={keep}
              onChange={setKeep}
              min={1}
              max={BACKUP_KEEP_MAX}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              disabled={!status}
              error={keep !== '' && !keepValid ? t('workspaceBackup.keepInvalid', { max: BACKUP_KEEP_MAX }) : serverErrors.keep}
            />
          </SimpleGrid>
          <Switch label={t('workspaceBackup.enabled')} description={t('workspaceBackup.enabledHint')} checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} disabled={!status} />
          <ErrorAlert error={saveError} />
          <Group justify="flex-end">
            <Button type="submit" loading={saving} disabled={!dirty || !keepValid}>
              {t('workspaceBackup.save')}
            </Button>
          </Group>
        </Stack>
      </form>

      {status && (
        <Stack gap={4}>
          <Text size="sm">
            {status.lastBackup
              ? t('workspaceBackup.last', { file: status.lastBackup.fileName, date: format.dateTime(status.lastBackup.createdAt), size: format.number(megabytes(status.lastBackup.bytes)) })
              : t('workspaceBackup.none')}
          </Text>
          {status.nextDueAt && (
            <Text size="sm" c="dimmed">
              {t('workspaceBackup.next', { date: format.dateTime(status.nextDueAt) })}
            </Text>
          )}
          {status.lastError && (
            <Alert color="red" variant="light">
              {t('workspaceBackup.lastError', { date: format.dateTime(status.lastError.at), reason: t(`errors:${status.lastError.code}`, { defaultValue: status.lastError.code, part: '' }) })}
            </Alert>
          )}
        </Stack>
      )}

      {running !== 'idle' ? (
        <Stack gap="xs" aria-live="polite">
          <Progress value={ratio === null ? 100 : ratio * 100} animated striped={ratio === null} size="lg" aria-label={t('workspaceBackup.progressLabel')} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {progress ? t(`workspaceBackup.phase.${progress.phase}`, { defaultValue: progress.phase }) : t('jobs.phase.starting')}
              {ratio !== null && ` · ${format.percent(ratio)}`}
            </Text>
            <Button variant="default" size="xs" onClick={() => void cancel()} loading={running === 'cancelling'}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap="sm">
          <Button variant="light" leftSection={<IconDatabaseExport size={16} />} onClick={() => void backUpNow()} disabled={!status || folder.trim() === ''}>
            {t('workspaceBackup.now')}
          </Button>
          {status?.lastBackup && (
            <Button variant="default" leftSection={<IconShieldCheck size={16} />} onClick={() => void verifyLatest()} loading={verifying}>
              {t('workspaceBackup.verify')}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={jobError} />
    </SettingsSection>
  );
}
