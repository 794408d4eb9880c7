// The assessments' own refusals in words: a PIPIA still within its retention period, a signed-off
// assessment, a superseded revision. Anything else is described by the app's general rules.
import type { TFunction } from 'i18next';
import { toClientError } from '../../../client/client';
import { describeError } from '../../../client/error-message';

export function describeAssessmentError(t: TFunction, error: unknown, fieldLabels?: Record<string, string>): string {
  const clientError = toClientError(error);
  const d = clientError.details;
  if (clientError.code === 'CONFLICT' && d.entity === 'assessment') {
    const ref = typeof d.ref === 'string' ? d.ref : '';
    if (d.reason === 'retention') return t('assessments:errors.retention', { ref, date: typeof d.retainUntil === 'string' ? d.retainUntil : '' });
    if (d.reason === 'signed_off') return t('assessments:errors.signedOff', { ref });
    if (d.reason === 'superseded') return t('assessments:errors.superseded', { ref });
  }
  return describeError(t, error, { fieldLabels });
}
