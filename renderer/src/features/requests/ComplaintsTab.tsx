// The complaints and inquiries log (SOC 2 P8.1): what came in, when, about what, and how it was
// resolved and closed.
import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Table, Text, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CHANNELS, COMPLAINT_TOPICS, type Complaint, type ComplaintInput } from '../../../../shared/contract/areas/requests';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { RecordFormModal } from '../../components/RecordFormModal';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';

const FIELDS = ['kind', 'receivedOn', 'channel', 'topic', 'summary', 'resolution', 'closedOn'] as const;

function blank(): ComplaintInput {
  return { kind: 'complaint', receivedOn: today(), channel: 'email', topic: 'data_use', summary: '', resolution: '', closedOn: null };
}

function inputOf(complaint: Complaint): ComplaintInput {
  const { kind, receivedOn, channel, topic, summary, resolution, closedOn } = complaint;
  return { kind, receivedOn, channel, topic, summary, resolution, closedOn };
}

export function ComplaintsTab() {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const complaints = useProcedure('requests.complaints.list');
  const [editing, setEditing] = useState<Complaint | 'new' | null>(null);
  const [form, setForm] = useState<ComplaintInput>(blank);
  const set = <K extends keyof ComplaintInput>(key: K, value: ComplaintInput[K]) => setForm((current) => ({ ...current, [key]: value }));

  function open(target: Complaint | 'new') {
    setForm(target === 'new' ? blank() : inputOf(target));
    setEditing(target);
  }

  return (
    <>
      <ErrorAlert error={complaints.error} />
      {!complaints.data && complaints.loading && <LoadingState />}
      {complaints.data && (
        <Card withBorder radius="md" padding={0} component="section" aria-label={t('tabs.complaints')}>
          <Group p="md" justify="flex-end" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Button leftSection={<IconPlus size={16} />} onClick={() => open('new')}>
              {t('complaints.new')}
            </Button>
          </Group>
          {complaints.data.length === 0 ? (
            <EmptyState title={t('complaints.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('complaints.columns.ref')}</Table.Th>
                    <Table.Th>{t('complaints.columns.received')}</Table.Th>
                    <Table.Th>{t('complaints.columns.kind')}</Table.Th>
                    <Table.Th>{t('complaints.columns.topic')}</Table.Th>
                    <Table.Th>{t('complaints.columns.summary')}</Table.Th>
                    <Table.Th>{t('complaints.columns.closed')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {complaints.data.map((complaint) => (
                    <Table.Tr key={complaint.id}>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={600} onClick={() => open(complaint)}>
                          {complaint.ref}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{format.day(complaint.receivedOn)}</Table.Td>
                      <Table.Td>{t(`complaints.kinds.${complaint.kind}`)}</Table.Td>
                      <Table.Td>{t(`complaints.topics.${complaint.topic}`)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {complaint.summary}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {complaint.closedOn ? (
                          format.day(complaint.closedOn)
                        ) : (
                          <Badge variant="light" color="orange" radius="sm" style={{ textTransform: 'none' }}>
                            {t('complaints.open')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <RecordFormModal
        opened={editing !== null}
        title={editing === 'new' || editing === null ? t('complaints.new') : t('complaints.edit', { ref: editing.ref })}
        fields={FIELDS}
        onClose={() => setEditing(null)}
        onSubmit={async () => {
          if (editing === 'new') await call('requests.complaints.create', form);
          else if (editing) await call('requests.complaints.update', { id: editing.id, complaint: form });
          setEditing(null);
          await complaints.reload();
        }}
        remove={
          editing && editing !== 'new'
            ? {
                label: t('complaints.delete'),
                title: t('complaints.delete'),
                body: t('complaints.deleteConfirm', { ref: editing.ref }),
                run: async () => {
                  await call('requests.complaints.delete', { id: editing.id });
                  setEditing(null);
                  await complaints.reload();
                },
              }
            : undefined
        }
      >
        {(errors) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('complaints.kind')}
                allowDeselect={false}
                value={form.kind}
                onChange={(v) => v && set('kind', v as ComplaintInput['kind'])}
                data={(['complaint', 'inquiry'] as const).map((value) => ({ value, label: t(`complaints.kinds.${value}`) }))}
                error={errors.kind}
              />
              <DateField label={t('complaints.receivedOn')} required clearable={false} value={form.receivedOn} onChange={(v) => set('receivedOn', v ?? '')} error={errors.receivedOn} />
              <Select
                label={t('complaints.channel')}
                allowDeselect={false}
                value={form.channel}
                onChange={(v) => v && set('channel', v as ComplaintInput['channel'])}
                data={COMPLAINT_CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }))}
                error={errors.channel}
              />
              <Select
                label={t('complaints.topic')}
                allowDeselect={false}
                value={form.topic}
                onChange={(v) => v && set('topic', v as ComplaintInput['topic'])}
                data={COMPLAINT_TOPICS.map((value) => ({ value, label: t(`complaints.topics.${value}`) }))}
                error={errors.topic}
              />
            </SimpleGrid>
            <Textarea label={t('complaints.summary')} required autosize minRows={2} value={form.summary} onChange={(e) => set('summary', e.currentTarget.value)} error={errors.summary} />
            <Textarea label={t('complaints.resolution')} autosize minRows={2} value={form.resolution} onChange={(e) => set('resolution', e.currentTarget.value)} error={errors.resolution} />
            <DateField label={t('complaints.closedOn')} value={form.closedOn} onChange={(v) => set('closedOn', v)} error={errors.closedOn} w={220} />
          </>
        )}
      </RecordFormModal>
    </>
  );
}
