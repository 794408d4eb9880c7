// The backups screen: backup jobs per system, restore tests and the checks.
import { useTranslation } from 'react-i18next';
import type { PageParams } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';

export function BackupsPage(_props: { params: PageParams['backups'] }) {
  const { t } = useTranslation('backups');
  return <PageHeader title={t('title')} />;
}
