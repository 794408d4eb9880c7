import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Language, type Theme } from '../../../../shared/contract';
import { updateAppSettings } from '../../app/session-actions';
import { useSession } from '../../app/session-store';
import { describeError } from '../../client/error-message';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitcher';
import { SettingsSection } from './SettingsSection';
import { notifyError } from '../../lib/notify';

const THEME_ICONS = { light: IconSun, dark: IconMoon, system: IconDeviceDesktop } as const;

export function AppearanceSettings() {
  const { t } = useTranslation();
  const settings = useSession((state) => state.settings);

  async function update(patch: { language?: Language; theme?: Theme }) {
    try {
      await updateAppSettings(patch);
    } catch (error) {
      notifyError(describeError(t, error));
    }
  }

  return (
    <SettingsSection title={t('settings.appearance.title')} description={t('settings.appearance.description')}>
      <Stack gap={6}>
        <Text size="sm" fw={500} id="settings-language">
          {t('settings.appearance.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="settings-language"
          value={settings.language}
          onChange={(value) => void update({ language: value as Language })}
          data={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <Stack gap={6}>
        <Text size="sm" fw={500} id="settings-theme">
          {t('settings.appearance.theme')}
        </Text>
        <SegmentedControl
          aria-labelledby="settings-theme"
          value={settings.theme}
          onChange={(value) => void update({ theme: value as Theme })}
          style={{ alignSelf: 'flex-start' }}
          data={THEMES.map((theme) => {
            const ThemeIcon = THEME_ICONS[theme];
            return {
              value: theme,
              label: (
                <Group gap={6} wrap="nowrap" justify="center">
                  <ThemeIcon size={15} />
                  <span>{t(`settings.appearance.themes.${theme}`)}</span>
                </Group>
              ),
            };
          })}
        />
      </Stack>
    </SettingsSection>
  );
}
