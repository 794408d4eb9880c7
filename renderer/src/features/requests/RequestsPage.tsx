// The data-subject requests screen: the register (list, or one request's detail when the route names
// it), the complaints and inquiries log, and the working-day calendars with the register's settings.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { PageHeader } from '../../components/PageHeader';
import { CalendarsTab } from './CalendarsTab';
import { ComplaintsTab } from './ComplaintsTab';
import { RequestDetail } from './RequestDetail';
import { RequestList } from './RequestList';

export function RequestsPage({ params }: { params: PageParams['requests'] }) {
  const { t } = useTranslation('requests');
  const navigate = useSession((state) => state.navigate);
  const tab = params.tab ?? 'requests';
  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs value={tab} onChange={(value) => navigate({ page: 'requests', params: value === 'complaints' || value === 'calendars' ? { tab: value } : {} })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="requests">{t('tabs.requests')}</Tabs.Tab>
          <Tabs.Tab value="complaints">{t('tabs.complaints')}</Tabs.Tab>
          <Tabs.Tab value="calendars">{t('tabs.calendars')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          {params.id && tab === 'requests' ? (
            <RequestDetail id={params.id} onBack={() => navigate({ page: 'requests', params: {} })} />
          ) : (
            <RequestList onOpen={(id) => navigate({ page: 'requests', params: { id } })} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="complaints">
          <ComplaintsTab />
        </Tabs.Panel>
        <Tabs.Panel value="calendars">
          <CalendarsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
