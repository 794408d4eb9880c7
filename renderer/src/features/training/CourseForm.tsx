// The course form: title, kind, description, audience rules, recurrence, passing score and links to
// the material.
import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COURSE_KINDS, type CourseInput } from '../../../../shared/contract/areas/training';
import { RecurrenceEditor } from '../../components/RecurrenceEditor';

export const COURSE_FIELDS = ['title', 'kind', 'description', 'audience', 'schedule', 'passingScore', 'materials'] as const;

export function blankCourse(): CourseInput {
  return {
    title: '',
    kind: 'security_awareness',
    description: '',
    audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
    schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } },
    passingScore: 80,
    materials: [],
  };
}

interface CourseFormProps {
  value: CourseInput;
  onChange(value: CourseInput): void;
  errors: Record<string, string>;
  departments: string[];
  roles: string[];
}

export function CourseForm({ value, onChange, errors, departments, roles }: CourseFormProps) {
  const { t } = useTranslation('training');
  const set = <K extends keyof CourseInput>(key: K, next: CourseInput[K]) => onChange({ ...value, [key]: next });
  const audience = value.audience;
  const setAudience = (next: Partial<CourseInput['audience']>) => set('audience', { ...audience, ...next });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('courses.titleLabel')} required value={value.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
        <Select
          label={t('courses.kind')}
          allowDeselect={false}
          value={value.kind}
          onChange={(v) => v && set('kind', v as CourseInput['kind'])}
          data={COURSE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          error={errors.kind}
        />
      </SimpleGrid>
      <Textarea label={t('courses.description')} autosize minRows={2} value={value.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors.description} />
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('audience.label')}
        </Text>
        <Checkbox label={t('audience.allStaff')} checked={audience.allStaff} onChange={(e) => setAudience({ allStaff: e.currentTarget.checked })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput label={t('audience.departments')} data={departments} value={audience.departments} onChange={(v) => setAudience({ departments: v })} disabled={audience.allStaff} />
          <TagsInput label={t('audience.roles')} data={roles} value={audience.roles} onChange={(v) => setAudience({ roles: v })} disabled={audience.allStaff} />
        </SimpleGrid>
        <Group align="flex-end">
          <Checkbox
            label={t('audience.newJoiners')}
            checked={audience.newJoinersWithinDays !== null}
            onChange={(e) => setAudience({ newJoinersWithinDays: e.currentTarget.checked ? 30 : null })}
          />
          {audience.newJoinersWithinDays !== null && (
            <NumberInput
              label={t('audience.newJoinersWithinDays')}
              min={1}
              max={365}
              w={200}
              value={audience.newJoinersWithinDays}
              onChange={(n) => setAudience({ newJoinersWithinDays: typeof n === 'number' ? n : 30 })}
            />
          )}
        </Group>
        {errors.audience && (
          <Text size="sm" c="red">
            {errors.audience}
          </Text>
        )}
      </Stack>
      <RecurrenceEditor value={value.schedule} onChange={(schedule) => set('schedule', schedule)} error={errors.schedule} />
      <Group align="flex-end">
        <Checkbox label={t('courses.hasTest')} checked={value.passingScore !== null} onChange={(e) => set('passingScore', e.currentTarget.checked ? 80 : null)} />
        {value.passingScore !== null && (
          <NumberInput label={t('courses.passingScore')} min={0} max={100} suffix=" %" w={160} value={value.passingScore} onChange={(n) => set('passingScore', typeof n === 'number' ? n : 0)} error={errors.passingScore} />
        )}
      </Group>
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('courses.materials')}
        </Text>
        {value.materials.map((material, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <TextInput
              aria-label={t('courses.materialLabel')}
              placeholder={t('courses.materialLabel')}
              value={material.label}
              onChange={(e) => set('materials', value.materials.map((m, i) => (i === index ? { ...m, label: e.currentTarget.value } : m)))}
              style={{ flex: 1 }}
            />
            <TextInput
              aria-label={t('courses.materialUrl')}
              placeholder="https://"
              value={material.url}
              onChange={(e) => set('materials', value.materials.map((m, i) => (i === index ? { ...m, url: e.currentTarget.value } : m)))}
              style={{ flex: 2 }}
            />
            <ActionIcon variant="subtle" color="red" aria-label={t('courses.removeMaterial')} onClick={() => set('materials', value.materials.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {errors.materials && (
          <Text size="sm" c="red">
            {errors.materials}
          </Text>
        )}
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => set('materials', [...value.materials, { label: '', url: '' }])} w="fit-content">
          {t('courses.addMaterial')}
        </Button>
      </Stack>
    </Stack>
  );
}
