// The agenda: everything due, overdue first. Long lists are virtualised; a filter by state and by
// kind keeps a busy workspace's agenda usable.
import { Badge, Box, Group, SegmentedControl, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/contract';
import { routeFromLink } from '../../app/router';
import { useSession } from '../../app/session-store';
import { EmptyState } from '../../components/EmptyState';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../lib/format';
import { AGENDA_KIND_COLORS, AGENDA_KINDS, agendaTitle, filterAgenda, type AgendaFilter } from './agenda-view';

const ROW_HEIGHT = 60;

function DaysLeft({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  if (item.overdue) {
    return (
      <Text size="xs" c="red" fw={600}>
        {t('dashboard.agenda.overdueBy', { count: Math.abs(item.daysLeft) })}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {item.daysLeft === 0 ? t('dashboard.agenda.today') : t('dashboard.agenda.inDays', { count: item.daysLeft })}
    </Text>
  );
}

export function AgendaCard({ items, action }: { items: AgendaItem[]; action?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const [filter, setFilter] = useState<AgendaFilter>('all');
  const [kind, setKind] = useState<string | null>(null);
  const visible = useMemo(() => filterAgenda(items, filter, kind), [items, filter, kind]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const kinds = [...new Set([...AGENDA_KINDS, ...items.map((item) => item.kind)])];

  return (
    <SectionCard title={t('dashboard.agenda.title')} action={action}>
      <Group justify="space-between" mb="sm" gap="sm">
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(value) => setFilter(value as AgendaFilter)}
          data={[
            { value: 'all', label: t('dashboard.agenda.filter.all') },
            { value: 'overdue', label: t('dashboard.agenda.filter.overdue') },
            { value: 'soon', label: t('dashboard.agenda.filter.soon') },
          ]}
          aria-label={t('dashboard.agenda.filter.label')}
        />
        <Select
          size="xs"
          w={220}
          clearable
          placeholder={t('dashboard.agenda.allKinds')}
          aria-label={t('dashboard.agenda.kindFilter')}
          value={kind}
          onChange={setKind}
          data={kinds.map((value) => ({ value, label: t(`agenda.kind.${value}`, { defaultValue: value }) }))}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {visible.length === 0 ? (
        <EmptyState title={t('dashboard.agenda.empty')} icon={IconCalendarEvent} />
      ) : (
        <Box ref={scrollRef} h={Math.min(visible.length * ROW_HEIGHT, 480)} style={{ overflowY: 'auto' }}>
          <Box role="list" aria-label={t('dashboard.agenda.title')} pos="relative" h={virtualizer.getTotalSize()}>
            {virtualizer.getVirtualItems().map((row) => {
              const item = visible[row.index]!;
              const target = routeFromLink(item.link);
              const rawTitle = agendaTitle(item, i18n.language);
              // Some items are named by a date (a management review is known by the day it was held).
              const title = /^\d{4}-\d{2}-\d{2}$/.test(rawTitle) ? format.day(rawTitle) : rawTitle;
              const kindLabel = t(`agenda.kind.${item.kind}`, { defaultValue: item.kind });
              return (
                <Box key={item.id} role="listitem" pos="absolute" top={0} left={0} w="100%" h={ROW_HEIGHT} style={{ transform: `translateY(${row.start}px)` }}>
                  <UnstyledButton
                    w="100%"
                    h={ROW_HEIGHT - 4}
                    px="sm"
                    disabled={!target}
                    onClick={() => target && navigate(target)}
                    aria-label={`${kindLabel}: ${title}, ${format.day(item.due)}`}
                    className="custos-row-button"
                    style={{ borderRadius: 'var(--mantine-radius-md)', borderLeft: `3px solid var(--mantine-color-${item.overdue ? 'red' : 'gray'}-${item.overdue ? 6 : 3})` }}
                  >
                    <Group wrap="nowrap" gap="sm" justify="space-between">
                      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                        <Group gap={6} wrap="nowrap">
                          <Badge size="sm" variant="light" color={AGENDA_KIND_COLORS[item.kind] ?? 'gray'} radius="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
                            {kindLabel}
                          </Badge>
                          <Text size="sm" fw={500} truncate title={title}>
                            {title}
                          </Text>
                        </Group>
                        <DaysLeft item={item} />
                      </Stack>
                      <Text size="sm" c={item.overdue ? 'red' : undefined} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                        {format.day(item.due)}
                      </Text>
                    </Group>
                  </UnstyledButton>
                </Box>
              );
            })}
          </Box>
        </Box>
      )}
    </SectionCard>
  );
}
