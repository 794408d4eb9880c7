import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFolderOpen, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '../../../../shared/contract';
import { useSession, type StartTab } from '../../app/session-store';
import { call } from '../../client/client';
import { CenteredLayout } from '../../components/CenteredLayout';
import { loadPassphrasePolicy } from '../../components/passphrase-policy';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { DemoWorkspaceForm } from './DemoWorkspaceForm';
import { OpenWorkspacePanel } from './OpenWorkspacePanel';

export function StartScreen() {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<RecentWorkspace[] | null>(null);
  const [tab, setTab] = useState<StartTab | null>(null);
  const tabRequest = useSession((state) => state.startTabRequest);

  useEffect(() => {
    if (!tabRequest) return;
    setTab(tabRequest.tab);
    useSession.setState({ startTabRequest: null });
  }, [tabRequest]);

  useEffect(() => {
    void loadPassphrasePolicy().catch(() => undefined);
    let live = true;
    call('workspace.recent')
      .then((list) => {
        if (live) setRecent(list);
      })
      .catch(() => {
        if (live) setRecent([]);
      });
    return () => {
      live = false;
    };
  }, []);

  const activeTab: StartTab = tab ?? (recent && recent.length > 0 ? 'open' : 'create');

  return (
    <CenteredLayout width={640}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('start.title')}
          </Title>
          <Text c="dimmed">{t('start.subtitle')}</Text>
        </Stack>
        <Paper withBorder radius="md" shadow="xs">
          <Tabs value={activeTab} onChange={(value) => setTab(value as StartTab)} keepMounted={false}>
            <Tabs.List grow>
              <Tabs.Tab value="open" leftSection={<IconFolderOpen size={16} />}>
                {t('start.tabs.open')}
              </Tabs.Tab>
              <Tabs.Tab value="create" leftSection={<IconPlus size={16} />}>
                {t('start.tabs.create')}
              </Tabs.Tab>
              <Tabs.Tab value="demo" leftSection={<IconSparkles size={16} />}>
                {t('start.tabs.demo')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="open" p="lg">
              <OpenWorkspacePanel recent={recent} onRecentChange={setRecent} />
            </Tabs.Panel>
            <Tabs.Panel value="create" p="lg">
              <CreateWorkspaceForm />
            </Tabs.Panel>
            <Tabs.Panel value="demo" p="lg">
              <DemoWorkspaceForm />
            </Tabs.Panel>
          </Tabs>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          {t('start.offlineNote')}
        </Text>
      </Stack>
    </CenteredLayout>
  );
}
