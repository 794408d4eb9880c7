import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session-store';

/** Shown until the workspace's recovery key is confirmed as saved (on the dashboard and the overview). */
export function RecoveryKeyWarning({ confirmed }: { confirmed?: boolean }) {
  const { t } = useTranslation();
  const navigate = useSession((state) => state.navigate);
  const confirmedInStatus = useSession((state) => (state.status.state === 'unlocked' ? state.status.recoveryKeyConfirmed : true));
  if ((confirmed ?? true) && confirmedInStatus) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('overview.recoveryKeyUnconfirmed.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('overview.recoveryKeyUnconfirmed.body')}</Text>
        <Button size="xs" variant="light" color="orange" leftSection={<IconKey size={14} />} onClick={() => navigate('settings')}>
          {t('overview.recoveryKeyUnconfirmed.action')}
        </Button>
      </Stack>
    </Alert>
  );
}
