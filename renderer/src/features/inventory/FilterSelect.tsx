// A compact filter drop-down bound to one key of a table's filters ('' or cleared means any).
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TableState } from './use-table-state';

interface FilterSelectProps {
  state: TableState;
  name: string;
  label: string;
  data: { value: string; label: string }[];
  width?: number;
  searchable?: boolean;
}

export function FilterSelect({ state, name, label, data, width = 170, searchable }: FilterSelectProps) {
  const { t } = useTranslation('inventory');
  const value = state.filter[name];
  return (
    <Select
      label={label}
      placeholder={t('filters.any')}
      clearable
      searchable={searchable}
      value={typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : null}
      onChange={(next) => state.setFilterValue(name, next === 'true' ? true : next === 'false' ? false : next)}
      data={data}
      w={width}
      comboboxProps={{ withinPortal: true }}
      clearButtonProps={{ 'aria-label': t('filters.clear') }}
    />
  );
}
