// Small display helpers for the runbook screens: durations from awareness ("4 h", "3 d 2 h") and
// the badge colour of a version status.
import type { TFunction } from 'i18next';
import type { RunbookVersionStatus } from '../../../../shared/contract/areas/runbooks';
import { splitMinutes } from '../../../../shared/runbooks/drill-timing';

export function formatMinutes(t: TFunction, minutes: number | null): string {
  if (minutes === null) return '—';
  const parts = splitMinutes(Math.abs(minutes));
  const text = [
    parts.days ? t('runbooks:duration.days', { count: parts.days }) : '',
    parts.hours ? t('runbooks:duration.hours', { count: parts.hours }) : '',
    parts.minutes || (!parts.days && !parts.hours) ? t('runbooks:duration.minutes', { count: parts.minutes }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return minutes < 0 ? `−${text}` : text;
}

export const STATUS_COLORS: Record<RunbookVersionStatus, string> = { draft: 'gray', approved: 'teal', superseded: 'yellow' };
