// Create, change or delete one inventory record in a drawer: the record's form, the backend's field
// errors under their inputs, and (for a stored record) its findings, refreshed after each save.
import { Divider, Drawer, Group, Stack, Text, Title, Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyActivityInput, type ProcessingActivity } from '../../../../shared/contract';
import { call } from '../../client/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { allIssuesOnFields, issuesByField } from '../../lib/field-errors';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { FindingItem } from './FindingItem';
import {
  activityInput,
  dataCategoryInput,
  emptyDataCategory,
  emptySubjectCategory,
  emptySystem,
  emptyTransfer,
  emptyVendor,
  recordName,
  subjectCategoryInput,
  systemInput,
  transferInput,
  TYPE_OF_TAB,
  vendorInput,
  type InputsByTab,
  type RecordsByTab,
  type RecordTab,
} from './inventory-records';
import { ActivityForm, DataCategoryForm, SubjectCategoryForm, SystemForm, TransferForm, VendorForm } from './RecordForms';
import type { InventoryLists } from './use-inventory-lists';

function inputOf<T extends RecordTab>(tab: T, record: RecordsByTab[T] | null): InputsByTab[T] {
  const r = record as never;
  const result = {
    activities: () => (record ? activityInput(r) : emptyActivityInput()),
    systems: () => (record ? systemInput(r) : emptySystem()),
    dataCategories: () => (record ? dataCategoryInput(r) : emptyDataCategory()),
    subjectCategories: () => (record ? subjectCategoryInput(r) : emptySubjectCategory()),
    vendors: () => (record ? vendorInput(r) : emptyVendor()),
    transfers: () => (record ? transferInput(r) : emptyTransfer()),
  }[tab]();
  return result as InputsByTab[T];
}

/** Creates or updates through the tab's procedures; returns the stored record. */
async function saveRecord(tab: RecordTab, id: string | null, input: InputsByTab[RecordTab]): Promise<RecordsByTab[RecordTab]> {
  const i = input as never;
  switch (tab) {
    case 'activities':
      return id ? call('inventory.activities.update', { id, activity: i }) : call('inventory.activities.create', i);
    case 'systems':
      return id ? call('inventory.systems.update', { id, system: i }) : call('inventory.systems.create', i);
    case 'dataCategories':
      return id ? call('inventory.dataCategories.update', { id, dataCategory: i }) : call('inventory.dataCategories.create', i);
    case 'subjectCategories':
      return id ? call('inventory.subjectCategories.update', { id, subjectCategory: i }) : call('inventory.subjectCategories.create', i);
    case 'vendors':
      return id ? call('inventory.vendors.update', { id, vendor: i }) : call('inventory.vendors.create', i);
    case 'transfers':
      return id ? call('inventory.transfers.update', { id, transfer: i }) : call('inventory.transfers.create', i);
  }
}

const DELETE = {
  activities: 'inventory.activities.delete',
  systems: 'inventory.systems.delete',
  dataCategories: 'inventory.dataCategories.delete',
  subjectCategories: 'inventory.subjectCategories.delete',
  vendors: 'inventory.vendors.delete',
  transfers: 'inventory.transfers.delete',
} as const;

function RecordFindings({ tab, id }: { tab: RecordTab; id: string }) {
  const { t } = useTranslation('inventory');
  const findings = useProcedure('inventory.findings.ofRecord', { recordType: TYPE_OF_TAB[tab], id });
  return (
    <Stack gap="xs" component="section" aria-label={t('drawer.findings')}>
      <Title order={3} size="h6">
        {t('drawer.findings')}
      </Title>
      <ErrorAlert error={findings.error} />
      {findings.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('findings.noneForRecord')}
        </Text>
      )}
      {findings.data?.map((finding) => <FindingItem key={finding.id} finding={finding} />)}
    </Stack>
  );
}

interface RecordFormProps<T extends RecordTab> {
  tab: T;
  record: RecordsByTab[T] | null;
  lists: InventoryLists;
  onSaved(record: RecordsByTab[T]): void;
  onDeleted(): void;
}

