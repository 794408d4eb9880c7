// The data inventory screen (being built).
import { useTranslation } from 'react-i18next';
import type { PageParams } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';

export function InventoryPage(_props: { params: PageParams['inventory'] }) {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.inventory')} />;
}
