import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { CenteredLayout } from '../../components/CenteredLayout';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields, useNewPassphrase } from '../../components/NewPassphraseFields';
import { notifySuccess } from '../../lib/notify';

/** After unlocking with the recovery key: the passphrase was probably forgotten, so replace it. */
export function NewPassphraseScreen() {
  const { t } = useTranslation();
  const name = useSession((state) => (state.status.state === 'unlocked' ? state.status.name : ''));
  const passphrase = useNewPassphrase([name]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!passphrase.valid) return;
    setBusy(true);
    setError(null);
    try {
      await call('workspace.changePassphrase', { next: passphrase.passphrase });
      useSession.getState().finishPassphrasePrompt();
      notifySuccess(t('newPassphrase.done'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <CenteredLayout width={520}>
      <Paper withBorder radius="md" shadow="xs" p="xl">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="lg">
            <Stack gap="xs" align="flex-start">
              <ThemeIcon size={44} radius="md" variant="light">
                <IconKey size={24} />
              </ThemeIcon>
              <Title order={1} size="h3">
                {t('newPassphrase.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('newPassphrase.intro', { name })}
              </Text>
            </Stack>
            <Alert color="indigo" variant="light">
              {t('newPassphrase.note')}
            </Alert>
            <NewPassphraseFields state={passphrase} showErrors={submitted} disabled={busy} />
            <ErrorAlert error={error} fieldLabels={{ next: t('passphrase.new') }} />
            <Group justify="space-between">
              <Button variant="subtle" color="gray" onClick={() => useSession.getState().finishPassphrasePrompt()} disabled={busy}>
                {t('newPassphrase.later')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('newPassphrase.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </CenteredLayout>
  );
}
