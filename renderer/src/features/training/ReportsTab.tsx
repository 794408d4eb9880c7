// Completion rates: overall (a ring), by department and by course (bars), the last 12 months as a
// small line chart drawn in SVG, and the same months with one line per chosen department or course.
import { Card, Group, MultiSelect, Progress, RingProgress, SegmentedControl, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyRate, Rate } from '../../../../shared/contract/areas/training';
import { RATE_DIMENSIONS, type RateDimension } from '../../../../shared/contract/areas/training-import';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useProcedure } from '../../lib/use-procedure';

function rateColor(rate: number): string {
  return rate >= 90 ? 'teal' : rate >= 70 ? 'yellow' : 'red';
}

function RateBars({ title, rates }: { title: string; rates: Rate[] }) {
  const { t } = useTranslation('training');
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Text fw={600} mb="sm">
        {title}
      </Text>
      <Stack gap="xs">
        {rates.map((rate) => (
          <div key={rate.key} data-testid={`rate-${rate.label}`}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" truncate>
                {rate.label || t('reports.noDepartment')}
              </Text>
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('reports.rateOf', { rate: rate.rate, done: rate.done, total: rate.total })}
              </Text>
            </Group>
            <Progress value={rate.rate} color={rateColor(rate.rate)} size="sm" aria-label={t('reports.rateLabel', { label: rate.label, rate: rate.rate })} />
          </div>
        ))}
      </Stack>
    </Card>
  );
}

const WIDTH = 640;
const HEIGHT = 180;
const PAD = 28;

function MonthlyChart({ series }: { series: MonthlyRate[] }) {
  const { t } = useTranslation('training');
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / Math.max(1, series.length - 1);
  const y = (rate: number) => HEIGHT - PAD - (rate / 100) * (HEIGHT - 2 * PAD);
  const points = series.map((point, i) => `${x(i)},${y(point.rate)}`).join(' ');
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('reports.monthly')}>
      <Text fw={600} mb="sm">
        {t('reports.monthly')}
      </Text>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={t('reports.monthlyDescription', { first: series[0]?.rate ?? 0, last: series[series.length - 1]?.rate ?? 0 })}>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD} x2={WIDTH - PAD} y1={y(tick)} y2={y(tick)} stroke="var(--mantine-color-default-border)" strokeDasharray="3 3" />
            <text x={4} y={y(tick) + 4} fontSize={10} fill="var(--mantine-color-dimmed)">
              {tick}%
            </text>
          </g>
        ))}
        <polyline points={points} fill="none" stroke="var(--mantine-color-teal-6)" strokeWidth={2} />
        {series.map((point, i) => (
          <g key={point.month}>
            <circle cx={x(i)} cy={y(point.rate)} r={3} fill="var(--mantine-color-teal-6)">
              <title>{t('reports.point', { month: point.month, rate: point.rate, done: point.done, total: point.total })}</title>
            </circle>
            <text x={x(i)} y={HEIGHT - 8} fontSize={10} textAnchor="middle" fill="var(--mantine-color-dimmed)">
              {point.month.slice(2)}
            </text>
          </g>
        ))}
      </svg>
    </Card>
  );
}

const PALETTE = ['blue', 'teal', 'orange', 'grape', 'red', 'cyan', 'lime', 'pink', 'indigo', 'yellow'];
/** Lines drawn until the user picks others. */
const DEFAULT_LINES = 5;

