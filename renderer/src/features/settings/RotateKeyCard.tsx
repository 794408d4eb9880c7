import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconRefreshAlert } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseInput } from '../../components/PassphraseInput';
import type { JobProgressEvent } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { call, isClientError, subscribe } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { newJobId } from '../../lib/job-id';

type Phase = 'idle' | 'asking' | 'running' | 'cancelling';

export function RotateKeyCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const [phase, setPhase] = useState<Phase>('idle');
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<JobProgressEvent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const jobRef = useRef<string | null>(null);
  const unsubscribeRef = useRef<(() => void) | null>(null);

  useEffect(() => () => unsubscribeRef.current?.(), []);

  function open() {
    setPassphrase('');
    setError(null);
    setCancelled(false);
    setProgress(null);
    setPhase('asking');
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return;
    const jobId = newJobId();
    jobRef.current = jobId;
    setError(null);
    setProgress(null);
    setPhase('running');
    // Listen before starting, so the first progress event is not missed.
    unsubscribeRef.current?.();
    unsubscribeRef.current = subscribe((backendEvent) => {
      if (backendEvent.type === 'job.progress' && backendEvent.jobId === jobId) setProgress(backendEvent);
    });
    const session = useSession.getState();
    session.holdScreen('main');
    try {
      const result = await call('workspace.rotateKey', { passphrase, jobId });
      setPassphrase('');
      setPhase('idle');
      useSession.getState().receivedRecoveryKey(result.status, result.recoveryKey, 'rotated', 'rekeyed');
    } catch (caught) {
      useSession.getState().holdScreen(null);
      if (isClientError(caught, 'CANCELLED')) {
        setCancelled(true);
        setPhase('idle');
      } else {
        setError(caught);
        setPhase('asking');
      }
    } finally {
      unsubscribeRef.current?.();
      unsubscribeRef.current = null;
      jobRef.current = null;
    }
  }

  async function cancel() {
    const jobId = jobRef.current;
    if (!jobId) return;
    setPhase('cancelling');
    try {
      await call('jobs.cancel', { jobId });
    } catch (caught) {
      setError(caught);
    }
  }

  const running = phase === 'running' || phase === 'cancelling';
  const ratio = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;

  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm" c="dimmed">
        {t('settings.rotate.description')}
      </Text>
      {cancelled && (
        <Alert color="gray" variant="light" withCloseButton onClose={() => setCancelled(false)} closeButtonLabel={t('common.dismiss')}>
          {t('settings.rotate.cancelled')}
        </Alert>
      )}
      <Button variant="light" color="orange" leftSection={<IconRefreshAlert size={16} />} onClick={open}>
        {t('settings.rotate.open')}
      </Button>

      <Modal
        opened={phase !== 'idle'}
        onClose={() => (running ? undefined : setPhase('idle'))}
        withCloseButton={!running}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        closeOnClickOutside={!running}
        closeOnEscape={!running}
        title={t('settings.rotate.title')}
        centered
        size="lg"
      >
        {running ? (
          <Stack gap="md" aria-live="polite">
            <Text size="sm">{t('settings.rotate.running')}</Text>
            <Progress
              value={ratio === null ? 100 : ratio * 100}
              animated={ratio === null || ratio < 1}
              striped={ratio === null}
              size="lg"
              aria-label={t('settings.rotate.progressLabel')}
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {progress ? t(`jobs.phase.${progress.phase}`, { defaultValue: progress.phase }) : t('jobs.phase.starting')}
              </Text>
              {progress && progress.total > 0 && (
                <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {t('jobs.count', { done: format.number(progress.done), total: format.number(progress.total) })}
                  {ratio !== null && ` · ${format.percent(ratio)}`}
                </Text>
              )}
            </Group>
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void cancel()} loading={phase === 'cancelling'}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={(event) => void start(event)} noValidate>
            <Stack gap="md">
              <Text size="sm">{t('settings.rotate.explain')}</Text>
              <List size="sm" spacing={4}>
                <List.Item>{t('settings.rotate.effects.reencrypt')}</List.Item>
                <List.Item>{t('settings.rotate.effects.newKey')}</List.Item>
                <List.Item>{t('settings.rotate.effects.oldKey')}</List.Item>
              </List>
              <PassphraseInput
                label={t('settings.rotate.passphrase')}
                value={passphrase}
                onChange={(event) => setPassphrase(event.currentTarget.value)}
                autoComplete="current-password"
                data-autofocus
                required
              />
              <ErrorAlert error={error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setPhase('idle')}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="orange" disabled={!passphrase}>
                  {t('settings.rotate.start')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Stack>
  );
}
