import { AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuilding, IconHistory, IconLayoutDashboard, IconLock, IconSettings, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../client/error-message';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { AuditTrailPage } from '../features/audit-trail/AuditTrailPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { lockWorkspace } from './session-actions';
import { PAGES, useSession, type Page } from './session-store';
import { notifyError } from '../lib/notify';

const PAGE_ICONS: Record<Page, Icon> = {
  overview: IconLayoutDashboard,
  organisation: IconBuilding,
  audit: IconHistory,
  settings: IconSettings,
};

function CurrentPage({ page }: { page: Page }) {
  switch (page) {
    case 'overview':
      return <OverviewPage />;
    case 'organisation':
      return <OrganisationPage />;
    case 'audit':
      return <AuditTrailPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function MainLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const page = useSession((state) => state.page);
  const navigate = useSession((state) => state.navigate);
  const status = useSession((state) => state.status);
  const name = status.state === 'closed' ? '' : status.name;
  const path = status.state === 'closed' ? '' : status.path;

  async function lockNow() {
    try {
      await lockWorkspace('manual');
    } catch (error) {
      notifyError(describeError(t, error));
    }
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <BrandMark />
          </Group>
          <LanguageSwitcher />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section>
          <Box px="xs" py="sm" mb="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
              {t('nav.workspace')}
            </Text>
            <Text fw={700} truncate title={name}>
              {name}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace" truncate title={path}>
              {path}
            </Text>
          </Box>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {PAGES.map((target) => {
              const PageIcon = PAGE_ICONS[target];
              return (
                <NavLink
                  key={target}
                  component="button"
                  label={t(`nav.${target}`)}
                  leftSection={<PageIcon size={18} stroke={1.6} />}
                  active={page === target}
                  aria-current={page === target ? 'page' : undefined}
                  onClick={() => {
                    navigate(target);
                    close();
                  }}
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              );
            })}
          </Stack>
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Button fullWidth variant="light" color="gray" leftSection={<IconLock size={16} />} onClick={() => void lockNow()}>
            {t('nav.lockNow')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Box maw={1100} mx="auto">
          <CurrentPage page={page} />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
