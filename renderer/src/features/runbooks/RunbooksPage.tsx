// The runbooks screen: incident runbooks (list, editor, versions and approval) and drills (list and
// form with the timing table).
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RUNBOOKS_TABS, type PageParams, type RunbooksTab } from '../../app/router';
import { useSession } from '../../app/session-store';
import { PageHeader } from '../../components/PageHeader';
import { DrillsTab } from './DrillsTab';
import { RunbooksListTab } from './RunbooksListTab';

export function RunbooksPage({ params }: { params: PageParams['runbooks'] }) {
  const { t } = useTranslation('runbooks');
  const navigate = useSession((state) => state.navigate);
  const tab: RunbooksTab = params.tab ?? 'runbooks';
  const go = (next: RunbooksTab, id?: string) => navigate({ page: 'runbooks', params: id ? { tab: next, id } : { tab: next } });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value && (RUNBOOKS_TABS as readonly string[]).includes(value)) go(value as RunbooksTab);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {RUNBOOKS_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="runbooks">
          <RunbooksListTab selectedId={tab === 'runbooks' ? params.id : undefined} onSelect={(id) => go('runbooks', id)} />
        </Tabs.Panel>
        <Tabs.Panel value="drills">
          <DrillsTab selectedId={tab === 'drills' ? params.id : undefined} onSelect={(id) => go('drills', id)} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
