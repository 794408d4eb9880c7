// Coverage of one framework at a glance: a donut of applicable controls with evidence, bars by
// theme/group, and the evidence freshness mix.
import { Anchor, Box, ColorSwatch, Group, Progress, RingProgress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FRESHNESS, type Coverage, type Framework } from '../../../../shared/contract';
import { FRAMEWORK_TITLES } from '../../../../shared/frameworks';
import { useSession } from '../../app/session-store';
import { BADGE_COLORS } from '../../components/EnumBadge';
import { SectionCard } from '../../components/SectionCard';
import { groupTitle } from '../../lib/catalog';
import { useFormat } from '../../lib/format';
import { useLocalized } from '../../lib/localized';

export interface FrameworkFigures {
  framework: Framework;
  applicable: number;
  covered: number;
  implemented: number;
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export function CoverageCard({ figures, coverage }: { figures: FrameworkFigures; coverage: Coverage | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const pick = useLocalized();
  const navigate = useSession((state) => state.navigate);
  const { framework, implemented } = figures;
  // Coverage within the chosen period when there is one; otherwise today's figures.
  const applicable = coverage?.applicable ?? figures.applicable;
  const covered = coverage?.covered ?? figures.covered;
  const coveredRatio = ratio(covered, applicable);
  const implementedRatio = ratio(implemented, applicable);
  const freshnessTotal = coverage ? FRESHNESS.reduce((sum, key) => sum + coverage.byFreshness[key], 0) : 0;

  return (
    <SectionCard
      title={pick(FRAMEWORK_TITLES[framework])}
      action={
        <Anchor component="button" type="button" size="sm" style={{ whiteSpace: 'nowrap' }} onClick={() => navigate({ page: 'controls', params: { framework } })}>
          {t('dashboard.coverage.openControls')}
        </Anchor>
      }
    >
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Stack align="center" gap={4} style={{ flexShrink: 0 }}>
          <RingProgress
            size={132}
            thickness={13}
            roundCaps
            sections={[{ value: coveredRatio * 100, color: 'teal', tooltip: t('dashboard.coverage.withEvidence') }]}
            label={
              <Stack gap={0} align="center">
                <Text fw={700} size="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {format.percent(coveredRatio)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('dashboard.coverage.evidenced')}
                </Text>
              </Stack>
            }
            aria-label={t('dashboard.coverage.ringLabel', { covered: format.number(covered), applicable: format.number(applicable) })}
          />
          <Text size="xs" c="dimmed" ta="center">
            {t('dashboard.coverage.coveredOf', { covered: format.number(covered), applicable: format.number(applicable) })}
          </Text>
        </Stack>
        <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
          <Box>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="xs" fw={600}>
                {t('dashboard.coverage.implemented')}
              </Text>
              <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format.number(implemented)} / {format.number(applicable)}
              </Text>
            </Group>
            <Progress value={implementedRatio * 100} color="indigo" size="sm" aria-label={t('dashboard.coverage.implemented')} />
          </Box>
          <Text size="xs" fw={600} c="dimmed" mt={4}>
            {t('dashboard.coverage.byGroup')}
          </Text>
          {coverage ? (
            coverage.byGroup
              .filter((group) => group.applicable > 0)
              .map((group) => {
                const label = groupTitle(framework, group.group, i18n.language);
                return (
                  <Box key={group.group}>
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Text size="xs" truncate title={label}>
                        {label}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                        {format.number(group.covered)} / {format.number(group.applicable)}
                      </Text>
                    </Group>
                    <Progress value={ratio(group.covered, group.applicable) * 100} color="teal" size="xs" aria-label={label} />
                  </Box>
                );
              })
          ) : (
            <Text size="xs" c="dimmed">
              {t('common.loading')}
            </Text>
          )}
        </Stack>
      </Group>
      {coverage && freshnessTotal > 0 && (
        <Stack gap={6} mt="md">
          <Text size="xs" fw={600} c="dimmed">
            {t('dashboard.coverage.freshness')}
          </Text>
          <Progress.Root size="lg" aria-label={t('dashboard.coverage.freshness')}>
            {FRESHNESS.map((key) =>
              coverage.byFreshness[key] === 0 ? null : (
                <Tooltip key={key} label={`${t(`enums.freshness.${key}`)}: ${format.number(coverage.byFreshness[key])}`}>
                  <Progress.Section value={ratio(coverage.byFreshness[key], freshnessTotal) * 100} color={BADGE_COLORS.freshness[key] === 'gray' ? 'gray.4' : BADGE_COLORS.freshness[key]} />
                </Tooltip>
              ),
            )}
          </Progress.Root>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing={4}>
            {FRESHNESS.map((key) => (
              <Group key={key} gap={6} wrap="nowrap">
                <ColorSwatch size={10} color={`var(--mantine-color-${BADGE_COLORS.freshness[key]}-${key === 'missing' ? 4 : 6})`} withShadow={false} />
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t(`enums.freshness.${key}`)} {format.number(coverage.byFreshness[key])}
                </Text>
              </Group>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </SectionCard>
  );
}
