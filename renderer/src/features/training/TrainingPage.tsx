// The training screen: people, courses (with their assignments and the generation run), the overdue
// and due-soon lists, and completion-rate reports.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRAINING_TABS, type PageParams, type TrainingTab } from '../../app/router';
import { useSession } from '../../app/session-store';
import { PageHeader } from '../../components/PageHeader';
import { CoursesTab } from './CoursesTab';
import { OverdueTab } from './OverdueTab';
import { PeopleTab } from './PeopleTab';
import { ReportsTab } from './ReportsTab';

export function TrainingPage({ params }: { params: PageParams['training'] }) {
  const { t } = useTranslation('training');
  const navigate = useSession((state) => state.navigate);
  const tab: TrainingTab = params.tab ?? 'courses';
  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value && (TRAINING_TABS as readonly string[]).includes(value)) navigate({ page: 'training', params: { tab: value as TrainingTab } });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TRAINING_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="people">
          <PeopleTab />
        </Tabs.Panel>
        <Tabs.Panel value="courses">
          <CoursesTab selectedId={tab === 'courses' ? params.id : undefined} onSelect={(id) => navigate({ page: 'training', params: id ? { tab: 'courses', id } : { tab: 'courses' } })} />
        </Tabs.Panel>
        <Tabs.Panel value="overdue">
          <OverdueTab />
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
