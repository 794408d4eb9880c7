// The risk heat map: likelihood (rows, highest on top) against impact (columns), each cell coloured
// by its score against the appetite and showing how many risks sit there. A cell is a button that
// filters the register to its risks.
import { Box, Group, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiskScales } from '../../../../shared/contract';
import { useFormat } from '../../lib/format';
import { useLocalized } from '../../lib/localized';
import { buildHeatMap, TONE_COLORS, type CellFilter, type HeatMode, type RiskPosition } from './heat-map';

interface HeatMapProps {
  risks: readonly RiskPosition[];
  scales: RiskScales;
  mode: HeatMode;
  onModeChange(mode: HeatMode): void;
  selected: CellFilter | null;
  onSelect(cell: CellFilter | null): void;
}

export function HeatMapView({ risks, scales, mode, onModeChange, selected, onSelect }: HeatMapProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const format = useFormat();
  const map = buildHeatMap(risks, { likelihood: scales.likelihood.length, impact: scales.impact.length, appetite: scales.appetite }, mode);
  const columns = scales.impact.length;

  return (
    <Stack gap="sm">
      <SegmentedControl
        size="xs"
        value={mode}
        onChange={(value) => onModeChange(value as HeatMode)}
        data={[
          { value: 'inherent', label: t('risks.heat.inherent') },
          { value: 'residual', label: t('risks.heat.residual') },
        ]}
        aria-label={t('risks.heat.mode')}
      />
      <Box style={{ display: 'grid', gridTemplateColumns: `minmax(56px, max-content) repeat(${columns}, minmax(36px, 1fr))`, gap: 4 }} role="grid" aria-label={t('risks.heat.title')}>
        {map.rows.map((row) => {
          const level = scales.likelihood[row[0]!.likelihood - 1];
          return (
            <Box key={row[0]!.likelihood} role="row" style={{ display: 'contents' }}>
              <Box role="rowheader" style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end' }} pr={6}>
                <Text size="xs" c="dimmed" ta="right" lh={1.2} maw={96}>
                  <Text span fw={600} size="xs">
                    {row[0]!.likelihood}
                  </Text>{' '}
                  {level ? pick(level.label) : ''}
                </Text>
              </Box>
              {row.map((cell) => {
                const isSelected = selected?.mode === mode && selected.likelihood === cell.likelihood && selected.impact === cell.impact;
                const count = cell.riskIds.length;
                const impactLabel = scales.impact[cell.impact - 1];
                const color = TONE_COLORS[cell.tone];
                return (
                  <UnstyledButton
                    key={cell.impact}
                    role="gridcell"
                    className="custos-heat-cell"
                    data-selected={isSelected}
                    aria-pressed={isSelected}
                    aria-label={t('risks.heat.cell', {
                      likelihood: `${cell.likelihood} ${level ? pick(level.label) : ''}`,
                      impact: `${cell.impact} ${impactLabel ? pick(impactLabel.label) : ''}`,
                      score: cell.score,
                      count,
                    })}
                    onClick={() => onSelect(isSelected ? null : { mode, likelihood: cell.likelihood, impact: cell.impact })}
                    h={48}
                    style={{
                      borderRadius: 'var(--mantine-radius-sm)',
                      background: count > 0 ? `var(--mantine-color-${color}-filled)` : `var(--mantine-color-${color}-light)`,
                      color: count === 0 ? 'var(--mantine-color-dimmed)' : cell.tone === 'medium' ? 'var(--mantine-color-black)' : 'var(--mantine-color-white)',
                      display: 'flex',
                      flexDirection: 'column',
                      alignItems: 'center',
                      justifyContent: 'center',
                    }}
                  >
                    <Text fw={700} size={count > 0 ? 'md' : 'xs'} lh={1} c="inherit">
                      {count > 0 ? format.number(count) : ''}
                    </Text>
                    <Text size="10px" lh={1.2} c="inherit" opacity={0.8}>
                      {cell.score}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </Box>
          );
        })}
        <Box />
        {scales.impact.map((level) => (
          <Stack key={level.value} gap={0} align="center">
            <Text size="xs" fw={600} c="dimmed" lh={1.2}>
              {level.value}
            </Text>
            <Text size="10px" c="dimmed" ta="center" lh={1.2} style={{ wordBreak: 'keep-all', overflowWrap: 'normal' }}>
              {pick(level.label)}
            </Text>
          </Stack>
        ))}
      </Box>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {t('risks.heat.axes')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('risks.heat.appetite', { appetite: scales.appetite })}
        </Text>
      </Group>
    </Stack>
  );
}
