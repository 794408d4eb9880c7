import { Alert, Anchor, Button, Divider, Group, Paper, SegmentedControl, Stack, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconClock, IconDeviceDesktop, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseInput } from '../../components/PassphraseInput';
import type { Secret } from '../../../../shared/contract';
import { refreshStatus } from '../../app/session-actions';
import { useSession } from '../../app/session-store';
import { call, ClientError, isClientError, platform } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CenteredLayout } from '../../components/CenteredLayout';
import { PathText } from '../../components/PathText';
import { joinSentences } from '../../lib/format';
import { useCountdown } from './use-countdown';

type Method = 'passphrase' | 'recovery';

export function UnlockScreen() {
  const { t } = useTranslation();
  const status = useSession((state) => state.status);
  const lockReason = useSession((state) => state.lockReason);
  const [method, setMethod] = useState<Method>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [throttledUntil, setThrottledUntil] = useState<number | null>(null);
  const [deviceReady, setDeviceReady] = useState(false);
  const secondsLeft = useCountdown(throttledUntil);
  const api = platform();
  const keychain = api?.keychain;

  const path = status.state === 'locked' ? status.path : '';
  const deviceUnlockAvailable = status.state === 'locked' && status.deviceUnlockAvailable;

  useEffect(() => {
    if (!keychain || !deviceUnlockAvailable || !path) {
      setDeviceReady(false);
      return;
    }
    let live = true;
    Promise.all([keychain.available(), keychain.enabledFor(path)])
      .then(([available, enabled]) => {
        if (live) setDeviceReady(available && enabled);
      })
      .catch(() => {
        if (live) setDeviceReady(false);
      });
    return () => {
      live = false;
    };
  }, [keychain, deviceUnlockAvailable, path]);

  if (status.state !== 'locked') return null;

  function handleError(caught: unknown) {
    if (isClientError(caught, 'THROTTLED')) {
      const wait = typeof caught.details.retryAfterMs === 'number' ? caught.details.retryAfterMs : 1000;
      setThrottledUntil(Date.now() + wait);
    }
    setError(caught);
  }

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (secondsLeft > 0) return;
    const secret: Secret =
      method === 'passphrase' ? { kind: 'passphrase', passphrase } : { kind: 'recovery', recoveryKey: recoveryKey.trim() };
    setBusy(true);
    setError(null);
    try {
      const next = await call('workspace.open', { path, secret });
      setPassphrase('');
      setRecoveryKey('');
      useSession.getState().setStatus(next, 'opened');
    } catch (caught) {
      handleError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function unlockWithDevice() {
    if (!keychain) return;
    setBusy(true);
    setError(null);
    try {
      const envelope = await keychain.unlock(path);
      if (!envelope.ok) throw new ClientError(envelope.error.code, envelope.error.message, envelope.error.details ?? {});
      await refreshStatus();
    } catch (caught) {
      handleError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function openAnother() {
    setError(null);
    try {
      useSession.getState().setStatus(await call('workspace.close'), 'closed');
    } catch (caught) {
      setError(caught);
    }
  }

  const throttled = secondsLeft > 0;
  const secretMissing = method === 'passphrase' ? !passphrase : !recoveryKey.trim();

  return (
    <CenteredLayout width={480}>
      <Paper withBorder radius="md" shadow="xs" p="xl">
        <Stack gap="lg">
          <Stack gap={6} align="center" ta="center">
            <ThemeIcon size={48} radius="xl" variant="light">
              <IconLock size={26} />
            </ThemeIcon>
            <Title order={1} size="h3">
              {t('unlock.title', { name: status.name })}
            </Title>
            <PathText size="xs" c="dimmed" path={status.path} />
          </Stack>

          {lockReason === 'idle' && (
            <Alert color="gray" variant="light" icon={<IconClock size={18} />}>
              {t('unlock.lockedIdle')}
            </Alert>
          )}

          <form onSubmit={(event) => void unlock(event)} noValidate>
            <Stack gap="md">
              <SegmentedControl
                fullWidth
                value={method}
                onChange={(value) => {
                  setMethod(value as Method);
                  setError(null);
                }}
                data={[
                  { value: 'passphrase', label: t('unlock.method.passphrase') },
                  { value: 'recovery', label: t('unlock.method.recovery') },
                ]}
                aria-label={t('unlock.method.label')}
              />
              {method === 'passphrase' ? (
                <PassphraseInput
                  label={t('unlock.passphrase')}
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.currentTarget.value)}
                  autoComplete="current-password"
                  data-autofocus
                  autoFocus
                  disabled={busy}
                />
              ) : (
                <TextInput
                  label={t('unlock.recoveryKey')}
                  description={t('unlock.recoveryKeyHint')}
                  value={recoveryKey}
                  onChange={(event) => setRecoveryKey(event.currentTarget.value)}
                  autoComplete="off"
                  spellCheck={false}
                  autoFocus
                  disabled={busy}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                />
              )}

              {throttled ? (
                <Alert color="orange" variant="light" icon={<IconClock size={18} />} role="alert">
                  {joinSentences([t('errors:THROTTLED'), t('errors:retryAfter', { count: secondsLeft })])}
                </Alert>
              ) : (
                !isClientError(error, 'THROTTLED') && <ErrorAlert error={error} fieldLabels={{ 'secret.passphrase': t('unlock.passphrase'), 'secret.recoveryKey': t('unlock.recoveryKey') }} />
              )}

              <Button type="submit" fullWidth loading={busy} disabled={throttled || secretMissing} leftSection={<IconLockOpen size={16} />}>
                {throttled ? t('unlock.waitSubmit', { count: secondsLeft }) : t('unlock.submit')}
              </Button>

              {deviceReady && (
                <Button variant="light" fullWidth leftSection={<IconDeviceDesktop size={16} />} onClick={() => void unlockWithDevice()} disabled={busy || throttled}>
                  {t('unlock.device')}
                </Button>
              )}
            </Stack>
          </form>

          <Divider />
          <Group justify="center">
            <Anchor component="button" type="button" size="sm" onClick={() => void openAnother()}>
              {t('unlock.openAnother')}
            </Anchor>
          </Group>
        </Stack>
      </Paper>
    </CenteredLayout>
  );
}
