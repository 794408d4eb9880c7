// A restore test's follow-up actions: what to do, who, by when and whether it is done. Required (at
// least one) when the test failed or was partial.
import { ActionIcon, Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES, type FollowUpInput } from '../../../../shared/contract/areas/backups';
import { DateField } from '../../components/DateField';
import { addDays, today } from '../../lib/dates';

interface FollowUpsEditorProps {
  value: FollowUpInput[];
  onChange(value: FollowUpInput[]): void;
  required: boolean;
  error?: string;
}

export function FollowUpsEditor({ value, onChange, required, error }: FollowUpsEditorProps) {
  const { t } = useTranslation('backups');
  const update = (index: number, patch: Partial<FollowUpInput>) => onChange(value.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Stack gap="xs" data-testid="follow-ups">
      <Text fw={600} size="sm">
        {t('testForm.followUps')}
        {required && <span style={{ color: 'var(--mantine-color-error)' }}> *</span>}
      </Text>
      {required && value.length === 0 && (
        <Alert color={error ? 'red' : 'yellow'} variant="light" py="xs">
          {error ?? t('testForm.followUpsRequired')}
        </Alert>
      )}
      {value.map((item, index) => (
        <Group key={item.id ?? `new-${index}`} align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 3 }} label={t('testForm.followUpDescription')} required value={item.description} onChange={(e) => update(index, { description: e.currentTarget.value })} />
          <TextInput style={{ flex: 1.5 }} label={t('testForm.followUpOwner')} value={item.owner} onChange={(e) => update(index, { owner: e.currentTarget.value })} />
          <DateField style={{ flex: 1.5 }} label={t('testForm.followUpDue')} required clearable={false} value={item.dueDate} onChange={(day) => day && update(index, { dueDate: day })} />
          <Select
            style={{ flex: 1 }}
            label={t('testForm.followUpStatus')}
            allowDeselect={false}
            value={item.status}
            onChange={(status) => status && update(index, { status: status as FollowUpInput['status'] })}
            data={FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: t(`followUpStatus.${status}`) }))}
          />
          <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('testForm.removeFollowUp')} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...value, { description: '', owner: '', dueDate: addDays(today(), 30), status: 'open' }])}
      >
        {t('testForm.addFollowUp')}
      </Button>
    </Stack>
  );
}
