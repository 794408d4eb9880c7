// A breach clock's countdown: the live time left (or overdue) to its due moment, or its state where
// it has no fixed time or is answered.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreachClock } from '../../../../shared/contract/areas/incidents';
import { DueBadge } from '../requests/DueBadge';
import { ClockStateBadge } from './Badges';

export function ClockCountdown({ clock, now }: { clock: BreachClock; now: number }) {
  if ((clock.state === 'due' || clock.state === 'overdue') && clock.due) return <DueBadge due={clock.due} now={now} />;
  return <ClockStateBadge state={clock.state} />;
}

export function NextClock({ clock, now }: { clock: BreachClock | null; now: number }) {
  const { t } = useTranslation('incidents');
  if (!clock) return <Text c="dimmed">{t('list.noClock')}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t(`law.${clock.law}`)} · {t(`recipient.${clock.recipient}`)}
      </Text>
      <ClockCountdown clock={clock} now={now} />
    </Group>
  );
}
