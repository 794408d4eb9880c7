import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lockWorkspace } from '../../app/session-actions';
import { platform } from '../../client/client';
import { describeError } from '../../client/error-message';
import { PageHeader } from '../../components/PageHeader';
import { AppearanceSettings } from './AppearanceSettings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DeviceKeychainSetting } from './DeviceKeychainSetting';
import { RotateKeyCard } from './RotateKeyCard';
import { SettingsSection } from './SettingsSection';
import { WorkspaceBackupSection } from './WorkspaceBackupSection';
import { WorkspaceSettings } from './WorkspaceSettings';
import { notifyError } from '../../lib/notify';

function Subsection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h6">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const hasKeychain = !!platform()?.keychain;

  async function lockNow() {
    try {
      await lockWorkspace('manual');
    } catch (error) {
      notifyError(describeError(t, error));
    }
  }

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.subtitle')} />
      <Stack gap="lg">
        <AppearanceSettings />
        <WorkspaceSettings />
        <WorkspaceBackupSection />
        <SettingsSection title={t('settings.security.title')} description={t('settings.security.description')}>
          <Subsection title={t('settings.lock.title')}>
            <Group justify="space-between" wrap="nowrap" align="center">
              <Text size="sm" c="dimmed">
                {t('settings.lock.description')}
              </Text>
              <Button variant="default" leftSection={<IconLock size={16} />} onClick={() => void lockNow()}>
                {t('nav.lockNow')}
              </Button>
            </Group>
          </Subsection>
          <Divider />
          <Subsection title={t('settings.passphrase.title')}>
            <ChangePassphraseForm />
          </Subsection>
          <Divider />
          <Subsection title={t('settings.rotate.title')}>
            <RotateKeyCard />
          </Subsection>
          {hasKeychain && (
            <>
              <Divider />
              <Subsection title={t('settings.device.title')}>
                <DeviceKeychainSetting />
              </Subsection>
            </>
          )}
        </SettingsSection>
      </Stack>
    </>
  );
}
