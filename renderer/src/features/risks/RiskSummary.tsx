// The register in figures: how many risks are in each state, above the appetite, or due a review.
import { Card, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RISK_STATUSES, type Risk } from '../../../../shared/contract';
import { BADGE_COLORS } from '../../components/EnumBadge';
import { SectionCard } from '../../components/SectionCard';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { aboveAppetite } from './heat-map';

function Figure({ label, value, color, onClick }: { label: string; value: number; color?: string; onClick?(): void }) {
  const format = useFormat();
  const body = (
    <>
      <Text fw={700} fz={22} lh={1.2} c={value > 0 ? color : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {format.number(value)}
      </Text>
      <Text size="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
    </>
  );
  return (
    <Card withBorder radius="md" padding="sm">
      {onClick ? (
        <UnstyledButton onClick={onClick} className="custos-row-button" p={4} m={-4} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          {body}
        </UnstyledButton>
      ) : (
        body
      )}
    </Card>
  );
}

export function RiskSummary({ risks, appetite, onStatus }: { risks: readonly Risk[]; appetite: number; onStatus(status: string | null): void }) {
  const { t } = useTranslation();
  const now = today();
  const live = risks.filter((risk) => risk.status !== 'closed');
  const above = live.filter((risk) => aboveAppetite(risk.residualScore, appetite) && risk.status !== 'accepted').length;
  const reviewsDue = live.filter((risk) => risk.reviewDate !== null && risk.reviewDate < now).length;
  return (
    <SectionCard title={t('risks.summary.title')} h="100%">
      <SimpleGrid cols={3} spacing="sm" mb="sm">
        <Figure label={t('risks.summary.total')} value={risks.length} onClick={() => onStatus(null)} />
        <Figure label={t('risks.summary.aboveAppetite')} value={above} color="red" />
        <Figure label={t('risks.summary.reviewsDue')} value={reviewsDue} color="orange" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {RISK_STATUSES.map((status) => (
          <Figure key={status} label={t(`enums.riskStatus.${status}`)} value={risks.filter((risk) => risk.status === status).length} color={BADGE_COLORS.riskStatus[status]} onClick={() => onStatus(status)} />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t('risks.summary.hint', { appetite })}
      </Text>
    </SectionCard>
  );
}
