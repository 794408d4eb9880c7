// An incident's severity and status, and a breach clock's state, as coloured badges.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClockState, IncidentSeverity, IncidentStatus } from '../../../../shared/contract/areas/incidents';
import { SEVERITY_COLORS, STATUS_COLORS } from './incident-view';

export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  const { t } = useTranslation('incidents');
  return (
    <Badge variant="light" color={SEVERITY_COLORS[severity]} radius="sm" style={{ textTransform: 'none' }}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation('incidents');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm" style={{ textTransform: 'none' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

const CLOCK_COLORS: Record<ClockState, string> = { sent: 'teal', not_needed: 'gray', overdue: 'red', due: 'blue', no_fixed_time: 'orange' };

export function ClockStateBadge({ state }: { state: ClockState }) {
  const { t } = useTranslation('incidents');
  return (
    <Badge variant={state === 'overdue' ? 'filled' : 'light'} color={CLOCK_COLORS[state]} radius="sm" style={{ textTransform: 'none' }} data-state={state}>
      {t(`clockState.${state}`)}
    </Badge>
  );
}
