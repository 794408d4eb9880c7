// Controls of one framework: filterable, sortable table; a control opens in a drawer. The framework
// and the open control live in the route, so agenda items and search hits can open them.
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAdjustments, IconFilterOff, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FRESHNESS, IMPLEMENTATION_STATUSES, type Framework, type Freshness, type ImplementationStatus } from '../../../../shared/contract';
import { FRAMEWORKS, ISO_THEMES, SOC2_GROUPS } from '../../../../shared/frameworks';
import type { PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { EmptyState } from '../../components/EmptyState';
import { EnumBadge } from '../../components/EnumBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { SortableTh } from '../../components/SortableTh';
import { FRAMEWORK_SHORT_NAMES, groupTitle } from '../../lib/catalog';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { ControlDrawer } from './ControlDrawer';
import { controlViews, filterControls, NO_FILTERS, sortControls, type ControlFilters, type ControlSort } from './controls-view';
import { FrameworkSettingsModal } from './FrameworkSettings';

export function ControlsPage({ params }: { params: PageParams['controls'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const framework: Framework = params.framework ?? 'iso27001';
  const openId = params.controlId ?? null;
  const list = useProcedure('controls.list', { framework });
  const [filters, setFilters] = useState<ControlFilters>(NO_FILTERS);
  const [sort, setSort] = useState<ControlSort>({ key: 'id', direction: 'asc' });
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Right after a framework switch the previous framework's rows are still loaded: not shown.
  const rows = list.data && list.data.every((row) => row.framework === framework) ? list.data : null;
  const views = useMemo(() => (rows ? controlViews(framework, rows, i18n.language) : []), [rows, framework, i18n.language]);
  const visible = useMemo(() => sortControls(filterControls(views, filters), sort, i18n.language), [views, filters, sort, i18n.language]);
  const now = today();
  const filtered = Object.values(filters).some((value) => value !== null && value !== '');
  const groups: readonly string[] = framework === 'iso27001' ? ISO_THEMES : SOC2_GROUPS;

  function setFramework(next: Framework) {
    setFilters((current) => ({ ...current, group: null }));
    navigate({ page: 'controls', params: { framework: next } });
  }

  function open(controlId: string) {
    navigate({ page: 'controls', params: { framework, controlId } });
  }

  function patch(update: Partial<ControlFilters>) {
    setFilters((current) => ({ ...current, ...update }));
  }

  return (
    <>
      <PageHeader
        title={t('controls.title')}
        description={t('controls.subtitle')}
        actions={
          <>
            <SegmentedControl
              value={framework}
              onChange={(value) => setFramework(value as Framework)}
              data={FRAMEWORKS.map((value) => ({ value, label: FRAMEWORK_SHORT_NAMES[value] }))}
              aria-label={t('controls.framework')}
            />
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setSettingsOpen(true)}>
              {t('controls.settings.title')}
            </Button>
            <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void list.reload()} loading={list.loading && !!list.data}>
              {t('common.refresh')}
            </Button>
          </>
        }
      />
      <Card withBorder radius="md" padding={0}>
        <Group p="md" gap="sm" align="flex-end" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <TextInput
            label={t('controls.filters.text')}
            placeholder={t('controls.filters.textPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={filters.text}
            onChange={(event) => patch({ text: event.currentTarget.value })}
            w={220}
          />
          <Select
            label={t('controls.filters.group')}
            placeholder={t('controls.filters.any')}
            clearable
            value={filters.group}
            onChange={(group) => patch({ group })}
            data={groups.map((group) => ({ value: group, label: groupTitle(framework, group, i18n.language) }))}
            w={190}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('controls.filters.status')}
            placeholder={t('controls.filters.any')}
            clearable
            value={filters.status}
            onChange={(status) => patch({ status: status as ImplementationStatus | null })}
            data={IMPLEMENTATION_STATUSES.map((value) => ({ value, label: t(`enums.controlStatus.${value}`) }))}
            w={140}
          />
          <Select
            label={t(framework === 'iso27001' ? 'controls.filters.applicability' : 'controls.filters.scope')}
            placeholder={t('controls.filters.any')}
            clearable
            value={filters.applicability}
            onChange={(applicability) => patch({ applicability: applicability as ControlFilters['applicability'] })}
            data={[
              { value: 'applicable', label: t(framework === 'iso27001' ? 'controls.applicable' : 'controls.inScope') },
              { value: 'not_applicable', label: t(framework === 'iso27001' ? 'controls.notApplicable' : 'controls.outOfScope') },
            ]}
            w={140}
          />
          <Select
            label={t('controls.filters.freshness')}
            placeholder={t('controls.filters.any')}
            clearable
            value={filters.freshness}
            onChange={(freshness) => patch({ freshness: freshness as Freshness | null })}
            data={FRESHNESS.map((value) => ({ value, label: t(`enums.freshness.${value}`) }))}
            w={140}
          />
          {filtered && (
            <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => setFilters(NO_FILTERS)}>
              {t('controls.filters.clear')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={list.error} />
        {!rows && list.loading && <LoadingState />}
        {rows && (
          <>
            <Text size="xs" c="dimmed" px="md" pt="sm" aria-live="polite">
              {t('controls.count', { shown: format.number(visible.length), total: format.number(views.length) })}
            </Text>
            {visible.length === 0 ? (
              <EmptyState title={t('controls.noMatch')} />
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table highlightOnHover verticalSpacing={8} aria-label={t('controls.tableLabel', { framework: FRAMEWORK_SHORT_NAMES[framework] })}>
                  <Table.Thead>
                    <Table.Tr>
                      <SortableTh sortKey="id" sort={sort} onSort={setSort} w={90}>
                        {t('controls.columns.id')}
                      </SortableTh>
                      <SortableTh sortKey="title" sort={sort} onSort={setSort}>
                        {t('controls.columns.title')}
                      </SortableTh>
                      <Table.Th w={110}>{t(framework === 'iso27001' ? 'controls.columns.applicable' : 'controls.columns.scope')}</Table.Th>
                      <SortableTh sortKey="status" sort={sort} onSort={setSort} w={130}>
                        {t('controls.columns.status')}
                      </SortableTh>
                      <SortableTh sortKey="owner" sort={sort} onSort={setSort}>
                        {t('controls.columns.owner')}
                      </SortableTh>
                      <SortableTh sortKey="reviewDate" sort={sort} onSort={setSort} w={140}>
                        {t('controls.columns.reviewDate')}
                      </SortableTh>
                      <SortableTh sortKey="evidence" sort={sort} onSort={setSort} w={150}>
                        {t('controls.columns.evidence')}
                      </SortableTh>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {visible.map((view) => {
                      const { row } = view;
                      const overdue = row.reviewDate !== null && row.reviewDate < now;
                      return (
                        <Table.Tr key={row.controlId} className="custos-clickable-row" onClick={() => open(row.controlId)} bg={openId === row.controlId ? 'var(--mantine-primary-color-light)' : undefined}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            <Anchor
                              component="button"
                              type="button"
                              fw={600}
                              size="sm"
                              ff="monospace"
                              onClick={(event) => {
                                event.stopPropagation();
                                open(row.controlId);
                              }}
                              aria-label={t('controls.openControl', { id: row.controlId, title: view.title })}
                            >
                              {row.controlId}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={500} lineClamp={2}>
                              {view.title}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {view.groupTitle}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {row.applicable ? (
                              <Badge variant="dot" color="teal" style={{ textTransform: 'none' }}>
                                {t(framework === 'iso27001' ? 'controls.yes' : 'controls.inScope')}
                              </Badge>
                            ) : (
                              <Badge variant="dot" color="gray" style={{ textTransform: 'none' }}>
                                {t(framework === 'iso27001' ? 'controls.no' : 'controls.outOfScope')}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <EnumBadge kind="controlStatus" value={row.status} />
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" lineClamp={1} c={row.owner ? undefined : 'dimmed'}>
                              {row.owner || t('controls.unassigned')}
                            </Text>
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {row.reviewDate ? (
                              overdue ? (
                                <Tooltip label={t('controls.reviewOverdue')}>
                                  <Text size="sm" c="red" fw={600}>
                                    {format.day(row.reviewDate)}
                                  </Text>
                                </Tooltip>
                              ) : (
                                <Text size="sm">{format.day(row.reviewDate)}</Text>
                              )
                            ) : (
                              <Text size="sm" c="dimmed">
                                —
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              <Text size="sm" fw={600} w={20} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                                {format.number(row.evidence.count)}
                              </Text>
                              <EnumBadge kind="freshness" value={row.evidence.freshness} size="sm" />
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Card>
      <FrameworkSettingsModal
        opened={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        onSaved={() => {
          setSettingsOpen(false);
          void list.reload();
        }}
      />
      <ControlDrawer
        framework={framework}
        controlId={openId}
        onClose={() => navigate({ page: 'controls', params: { framework } })}
        onChanged={() => void list.reload()}
      />
    </>
  );
}
