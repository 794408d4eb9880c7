import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-store';
import { CenteredLayout } from '../../components/CenteredLayout';
import { RecoveryKeyPanel, RecoveryKeyWarning } from './RecoveryKeyPanel';
import { notifySuccess } from '../../lib/notify';

export function RecoveryKeyScreen() {
  const { t } = useTranslation();
  const pending = useSession((state) => state.pendingRecoveryKey);
  const name = useSession((state) => (state.status.state === 'closed' ? '' : state.status.name));
  if (!pending) return null;
  const rotated = pending.origin === 'rotated';

  return (
    <CenteredLayout width={680}>
      <Paper withBorder radius="md" shadow="xs" p="xl">
        <Stack gap="lg">
          <Stack gap="xs" align="flex-start">
            <ThemeIcon size={44} radius="md" variant="light" color="orange">
              <IconKey size={24} />
            </ThemeIcon>
            <Title order={1} size="h2">
              {rotated ? t('recoveryKey.titleRotated') : t('recoveryKey.title')}
            </Title>
            <Text c="dimmed">{rotated ? t('recoveryKey.introRotated', { name }) : t('recoveryKey.intro', { name })}</Text>
          </Stack>
          <RecoveryKeyWarning />
          <RecoveryKeyPanel
            recoveryKey={pending.key}
            onConfirmed={(status) => {
              const session = useSession.getState();
              session.clearRecoveryKey();
              session.setStatus(status);
              notifySuccess(t('recoveryKey.confirmed'));
            }}
          />
        </Stack>
      </Paper>
    </CenteredLayout>
  );
}
