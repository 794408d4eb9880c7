import { Button, Center, Loader, MantineProvider, Paper, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { describeError } from '../client/error-message';
import { CenteredLayout } from '../components/CenteredLayout';
import { RecoveryKeyScreen } from '../features/recovery-key/RecoveryKeyScreen';
import { StartScreen } from '../features/start/StartScreen';
import { NewPassphraseScreen } from '../features/unlock/NewPassphraseScreen';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { MainLayout } from './MainLayout';
import { bootstrap, followBackendEvents, followMenuCommands, lockWorkspace } from './session-actions';
import { selectScreen, useSession } from './session-store';
import { colorSchemeManager, theme } from './theme';
import { useIdleLock } from './use-idle-lock';
import { dayjsLocale } from '../lib/dates';

/** Keeps Mantine's colour scheme on the app setting (light, dark or the system's). */
function ColorSchemeSync() {
  const preference = useSession((state) => state.settings.theme);
  const phase = useSession((state) => state.phase);
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (phase === 'ready') setColorScheme(preference === 'system' ? 'auto' : preference);
  }, [phase, preference, setColorScheme]);
  return null;
}

function IdleLock() {
  const minutes = useSession((state) => (state.status.state === 'unlocked' ? state.status.autoLockMinutes : 0));
  // Not while a recovery key is on screen (the user may be copying it out by hand) or a job holds the screen.
  const active = useSession((state) => {
    const screen = selectScreen(state);
    return state.heldScreen === null && (screen === 'main' || screen === 'new-passphrase');
  });
  useIdleLock(minutes, active, () => {
    lockWorkspace('idle').catch((error: unknown) => console.error('Idle lock failed', error));
  });
  return null;
}

/** Date pickers follow the UI language (month and weekday names, first day of the week). */
function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: dayjsLocale(i18n.language), firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

function BootFailure() {
  const { t } = useTranslation();
  const failure = useSession((state) => state.failure);
  return (
    <CenteredLayout width={520}>
      <Paper withBorder radius="md" p="xl">
        <Stack gap="md" align="flex-start">
          <IconPlugConnectedX size={36} color="var(--mantine-color-red-filled)" />
          <Title order={1} size="h3">
            {t('boot.failedTitle')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {failure?.kind === 'missing-token' ? t('boot.missingToken') : describeError(t, failure?.error)}
          </Text>
          {failure?.kind !== 'missing-token' && <Button onClick={() => window.location.reload()}>{t('boot.retry')}</Button>}
        </Stack>
      </Paper>
    </CenteredLayout>
  );
}

function Screens() {
  const screen = useSession(selectScreen);
  switch (screen) {
    case 'booting':
      return (
        <Center h="100vh">
          <Loader />
        </Center>
      );
    case 'failed':
      return <BootFailure />;
    case 'start':
      return <StartScreen />;
    case 'unlock':
      return <UnlockScreen />;
    case 'recovery-key':
      return <RecoveryKeyScreen />;
    case 'new-passphrase':
      return <NewPassphraseScreen />;
    case 'main':
      return <MainLayout />;
  }
}

export function App({ i18n }: { i18n: I18n }) {
  useEffect(() => {
    const stopEvents = followBackendEvents();
    const stopMenu = followMenuCommands();
    void bootstrap();
    return () => {
      stopEvents();
      stopMenu();
    };
  }, []);

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
        <LocalizedDates>
          <Notifications position="bottom-right" />
          <ColorSchemeSync />
          <IdleLock />
          <Screens />
        </LocalizedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
