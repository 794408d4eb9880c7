// The breach clocks of a personal-data breach: one card per notification a law requires, with a live
// countdown to its deadline (or "immediately", or "without undue delay"), and what was recorded
// against it: sent (when, reference) or not needed (why).
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreachClock } from '../../../../shared/contract/areas/incidents';
import { useFormat } from '../../lib/format';
import { useNow } from '../requests/DueBadge';
import { ClockStateBadge } from './Badges';
import { ClockCountdown } from './NextClock';

interface BreachClocksProps {
  clocks: readonly BreachClock[];
  onRecord(clock: BreachClock): void;
  onNotNeeded(clock: BreachClock): void;
  onUndo(clock: BreachClock): void;
}

export function BreachClocks({ clocks, onRecord, onNotNeeded, onUndo }: BreachClocksProps) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const now = useNow(1_000);
  return (
    <Stack gap="sm">
      {clocks.map((clock) => {
        const answered = clock.state === 'sent' || clock.state === 'not_needed';
        return (
          <Card key={`${clock.law}:${clock.key}`} withBorder radius="sm" padding="sm" data-testid={`clock-${clock.law}-${clock.key}`} data-state={clock.state}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Text fw={600}>
                  {t(`law.${clock.law}`)} · {t(`recipient.${clock.recipient}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {clock.basis}
                  {clock.immediate ? ` · ${t('detail.immediately')}` : clock.due ? ` · ${format.dateTime(clock.due)}` : ''}
                </Text>
                {clock.condition === 'more_than_500_residents' && (
                  <Text size="sm" c="dimmed">
                    {t('detail.condition500')}
                  </Text>
                )}
                {clock.state === 'sent' && clock.sentAt && <Text size="sm">{t('detail.sentAt', { at: format.dateTime(clock.sentAt) })}</Text>}
                {clock.reference && <Text size="sm">{t('detail.reference', { reference: clock.reference })}</Text>}
                {clock.state === 'not_needed' && <Text size="sm">{t('detail.reason', { reason: clock.reason })}</Text>}
              </Stack>
              <Stack gap={6} align="flex-end">
                {answered ? <ClockStateBadge state={clock.state} /> : <ClockCountdown clock={clock} now={now} />}
                <Group gap={6} wrap="nowrap">
                  {answered ? (
                    <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onUndo(clock)}>
                      {t('detail.undo')}
                    </Button>
                  ) : (
                    <>
                      <Button size="compact-sm" onClick={() => onRecord(clock)}>
                        {t('detail.recordSent')}
                      </Button>
                      <Button size="compact-sm" variant="light" color="gray" onClick={() => onNotNeeded(clock)}>
                        {t('detail.notNeeded')}
                      </Button>
                    </>
                  )}
                </Group>
              </Stack>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
