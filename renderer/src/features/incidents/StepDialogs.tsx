// Ticking a checklist step (who did it — a person of the people list or a name — when, and a note)
// or skipping it with the reason.
import { Select, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistStep, Incident } from '../../../../shared/contract/areas/incidents';
import { call } from '../../client/client';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useProcedure } from '../../lib/use-procedure';
import { isoToLocalInput, localInputToIso } from '../requests/request-view';

interface StepDialogProps {
  incident: Incident;
  step: ChecklistStep | null;
  onClose(): void;
  onDone(incident: Incident): void;
}

function WhoFields({ personId, setPersonId, doneBy, setDoneBy, errors }: { personId: string | null; setPersonId(id: string | null): void; doneBy: string; setDoneBy(name: string): void; errors: Record<string, string> }) {
  const { t } = useTranslation('incidents');
  const people = useProcedure('people.list', {});
  return (
    <>
      <Select
        label={t('checklist.person')}
        placeholder={t('checklist.personPlaceholder')}
        data={(people.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
        value={personId}
        onChange={setPersonId}
        searchable
        clearable
        error={errors.personId}
      />
      <TextInput label={t('checklist.doneBy')} description={t('checklist.doneByHint')} value={doneBy} onChange={(e) => setDoneBy(e.currentTarget.value)} error={errors.doneBy} />
    </>
  );
}

export function TickStepDialog({ incident, step, onClose, onDone }: StepDialogProps) {
  const { t } = useTranslation('incidents');
  const [personId, setPersonId] = useState<string | null>(null);
  const [doneBy, setDoneBy] = useState('');
  const [doneAt, setDoneAt] = useState(() => isoToLocalInput(Date.now()));
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!step) return;
    setPersonId(null);
    setDoneBy('');
    setDoneAt(isoToLocalInput(Date.now()));
    setNote('');
  }, [step]);
  return (
    <RecordFormModal
      opened={step !== null}
      title={step ? t('checklist.tickTitle', { title: step.title }) : ''}
      fields={['personId', 'doneBy', 'doneAt', 'note']}
      submitLabel={t('checklist.save')}
      onClose={onClose}
      onSubmit={async () => {
        if (!step) return;
        onDone(await call('incidents.checklist.tick', { id: incident.id, stepId: step.id, personId, doneBy, doneAt: localInputToIso(doneAt), note }));
      }}
    >
      {(errors) => (
        <>
          <WhoFields personId={personId} setPersonId={setPersonId} doneBy={doneBy} setDoneBy={setDoneBy} errors={errors} />
          <TextInput type="datetime-local" label={t('checklist.doneAt')} required value={doneAt} onChange={(e) => setDoneAt(e.currentTarget.value)} error={errors.doneAt} />
          <Textarea label={t('checklist.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        </>
      )}
    </RecordFormModal>
  );
}

export function SkipStepDialog({ incident, step, onClose, onDone }: StepDialogProps) {
  const { t } = useTranslation('incidents');
  const [personId, setPersonId] = useState<string | null>(null);
  const [doneBy, setDoneBy] = useState('');
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (!step) return;
    setPersonId(null);
    setDoneBy('');
    setReason('');
  }, [step]);
  return (
    <RecordFormModal
      opened={step !== null}
      title={step ? t('checklist.skipTitle', { title: step.title }) : ''}
      fields={['personId', 'doneBy', 'reason']}
      submitLabel={t('checklist.save')}
      onClose={onClose}
      onSubmit={async () => {
        if (!step) return;
        onDone(await call('incidents.checklist.skip', { id: incident.id, stepId: step.id, personId, doneBy, reason }));
      }}
    >
      {(errors) => (
        <>
          <WhoFields personId={personId} setPersonId={setPersonId} doneBy={doneBy} setDoneBy={setDoneBy} errors={errors} />
          <Textarea label={t('checklist.reason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        </>
      )}
    </RecordFormModal>
  );
}
