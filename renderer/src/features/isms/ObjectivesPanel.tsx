// Information security objectives (ISO/IEC 27001 6.2): what is measured, the target, owner, due
// date and progress.
import { Anchor, Select, SimpleGrid, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBJECTIVE_STATUSES, type Objective, type ObjectiveInput } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { EnumBadge } from '../../components/EnumBadge';
import { RecordFormModal } from '../../components/RecordFormModal';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { RecordListPanel } from './RecordListPanel';

const FIELDS = ['title', 'measure', 'target', 'owner', 'dueDate', 'status', 'progressNote'] as const;

const EMPTY: ObjectiveInput = { title: '', measure: '', target: '', owner: '', dueDate: null, status: 'planned', progressNote: '' };

function inputOf(objective: Objective): ObjectiveInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = objective;
  return input;
}

function ObjectiveModal({ objective, opened, onClose, onSaved }: { objective: Objective | null; opened: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ObjectiveInput>(objective ? inputOf(objective) : EMPTY);
  const update = (change: Partial<ObjectiveInput>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <RecordFormModal
      opened={opened}
      title={objective ? t('isms.objectives.edit') : t('isms.objectives.new')}
      onClose={onClose}
      fields={FIELDS}
      onSubmit={async () => {
        if (objective) await call('objectives.update', { id: objective.id, objective: draft });
        else await call('objectives.create', draft);
        notifySuccess(t('isms.objectives.saved'));
        onSaved();
      }}
      remove={
        objective
          ? {
              label: t('common.delete'),
              title: t('isms.objectives.deleteTitle'),
              body: t('isms.objectives.deleteBody', { title: objective.title }),
              run: async () => {
                await call('objectives.delete', { id: objective.id });
                notifySuccess(t('isms.objectives.deleted'));
                onSaved();
              },
            }
          : undefined
      }
    >
      {(errors) => (
        <>
          <TextInput label={t('isms.objectives.fields.title')} required value={draft.title} onChange={(event) => update({ title: event.currentTarget.value })} error={errors.title} data-autofocus />
          <Textarea label={t('isms.objectives.fields.measure')} autosize minRows={2} value={draft.measure} onChange={(event) => update({ measure: event.currentTarget.value })} error={errors.measure} />
          <SimpleGrid cols={2}>
            <TextInput label={t('isms.objectives.fields.target')} value={draft.target} onChange={(event) => update({ target: event.currentTarget.value })} error={errors.target} />
            <TextInput label={t('isms.objectives.fields.owner')} value={draft.owner} onChange={(event) => update({ owner: event.currentTarget.value })} error={errors.owner} />
            <DateField label={t('isms.objectives.fields.dueDate')} value={draft.dueDate} onChange={(dueDate) => update({ dueDate })} error={errors.dueDate} />
            <Select
              label={t('isms.objectives.fields.status')}
              value={draft.status}
              onChange={(value) => value && update({ status: value as ObjectiveInput['status'] })}
              data={OBJECTIVE_STATUSES.map((value) => ({ value, label: t(`enums.objectiveStatus.${value}`) }))}
              allowDeselect={false}
              error={errors.status}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Textarea label={t('isms.objectives.fields.progressNote')} autosize minRows={2} value={draft.progressNote} onChange={(event) => update({ progressNote: event.currentTarget.value })} error={errors.progressNote} />
        </>
      )}
    </RecordFormModal>
  );
}

export function ObjectivesPanel({ openId }: { openId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const objectives = useProcedure('objectives.list');
  const [creating, setCreating] = useState(false);
  const open = openId ? (objectives.data?.find((objective) => objective.id === openId) ?? null) : null;
  const now = today();

  function close() {
    setCreating(false);
    if (openId) navigate({ page: 'objectives', params: {} });
  }

  return (
    <>
    <RecordListPanel
      label={t('isms.tabs.objectives')}
      intro={t('isms.objectives.intro')}
      newLabel={t('isms.objectives.new')}
      onNew={() => setCreating(true)}
      list={objectives}
      emptyTitle={t('isms.objectives.empty')}
    >
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing={8}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('isms.objectives.fields.title')}</Table.Th>
              <Table.Th>{t('isms.objectives.fields.target')}</Table.Th>
              <Table.Th w={200}>{t('isms.objectives.fields.owner')}</Table.Th>
              <Table.Th w={130}>{t('isms.objectives.fields.dueDate')}</Table.Th>
              <Table.Th w={110}>{t('isms.objectives.fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(objectives.data ?? []).map((objective) => {
              const late = objective.dueDate !== null && objective.dueDate < now && objective.status !== 'achieved' && objective.status !== 'missed';
              return (
                <Table.Tr key={objective.id} className="custos-clickable-row" onClick={() => navigate({ page: 'objectives', params: { id: objective.id } })}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      fw={500}
                      ta="left"
                      onClick={(event) => {
                        event.stopPropagation();
                        navigate({ page: 'objectives', params: { id: objective.id } });
                      }}
                    >
                      {objective.title}
                    </Anchor>
                    {objective.measure && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {objective.measure}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {objective.target}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {objective.owner}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c={late ? 'red' : undefined} fw={late ? 600 : undefined}>
                      {objective.dueDate ? format.day(objective.dueDate) : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <EnumBadge kind="objectiveStatus" value={objective.status} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordListPanel>
    {(creating || open) && (
      <ObjectiveModal
        key={open?.id ?? 'new'}
        objective={creating ? null : open}
        opened
        onClose={close}
        onSaved={() => {
          void objectives.reload();
          close();
        }}
      />
    )}
    </>
  );
}
