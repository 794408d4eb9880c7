import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { aboveAppetite, riskTone, TONE_COLORS } from './heat-map';

/** A risk score coloured by where it stands against the appetite (which is also said in words). */
export function ScoreBadge({ score, appetite, maxScore, detail }: { score: number; appetite: number; maxScore: number; detail?: string }) {
  const { t } = useTranslation();
  const tone = riskTone(score, appetite, maxScore);
  const label = aboveAppetite(score, appetite) ? t('risks.score.above', { appetite }) : t('risks.score.within', { appetite });
  return (
    <Tooltip label={detail ? `${detail} · ${label}` : label}>
      <span style={{ display: 'inline-flex' }}>
        <Badge
          variant={tone === 'low' ? 'light' : 'filled'}
          color={TONE_COLORS[tone]}
          radius="sm"
          size="lg"
          miw={40}
          px={8}
          styles={{ label: { fontVariantNumeric: 'tabular-nums', overflow: 'visible', color: tone === 'medium' ? 'var(--mantine-color-black)' : undefined } }}
        >
          {score}
        </Badge>
        <VisuallyHidden>{`, ${label}`}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
