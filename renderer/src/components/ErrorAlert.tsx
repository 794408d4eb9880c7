import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError, type DescribeOptions } from '../client/error-message';

interface ErrorAlertProps extends DescribeOptions {
  error: unknown;
  title?: string;
  onClose?: () => void;
}

export function ErrorAlert({ error, title, onClose, fieldLabels }: ErrorAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={title}
      withCloseButton={!!onClose}
      onClose={onClose}
      closeButtonLabel={t('common.dismiss')}
      role="alert"
      style={{ whiteSpace: 'pre-line' }}
    >
      {describeError(t, error, { fieldLabels, locale: i18n.language })}
    </Alert>
  );
}
