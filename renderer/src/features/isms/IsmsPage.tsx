// The ISMS records ISO/IEC 27001 asks for beyond the controls: scope (4.3), objectives (6.2), the
// internal audit programme (9.2) with findings and corrective actions (10.2), and management reviews
// (9.3). One screen, a tab per record kind; each tab is its own page in the router.
import { Tabs } from '@mantine/core';
import { IconMapPin, IconReportSearch, IconTarget, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IsmsPage as IsmsTab, Route } from '../../app/router';
import { useSession } from '../../app/session-store';
import { PageHeader } from '../../components/PageHeader';
import { AuditsPanel } from './AuditsPanel';
import { ObjectivesPanel } from './ObjectivesPanel';
import { ReviewsPanel } from './ReviewsPanel';
import { ScopePanel } from './ScopePanel';

type IsmsRoute = Extract<Route, { page: IsmsTab }>;

const TAB_ICONS = { scope: IconMapPin, objectives: IconTarget, audits: IconReportSearch, reviews: IconUsersGroup } as const;

export function IsmsPage({ route }: { route: IsmsRoute }) {
  const { t } = useTranslation();
  const navigate = useSession((state) => state.navigate);
  return (
    <>
      <PageHeader title={t('isms.title')} description={t('isms.subtitle')} />
      <Tabs value={route.page} onChange={(value) => value && navigate(value as IsmsTab)} keepMounted={false}>
        <Tabs.List mb="lg">
          {(['scope', 'objectives', 'audits', 'reviews'] as const).map((tab) => {
            const TabIcon = TAB_ICONS[tab];
            return (
              <Tabs.Tab key={tab} value={tab} leftSection={<TabIcon size={16} stroke={1.6} />}>
                {t(`isms.tabs.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="scope">{route.page === 'scope' && <ScopePanel />}</Tabs.Panel>
        <Tabs.Panel value="objectives">{route.page === 'objectives' && <ObjectivesPanel openId={route.params.id} />}</Tabs.Panel>
        <Tabs.Panel value="audits">{route.page === 'audits' && <AuditsPanel auditId={route.params.id} actionId={route.params.actionId} />}</Tabs.Panel>
        <Tabs.Panel value="reviews">{route.page === 'reviews' && <ReviewsPanel openId={route.params.id} />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
