// Badges for the contract's enums (freshness, implementation status, risk status …): one colour per
// value, the label from `<prefix>.<value>` in the UI language.
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const BADGE_COLORS = {
  freshness: { current: 'teal', expiring: 'yellow', expired: 'red', missing: 'gray' },
  controlStatus: { not_started: 'gray', planned: 'blue', in_progress: 'yellow', implemented: 'teal' },
  riskStatus: { open: 'red', treating: 'blue', accepted: 'violet', closed: 'gray' },
  riskTreatment: { mitigate: 'blue', accept: 'violet', transfer: 'cyan', avoid: 'grape' },
  objectiveStatus: { planned: 'gray', on_track: 'teal', at_risk: 'orange', achieved: 'green', missed: 'red' },
  auditStatus: { planned: 'blue', in_progress: 'yellow', completed: 'teal', cancelled: 'gray' },
  findingType: { major_nonconformity: 'red', minor_nonconformity: 'orange', observation: 'blue', opportunity: 'teal' },
  findingStatus: { open: 'orange', closed: 'gray' },
  actionStatus: { open: 'gray', in_progress: 'yellow', done: 'blue', verified: 'teal' },
} as const satisfies Record<string, Record<string, string>>;

export type BadgeKind = keyof typeof BADGE_COLORS;

interface EnumBadgeProps<K extends BadgeKind> extends Omit<BadgeProps, 'color' | 'children'> {
  kind: K;
  value: keyof (typeof BADGE_COLORS)[K] & string;
}

export function EnumBadge<K extends BadgeKind>({ kind, value, ...rest }: EnumBadgeProps<K>) {
  const { t } = useTranslation();
  const colors = BADGE_COLORS[kind] as Record<string, string>;
  return (
    <Badge variant="light" color={colors[value] ?? 'gray'} radius="sm" style={{ textTransform: 'none', flexShrink: 0 }} {...rest}>
      {t(`enums.${kind}.${value}`)}
    </Badge>
  );
}
