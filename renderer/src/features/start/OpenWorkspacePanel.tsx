import { ActionIcon, Button, Divider, Group, Loader, Paper, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconDatabase, IconFolderOpen, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { call, platform } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';

function separatorOf(directory: string): string {
  if (directory.endsWith('/') || directory.endsWith('\\')) return '';
  return directory.includes('\\') && !directory.includes('/') ? '\\' : '/';
}

interface OpenWorkspacePanelProps {
  recent: RecentWorkspace[] | null;
  onRecentChange(recent: RecentWorkspace[]): void;
}

export function OpenWorkspacePanel({ recent, onRecentChange }: OpenWorkspacePanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const defaultDirectory = useSession((state) => state.appInfo?.defaultWorkspaceDirectory ?? '');
  const [path, setPath] = useState(() => (defaultDirectory ? `${defaultDirectory}${separatorOf(defaultDirectory)}` : ''));
  const [busyPath, setBusyPath] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const api = platform();

  async function select(target: string) {
    const trimmed = target.trim();
    if (!trimmed) return;
    setBusyPath(trimmed);
    setError(null);
    try {
      const status = await call('workspace.select', { path: trimmed });
      useSession.getState().setStatus(status);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusyPath(null);
    }
  }

  async function forget(target: string) {
    try {
      onRecentChange(await call('workspace.forget', { path: target }));
    } catch (caught) {
      setError(caught);
    }
  }

  async function browse() {
    const chosen = await api?.chooseWorkspace({ title: t('start.open.chooseTitle') });
    if (chosen) await select(chosen);
  }

  function submitPath(event: FormEvent) {
    event.preventDefault();
    void select(path);
  }

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('start.open.recent')}
        </Text>
        {recent === null ? (
          <Group justify="center" py="md">
            <Loader size="sm" />
          </Group>
        ) : recent.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('start.open.noRecent')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('start.open.recent')}>
            {recent.map((workspace) => (
              <Paper component="li" key={workspace.path} withBorder radius="md" p={0}>
                <Group wrap="nowrap" gap={0}>
                  <UnstyledButton
                    onClick={() => void select(workspace.path)}
                    disabled={busyPath !== null}
                    style={{ flex: 1, minWidth: 0 }}
                    p="sm"
                    aria-label={t('start.open.openNamed', { name: workspace.name })}
                  >
                    <Group wrap="nowrap" gap="sm">
                      <IconDatabase size={20} style={{ flexShrink: 0, color: 'var(--mantine-color-indigo-filled)' }} />
                      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                        <Text fw={600} truncate>
                          {workspace.name}
                        </Text>
                        <Text size="xs" c="dimmed" truncate ff="monospace" title={workspace.path}>
                          {workspace.path}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('start.open.lastOpened', { when: format.relative(workspace.lastOpenedAt) })}
                        </Text>
                      </Stack>
                      {busyPath === workspace.path ? <Loader size="xs" /> : <IconChevronRight size={18} style={{ flexShrink: 0, opacity: 0.6 }} />}
                    </Group>
                  </UnstyledButton>
                  <Tooltip label={t('start.open.forget')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      mx="xs"
                      onClick={() => void forget(workspace.path)}
                      aria-label={t('start.open.forgetNamed', { name: workspace.name })}
                    >
                      <IconX size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>

      <Divider label={t('start.open.orPath')} labelPosition="center" />

      <form onSubmit={submitPath}>
        <Stack gap="xs">
          <TextInput
            label={t('start.open.path')}
            description={t('start.open.pathHint')}
            placeholder={defaultDirectory ? `${defaultDirectory}${separatorOf(defaultDirectory)}${t('start.open.placeholderName')}.custos` : undefined}
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
          />
          <Group justify="flex-end" gap="xs">
            {api?.kind === 'electron' && (
              <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => void browse()}>
                {t('common.browse')}
              </Button>
            )}
            <Button type="submit" disabled={!path.trim()} loading={busyPath !== null && busyPath === path.trim()}>
              {t('start.open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={error} fieldLabels={{ path: t('start.open.path') }} />
    </Stack>
  );
}
