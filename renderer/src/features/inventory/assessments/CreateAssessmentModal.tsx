// Starting an assessment: its type, the processing activity it assesses, a title and the assessor.
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_KINDS, type AssessmentKind } from '../../../../../shared/assessments/questionnaires';
import type { Assessment } from '../../../../../shared/contract/areas/assessments';
import { call } from '../../../client/client';
import { issuesByField } from '../../../lib/field-errors';
import { useProcedure } from '../../../lib/use-procedure';
import { AssessmentError } from './AssessmentError';

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(assessment: Assessment): void;
}

export function CreateAssessmentModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation('assessments');
  const { t: tApp } = useTranslation();
  const activities = useProcedure('inventory.activities.list');
  const [kind, setKind] = useState<AssessmentKind>('dpia');
  const [activityId, setActivityId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [assessor, setAssessor] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = issuesByField(tApp, error);

  async function create() {
    if (!activityId) return;
    setBusy(true);
    setError(null);
    try {
      const created = await call('assessments.create', { kind, activityId, name, assessor });
      setName('');
      onCreated(created);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={() => !busy && onClose()} title={t('actions.new')} closeButtonProps={{ 'aria-label': tApp('common.close') }} centered>
      <Stack gap="md">
        <Select label={t('fields.kind')} data={ASSESSMENT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))} value={kind} onChange={(value) => value && setKind(value as AssessmentKind)} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
        <Select
          label={t('fields.activity')}
          required
          searchable
          data={(activities.data ?? []).map((activity) => ({ value: activity.id, label: activity.name }))}
          value={activityId}
          onChange={setActivityId}
          error={fields.activityId}
          nothingFoundMessage={tApp('common.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput label={t('fields.name')} required value={name} onChange={(event) => setName(event.currentTarget.value)} error={fields.name} maxLength={200} />
        <TextInput label={t('fields.assessor')} value={assessor} onChange={(event) => setAssessor(event.currentTarget.value)} error={fields.assessor} maxLength={200} />
        {error && !fields.activityId && !fields.name ? <AssessmentError error={error} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {tApp('common.cancel')}
          </Button>
          <Button onClick={() => void create()} loading={busy} disabled={!activityId || name.trim() === ''}>
            {t('actions.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
