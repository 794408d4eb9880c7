// A request's status as a coloured badge.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../shared/contract/areas/requests';

const COLORS: Record<RequestStatus, string> = {
  received: 'blue',
  verifying: 'cyan',
  in_progress: 'yellow',
  extended: 'orange',
  responded: 'teal',
  refused: 'grape',
  withdrawn: 'gray',
  closed: 'dark',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation('requests');
  return (
    <Badge variant="light" color={COLORS[status]} radius="sm" style={{ textTransform: 'none' }}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
