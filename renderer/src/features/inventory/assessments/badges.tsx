import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidualRisk } from '../../../../../shared/assessments/questionnaires';
import type { AssessmentStatus } from '../../../../../shared/contract/areas/assessments';

const STATUS_COLORS: Record<AssessmentStatus, string> = { draft: 'gray', in_review: 'yellow', signed_off: 'teal' };
const RESIDUAL_COLORS: Record<ResidualRisk, string> = { low: 'teal', medium: 'orange', high: 'red' };

export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation('assessments');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function ResidualBadge({ residual }: { residual: ResidualRisk | null }) {
  const { t } = useTranslation('assessments');
  return (
    <Badge variant="light" color={residual ? RESIDUAL_COLORS[residual] : 'gray'} radius="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
      {t(`residual.${residual ?? 'none'}`)}
    </Badge>
  );
}
