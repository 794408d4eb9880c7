// The command palette (Ctrl/Cmd+K): jump to any screen, run a few actions, and find records as you
// type. A combobox over one listbox, so it works from the keyboard alone and reads well to screen
// readers; search snippets are rendered as text with <mark> around the hits.
import { Box, Group, Kbd, Loader, Modal, Stack, Text, TextInput, ThemeIcon, UnstyledButton } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconChecklist,
  IconFile,
  IconLanguage,
  IconLock,
  IconMoon,
  IconReportSearch,
  IconSearch,
  IconShieldCheck,
  IconTarget,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract';
import { NAV_ENTRIES } from '../../app/navigation';
import { routeFromLink } from '../../app/router';
import { updateAppSettings } from '../../app/session-actions';
import { useSession } from '../../app/session-store';
import { describeError } from '../../client/error-message';
import { controlLabel } from '../../lib/catalog';
import { notifyError } from '../../lib/notify';
import { Snippet, snippetText } from '../../lib/snippet';
import { usePalette } from './palette-store';
import { useSearch } from './use-search';

interface PaletteItem {
  id: string;
  group: 'results' | 'navigation' | 'actions';
  label: string;
  description?: ReactNode;
  /** Plain text of the description, for matching and the accessible name. */
  descriptionText?: string;
  icon: Icon;
  run(): void;
}

const ENTITY_ICONS: Record<string, Icon> = {
  control: IconShieldCheck,
  evidence_file: IconFile,
  risk: IconAlertTriangle,
  internal_audit: IconReportSearch,
  isms_objective: IconTarget,
  management_review: IconUsersGroup,
};

function hitLabel(hit: SearchHit, language: string): string {
  if (hit.entityType === 'control') {
    const framework = hit.link.params.framework;
    const controlId = hit.link.params.controlId;
    if ((framework === 'iso27001' || framework === 'soc2') && controlId) return controlLabel(framework, controlId, language);
  }
  return hit.title;
}

function matches(query: string, ...texts: (string | undefined)[]): boolean {
  const q = query.trim().toLocaleLowerCase();
  return q === '' || texts.some((text) => text?.toLocaleLowerCase().includes(q));
}

