import { AppShell, Box, Burger, Button, Group, Kbd, NavLink, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconLock, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../client/error-message';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { AuditTrailPage } from '../features/audit-trail/AuditTrailPage';
import { CommandPalette } from '../features/command-palette/CommandPalette';
import { usePalette } from '../features/command-palette/palette-store';
import { ControlsPage } from '../features/controls/ControlsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EvidenceLibraryPage } from '../features/evidence/EvidenceLibraryPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { IsmsPage } from '../features/isms/IsmsPage';
import { PoliciesPage } from '../features/policies/PoliciesPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { TrainingPage } from '../features/training/TrainingPage';
import { IncidentsPage } from '../features/incidents/IncidentsPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { RunbooksPage } from '../features/runbooks/RunbooksPage';
import { AuditPacksPage } from '../features/audit-packs/AuditPacksPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { RisksPage } from '../features/risks/RisksPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SoaPage } from '../features/soa/SoaPage';
import { notifyError } from '../lib/notify';
import { NAV_SECTIONS } from './navigation';
import type { Route } from './router';
import { lockWorkspace } from './session-actions';
import { useSession } from './session-store';

function CurrentPage({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'overview':
      return <OverviewPage />;
    case 'controls':
      return <ControlsPage params={route.params} />;
    case 'soa':
      return <SoaPage />;
    case 'evidence':
      return <EvidenceLibraryPage params={route.params} />;
    case 'risks':
      return <RisksPage params={route.params} />;
    case 'inventory':
      return <InventoryPage params={route.params} />;
    case 'policies':
      return <PoliciesPage params={route.params} />;
    case 'requests':
      return <RequestsPage params={route.params} />;
    case 'training':
      return <TrainingPage params={route.params} />;
    case 'incidents':
      return <IncidentsPage params={route.params} />;
    case 'backups':
      return <BackupsPage params={route.params} />;
    case 'runbooks':
      return <RunbooksPage params={route.params} />;
    case 'packs':
      return <AuditPacksPage />;
    case 'scope':
    case 'objectives':
    case 'audits':
    case 'reviews':
      return <IsmsPage route={route} />;
    case 'organisation':
      return <OrganisationPage />;
    case 'audit':
      return <AuditTrailPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** Pages with wide tables get more room than forms and cards. */
const WIDE_PAGES = new Set<Route['page']>(['dashboard', 'controls', 'soa', 'evidence', 'risks', 'objectives', 'audits', 'reviews']);

function SearchButton() {
  const { t } = useTranslation();
  const open = usePalette((state) => state.open);
  const os = useOs();
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
  return (
    <UnstyledButton
      onClick={open}
      aria-label={t('palette.open')}
      aria-keyshortcuts={mod === '⌘' ? 'Meta+K' : 'Control+K'}
      px="sm"
      h={34}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        background: 'var(--mantine-color-default)',
        minWidth: 220,
      }}
    >
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap">
          <IconSearch size={16} stroke={1.6} color="var(--mantine-color-dimmed)" />
          <Text size="sm" c="dimmed">
            {t('palette.searchHint')}
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap" visibleFrom="sm">
          <Kbd size="xs">{mod}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </Group>
    </UnstyledButton>
  );
}

export function MainLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const route = useSession((state) => state.route);
  const navigate = useSession((state) => state.navigate);
  const status = useSession((state) => state.status);
  const openPalette = usePalette((state) => state.open);
  const name = status.state === 'closed' ? '' : status.name;
  const path = status.state === 'closed' ? '' : status.path;

  // Works from inside inputs too: the palette is the way to jump anywhere.
  useHotkeys([['mod+K', openPalette]], []);

  async function lockNow() {
    try {
      await lockWorkspace('manual');
    } catch (error) {
      notifyError(describeError(t, error));
    }
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <BrandMark />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchButton />
            <LanguageSwitcher />
          </Group>
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
          <Stack gap="md">
            {NAV_SECTIONS.map((section) => (
              <Stack gap={2} key={section.key}>
                <Text size="xs" c="dimmed" fw={600} px="xs" pb={2} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                  {t(`nav.${section.key}`)}
                </Text>
                {section.entries.map((entry) => {
                  const EntryIcon = entry.icon;
                  const active = entry.covers(route.page);
                  return (
                    <NavLink
                      key={entry.key}
                      component="button"
                      label={t(`nav.${entry.key}`)}
                      leftSection={<EntryIcon size={18} stroke={1.6} />}
                      active={active}
                      aria-current={active ? 'page' : undefined}
                      onClick={() => {
                        navigate(entry.target);
                        close();
                      }}
                      style={{ borderRadius: 'var(--mantine-radius-md)' }}
                    />
                  );
                })}
              </Stack>
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Button fullWidth variant="light" color="gray" leftSection={<IconLock size={16} />} onClick={() => void lockNow()}>
            {t('nav.lockNow')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Box maw={WIDE_PAGES.has(route.page) ? 1360 : 1100} mx="auto">
          <CurrentPage route={route} />
        </Box>
      </AppShell.Main>
      <CommandPalette onLock={() => void lockNow()} />
    </AppShell>
  );
}
