// The post-incident review (root cause, contributing factors, lessons learned, what went well, who
// reviewed it and when) and its corrective actions with owner, due date and status. A breach can
// only be closed once the review is recorded; open actions are on the agenda.
import { Alert, Anchor, Badge, Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_ACTION_STATUSES, type Incident, type IncidentAction, type IncidentActionStatus } from '../../../../shared/contract/areas/incidents';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useFormat } from '../../lib/format';
import { isoToLocalInput, localInputToIso } from '../requests/request-view';

interface SavedProps {
  incident: Incident;
  onSaved(incident: Incident): void;
}

function ReviewDialog({ incident, opened, onClose, onSaved }: SavedProps & { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('incidents');
  const [form, setForm] = useState({ rootCause: '', contributingFactors: '', lessonsLearned: '', wentWell: '', reviewedBy: '', reviewedAt: '' });
  useEffect(() => {
    if (!opened) return;
    const review = incident.review;
    setForm({
      rootCause: review?.rootCause ?? '',
      contributingFactors: review?.contributingFactors ?? '',
      lessonsLearned: review?.lessonsLearned ?? '',
      wentWell: review?.wentWell ?? '',
      reviewedBy: review?.reviewedBy ?? '',
      reviewedAt: isoToLocalInput(review ? Date.parse(review.reviewedAt) : Date.now()),
    });
  }, [opened, incident.review]);
  const text = (field: keyof typeof form) => ({ value: form[field], onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [field]: e.currentTarget.value }) });
  return (
    <RecordFormModal
      opened={opened}
      title={t('review.dialogTitle')}
      fields={['rootCause', 'contributingFactors', 'lessonsLearned', 'wentWell', 'reviewedBy', 'reviewedAt']}
      submitLabel={t('review.save')}
      onClose={onClose}
      onSubmit={async () => onSaved(await call('incidents.review.save', { id: incident.id, review: { ...form, reviewedAt: localInputToIso(form.reviewedAt) } }))}
    >
      {(errors) => (
        <>
          <Textarea label={t('review.rootCause')} required autosize minRows={2} {...text('rootCause')} error={errors.rootCause} />
          <Textarea label={t('review.contributingFactors')} autosize minRows={2} {...text('contributingFactors')} error={errors.contributingFactors} />
          <Textarea label={t('review.lessonsLearned')} required autosize minRows={2} {...text('lessonsLearned')} error={errors.lessonsLearned} />
          <Textarea label={t('review.wentWell')} autosize minRows={2} {...text('wentWell')} error={errors.wentWell} />
          <SimpleGrid cols={2}>
            <TextInput label={t('review.reviewedBy')} required {...text('reviewedBy')} error={errors.reviewedBy} />
            <TextInput type="datetime-local" label={t('review.reviewedAt')} required {...text('reviewedAt')} error={errors.reviewedAt} />
          </SimpleGrid>
        </>
      )}
    </RecordFormModal>
  );
}

function ActionDialog({ incident, action, opened, onClose, onSaved }: SavedProps & { action: IncidentAction | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation('incidents');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [status, setStatus] = useState<IncidentActionStatus>('open');
  useEffect(() => {
    if (!opened) return;
    setDescription(action?.description ?? '');
    setOwner(action?.owner ?? '');
    setDueDate(action?.dueDate ?? null);
    setStatus(action?.status ?? 'open');
  }, [opened, action]);
  return (
    <RecordFormModal
      opened={opened}
      title={action ? t('actions.editTitle') : t('actions.addTitle')}
      fields={['description', 'owner', 'dueDate', 'status']}
      submitLabel={t('actions.save')}
      onClose={onClose}
      onSubmit={async () => {
        const input = { description, owner, dueDate: dueDate ?? '', status };
        onSaved(action ? await call('incidents.actions.update', { id: incident.id, actionId: action.id, action: input }) : await call('incidents.actions.add', { id: incident.id, action: input }));
      }}
    >
      {(errors) => (
        <>
          <Textarea label={t('actions.description')} required autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} />
          <SimpleGrid cols={3}>
            <TextInput label={t('actions.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} error={errors.owner} />
            <DateField label={t('actions.dueDate')} required value={dueDate} onChange={setDueDate} error={errors.dueDate} />
            <Select
              label={t('actions.status')}
              data={INCIDENT_ACTION_STATUSES.map((value) => ({ value, label: t(`actions.statuses.${value}`) }))}
              value={status}
              onChange={(value) => value && setStatus(value as IncidentActionStatus)}
              allowDeselect={false}
              error={errors.status}
            />
          </SimpleGrid>
        </>
      )}
    </RecordFormModal>
  );
}

const ACTION_COLORS: Record<IncidentActionStatus, string> = { open: 'blue', in_progress: 'yellow', done: 'teal', cancelled: 'gray' };

export function ReviewSection({ incident, onSaved }: SavedProps) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const [reviewing, setReviewing] = useState(false);
  const [editing, setEditing] = useState<IncidentAction | 'new' | null>(null);
  const review = incident.review;
  const fact = (label: string, value: string) =>
    value ? (
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {value}
        </Text>
      </div>
    ) : null;
  return (
    <Stack gap="sm" data-testid="incident-review">
      {!review ? (
        <>
          <Text size="sm" c="dimmed">
            {t('review.empty')}
          </Text>
          {incident.personalDataBreach && <Alert color="yellow">{t('review.requiredForBreach')}</Alert>}
        </>
      ) : (
        <>
          {fact(t('review.rootCause'), review.rootCause)}
          {fact(t('review.contributingFactors'), review.contributingFactors)}
          {fact(t('review.lessonsLearned'), review.lessonsLearned)}
          {fact(t('review.wentWell'), review.wentWell)}
          <Text size="xs" c="dimmed">
            {t('review.reviewedLine', { by: review.reviewedBy, at: format.dateTime(review.reviewedAt) })}
          </Text>
        </>
      )}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setReviewing(true)}>
          {review ? t('review.edit') : t('review.record')}
        </Button>
      </Group>
      <Group justify="space-between" mt="sm">
        <Text fw={600} size="sm">
          {t('actions.title')}
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={() => setEditing('new')}>
          <Group gap={4}>
            <IconPlus size={14} />
            {t('actions.add')}
          </Group>
        </Anchor>
      </Group>
      {incident.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actions.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {incident.actions.map((action) => (
            <Group key={action.id} justify="space-between" wrap="nowrap" align="flex-start" data-action-status={action.status}>
              <div style={{ minWidth: 0 }}>
                <Text size="sm">{action.description}</Text>
                <Text size="xs" c="dimmed">
                  {[action.owner, t('actions.dueLine', { date: format.date(action.dueDate) })].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                {action.overdue && (
                  <Badge color="red" variant="filled" radius="sm" style={{ textTransform: 'none' }}>
                    {t('actions.overdue')}
                  </Badge>
                )}
                <Badge color={ACTION_COLORS[action.status]} variant="light" radius="sm" style={{ textTransform: 'none' }}>
                  {t(`actions.statuses.${action.status}`)}
                </Badge>
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing(action)}>
                  {t('actions.edit')}
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <ReviewDialog
        incident={incident}
        opened={reviewing}
        onClose={() => setReviewing(false)}
        onSaved={(saved) => {
          setReviewing(false);
          onSaved(saved);
        }}
      />
      <ActionDialog
        incident={incident}
        action={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          onSaved(saved);
        }}
      />
    </Stack>
  );
}
