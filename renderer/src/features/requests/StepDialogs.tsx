// The two working records of a request: an identity verification step, and the search of one system
// on the checklist (searched, found, action taken, by whom and when).
import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERIFICATION_METHODS, VERIFICATION_OUTCOMES, type DataSubjectRequest } from '../../../../shared/contract/areas/requests';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { RecordFormModal } from '../../components/RecordFormModal';
import { today } from '../../lib/dates';

type Method = (typeof VERIFICATION_METHODS)[number];
type Outcome = (typeof VERIFICATION_OUTCOMES)[number];

export function VerificationDialog({ request, opened, onClose, onDone }: { request: DataSubjectRequest; opened: boolean; onClose(): void; onDone(r: DataSubjectRequest): void }) {
  const { t } = useTranslation('requests');
  const [method, setMethod] = useState<Method>('email_confirmation');
  const [performedOn, setPerformedOn] = useState<string | null>(today());
  const [outcome, setOutcome] = useState<Outcome>('passed');
  const [note, setNote] = useState('');
  return (
    <RecordFormModal
      opened={opened}
      title={t('detail.addVerification')}
      fields={['method', 'performedOn', 'outcome', 'note']}
      onClose={onClose}
      onSubmit={async () => {
        onDone(await call('requests.verification.add', { id: request.id, method, performedOn: performedOn ?? '', outcome, note }));
        setNote('');
      }}
    >
      {(errors) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('detail.method')}
              allowDeselect={false}
              value={method}
              onChange={(v) => v && setMethod(v as Method)}
              data={VERIFICATION_METHODS.map((value) => ({ value, label: t(`verificationMethods.${value}`) }))}
              error={errors.method}
            />
            <DateField label={t('detail.performedOn')} required value={performedOn} onChange={setPerformedOn} error={errors.performedOn} />
            <Select
              label={t('detail.outcome')}
              allowDeselect={false}
              value={outcome}
              onChange={(v) => v && setOutcome(v as Outcome)}
              data={VERIFICATION_OUTCOMES.map((value) => ({ value, label: t(`verificationOutcomes.${value}`) }))}
              error={errors.outcome}
            />
          </SimpleGrid>
          <Textarea label={t('detail.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        </>
      )}
    </RecordFormModal>
  );
}

type SystemRow = DataSubjectRequest['systems'][number];

export function SystemCheckDialog({ request, system, onClose, onDone }: { request: DataSubjectRequest; system: SystemRow | null; onClose(): void; onDone(r: DataSubjectRequest): void }) {
  const { t } = useTranslation('requests');
  const [searched, setSearched] = useState(false);
  const [found, setFound] = useState<string | null>(null);
  const [actionTaken, setActionTaken] = useState('');
  const [doneBy, setDoneBy] = useState('');
  const [doneOn, setDoneOn] = useState<string | null>(null);
  useEffect(() => {
    if (!system) return;
    setSearched(true);
    setFound(system.found === null ? null : system.found ? 'yes' : 'no');
    setActionTaken(system.actionTaken);
    setDoneBy(system.doneBy);
    setDoneOn(system.doneOn ?? today());
  }, [system]);
  return (
    <RecordFormModal
      opened={system !== null}
      title={system ? t('detail.editCheck', { system: system.systemName }) : ''}
      fields={['searched', 'found', 'actionTaken', 'doneBy', 'doneOn']}
      onClose={onClose}
      onSubmit={async () => {
        if (!system) return;
        onDone(
          await call('requests.systems.update', {
            id: request.id,
            systemId: system.systemId,
            searched,
            found: searched && found !== null ? found === 'yes' : null,
            actionTaken,
            doneBy,
            doneOn: searched ? doneOn : null,
          }),
        );
      }}
    >
      {(errors) => (
        <>
          <Checkbox label={t('detail.searched')} checked={searched} onChange={(e) => setSearched(e.currentTarget.checked)} error={errors.searched} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('detail.found')}
              clearable
              disabled={!searched}
              value={found}
              onChange={setFound}
              data={[
                { value: 'yes', label: t('detail.foundYes') },
                { value: 'no', label: t('detail.foundNo') },
              ]}
              error={errors.found}
            />
            <TextInput label={t('detail.doneBy')} value={doneBy} onChange={(e) => setDoneBy(e.currentTarget.value)} error={errors.doneBy} />
            <DateField label={t('detail.doneOn')} value={doneOn} onChange={setDoneOn} disabled={!searched} error={errors.doneOn} />
          </SimpleGrid>
          <Textarea label={t('detail.actionTaken')} autosize minRows={2} value={actionTaken} onChange={(e) => setActionTaken(e.currentTarget.value)} error={errors.actionTaken} />
        </>
      )}
    </RecordFormModal>
  );
}
