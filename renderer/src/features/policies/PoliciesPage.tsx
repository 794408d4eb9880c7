// Policies and privacy notices: the register, or one policy when the route names it.
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useProcedure } from '../../lib/use-procedure';
import { CreatePolicyModal } from './CreatePolicyModal';
import { PolicyDetailView } from './PolicyDetailView';
import { PolicyList } from './PolicyList';
import './policies.css';

export function PoliciesPage({ params }: { params: PageParams['policies'] }) {
  if (params.id) return <PolicyDetailView key={params.id} policyId={params.id} versionId={params.versionId} />;
  return <PolicyRegister />;
}

function PolicyRegister() {
  const { t } = useTranslation('policies');
  const navigate = useSession((state) => state.navigate);
  const policies = useProcedure('policies.list', { includeRetired: true });
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('new')}
          </Button>
        }
      />
      <ErrorAlert error={policies.error} />
      {!policies.data && policies.loading && <LoadingState />}
      {policies.data && <PolicyList policies={policies.data} onOpen={(policy) => navigate({ page: 'policies', params: { id: policy.id } })} />}
      <CreatePolicyModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(detail) => {
          setCreating(false);
          navigate({ page: 'policies', params: { id: detail.policy.id } });
        }}
      />
    </>
  );
}
