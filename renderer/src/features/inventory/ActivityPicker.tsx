// Choosing processing activities by name: they are too many for a plain list, so the options are
// searched in the backend as the user types (the chosen ones always stay listed).
import { MultiSelect, Select } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../client/client';
import { useActivityNames } from './use-activity-names';

function useActivitySearch(search: string): { value: string; label: string }[] {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const text = search.trim().slice(0, 200);
      void call('inventory.activities.query', { filter: text ? { text } : {}, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 50 })
        .then((page) => {
          if (live) setOptions(page.rows.map((row) => ({ value: row.id, label: row.name })));
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);
  return options;
}

function merge(selected: readonly string[], names: ReadonlyMap<string, string>, found: readonly { value: string; label: string }[]) {
  const seen = new Set<string>();
  const all: { value: string; label: string }[] = [];
  for (const id of selected) {
    seen.add(id);
    all.push({ value: id, label: names.get(id) ?? found.find((f) => f.value === id)?.label ?? id });
  }
  for (const option of found) if (!seen.has(option.value)) all.push(option);
  return all;
}

interface PickerProps {
  label: string;
  error?: string;
  required?: boolean;
}

export function ActivityMultiPicker({ label, value, onChange, error }: PickerProps & { value: string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation('inventory');
  const [search, setSearch] = useState('');
  const found = useActivitySearch(search);
  const names = useActivityNames(value);
  const data = useMemo(() => merge(value, names, found), [value, names, found]);
  return (
    <MultiSelect
      label={label}
      placeholder={t('fields.searchActivities')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      hidePickedOptions
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function ActivitySinglePicker({ label, value, onChange, error, required }: PickerProps & { value: string; onChange(id: string): void }) {
  const { t } = useTranslation('inventory');
  const [search, setSearch] = useState('');
  const found = useActivitySearch(search);
  const names = useActivityNames(value ? [value] : []);
  const data = useMemo(() => merge(value ? [value] : [], names, found), [value, names, found]);
  return (
    <Select
      label={label}
      required={required}
      placeholder={t('fields.searchActivities')}
      searchable
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
