import { Button, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { fieldErrors } from '../../client/error-message';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPassphraseFields, useNewPassphrase } from '../../components/NewPassphraseFields';
import { DirectoryField } from './DirectoryField';

const NAME_FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/;

export function CreateWorkspaceForm() {
  const { t, i18n } = useTranslation();
  const defaultDirectory = useSession((state) => state.appInfo?.defaultWorkspaceDirectory ?? '');
  const [name, setName] = useState('');
  const [directory, setDirectory] = useState(defaultDirectory);
  const passphrase = useNewPassphrase([name]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const nameError = !name.trim() ? t('start.create.nameRequired') : NAME_FORBIDDEN.test(name) ? t('start.create.nameChars') : null;
  const directoryError = !directory.trim() ? t('start.create.directoryRequired') : null;
  const serverFieldErrors = fieldErrors(t, error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (nameError || directoryError || !passphrase.valid) return;
    setBusy(true);
    setError(null);
    useSession.getState().holdScreen('start');
    try {
      const result = await call('workspace.create', {
        name: name.trim(),
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
        <Text size="sm" c="dimmed">
          {t('start.create.intro')}
        </Text>
        <TextInput
          label={t('start.create.name')}
          description={t('start.create.nameHint')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={(submitted && nameError) || serverFieldErrors.name}
          required
          data-autofocus
          disabled={busy}
          maxLength={120}
        />
        <DirectoryField
          label={t('start.create.directory')}
          description={t('start.create.directoryHint')}
          value={directory}
          onChange={setDirectory}
          error={(submitted && directoryError) || serverFieldErrors.directory}
          disabled={busy}
        />
        <NewPassphraseFields state={passphrase} showErrors={submitted} disabled={busy} />
        <ErrorAlert
          error={error}
          fieldLabels={{ name: t('start.create.name'), directory: t('start.create.directory'), passphrase: t('passphrase.new') }}
        />
        <Button type="submit" loading={busy} leftSection={<IconPlus size={16} />}>
          {t('start.create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
