// The runbooks screen: incident runbooks and drills.
import { useTranslation } from 'react-i18next';
import type { PageParams } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';

export function RunbooksPage(_props: { params: PageParams['runbooks'] }) {
  const { t } = useTranslation('runbooks');
  return <PageHeader title={t('title')} />;
}
