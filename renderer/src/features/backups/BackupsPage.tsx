// The backups screen: backup jobs per system (with each system's last successful restore and next
// restore test), restore tests with their follow-up actions, and the failing checks.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BACKUPS_TABS, type BackupsTab, type PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { PageHeader } from '../../components/PageHeader';
import { ChecksTab } from './ChecksTab';
import { JobsTab } from './JobsTab';
import { RestoreTestsTab } from './RestoreTestsTab';

export function BackupsPage({ params }: { params: PageParams['backups'] }) {
  const { t } = useTranslation('backups');
  const navigate = useSession((state) => state.navigate);
  const tab: BackupsTab = params.tab ?? 'jobs';
  const open = (next: BackupsTab, id?: string) => navigate({ page: 'backups', params: id ? { tab: next, id } : { tab: next } });
  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value && (BACKUPS_TABS as readonly string[]).includes(value)) open(value as BackupsTab);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {BACKUPS_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="jobs">
          <JobsTab selectedId={tab === 'jobs' ? params.id : undefined} onSelect={(id) => open('jobs', id ?? undefined)} />
        </Tabs.Panel>
        <Tabs.Panel value="restoreTests">
          <RestoreTestsTab selectedId={tab === 'restoreTests' ? params.id : undefined} onSelect={(id) => open('restoreTests', id ?? undefined)} />
        </Tabs.Panel>
        <Tabs.Panel value="checks">
          <ChecksTab onOpenJob={(id) => open('jobs', id)} onOpenSystem={() => open('jobs')} onRecordTest={() => open('restoreTests')} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
