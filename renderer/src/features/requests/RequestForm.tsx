// Logging a request as it arrives: when and how it came, under which law and of which type, who asks
// (only what is needed) and which data subject category of the inventory it concerns.
import { Group, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LETTER_LANGUAGES,
  REQUEST_CHANNELS,
  REQUEST_LAWS,
  REQUESTER_RELATIONSHIPS,
  type RequestInput,
  type RequestLaw,
} from '../../../../shared/contract/areas/requests';
import { call } from '../../client/client';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useProcedure } from '../../lib/use-procedure';
import { isoToLocalInput, localInputToIso } from './request-view';

const FIELDS = ['receivedAt', 'channel', 'law', 'type', 'language', 'requesterName', 'requesterContact', 'relationship', 'subjectCategoryId', 'details'] as const;

function blank(): Omit<RequestInput, 'receivedAt'> & { receivedAt: string } {
  return {
    receivedAt: isoToLocalInput(Date.now()),
    channel: 'email',
    law: 'gdpr',
    type: 'access',
    language: 'en',
    requesterName: '',
    requesterContact: '',
    relationship: 'self',
    subjectCategoryId: null,
    details: '',
  };
}

export function RequestForm({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation('requests');
  const categories = useProcedure('inventory.subjectCategories.list');
  const types = useProcedure('requests.types');
  const [form, setForm] = useState(blank);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));

  return (
    <RecordFormModal
      opened={opened}
      title={t('form.title')}
      fields={FIELDS}
      submitLabel={t('form.create')}
      onClose={() => {
        setForm(blank());
        onClose();
      }}
      onSubmit={async () => {
        const created = await call('requests.create', { ...form, receivedAt: localInputToIso(form.receivedAt) });
        setForm(blank());
        onCreated(created.id);
      }}
    >
      {(errors) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="datetime-local" label={t('form.receivedAt')} required value={form.receivedAt} onChange={(e) => set('receivedAt', e.currentTarget.value)} error={errors.receivedAt} />
            <Select
              label={t('form.channel')}
              allowDeselect={false}
              value={form.channel}
              onChange={(value) => value && set('channel', value as RequestInput['channel'])}
              data={REQUEST_CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }))}
              error={errors.channel}
            />
            <Select
              label={t('form.law')}
              allowDeselect={false}
              value={form.law}
              onChange={(value) => {
                if (!value) return;
                const law = value as RequestLaw;
                const lawTypes = types.data?.[law] ?? [];
                setForm((current) => ({ ...current, law, type: lawTypes.includes(current.type) ? current.type : (lawTypes[0] ?? current.type) }));
              }}
              data={REQUEST_LAWS.map((value) => ({ value, label: t(`laws.${value}`) }))}
              error={errors.law}
            />
            <Select
              label={t('form.type')}
              allowDeselect={false}
              value={form.type}
              onChange={(value) => value && set('type', value)}
              data={(types.data?.[form.law] ?? [form.type]).map((value) => ({ value, label: t(`types.${value}`) }))}
              error={errors.type}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('form.minimisationHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('form.requesterName')} required value={form.requesterName} onChange={(e) => set('requesterName', e.currentTarget.value)} error={errors.requesterName} />
            <TextInput label={t('form.requesterContact')} required value={form.requesterContact} onChange={(e) => set('requesterContact', e.currentTarget.value)} error={errors.requesterContact} />
            <Select
              label={t('form.relationship')}
              allowDeselect={false}
              value={form.relationship}
              onChange={(value) => value && set('relationship', value as RequestInput['relationship'])}
              data={REQUESTER_RELATIONSHIPS.map((value) => ({ value, label: t(`relationships.${value}`) }))}
              error={errors.relationship}
            />
            <Select
              label={t('form.language')}
              allowDeselect={false}
              value={form.language}
              onChange={(value) => value && set('language', value as RequestInput['language'])}
              data={LETTER_LANGUAGES.map((value) => ({ value, label: t(`form.languages.${value}`) }))}
              error={errors.language}
            />
          </SimpleGrid>
          <Group grow>
            <Select
              label={t('form.subjectCategory')}
              description={t('form.subjectCategoryHint')}
              placeholder={t('form.noSubjectCategory')}
              clearable
              value={form.subjectCategoryId}
              onChange={(value) => set('subjectCategoryId', value)}
              data={(categories.data ?? []).map((category) => ({ value: category.id, label: category.name }))}
              error={errors.subjectCategoryId}
            />
          </Group>
          <Textarea label={t('form.details')} autosize minRows={2} value={form.details} onChange={(e) => set('details', e.currentTarget.value)} error={errors.details} />
        </>
      )}
    </RecordFormModal>
  );
}
