// The data inventory: a tab per record type (virtualised tables with filters, column chooser and
// saved views; a drawer to create, change or delete a record and see its findings), the impact
// assessments, every finding in one list, and the data map. The open tab and record live in the
// route, so search hits, agenda items and findings link straight to a record.
import { Button, Tabs } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingStore,
  IconCategory,
  IconClipboardCheck,
  IconMap2,
  IconPlus,
  IconRoute,
  IconServer,
  IconTransfer,
  IconUsers,
} from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingKind, InventoryFinding } from '../../../../shared/contract';
import { INVENTORY_TABS, type InventoryTab, type PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { call, ClientError } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useProcedure } from '../../lib/use-procedure';
import { ActivitiesTab } from './ActivitiesTab';
import { AssessmentsPanel } from './assessments/AssessmentsPanel';
import { DataMap } from './DataMap';
import { FindingsTab } from './FindingsTab';
import { InventoryImportButton, RopaExportButton } from './import-export/ImportExport';
import { isRecordTab, TAB_OF_TYPE, type RecordsByTab, type RecordTab } from './inventory-records';
import { DataCategoriesTab, SubjectCategoriesTab, SystemsTab, TransfersTab, VendorsTab } from './ListTabs';
import { RecordDrawer } from './RecordDrawer';
import { useInventoryLists } from './use-inventory-lists';

const TAB_ICONS: Record<InventoryTab, typeof IconRoute> = {
  activities: IconRoute,
  systems: IconServer,
  dataCategories: IconCategory,
  subjectCategories: IconUsers,
  vendors: IconBuildingStore,
  transfers: IconTransfer,
  assessments: IconClipboardCheck,
  findings: IconAlertTriangle,
  map: IconMap2,
};

/** The open activity, fetched by id (activities are not all loaded). */
function useActivity(id: string | undefined, version: number) {
  const [state, setState] = useState<{ id?: string; record?: RecordsByTab['activities']; error?: unknown }>({});
  useEffect(() => {
    if (!id) return;
    let live = true;
    setState((previous) => (previous.id === id ? previous : { id }));
    call('inventory.activities.get', { id })
      .then((record) => live && setState({ id, record }))
      .catch((error: unknown) => live && setState({ id, error }));
    return () => {
      live = false;
    };
  }, [id, version]);
  return state.id === id ? state : {};
}

