// The incidents screen: the register of incidents (list, or one incident's detail when the route
// names it) and the breach register of GDPR Art 33(5).
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { PageHeader } from '../../components/PageHeader';
import { BreachRegister } from './BreachRegister';
import { IncidentDetail } from './IncidentDetail';
import { IncidentList } from './IncidentList';

export function IncidentsPage({ params }: { params: PageParams['incidents'] }) {
  const { t } = useTranslation('incidents');
  const navigate = useSession((state) => state.navigate);
  const tab = params.tab ?? 'incidents';
  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs value={tab} onChange={(value) => navigate({ page: 'incidents', params: value === 'register' ? { tab: 'register' } : {} })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="incidents">{t('tabs.incidents')}</Tabs.Tab>
          <Tabs.Tab value="register">{t('tabs.register')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="incidents">
          {params.id && tab === 'incidents' ? (
            <IncidentDetail id={params.id} onBack={() => navigate({ page: 'incidents', params: {} })} />
          ) : (
            <IncidentList onOpen={(id) => navigate({ page: 'incidents', params: { id } })} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="register">
          <BreachRegister onOpen={(id) => navigate({ page: 'incidents', params: { id } })} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
