import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseInput } from '../../components/PassphraseInput';
import { useSession } from '../../app/session-store';
import { call, isClientError } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields, useNewPassphrase } from '../../components/NewPassphraseFields';
import { notifySuccess } from '../../lib/notify';

export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const name = useSession((state) => (state.status.state === 'unlocked' ? state.status.name : ''));
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase([name]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!current || !next.valid) return;
    setBusy(true);
    setError(null);
    try {
      await call('workspace.changePassphrase', { current, next: next.passphrase });
      setCurrent('');
      next.reset();
      setSubmitted(false);
      notifySuccess(t('settings.passphrase.changed'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm" maw={480}>
        <PassphraseInput
          label={t('settings.passphrase.current')}
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          autoComplete="current-password"
          required
          disabled={busy}
          error={(submitted && !current && t('settings.passphrase.currentRequired')) || (isClientError(error, 'WRONG_PASSPHRASE') ? true : undefined)}
        />
        <NewPassphraseFields state={next} showErrors={submitted} disabled={busy} />
        <ErrorAlert error={error} fieldLabels={{ current: t('settings.passphrase.current'), next: t('passphrase.new') }} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('settings.passphrase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
