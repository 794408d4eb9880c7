// Sign-off with confirmation: who signs, a note and the next review date. Afterwards the answers are fixed.
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../../shared/contract/areas/assessments';
import { call } from '../../../client/client';
import { DateField } from '../../../components/DateField';
import { issuesByField } from '../../../lib/field-errors';
import { notifySuccess } from '../../../lib/notify';
import { AssessmentError } from './AssessmentError';

interface Props {
  assessment: Assessment;
  opened: boolean;
  onClose(): void;
  onSignedOff(assessment: Assessment): void;
}

export function SignOffModal({ assessment, opened, onClose, onSignedOff }: Props) {
  const { t } = useTranslation('assessments');
  const { t: tApp } = useTranslation();
  const [signedOffBy, setSignedOffBy] = useState('');
  const [note, setNote] = useState('');
  const [reviewDate, setReviewDate] = useState<string | null>(assessment.reviewDate);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = issuesByField(tApp, error);

  async function signOff() {
    setBusy(true);
    setError(null);
    try {
      const signed = await call('assessments.signOff', { id: assessment.id, signedOffBy, note, reviewDate });
      notifySuccess(t('signOff.done', { ref: assessment.ref }));
      onSignedOff(signed);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={() => !busy && onClose()} title={t('signOff.title', { ref: assessment.ref })} closeButtonProps={{ 'aria-label': tApp('common.close') }} centered>
      <Stack gap="md">
        <Text size="sm">{t('signOff.body')}</Text>
        {assessment.kind === 'pipia' ? <Text size="sm">{t('detail.retainPending')}</Text> : null}
        <TextInput label={t('fields.signedOffBy')} required value={signedOffBy} onChange={(event) => setSignedOffBy(event.currentTarget.value)} error={fields.signedOffBy} data-autofocus maxLength={200} />
        <Textarea label={t('fields.note')} autosize minRows={2} maxRows={5} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fields.note} maxLength={2000} />
        <DateField label={t('fields.reviewDate')} value={reviewDate} onChange={setReviewDate} error={fields.reviewDate} />
        <AssessmentError error={error && !fields.signedOffBy && !fields.note && !fields.reviewDate ? error : null} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {tApp('common.cancel')}
          </Button>
          <Button color="teal" onClick={() => void signOff()} loading={busy} disabled={signedOffBy.trim() === ''}>
            {t('signOff.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
