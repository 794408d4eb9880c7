// The data policies screen (being built).
import { useTranslation } from 'react-i18next';
import type { PageParams } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';

export function PoliciesPage(_props: { params: PageParams['policies'] }) {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.policies')} />;
}
