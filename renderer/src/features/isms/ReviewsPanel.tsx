// Management reviews (ISO/IEC 27001 9.3): when, who attended, the inputs considered, decisions and
// actions, and when the next review is due.
import { Anchor, SimpleGrid, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagementReview, ManagementReviewInput } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { RecordFormModal } from '../../components/RecordFormModal';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { RecordListPanel } from './RecordListPanel';

const FIELDS = ['date', 'attendees', 'inputs', 'decisions', 'actions', 'nextReviewDate'] as const;

function inputOf(review: ManagementReview): ManagementReviewInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...input } = review;
  return input;
}

function ReviewModal({ review, onClose, onSaved }: { review: ManagementReview | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ManagementReviewInput>(review ? inputOf(review) : { date: today(), attendees: '', inputs: '', decisions: '', actions: '', nextReviewDate: null });
  const update = (change: Partial<ManagementReviewInput>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <RecordFormModal
      opened
      size="xl"
      title={review ? t('isms.reviews.edit') : t('isms.reviews.new')}
      onClose={onClose}
      fields={FIELDS}
      onSubmit={async () => {
        if (review) await call('reviews.update', { id: review.id, review: draft });
        else await call('reviews.create', draft);
        notifySuccess(t('isms.reviews.saved'));
        onSaved();
      }}
      remove={
        review
          ? {
              label: t('common.delete'),
              title: t('isms.reviews.deleteTitle'),
              body: t('isms.reviews.deleteBody', { date: review.date }),
              run: async () => {
                await call('reviews.delete', { id: review.id });
                notifySuccess(t('isms.reviews.deleted'));
                onSaved();
              },
            }
          : undefined
      }
    >
      {(errors) => (
        <>
          <SimpleGrid cols={2}>
            <DateField label={t('isms.reviews.fields.date')} required clearable={false} value={draft.date} onChange={(date) => date && update({ date })} error={errors.date} />
            <DateField label={t('isms.reviews.fields.nextReviewDate')} value={draft.nextReviewDate} onChange={(nextReviewDate) => update({ nextReviewDate })} error={errors.nextReviewDate} />
          </SimpleGrid>
          <TextInput label={t('isms.reviews.fields.attendees')} value={draft.attendees} onChange={(event) => update({ attendees: event.currentTarget.value })} error={errors.attendees} />
          <Textarea label={t('isms.reviews.fields.inputs')} description={t('isms.reviews.inputsHint')} autosize minRows={3} maxRows={12} value={draft.inputs} onChange={(event) => update({ inputs: event.currentTarget.value })} error={errors.inputs} />
          <Textarea label={t('isms.reviews.fields.decisions')} autosize minRows={2} maxRows={10} value={draft.decisions} onChange={(event) => update({ decisions: event.currentTarget.value })} error={errors.decisions} />
          <Textarea label={t('isms.reviews.fields.actions')} autosize minRows={2} maxRows={10} value={draft.actions} onChange={(event) => update({ actions: event.currentTarget.value })} error={errors.actions} />
        </>
      )}
    </RecordFormModal>
  );
}

export function ReviewsPanel({ openId }: { openId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const reviews = useProcedure('reviews.list');
  const [creating, setCreating] = useState(false);
  const open = openId ? (reviews.data?.find((review) => review.id === openId) ?? null) : null;
  const now = today();

  function close() {
    setCreating(false);
    if (openId) navigate({ page: 'reviews', params: {} });
  }

  return (
    <>
    <RecordListPanel
      label={t('isms.tabs.reviews')}
      intro={t('isms.reviews.intro')}
      newLabel={t('isms.reviews.new')}
      onNew={() => setCreating(true)}
      list={reviews}
      emptyTitle={t('isms.reviews.empty')}
    >
      <Table.ScrollContainer minWidth={700}>
        <Table highlightOnHover verticalSpacing={8}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('isms.reviews.fields.date')}</Table.Th>
              <Table.Th>{t('isms.reviews.fields.attendees')}</Table.Th>
              <Table.Th>{t('isms.reviews.fields.decisions')}</Table.Th>
              <Table.Th w={150}>{t('isms.reviews.fields.nextReviewDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(reviews.data ?? []).map((review) => (
              <Table.Tr key={review.id} className="custos-clickable-row" onClick={() => navigate({ page: 'reviews', params: { id: review.id } })}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    onClick={(event) => {
                      event.stopPropagation();
                      navigate({ page: 'reviews', params: { id: review.id } });
                    }}
                  >
                    {format.day(review.date)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {review.attendees}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {review.decisions}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={review.nextReviewDate && review.nextReviewDate < now ? 'red' : undefined}>
                    {review.nextReviewDate ? format.day(review.nextReviewDate) : '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordListPanel>
    {(creating || open) && (
      <ReviewModal
        key={open?.id ?? 'new'}
        review={creating ? null : open}
        onClose={close}
        onSaved={() => {
          void reviews.reload();
          close();
        }}
      />
    )}
    </>
  );
}