export function InventoryPage({ params }: { params: PageParams['inventory'] }) {
  const { t } = useTranslation('inventory');
  const navigate = useSession((state) => state.navigate);
  const tab: InventoryTab = params.tab ?? 'activities';
  const lists = useInventoryLists();
  const findings = useProcedure('inventory.findings');
  const [creating, setCreating] = useState<RecordTab | null>(null);
  const [version, setVersion] = useState(0);
  const openActivity = useActivity(tab === 'activities' ? params.id : undefined, version);

  const findingsByRecord = useMemo(() => {
    const map = new Map<string, FindingKind[]>();
    for (const finding of findings.data ?? []) {
      const list = map.get(finding.recordId);
      if (list) list.push(finding.kind);
      else map.set(finding.recordId, [finding.kind]);
    }
    return map;
  }, [findings.data]);

  const go = useCallback((next: InventoryTab, id?: string) => navigate({ page: 'inventory', params: id ? { tab: next, id } : { tab: next } }), [navigate]);
  const refresh = useCallback(() => {
    setVersion((n) => n + 1);
    void lists.reload();
    void findings.reload();
  }, [lists, findings]);

  // The record in the drawer: undefined while loading, null for a new one.
  let drawerRecord: RecordsByTab[RecordTab] | null | undefined;
  let drawerError: unknown = null;
  if (isRecordTab(tab) && creating === tab) drawerRecord = null;
  else if (isRecordTab(tab) && params.id) {
    if (tab === 'activities') {
      drawerRecord = openActivity.record;
      drawerError = openActivity.error;
    } else {
      const list = lists[tab].data as readonly RecordsByTab[RecordTab][] | null;
      drawerRecord = list ? (list.find((r) => r.id === params.id) ?? undefined) : undefined;
      if (list && drawerRecord === undefined && !lists[tab].loading) drawerError = new ClientError('NOT_FOUND', t('drawer.notFound'));
    }
  }
  const drawerOpen = isRecordTab(tab) && (creating === tab || params.id !== undefined);

  function closeDrawer() {
    setCreating(null);
    if (params.id) go(tab);
  }

  const openFinding = (finding: InventoryFinding) => go(TAB_OF_TYPE[finding.recordType], finding.recordId);
  const listsLoading = !lists.systems.data || !lists.vendors.data || !lists.dataCategories.data || !lists.subjectCategories.data || !lists.transfers.data;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <>
            <InventoryImportButton onImported={refresh} />
            <RopaExportButton />
            {isRecordTab(tab) && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => {
                  if (params.id) go(tab);
                  setCreating(tab);
                }}
              >
                {t(`new.${tab}`)}
              </Button>
            )}
          </>
        }
      />
      <Tabs value={tab} onChange={(value) => value && go(value as InventoryTab)} keepMounted={false}>
        <Tabs.List mb="lg">
          {INVENTORY_TABS.map((value) => {
            const Icon = TAB_ICONS[value];
            return (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} stroke={1.6} />}>
                {t(`tabs.${value}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <ErrorAlert error={lists.systems.error ?? lists.vendors.error ?? lists.dataCategories.error ?? lists.subjectCategories.error ?? lists.transfers.error ?? findings.error} />
        <Tabs.Panel value="activities">{tab === 'activities' && <ActivitiesTab selectedId={params.id} version={version} onOpen={(row) => go('activities', row.id)} />}</Tabs.Panel>
        {listsLoading && tab !== 'activities' && tab !== 'assessments' ? (
          <LoadingState />
        ) : (
          <>
            <Tabs.Panel value="systems">
              {tab === 'systems' && <SystemsTab rows={lists.systems.data ?? []} vendors={lists.vendors.data ?? []} findings={findingsByRecord} selectedId={params.id} onOpen={(r) => go('systems', r.id)} />}
            </Tabs.Panel>
            <Tabs.Panel value="dataCategories">
              {tab === 'dataCategories' && (
                <DataCategoriesTab rows={lists.dataCategories.data ?? []} systems={lists.systems.data ?? []} findings={findingsByRecord} selectedId={params.id} onOpen={(r) => go('dataCategories', r.id)} />
              )}
            </Tabs.Panel>
            <Tabs.Panel value="subjectCategories">
              {tab === 'subjectCategories' && <SubjectCategoriesTab rows={lists.subjectCategories.data ?? []} findings={findingsByRecord} selectedId={params.id} onOpen={(r) => go('subjectCategories', r.id)} />}
            </Tabs.Panel>
            <Tabs.Panel value="vendors">{tab === 'vendors' && <VendorsTab rows={lists.vendors.data ?? []} findings={findingsByRecord} selectedId={params.id} onOpen={(r) => go('vendors', r.id)} />}</Tabs.Panel>
            <Tabs.Panel value="transfers">
              {tab === 'transfers' && <TransfersTab rows={lists.transfers.data ?? []} findings={findingsByRecord} selectedId={params.id} onOpen={(r) => go('transfers', r.id)} />}
            </Tabs.Panel>
            <Tabs.Panel value="findings">{tab === 'findings' && (findings.data ? <FindingsTab findings={findings.data} onOpenRecord={openFinding} /> : <LoadingState />)}</Tabs.Panel>
            <Tabs.Panel value="map">
              {tab === 'map' && (
                <DataMap
                  systems={lists.systems.data ?? []}
                  vendors={lists.vendors.data ?? []}
                  transfers={lists.transfers.data ?? []}
                  onOpen={(target) => go(target.type === 'system' ? 'systems' : target.type === 'vendor' ? 'vendors' : 'transfers', target.id)}
                />
              )}
            </Tabs.Panel>
          </>
        )}
        <Tabs.Panel value="assessments">{tab === 'assessments' && <AssessmentsPanel selectedId={params.id} />}</Tabs.Panel>
      </Tabs>
      {isRecordTab(tab) && (
        <RecordDrawer
          tab={tab}
          opened={drawerOpen}
          record={drawerRecord}
          error={drawerError}
          lists={lists}
          onClose={closeDrawer}
          onSaved={(saved) => {
            refresh();
            if (creating) {
              setCreating(null);
              go(tab, saved.id);
            }
          }}
          onDeleted={() => {
            setCreating(null);
            go(tab);
            refresh();
          }}
        />
      )}
    </>
  );
}
