import { Button, Group, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { fieldErrors } from '../../client/error-message';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitcher';
import { useProcedure } from '../../lib/use-procedure';
import { SettingsSection } from './SettingsSection';
import { notifySuccess } from '../../lib/notify';

const MAX_MINUTES = 24 * 60;

export function WorkspaceSettings() {
  const { t } = useTranslation();
  const loaded = useProcedure('workspace.settings.get');
  const [minutes, setMinutes] = useState<number | string>('');
  const [language, setLanguage] = useState<Language>('en');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!loaded.data) return;
    setMinutes(loaded.data.autoLockMinutes);
    setLanguage(loaded.data.language);
  }, [loaded.data]);

  const minutesValid = typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_MINUTES;
  const dirty = !!loaded.data && (minutes !== loaded.data.autoLockMinutes || language !== loaded.data.language);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!minutesValid) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await call('workspace.settings.update', { autoLockMinutes: minutes, language });
      loaded.setData(saved);
      const session = useSession.getState();
      if (session.status.state === 'unlocked') {
        session.setStatus({ ...session.status, autoLockMinutes: saved.autoLockMinutes, language: saved.language });
      }
      notifySuccess(t('settings.workspace.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  const serverErrors = fieldErrors(t, error);

  return (
    <SettingsSection title={t('settings.workspace.title')} description={t('settings.workspace.description')}>
      <ErrorAlert error={loaded.error} />
      <form onSubmit={(event) => void save(event)} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NumberInput
            label={t('settings.workspace.autoLock')}
            description={t('settings.workspace.autoLockHint')}
            value={minutes}
            onChange={setMinutes}
            min={0}
            max={MAX_MINUTES}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            disabled={!loaded.data}
            error={minutes !== '' && !minutesValid ? t('settings.workspace.autoLockInvalid', { max: MAX_MINUTES }) : serverErrors.autoLockMinutes}
          />
          <Select
            label={t('settings.workspace.exportLanguage')}
            description={t('settings.workspace.exportLanguageHint')}
            data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
            value={language}
            onChange={(value) => value && setLanguage(value as Language)}
            allowDeselect={false}
            disabled={!loaded.data}
          />
        </SimpleGrid>
        <ErrorAlert error={error} fieldLabels={{ autoLockMinutes: t('settings.workspace.autoLock'), language: t('settings.workspace.exportLanguage') }} />
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={saving} disabled={!dirty || !minutesValid}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </SettingsSection>
  );
}
