import { Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { ClientError, platform } from '../../client/client';
import { describeError } from '../../client/error-message';
import { notifySuccess, notifyError } from '../../lib/notify';

function unwrap(envelope: Envelope<unknown>): void {
  if (!envelope.ok) throw new ClientError(envelope.error.code, envelope.error.message, envelope.error.details ?? {});
}

/** Desktop app only: keep a key for this workspace in the OS keychain, to unlock without typing. */
export function DeviceKeychainSetting() {
  const { t } = useTranslation();
  const keychain = platform()?.keychain;
  const path = useSession((state) => (state.status.state === 'closed' ? '' : state.status.path));
  const [available, setAvailable] = useState<boolean | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!keychain || !path) return;
    let live = true;
    Promise.all([keychain.available(), keychain.enabledFor(path)])
      .then(([isAvailable, isEnabled]) => {
        if (!live) return;
        setAvailable(isAvailable);
        setEnabled(isEnabled);
      })
      .catch(() => live && setAvailable(false));
    return () => {
      live = false;
    };
  }, [keychain, path]);

  if (!keychain) return null;

  async function toggle(next: boolean) {
    if (!keychain) return;
    setBusy(true);
    try {
      unwrap(next ? await keychain.enable() : await keychain.disable());
      setEnabled(next);
      notifySuccess(next ? t('settings.device.enabled') : t('settings.device.disabled'));
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap={6}>
      <Switch
        label={t('settings.device.label')}
        description={t('settings.device.description')}
        checked={enabled}
        disabled={busy || available !== true}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
      {available === false && (
        <Text size="xs" c="dimmed">
          {t('settings.device.unavailable')}
        </Text>
      )}
    </Stack>
  );
}
