import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconSparkles } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields, useNewPassphrase } from '../../components/NewPassphraseFields';
import { DirectoryField } from './DirectoryField';

export function DemoWorkspaceForm() {
  const { t, i18n } = useTranslation();
  const defaultDirectory = useSession((state) => state.appInfo?.defaultWorkspaceDirectory ?? '');
  const [directory, setDirectory] = useState(defaultDirectory);
  const passphrase = useNewPassphrase();
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!directory.trim() || !passphrase.valid) return;
    setBusy(true);
    setError(null);
    useSession.getState().holdScreen('start');
    try {
      const result = await call('workspace.createDemo', {
        directory: directory.trim(),
        passphrase: passphrase.passphrase,
        language: i18n.language === 'zh-CN' ? 'zh-CN' : 'en',
      });
      useSession.getState().receivedRecoveryKey(result.status, result.recoveryKey, 'created', 'created');
    } catch (caught) {
      useSession.getState().holdScreen(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="indigo" icon={<IconInfoCircle size={18} />}>
          <Text size="sm">{t('start.demo.intro')}</Text>
        </Alert>
        <DirectoryField
          label={t('start.create.directory')}
          description={t('start.demo.directoryHint')}
          value={directory}
          onChange={setDirectory}
          error={submitted && !directory.trim() ? t('start.create.directoryRequired') : undefined}
          disabled={busy}
        />
        <NewPassphraseFields state={passphrase} showErrors={submitted} disabled={busy} />
        <ErrorAlert error={error} fieldLabels={{ directory: t('start.create.directory'), passphrase: t('passphrase.new') }} />
        <Button type="submit" loading={busy} leftSection={<IconSparkles size={16} />}>
          {t('start.demo.submit')}
        </Button>
      </Stack>
    </form>
  );
}
