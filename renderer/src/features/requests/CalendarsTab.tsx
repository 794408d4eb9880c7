// The register's settings (time zone, retention before redaction) and the working-day calendars per
// year: China's public holidays and adjusted working days, California's state holidays. Edits replace
// the shipped year for this workspace; the open requests' deadlines follow at once.
import { Anchor, Badge, Button, CloseButton, Grid, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestCalendars } from '../../../../shared/contract/areas/requests';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { issuesByField } from '../../lib/field-errors';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';

type Region = 'china' | 'california';

function DateList({ label, dates, year, onChange }: { label: string; dates: string[]; year: number; onChange(dates: string[]): void }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const [adding, setAdding] = useState<string | null>(null);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap={6}>
        {dates.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('calendars.none')}
          </Text>
        )}
        {dates.map((date) => (
          <Badge
            key={date}
            variant="light"
            radius="sm"
            style={{ textTransform: 'none' }}
            rightSection={<CloseButton size="xs" aria-label={t('calendars.remove', { date })} onClick={() => onChange(dates.filter((d) => d !== date))} />}
          >
            {format.day(date)}
          </Badge>
        ))}
      </Group>
      <Group gap="xs" align="flex-end">
        <DateField aria-label={`${label}: ${t('calendars.addDate')}`} value={adding} onChange={setAdding} defaultDate={`${year}-01-01`} w={180} />
        <Button
          variant="default"
          leftSection={<IconPlus size={14} />}
          disabled={!adding || dates.includes(adding)}
          onClick={() => {
            if (!adding) return;
            onChange([...dates, adding].sort());
            setAdding(null);
          }}
        >
          {t('calendars.addDate')}
        </Button>
      </Group>
    </Stack>
  );
}

function RegionCalendar({ region, year, calendars, onSaved }: { region: Region; year: number; calendars: RequestCalendars; onSaved(c: RequestCalendars): void }) {
  const { t } = useTranslation('requests');
  const days = calendars[region];
  const [holidays, setHolidays] = useState(days.holidays);
  const [worked, setWorked] = useState(days.workedWeekendDays);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setHolidays(days.holidays);
    setWorked(days.workedWeekendDays);
    setError(null);
  }, [days]);
  const fieldErrors = issuesByField(t, error);
  const run = async (fn: () => Promise<RequestCalendars>) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await fn());
      notifySuccess(t('calendars.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <SectionCard
      title={t(`calendars.${region}`)}
      action={
        <Badge variant="outline" radius="sm" style={{ textTransform: 'none' }}>
          {days.customised ? t('calendars.customised') : t('calendars.shipped')}
        </Badge>
      }
    >
      <Stack gap="md">
        {!days.known && (
          <Text size="sm" c="orange">
            {t('calendars.unknownYear')}
          </Text>
        )}
        <DateList label={t('calendars.holidays')} dates={holidays} year={year} onChange={setHolidays} />
        {fieldErrors.holidays && <Text size="xs" c="red">{fieldErrors.holidays}</Text>}
        {region === 'china' && <DateList label={t('calendars.workedWeekendDays')} dates={worked} year={year} onChange={setWorked} />}
        {fieldErrors.workedWeekendDays && <Text size="xs" c="red">{fieldErrors.workedWeekendDays}</Text>}
        {error !== null && Object.keys(fieldErrors).length === 0 && <ErrorAlert error={error} />}
        <Group gap="xs">
          <Button loading={busy} onClick={() => void run(() => call('requests.calendars.update', { year, region, holidays, workedWeekendDays: region === 'china' ? worked : [] }))}>
            {t('calendars.save')}
          </Button>
          {days.customised && (
            <Button variant="default" disabled={busy} onClick={() => void run(() => call('requests.calendars.reset', { year, region }))}>
              {t('calendars.reset')}
            </Button>
          )}
        </Group>
      </Stack>
    </SectionCard>
  );
}

function SettingsCard() {
  const { t } = useTranslation('requests');
  const settings = useProcedure('requests.settings.get');
  const organisation = useProcedure('organisation.get');
  const navigate = useSession((state) => state.navigate);
  const [retention, setRetention] = useState<number | string>(24);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (settings.data) setRetention(settings.data.redactionRetentionMonths);
  }, [settings.data]);
  const fieldErrors = issuesByField(t, error);
  return (
    <SectionCard title={t('calendars.settings')}>
      <ErrorAlert error={settings.error} />
      {organisation.data && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('calendars.timeZoneFrom', { zone: organisation.data.timeZone })}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => navigate({ page: 'organisation', params: {} })}>
            {t('calendars.changeTimeZone')}
          </Anchor>
        </Text>
      )}
      <Group align="flex-end" gap="md">
        <NumberInput
          label={t('calendars.retention')}
          description={t('calendars.retentionHint')}
          min={0}
          max={240}
          value={retention}
          onChange={setRetention}
          error={fieldErrors.redactionRetentionMonths}
          w={420}
        />
        <Button
          onClick={() => {
            setError(null);
            call('requests.settings.update', { redactionRetentionMonths: Number(retention) }).then((saved) => {
              settings.setData(saved);
              notifySuccess(t('calendars.saved'));
            }, setError);
          }}
        >
          {t('calendars.saveSettings')}
        </Button>
      </Group>
      {error !== null && Object.keys(fieldErrors).length === 0 && <ErrorAlert error={error} />}
    </SectionCard>
  );
}

export function CalendarsTab() {
  const { t } = useTranslation('requests');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const calendars = useProcedure('requests.calendars.get', { year });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - 2 + i));
  return (
    <Stack gap="md">
      <SettingsCard />
      <Select label={t('calendars.year')} allowDeselect={false} value={String(year)} onChange={(v) => v && setYear(Number(v))} data={years} w={140} />
      <ErrorAlert error={calendars.error} />
      {!calendars.data && calendars.loading && <LoadingState />}
      {calendars.data && calendars.data.year === year && (
        <Grid gap="md">
          {(['china', 'california'] as const).map((region) => (
            <Grid.Col key={region} span={{ base: 12, lg: 6 }}>
              <RegionCalendar region={region} year={year} calendars={calendars.data!} onSaved={calendars.setData} />
            </Grid.Col>
          ))}
        </Grid>
      )}
    </Stack>
  );
}