export function CommandPalette({ onLock }: { onLock(): void }) {
  const { t, i18n } = useTranslation();
  const opened = usePalette((state) => state.opened);
  const close = usePalette((state) => state.close);
  const navigate = useSession((state) => state.navigate);
  const settings = useSession((state) => state.settings);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useSearch(query);
  const listId = useId();
  const listRef = useRef<HTMLDivElement>(null);

  function finish(run: () => void) {
    close();
    setQuery('');
    run();
  }

  const items = useMemo<PaletteItem[]>(() => {
    const results: PaletteItem[] = [];
    if (query.trim() !== '') {
      for (const hit of search.hits) {
        const target = routeFromLink(hit.link);
        if (!target) continue;
        results.push({
          id: `hit:${hit.entityType}:${hit.entityId}`,
          group: 'results',
          label: hitLabel(hit, i18n.language),
          description: (
            <>
              <Text span size="xs" fw={600} c="dimmed">
                {t(`palette.entity.${hit.entityType}`, { defaultValue: hit.entityType })}
              </Text>
              {hit.snippet && (
                <Text span size="xs" c="dimmed">
                  {' · '}
                  <Snippet snippet={hit.snippet} />
                </Text>
              )}
            </>
          ),
          descriptionText: `${t(`palette.entity.${hit.entityType}`, { defaultValue: hit.entityType })} · ${snippetText(hit.snippet)}`,
          icon: ENTITY_ICONS[hit.entityType] ?? IconFile,
          run: () => navigate(target),
        });
      }
    }
    const destinations: PaletteItem[] = [
      ...NAV_ENTRIES.map((entry) => ({
        id: `nav:${entry.key}`,
        group: 'navigation' as const,
        label: t('palette.goTo', { page: t(`nav.${entry.key}`) }),
        icon: entry.icon,
        run: () => navigate(entry.target),
      })),
      ...(['objectives', 'audits', 'reviews'] as const).map((page) => ({
        id: `nav:${page}`,
        group: 'navigation' as const,
        label: t('palette.goTo', { page: t(`isms.tabs.${page}`) }),
        icon: IconChecklist,
        run: () => navigate(page),
      })),
    ];
    const otherLanguage = settings.language === 'en' ? 'zh-CN' : 'en';
    const actions: PaletteItem[] = [
      { id: 'action:lock', group: 'actions', label: t('palette.lockNow'), icon: IconLock, run: onLock },
      {
        id: 'action:language',
        group: 'actions',
        label: t('palette.switchLanguage', { language: otherLanguage === 'en' ? 'English' : '简体中文' }),
        icon: IconLanguage,
        run: () => {
          updateAppSettings({ language: otherLanguage }).catch((error: unknown) => notifyError(describeError(t, error)));
        },
      },
      {
        id: 'action:theme',
        group: 'actions',
        label: t('palette.toggleTheme'),
        icon: IconMoon,
        run: () => {
          const dark = settings.theme === 'dark' || (settings.theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
          updateAppSettings({ theme: dark ? 'light' : 'dark' }).catch((error: unknown) => notifyError(describeError(t, error)));
        },
      },
    ];
    return [...results, ...destinations.filter((item) => matches(query, item.label)), ...actions.filter((item) => matches(query, item.label))];
  }, [query, search.hits, i18n.language, t, navigate, settings, onLock]);

  // The first item is active whenever the list changes.
  useEffect(() => setActive(0), [items.length, query]);

  useEffect(() => {
    const element = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (items.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => (index + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (index - 1 + items.length) % items.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(items.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[active];
      if (item) finish(item.run);
    }
  }

  const groups = (['results', 'navigation', 'actions'] as const).map((group) => ({ group, items: items.filter((item) => item.group === group) }));
  const searching = query.trim() !== '';
  const activeItem = items[active];

  return (
    <Modal
      opened={opened}
      onClose={() => {
        close();
        setQuery('');
      }}
      withCloseButton={false}
      size="lg"
      padding={0}
      yOffset="10vh"
      radius="md"
      title={undefined}
      aria-label={t('palette.title')}
      transitionProps={{ duration: 120 }}
    >
      <Box p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <TextInput
          data-autofocus
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          placeholder={t('palette.placeholder')}
          aria-label={t('palette.title')}
          role="combobox"
          aria-expanded
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeItem ? `${listId}-${active}` : undefined}
          leftSection={search.loading ? <Loader size={16} /> : <IconSearch size={18} stroke={1.6} />}
          size="md"
          variant="unstyled"
          styles={{ input: { paddingLeft: 40 } }}
        />
      </Box>
      <Box ref={listRef} id={listId} role="listbox" aria-label={t('palette.results')} mah="60vh" style={{ overflowY: 'auto' }} p={6}>
        {searching && !search.loading && search.query === query.trim() && search.hits.length === 0 && (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {search.error ? describeError(t, search.error) : t('palette.noResults')}
          </Text>
        )}
        {groups.map(({ group, items: groupItems }) =>
          groupItems.length === 0 ? null : (
            <Stack key={group} gap={0} role="group" aria-label={t(`palette.groups.${group}`)} mb={4}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={8} pb={4} style={{ letterSpacing: '0.04em' }} aria-hidden>
                {t(`palette.groups.${group}`)}
              </Text>
              {groupItems.map((item) => {
                const index = items.indexOf(item);
                const selected = index === active;
                const ItemIcon = item.icon;
                return (
                  <UnstyledButton
                    key={item.id}
                    id={`${listId}-${index}`}
                    data-index={index}
                    role="option"
                    aria-selected={selected}
                    tabIndex={-1}
                    onMouseMove={() => !selected && setActive(index)}
                    onClick={() => finish(item.run)}
                    px="sm"
                    py={8}
                    style={{
                      borderRadius: 'var(--mantine-radius-md)',
                      background: selected ? 'var(--mantine-primary-color-light)' : undefined,
                    }}
                  >
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <ThemeIcon variant={selected ? 'filled' : 'light'} color={selected ? undefined : 'gray'} size={28} radius="md" style={{ flexShrink: 0 }}>
                        <ItemIcon size={16} stroke={1.7} />
                      </ThemeIcon>
                      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                        <Text size="sm" fw={500} truncate>
                          {item.label}
                        </Text>
                        {item.description && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {item.description}
                          </Text>
                        )}
                      </Stack>
                      {selected && <IconArrowRight size={16} stroke={1.6} style={{ flexShrink: 0, marginTop: 6 }} />}
                    </Group>
                  </UnstyledButton>
                );
              })}
            </Stack>
          ),
        )}
      </Box>
      <Group gap="md" px="md" py={8} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('palette.hintMove')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> {t('palette.hintOpen')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Esc</Kbd> {t('palette.hintClose')}
        </Text>
      </Group>
    </Modal>
  );
}
