// Who acknowledged which approved version and when; recording new acknowledgements for the people
// who have not yet (with a date), adding a person, and exporting the record.
import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail } from '../../../../shared/contract/areas/policies';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { acknowledgeableVersions } from './policy-view';

export function AcknowledgementsPanel({ detail, onRecorded }: { detail: PolicyDetail; onRecorded(): void }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const { policy } = detail;
  const versions = acknowledgeableVersions(detail.versions);
  const [versionId, setVersionId] = useState<string | null>(policy.currentVersion?.id ?? versions[0]?.id ?? null);
  const list = useProcedure('policies.acknowledgements.list', { policyId: policy.id, ...(versionId ? { versionId } : {}) });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [day, setDay] = useState<string | null>(today());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [person, setPerson] = useState({ name: '', email: '', department: '' });
  const [personError, setPersonError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);

  async function record() {
    if (!versionId || chosen.size === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('policies.acknowledge', { policyId: policy.id, versionId, personIds: [...chosen], ...(day ? { acknowledgedOn: day } : {}) });
      notifySuccess(t('acknowledgements.recorded', { count: result.recorded }));
      setChosen(new Set());
      await list.reload();
      onRecorded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function addPerson() {
    setAdding(true);
    setPersonError(null);
    try {
      await call('training.people.create', { name: person.name.trim(), email: person.email.trim(), department: person.department.trim() });
      setPerson({ name: '', email: '', department: '' });
      await list.reload();
    } catch (caught) {
      setPersonError(caught);
    } finally {
      setAdding(false);
    }
  }

  const acknowledgements = list.data?.acknowledgements ?? [];
  const pending = list.data?.pending ?? [];

  return (
    <Stack gap="lg">
      <SectionCard
        title={t('acknowledgements.title')}
        action={
          <Group gap="xs">
            {(['xlsx', 'csv'] as const).map((fileFormat) => (
              <ExportButton
                key={fileFormat}
                size="xs"
                leftSection={<IconFileSpreadsheet size={14} />}
                run={(destination) => call('policies.acknowledgements.export', { policyId: policy.id, format: fileFormat, ...(destination ? { destination } : {}) })}
                suggestedName={`${policy.slug}-acknowledgements.${fileFormat}`}
                filters={[{ name: fileFormat.toUpperCase(), extensions: [fileFormat] }]}
              >
                {fileFormat.toUpperCase()}
              </ExportButton>
            ))}
          </Group>
        }
      >
        {versions.length === 0 ? (
          <EmptyState title={t('acknowledgements.noVersion')}>{t('acknowledgements.noVersionHint')}</EmptyState>
        ) : (
          <Stack gap="md">
            <Select
              label={t('acknowledgements.version')}
              data={versions.map((v) => ({ value: v.id, label: t('versions.option', { number: v.number, status: t(`status.${v.status}`) }) }))}
              value={versionId}
              onChange={(value) => {
                setVersionId(value);
                setChosen(new Set());
              }}
              allowDeselect={false}
              w={260}
            />
            <ErrorAlert error={list.error} />
            {!list.data && list.loading && <LoadingState />}
            {list.data && (
              <>
                {acknowledgements.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('acknowledgements.none')}
                  </Text>
                ) : (
                  <Table.ScrollContainer minWidth={560}>
                    <Table verticalSpacing={6} aria-label={t('acknowledgements.listLabel')}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('acknowledgements.columns.name')}</Table.Th>
                          <Table.Th>{t('acknowledgements.columns.department')}</Table.Th>
                          <Table.Th w={90}>{t('acknowledgements.columns.version')}</Table.Th>
                          <Table.Th w={170}>{t('acknowledgements.columns.date')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {acknowledgements.map((ack) => (
                          <Table.Tr key={ack.id}>
                            <Table.Td>
                              <Text size="sm">{ack.name}</Text>
                              {ack.email && (
                                <Text size="xs" c="dimmed">
                                  {ack.email}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>{ack.department || '—'}</Table.Td>
                            <Table.Td>v{ack.versionNumber}</Table.Td>
                            <Table.Td>{format.date(ack.acknowledgedAt)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Stack gap="xs">
                  <Text size="sm" fw={600}>
                    {t('acknowledgements.pending', { count: pending.length })}
                  </Text>
                  {pending.length > 0 && (
                    <>
                      <Checkbox.Group value={[...chosen]} onChange={(values) => setChosen(new Set(values))} aria-label={t('acknowledgements.pendingLabel')}>
                        <Group gap="md">
                          {pending.map((p) => (
                            <Checkbox key={p.id} value={p.id} label={p.department ? `${p.name} (${p.department})` : p.name} />
                          ))}
                        </Group>
                      </Checkbox.Group>
                      <Group gap="sm" align="flex-end">
                        <Button variant="subtle" size="xs" onClick={() => setChosen(new Set(pending.map((p) => p.id)))}>
                          {t('acknowledgements.selectAll')}
                        </Button>
                        <DateField label={t('acknowledgements.date')} value={day} onChange={setDay} clearable={false} w={180} />
                        <Button onClick={() => void record()} loading={busy} disabled={chosen.size === 0}>
                          {t('acknowledgements.record', { count: chosen.size })}
                        </Button>
                      </Group>
                    </>
                  )}
                  <ErrorAlert error={error} />
                </Stack>
              </>
            )}
          </Stack>
        )}
      </SectionCard>

      <SectionCard title={t('people.title')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void addPerson();
          }}
        >
          <Group gap="sm" align="flex-end">
            <TextInput label={t('people.name')} value={person.name} onChange={(event) => setPerson({ ...person, name: event.currentTarget.value })} required w={200} />
            <TextInput label={t('people.email')} type="email" value={person.email} onChange={(event) => setPerson({ ...person, email: event.currentTarget.value })} w={220} />
            <TextInput label={t('people.department')} value={person.department} onChange={(event) => setPerson({ ...person, department: event.currentTarget.value })} w={180} />
            <Button type="submit" variant="default" leftSection={<IconUserPlus size={16} />} loading={adding} disabled={person.name.trim() === ''}>
              {t('people.add')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={personError} />
        <Text size="xs" c="dimmed" mt="xs">
          {t('people.hint')}
        </Text>
      </SectionCard>
    </Stack>
  );
}
