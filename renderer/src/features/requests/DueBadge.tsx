// A live countdown to a deadline: "12 days 3 hours left", or "Overdue by 2 days" in red. The clock
// ticks every 30 seconds so the list and the detail stay current while open.
import { Badge, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { countdown } from './request-view';

export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function useCountdownText(): (due: string, now: number) => { text: string; overdue: boolean; days: number } {
  const { t } = useTranslation('requests');
  return (due, now) => {
    const c = countdown(due, now);
    const parts =
      c.days > 0
        ? [t('due.days', { count: c.days }), t('due.hours', { count: c.hours })]
        : c.hours > 0
          ? [t('due.hours', { count: c.hours }), t('due.minutes', { count: c.minutes })]
          : [t('due.minutes', { count: c.minutes })];
    const time = parts.join(' ');
    return { text: c.overdue ? t('due.overdue', { time }) : t('due.left', { time }), overdue: c.overdue, days: c.days };
  };
}

export function DueBadge({ due, now }: { due: string; now: number }) {
  const format = useFormat();
  const describe = useCountdownText();
  const { text, overdue, days } = describe(due, now);
  const color = overdue ? 'red' : days < 3 ? 'orange' : days < 10 ? 'yellow' : 'teal';
  return (
    <Tooltip label={format.dateTime(due)} withArrow>
      <Badge variant={overdue ? 'filled' : 'light'} color={color} radius="sm" style={{ textTransform: 'none' }} data-overdue={overdue || undefined}>
        {text}
      </Badge>
    </Tooltip>
  );
}
