// A calendar-date input (YYYY-MM-DD, the contract's format) with a localized calendar dropdown.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat'> {
  value: string | null;
  onChange(value: string | null): void;
}

export function DateField({ value, onChange, clearable = true, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      {...rest}
      value={value}
      onChange={onChange}
      valueFormat="YYYY-MM-DD"
      placeholder={rest.placeholder ?? t('dates.placeholder')}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      leftSection={<IconCalendar size={16} stroke={1.6} />}
      popoverProps={{ withinPortal: true }}
      ariaLabels={{
        nextMonth: t('dates.nextMonth'),
        previousMonth: t('dates.previousMonth'),
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
        monthLevelControl: t('dates.chooseMonth'),
        yearLevelControl: t('dates.chooseYear'),
      }}
    />
  );
}
