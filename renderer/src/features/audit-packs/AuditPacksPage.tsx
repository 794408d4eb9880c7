// The audit packs screen: export a signed pack and the pack history.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export function AuditPacksPage() {
  const { t } = useTranslation('packs');
  return <PageHeader title={t('title')} />;
}
