// Where an assignment stands: done, due soon, overdue or pending.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentState } from '../../../../shared/contract/areas/training';

const COLORS: Record<AssignmentState, string> = { done: 'teal', due_soon: 'orange', overdue: 'red', pending: 'gray' };

export function StateBadge({ state }: { state: AssignmentState }) {
  const { t } = useTranslation('training');
  return (
    <Badge variant="light" color={COLORS[state]} radius="sm" style={{ textTransform: 'none' }}>
      {t(`states.${state}`)}
    </Badge>
  );
}
