import { Alert, Button, CopyButton, Group, List, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconShieldCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../../shared/contract';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_GROUP_LENGTH } from '../../../../shared/domain/recovery-key';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';

function groupsOf(key: string): string[] {
  const hex = parseRecoveryKey(key);
  if (!hex) return [key];
  const groups: string[] = [];
  for (let i = 0; i < hex.length; i += RECOVERY_KEY_GROUP_LENGTH) groups.push(hex.slice(i, i + RECOVERY_KEY_GROUP_LENGTH));
  return groups;
}

interface RecoveryKeyPanelProps {
  recoveryKey: string;
  onConfirmed(status: WorkspaceStatus): void;
}

/** Shows the recovery key once and asks for it back before letting the user on. */
export function RecoveryKeyPanel({ recoveryKey, onConfirmed }: RecoveryKeyPanelProps) {
  const { t } = useTranslation();
  const groups = groupsOf(recoveryKey);
  const expected = parseRecoveryKey(recoveryKey);
  const display = expected ? formatRecoveryKey(expected) : recoveryKey;
  const [typed, setTyped] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const entered = parseRecoveryKey(typed);
    if (!entered) {
      setLocalError(t('recoveryKey.confirm.malformed'));
      return;
    }
    if (expected && entered !== expected) {
      setLocalError(t('recoveryKey.confirm.mismatch'));
      return;
    }
    setLocalError(null);
    setBusy(true);
    try {
      const status = await call('workspace.confirmRecoveryKey', { recoveryKey: formatRecoveryKey(entered) });
      onConfirmed(status);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-default-hover)">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" verticalSpacing="xs" aria-label={t('recoveryKey.keyLabel')} role="group">
            {groups.map((group, index) => (
              <Paper key={index} withBorder radius="sm" py={6} px="xs" ta="center">
                <Text ff="monospace" fw={600} size="lg" style={{ letterSpacing: '0.08em', userSelect: 'all' }}>
                  {group}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Group justify="space-between" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('recoveryKey.groupsHint')}
            </Text>
            <CopyButton value={display} timeout={2500}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'teal' : undefined}
                  size="xs"
                  leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                  onClick={copy}
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Paper>

      <List size="sm" spacing={4} c="dimmed">
        <List.Item>{t('recoveryKey.advice.store')}</List.Item>
        <List.Item>{t('recoveryKey.advice.power')}</List.Item>
        <List.Item>{t('recoveryKey.advice.once')}</List.Item>
      </List>

      <form onSubmit={(event) => void confirm(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('recoveryKey.confirm.label')}
            description={t('recoveryKey.confirm.hint')}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setLocalError(null);
            }}
            error={localError}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button type="submit" loading={busy} disabled={!typed.trim()} leftSection={<IconShieldCheck size={16} />}>
              {t('recoveryKey.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

export function RecoveryKeyWarning() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('recoveryKey.warningTitle')}>
      {t('recoveryKey.warning')}
    </Alert>
  );
}
