// The home screen after unlocking: what is due, framework coverage, and the figures that need
// attention.
import { Button, Card, Grid, Group, SimpleGrid, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCalendarTime, IconClockExclamation, IconDownload, IconRefresh, IconReportSearch, type Icon } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage, Framework } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import type { Route } from '../../app/router';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RecoveryKeyWarning } from '../../components/RecoveryKeyWarning';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { AgendaCard } from './AgendaCard';
import { CoverageCard } from './CoverageCard';
import { IncidentFiguresCard } from './IncidentFiguresCard';
import { DateField } from '../../components/DateField';

function StatCard({ label, value, icon: StatIcon, color, target, hint }: { label: string; value: number; icon: Icon; color: string; target?: Route; hint?: string }) {
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const body = (
    <Group wrap="nowrap" gap="md" align="center">
      <ThemeIcon size={42} radius="md" variant="light" color={value > 0 ? color : 'gray'}>
        <StatIcon size={22} stroke={1.6} />
      </ThemeIcon>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={700} fz={26} lh={1.15} style={{ fontVariantNumeric: 'tabular-nums' }} c={value > 0 ? undefined : 'dimmed'}>
          {format.number(value)}
        </Text>
        <Text size="sm" c="dimmed" lh={1.3}>
          {label}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Group>
  );
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={label}>
      {target ? (
        <UnstyledButton onClick={() => navigate(target)} className="custos-row-button" style={{ borderRadius: 'var(--mantine-radius-md)' }} p={4} m={-4}>
          {body}
        </UnstyledButton>
      ) : (
        body
      )}
    </Card>
  );
}

interface Period {
  from: string | null;
  to: string | null;
}

/** Coverage of both frameworks, today or within a chosen period (a SOC 2 Type II window). */
function useCoverage(period: Period): { data: Partial<Record<Framework, Coverage>>; error: unknown; reload(): void } {
  const [data, setData] = useState<Partial<Record<Framework, Coverage>>>({});
  const [error, setError] = useState<unknown>(null);
  const { from, to } = period;
  const load = useCallback(() => {
    let cancelled = false;
    const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    Promise.all([call('coverage.get', { framework: 'iso27001', ...range }), call('coverage.get', { framework: 'soc2', ...range })])
      .then(([iso, soc2]) => {
        if (cancelled) return;
        setData({ iso27001: iso, soc2 });
        setError(null);
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(reason);
      });
    return () => {
      cancelled = true;
    };
  }, [from, to]);
  useEffect(() => load(), [load]);
  return { data, error, reload: load };
}

function PeriodCard({ period, onChange }: { period: Period; onChange(period: Period): void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('dashboard.period.title')}>
      <Text fw={600}>{t('dashboard.period.title')}</Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('dashboard.period.hint')}
      </Text>
      <Group grow align="flex-start">
        <DateField label={t('dashboard.period.from')} value={period.from} onChange={(from) => onChange({ ...period, from })} maxDate={period.to ?? undefined} />
        <DateField label={t('dashboard.period.to')} value={period.to} onChange={(to) => onChange({ ...period, to })} minDate={period.from ?? undefined} />
      </Group>
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const summary = useProcedure('dashboard.summary');
  const agenda = useProcedure('agenda.list', { limit: 2000 });
  const incidentFigures = useProcedure('incidents.figures', {});
  const [period, setPeriod] = useState<Period>({ from: null, to: null });
  const coverage = useCoverage(period);
  const name = useSession((state) => (state.status.state === 'closed' ? '' : state.status.name));

  function reload() {
    void summary.reload();
    void agenda.reload();
    void incidentFigures.reload();
    coverage.reload();
  }

  const figures = summary.data;
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.subtitle', { name })}
        actions={
          <>
            <ExportButton
              leftSection={<IconDownload size={16} />}
              run={(destination) => call('agenda.ics', destination ? { destination } : {})}
              suggestedName="custos-agenda.ics"
              filters={[{ name: t('dashboard.icsFilter'), extensions: ['ics'] }]}
              dialogTitle={t('dashboard.exportIcs')}
            >
              {t('dashboard.exportIcs')}
            </ExportButton>
            <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={reload} loading={summary.loading && !!figures}>
              {t('common.refresh')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <RecoveryKeyWarning />
        <ErrorAlert error={summary.error ?? agenda.error} />
        {!figures && summary.loading && <LoadingState />}
        {figures && (
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="lg">
            <StatCard label={t('dashboard.stats.overdue')} value={figures.overdue} icon={IconClockExclamation} color="red" />
            <StatCard label={t('dashboard.stats.dueSoon')} value={figures.dueWithin30Days} icon={IconCalendarTime} color="yellow" />
            <StatCard label={t('dashboard.stats.risksAboveAppetite')} value={figures.openRisksAboveAppetite} icon={IconAlertTriangle} color="orange" target={{ page: 'risks', params: {} }} />
            <StatCard label={t('dashboard.stats.openFindings')} value={figures.openFindings} icon={IconReportSearch} color="grape" target={{ page: 'audits', params: {} }} />
          </SimpleGrid>
        )}
        <IncidentFiguresCard figures={incidentFigures.data} error={incidentFigures.error} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            {agenda.data ? (
              <AgendaCard items={agenda.data} />
            ) : (
              agenda.loading && (
                <Card withBorder radius="md" padding="lg">
                  <LoadingState />
                </Card>
              )
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <PeriodCard period={period} onChange={setPeriod} />
              <ErrorAlert error={coverage.error} />
              {figures?.coverage.map((row) => <CoverageCard key={row.framework} figures={row} coverage={coverage.data[row.framework] ?? null} />)}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