/** The completion rate at each of the last 12 month ends, one line per chosen department or course, with a legend. */
function RateHistoryChart() {
  const { t } = useTranslation('trainingImport');
  const [by, setBy] = useState<RateDimension>('department');
  const history = useProcedure('training.rates.history', { by });
  const [chosen, setChosen] = useState<Record<RateDimension, string[] | null>>({ department: null, course: null });
  const all = history.data && Array.isArray(history.data.series) ? history.data.series : [];
  const months = history.data && Array.isArray(history.data.months) ? history.data.months : [];
  const label = (line: { key: string; label: string }) => line.label || t('chart.noDepartment');
  const keys = chosen[by] ?? all.slice(0, DEFAULT_LINES).map((line) => line.key);
  const shown = all.filter((line) => keys.includes(line.key));
  const color = (key: string) => `var(--mantine-color-${PALETTE[all.findIndex((line) => line.key === key) % PALETTE.length]}-6)`;
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / Math.max(1, months.length - 1);
  const y = (rate: number) => HEIGHT - PAD - (rate / 100) * (HEIGHT - 2 * PAD);
  const description = t('chart.description', {
    first: months[0] ?? '',
    last: months[months.length - 1] ?? '',
    lines: shown.map((line) => t('chart.line', { label: label(line), from: line.points[0]?.rate ?? 0, to: line.points[line.points.length - 1]?.rate ?? 0 })).join('; '),
  });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('chart.title')}>
      <Group justify="space-between" mb="sm" gap="sm">
        <Text fw={600}>{t('chart.title')}</Text>
        <SegmentedControl
          size="xs"
          aria-label={t('chart.by')}
          value={by}
          onChange={(value) => setBy(value as RateDimension)}
          data={RATE_DIMENSIONS.map((value) => ({ value, label: t(value === 'department' ? 'chart.byDepartment' : 'chart.byCourse') }))}
        />
      </Group>
      <ErrorAlert error={history.error} />
      {history.data && all.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('chart.empty')}
        </Text>
      )}
      {all.length > 0 && (
        <Stack gap="sm">
          <MultiSelect
            label={t('chart.select')}
            placeholder={t('chart.selectPlaceholder')}
            data={all.map((line) => ({ value: line.key, label: label(line) }))}
            value={keys}
            onChange={(value) => setChosen((current) => ({ ...current, [by]: value }))}
            searchable
            clearable
          />
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={description} data-testid="rate-history-chart">
            {[0, 50, 100].map((tick) => (
              <g key={tick}>
                <line x1={PAD} x2={WIDTH - PAD} y1={y(tick)} y2={y(tick)} stroke="var(--mantine-color-default-border)" strokeDasharray="3 3" />
                <text x={4} y={y(tick) + 4} fontSize={10} fill="var(--mantine-color-dimmed)">
                  {tick}%
                </text>
              </g>
            ))}
            {months.map((month, i) => (
              <text key={month} x={x(i)} y={HEIGHT - 8} fontSize={10} textAnchor="middle" fill="var(--mantine-color-dimmed)">
                {month.slice(2)}
              </text>
            ))}
            {shown.map((line) => (
              <g key={line.key} data-testid={`history-line-${line.key}`}>
                <polyline points={line.points.map((point, i) => `${x(i)},${y(point.rate)}`).join(' ')} fill="none" stroke={color(line.key)} strokeWidth={2} />
                {line.points.map((point, i) => (
                  <circle key={point.month} cx={x(i)} cy={y(point.rate)} r={3} fill={color(line.key)}>
                    <title>{t('chart.point', { label: label(line), month: point.month, rate: point.rate, done: point.done, total: point.total })}</title>
                  </circle>
                ))}
              </g>
            ))}
          </svg>
          <Group gap="md" component="ul" aria-label={t('chart.select')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {shown.map((line) => (
              <Group key={line.key} gap={6} component="li" wrap="nowrap">
                <span aria-hidden style={{ display: 'inline-block', width: 14, height: 3, background: color(line.key) }} />
                <Text size="sm">
                  {label(line)} · {line.points[line.points.length - 1]?.rate ?? 0}%
                </Text>
              </Group>
            ))}
          </Group>
        </Stack>
      )}
    </Card>
  );
}

export function ReportsTab() {
  const { t } = useTranslation('training');
  const rates = useProcedure('training.rates');
  const monthly = useProcedure('training.rates.monthly');
  const overall = rates.data && rates.data.total > 0 ? Math.round((rates.data.done / rates.data.total) * 1000) / 10 : 0;
  return (
    <Stack gap="md">
      <ErrorAlert error={rates.error ?? monthly.error} />
      {!rates.data && rates.loading && <LoadingState />}
      {rates.data && (
        <Card withBorder radius="md" padding="md">
          <Group gap="xl">
            <Tooltip label={t('reports.overallHint')}>
              <RingProgress
                size={120}
                thickness={12}
                roundCaps
                sections={[{ value: overall, color: rateColor(overall) }]}
                label={
                  <Text ta="center" fw={700} data-testid="overall-rate">
                    {overall}%
                  </Text>
                }
              />
            </Tooltip>
            <SimpleGrid cols={3}>
              <Stack gap={0}>
                <Text size="xl" fw={700}>
                  {rates.data.done} / {rates.data.total}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('reports.done')}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xl" fw={700} c={rates.data.overdue > 0 ? 'red' : undefined}>
                  {rates.data.overdue}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('reports.overdue')}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xl" fw={700}>
                  {rates.data.dueSoon}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('reports.dueSoon')}
                </Text>
              </Stack>
            </SimpleGrid>
          </Group>
        </Card>
      )}
      {monthly.data && monthly.data.length > 0 && <MonthlyChart series={monthly.data} />}
      <RateHistoryChart />
      {rates.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <RateBars title={t('reports.byDepartment')} rates={rates.data.byDepartment} />
          <RateBars title={t('reports.byCourse')} rates={rates.data.byCourse} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
