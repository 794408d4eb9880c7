import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeAssessmentError } from './assessment-errors';

export function AssessmentError({ error, fieldLabels }: { error: unknown; fieldLabels?: Record<string, string> }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" style={{ whiteSpace: 'pre-line' }}>
      {describeAssessmentError(t, error, fieldLabels)}
    </Alert>
  );
}
