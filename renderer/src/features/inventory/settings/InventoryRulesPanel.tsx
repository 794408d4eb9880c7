// The workspace's inventory rules, a section of the organisation screen: the EEA and adequacy lists
// (country multi-selects), the large-volume threshold and the retention maxima, saved together.
import { Button, Card, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Table, Text, Title, ActionIcon } from '@mantine/core';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_INVENTORY_RULES, type InventoryRules } from '../../../../../shared/contract/areas/inventory-rules';
import { call } from '../../../client/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { issuesByField } from '../../../lib/field-errors';
import { notifySuccess } from '../../../lib/notify';
import { useProcedure } from '../../../lib/use-procedure';
import { countryOptions } from '../../organisation/countries';

export function InventoryRulesPanel() {
  const { t, i18n } = useTranslation('assessments');
  const { t: tApp } = useTranslation();
  const headingId = useId();
  const loaded = useProcedure('inventory.rules.get');
  const categories = useProcedure('inventory.dataCategories.list');
  const [rules, setRules] = useState<InventoryRules | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = issuesByField(tApp, error);
  useEffect(() => {
    if (loaded.data) setRules(loaded.data);
  }, [loaded.data]);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  if (!rules) {
    return (
      <Card withBorder radius="md" padding="lg" component="section" aria-label={t('rules.title')}>
        <ErrorAlert error={loaded.error} />
        {loaded.loading ? <LoadingState /> : null}
      </Card>
    );
  }
  const current = rules;
  const dirty = JSON.stringify(current) !== JSON.stringify(loaded.data);
  const categoryNames = new Map((categories.data ?? []).map((c) => [c.id, c.name]));
  const unlimited = (categories.data ?? []).filter((c) => !current.categoryRetention.some((r) => r.dataCategoryId === c.id));
  const set = (patch: Partial<InventoryRules>) => setRules({ ...current, ...patch });

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = await call('inventory.rules.update', current);
      loaded.setData(saved);
      setRules(saved);
      notifySuccess(t('rules.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2} maw={640}>
            <Title order={2} size="h5" id={headingId}>
              {t('rules.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('rules.description')}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button variant="default" onClick={() => setRules({ ...DEFAULT_INVENTORY_RULES, categoryRetention: current.categoryRetention })}>
              {t('rules.resetDefaults')}
            </Button>
            <Button onClick={() => void save()} loading={saving} disabled={!dirty} leftSection={<IconDeviceFloppy size={16} />}>
              {t('rules.save')}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={error} />
        <MultiSelect
          label={`${t('rules.eeaCountries')} (${t('rules.countryCount', { count: current.eeaCountries.length })})`}
          description={t('rules.eeaHint')}
          data={countries}
          value={current.eeaCountries}
          onChange={(value) => set({ eeaCountries: value })}
          searchable
          error={fields.eeaCountries}
          nothingFoundMessage={tApp('common.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
        <MultiSelect
          label={`${t('rules.adequateCountries')} (${t('rules.countryCount', { count: current.adequateCountries.length })})`}
          description={t('rules.adequateHint')}
          data={countries}
          value={current.adequateCountries}
          onChange={(value) => set({ adequateCountries: value })}
          searchable
          error={fields.adequateCountries}
          nothingFoundMessage={tApp('common.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('rules.largeVolume')}
            description={t('rules.largeVolumeHint')}
            min={1}
            max={10_000_000_000}
            allowDecimal={false}
            thousandSeparator=","
            value={current.largeVolumeThreshold}
            onChange={(value) => typeof value === 'number' && set({ largeVolumeThreshold: value })}
            error={fields.largeVolumeThreshold}
          />
          <NumberInput
            label={t('rules.maxRetention')}
            description={t('rules.maxRetentionHint')}
            min={1}
            max={1200}
            allowDecimal={false}
            value={current.maxRetentionMonths ?? ''}
            onChange={(value) => set({ maxRetentionMonths: typeof value === 'number' ? value : null })}
            error={fields.maxRetentionMonths}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {t('rules.categoryRetention')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('rules.categoryRetentionHint')}
          </Text>
          {(categories.data ?? []).length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('rules.noCategories')}
            </Text>
          ) : (
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rules.category')}</Table.Th>
                  <Table.Th w={140}>{t('rules.maxMonths')}</Table.Th>
                  <Table.Th w={48} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {current.categoryRetention.map((row, index) => {
                  const name = categoryNames.get(row.dataCategoryId) ?? row.dataCategoryId;
                  return (
                    <Table.Tr key={row.dataCategoryId}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={`${t('rules.maxMonths')}: ${name}`}
                          min={0}
                          max={1200}
                          allowDecimal={false}
                          size="xs"
                          value={row.maxMonths}
                          onChange={(value) =>
                            typeof value === 'number' && set({ categoryRetention: current.categoryRetention.map((r, i) => (i === index ? { ...r, maxMonths: value } : r)) })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('rules.removeCategory', { name })}
                          onClick={() => set({ categoryRetention: current.categoryRetention.filter((_, i) => i !== index) })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          {unlimited.length > 0 ? (
            <Group gap="xs" align="flex-end">
              <Select
                label={t('rules.addCategory')}
                data={unlimited.map((c) => ({ value: c.id, label: c.name }))}
                value={null}
                searchable
                leftSection={<IconPlus size={14} />}
                onChange={(value) => value && set({ categoryRetention: [...current.categoryRetention, { dataCategoryId: value, maxMonths: 12 }] })}
                nothingFoundMessage={tApp('common.nothingFound')}
                comboboxProps={{ withinPortal: true }}
                w={320}
              />
            </Group>
          ) : null}
        </Stack>
      </Stack>
    </Card>
  );
}