function RecordForm<T extends RecordTab>({ tab, record, lists, onSaved, onDeleted }: RecordFormProps<T>) {
  const { t } = useTranslation('inventory');
  const [draft, setDraft] = useState<InputsByTab[T]>(() => inputOf(tab, record));
  const [stored, setStored] = useState(record);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState(false);
  const [version, setVersion] = useState(0);
  const errors = issuesByField(t, error);
  const update = (change: Partial<InputsByTab[T]>) => setDraft((current) => ({ ...current, ...change }));
  const props = { draft: draft as never, update: update as never, errors, lists };

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = (await saveRecord(tab, stored?.id ?? null, draft)) as RecordsByTab[T];
      notifySuccess(stored ? t('drawer.saved', { name: recordName(tab, saved) }) : t('drawer.created', { name: recordName(tab, saved) }));
      setStored(saved);
      setVersion((n) => n + 1);
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  const activity = tab === 'activities' && stored ? (stored as ProcessingActivity) : null;
  return (
    <Stack gap="lg">
      <Stack
        gap="lg"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {tab === 'activities' && <ActivityForm {...props} suggestions={activity ? { dpia: activity.dpiaSuggested, pipia: activity.pipiaSuggested } : undefined} />}
        {tab === 'systems' && <SystemForm {...props} />}
        {tab === 'dataCategories' && <DataCategoryForm {...props} />}
        {tab === 'subjectCategories' && <SubjectCategoryForm {...props} />}
        {tab === 'vendors' && <VendorForm {...props} />}
        {tab === 'transfers' && <TransferForm {...props} />}
        {error && !allIssuesOnFields(error, Object.keys(draft as object)) ? <ErrorAlert error={error} /> : null}
        <Divider />
        <Group justify="space-between">
          <div>
            {stored && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                {t('drawer.delete')}
              </Button>
            )}
          </div>
          <Button type="submit" loading={saving}>
            {stored ? t('common.save', { ns: 'app' }) : t('drawer.create')}
          </Button>
        </Group>
      </Stack>
      {stored && <RecordFindings key={`${stored.id}:${version}`} tab={tab} id={stored.id} />}
      {stored && (
        <ConfirmDialog
          opened={deleting}
          title={t('drawer.deleteTitle', { name: recordName(tab, stored) })}
          confirmLabel={t('drawer.delete')}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await (call as (name: string, input: { id: string }) => Promise<unknown>)(DELETE[tab], { id: stored.id });
            notifySuccess(t('drawer.deleted', { name: recordName(tab, stored) }));
            onDeleted();
          }}
        >
          {t('drawer.deleteBody')}
        </ConfirmDialog>
      )}
    </Stack>
  );
}

interface RecordDrawerProps {
  tab: RecordTab;
  /** The record open in the drawer, null for a new one; undefined while it loads. */
  record: RecordsByTab[RecordTab] | null | undefined;
  opened: boolean;
  error?: unknown;
  lists: InventoryLists;
  onClose(): void;
  onSaved(record: RecordsByTab[RecordTab]): void;
  onDeleted(): void;
}

export function RecordDrawer({ tab, record, opened, error, lists, onClose, onSaved, onDeleted }: RecordDrawerProps) {
  const { t } = useTranslation('inventory');
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={680}
      padding="lg"
      closeButtonProps={{ 'aria-label': t('common.close', { ns: 'app' }) }}
      title={
        <Text fw={700} size="lg">
          {record ? recordName(tab, record) : t(`drawer.newTitle.${tab}`)}
        </Text>
      }
    >
      <ErrorAlert error={error} />
      {opened && record === undefined && !error && <LoadingState />}
      {opened && record !== undefined && <RecordForm key={`${tab}:${record?.id ?? 'new'}`} tab={tab} record={record} lists={lists} onSaved={onSaved} onDeleted={onDeleted} />}
    </Drawer>
  );
}
