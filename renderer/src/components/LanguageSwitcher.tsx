import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/contract';
import { updateAppSettings } from '../app/session-actions';
import { useSession } from '../app/session-store';
import { describeError } from '../client/error-message';
import { notifyError } from '../lib/notify';

/** Each language names itself, so it can be found whatever the current one is. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useSession((state) => state.settings.language);

  async function choose(next: Language) {
    try {
      await updateAppSettings({ language: next });
    } catch (error) {
      notifyError(describeError(t, error));
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" leftSection={<IconLanguage size={18} />} aria-label={t('language.switch')}>
          {LANGUAGE_NAMES[language]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            onClick={() => void choose(option)}
            rightSection={option === language ? <IconCheck size={16} /> : null}
          >
            {LANGUAGE_NAMES[option]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
