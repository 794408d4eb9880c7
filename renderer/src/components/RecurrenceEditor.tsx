// Edits a shared/recurrence schedule (a course's recurrence, a backup job's schedule): every N months
// or days after the last completion or run, optionally first due within some days; or a calendar rule
// (RFC 5545 RRULE) in a time zone. The sentence below says what the schedule means, or what is wrong.
import { Alert, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeSchedule, scheduleIssueMessage, validateSchedule, type RecurrenceLanguage, type Schedule } from '../../../shared/recurrence';
import { today } from '../lib/dates';

export function recurrenceLanguage(language: string): RecurrenceLanguage {
  return language.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The schedule's sentence in the UI language, or its first problem. */
export function useScheduleSentence(schedule: Schedule): { ok: boolean; text: string } {
  const { i18n } = useTranslation();
  const language = recurrenceLanguage(i18n.language);
  const checked = validateSchedule(schedule);
  if (!checked.ok) return { ok: false, text: scheduleIssueMessage(checked.issues[0]!, language) };
  return { ok: true, text: describeSchedule(checked.schedule, language) };
}

export interface RecurrenceEditorProps {
  value: Schedule;
  onChange(value: Schedule): void;
  error?: string;
  /** What an "after the last …" schedule counts from: a course's completion or a job's run. */
  after?: 'completion' | 'run';
}

export function RecurrenceEditor({ value, onChange, error, after = 'completion' }: RecurrenceEditorProps) {
  const { t } = useTranslation('recurrence', { keyPrefix: 'editor' });
  const showFirstDue = after === 'completion';
  const sentence = useScheduleSentence(value);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('label')}
      </Text>
      <SegmentedControl
        value={value.kind}
        onChange={(kind) =>
          onChange(kind === 'calendar' ? { kind: 'calendar', rrule: 'FREQ=YEARLY', tzid: zone, start: today() } : { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } })
        }
        data={[
          { value: 'after_completion', label: t(after === 'run' ? 'afterRun' : 'afterCompletion') },
          { value: 'calendar', label: t('calendar') },
        ]}
      />
      {value.kind === 'after_completion' ? (
        <Group align="flex-end" grow>
          <NumberInput
            label={t('every')}
            min={1}
            value={'months' in value.every ? value.every.months : value.every.days}
            onChange={(n) => {
              const count = typeof n === 'number' ? n : 1;
              onChange({ ...value, every: 'months' in value.every ? { months: count } : { days: count } });
            }}
          />
          <Select
            label={t('unit')}
            allowDeselect={false}
            value={'months' in value.every ? 'months' : 'days'}
            onChange={(unit) => {
              const count = 'months' in value.every ? value.every.months : value.every.days;
              onChange({ ...value, every: unit === 'days' ? { days: count } : { months: count } });
            }}
            data={[
              { value: 'months', label: t('months') },
              { value: 'days', label: t('days') },
            ]}
          />
          {showFirstDue && (
            <NumberInput
              label={t('firstDueWithin')}
              min={0}
              value={value.firstDueWithin?.days ?? 0}
              onChange={(n) => onChange({ ...value, firstDueWithin: { days: typeof n === 'number' ? n : 0 } })}
            />
          )}
        </Group>
      ) : (
        <Group align="flex-end" grow>
          <TextInput label={t('rrule')} description={t('rruleHint')} value={value.rrule} onChange={(e) => onChange({ ...value, rrule: e.currentTarget.value })} />
          <TextInput label={t('tzid')} value={value.tzid} onChange={(e) => onChange({ ...value, tzid: e.currentTarget.value })} />
          <TextInput label={t('start')} value={value.start} onChange={(e) => onChange({ ...value, start: e.currentTarget.value })} />
        </Group>
      )}
      <Alert variant="light" color={sentence.ok && !error ? 'blue' : 'red'} py="xs" data-testid="recurrence-sentence">
        {error ?? sentence.text}
      </Alert>
    </Stack>
  );
}
