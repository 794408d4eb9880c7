// The people list (shared with policy acknowledgements): name, email, department, role, start and
// leave dates and manager. People who have left are marked and get no new assignments.
import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingPerson, TrainingPersonInput } from '../../../../shared/contract/areas/training';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { ImportButton } from './import/ImportButton';

const FIELDS = ['name', 'email', 'department', 'role', 'startDate', 'leaveDate', 'managerId'] as const;
const SHOWN = 300;

function blank(): TrainingPersonInput {
  return { name: '', email: '', department: '', role: '', startDate: null, leaveDate: null, managerId: null };
}

function inputOf(person: TrainingPerson): TrainingPersonInput {
  const { name, email, department, role, startDate, leaveDate, managerId } = person;
  return { name, email, department, role, startDate, leaveDate, managerId };
}

export function PeopleTab() {
  const { t } = useTranslation('training');
  const format = useFormat();
  const people = useProcedure('training.people.list');
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<TrainingPerson | 'new' | null>(null);
  const [form, setForm] = useState<TrainingPersonInput>(blank);
  const set = <K extends keyof TrainingPersonInput>(key: K, value: TrainingPersonInput[K]) => setForm((current) => ({ ...current, [key]: value }));

  const shown = useMemo(() => {
    const query = filter.trim().toLowerCase();
    const all = people.data ?? [];
    return query ? all.filter((p) => `${p.name} ${p.email} ${p.department} ${p.role}`.toLowerCase().includes(query)) : all;
  }, [people.data, filter]);

  function open(target: TrainingPerson | 'new') {
    setForm(target === 'new' ? blank() : inputOf(target));
    setEditing(target);
  }

  return (
    <>
      <ErrorAlert error={people.error} />
      {!people.data && people.loading && <LoadingState />}
      {people.data && (
        <Card withBorder radius="md" padding={0} component="section" aria-label={t('tabs.people')}>
          <Group p="md" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <TextInput aria-label={t('people.filter')} placeholder={t('people.filter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={280} />
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t('people.count', { count: people.data.length })}
              </Text>
              <ImportButton kind="people" onImported={() => void people.reload()} />
              <Button leftSection={<IconPlus size={16} />} onClick={() => open('new')}>
                {t('people.new')}
              </Button>
            </Group>
          </Group>
          {shown.length === 0 ? (
            <EmptyState title={t('people.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('people.name')}</Table.Th>
                    <Table.Th>{t('people.department')}</Table.Th>
                    <Table.Th>{t('people.role')}</Table.Th>
                    <Table.Th>{t('people.startDate')}</Table.Th>
                    <Table.Th>{t('people.manager')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.slice(0, SHOWN).map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Anchor component="button" type="button" fw={600} onClick={() => open(person)}>
                            {person.name}
                          </Anchor>
                          {person.left && (
                            <Badge variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>
                              {t('people.left', { date: person.leaveDate ? format.day(person.leaveDate) : '' })}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{person.department}</Table.Td>
                      <Table.Td>{person.role}</Table.Td>
                      <Table.Td>{person.startDate ? format.day(person.startDate) : '—'}</Table.Td>
                      <Table.Td>{person.managerName ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {shown.length > SHOWN && (
                <Text size="sm" c="dimmed" p="md">
                  {t('people.more', { count: shown.length - SHOWN })}
                </Text>
              )}
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <RecordFormModal
        opened={editing !== null}
        title={editing === 'new' || editing === null ? t('people.new') : t('people.edit', { name: editing.name })}
        fields={FIELDS}
        onClose={() => setEditing(null)}
        onSubmit={async () => {
          if (editing === 'new') await call('training.people.create', form);
          else if (editing) await call('training.people.update', { id: editing.id, person: form });
          setEditing(null);
          await people.reload();
        }}
        remove={
          editing && editing !== 'new'
            ? {
                label: t('people.delete'),
                title: t('people.delete'),
                body: t('people.deleteConfirm', { name: editing.name }),
                run: async () => {
                  await call('training.people.delete', { id: editing.id });
                  setEditing(null);
                  await people.reload();
                },
              }
            : undefined
        }
      >
        {(errors) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('people.name')} required value={form.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
            <TextInput label={t('people.email')} value={form.email} onChange={(e) => set('email', e.currentTarget.value)} error={errors.email} />
            <TextInput label={t('people.department')} value={form.department} onChange={(e) => set('department', e.currentTarget.value)} error={errors.department} />
            <TextInput label={t('people.role')} value={form.role} onChange={(e) => set('role', e.currentTarget.value)} error={errors.role} />
            <DateField label={t('people.startDate')} value={form.startDate} onChange={(v) => set('startDate', v)} error={errors.startDate} />
            <DateField label={t('people.leaveDate')} value={form.leaveDate} onChange={(v) => set('leaveDate', v)} error={errors.leaveDate} />
            <Select
              label={t('people.manager')}
              searchable
              clearable
              value={form.managerId}
              onChange={(v) => set('managerId', v)}
              data={(people.data ?? []).filter((p) => editing === 'new' || p.id !== editing?.id).map((p) => ({ value: p.id, label: p.name }))}
              error={errors.managerId}
            />
          </SimpleGrid>
        )}
      </RecordFormModal>
    </>
  );
}
