// The risk owner's sign-off of the residual risk (ISO/IEC 27001 6.1.3 f): who accepted it and why.
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/contract';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesByField } from '../../lib/field-errors';
import { notifySuccess } from '../../lib/notify';

interface AcceptRiskDialogProps {
  risk: Risk;
  opened: boolean;
  defaultName: string;
  onClose(): void;
  onAccepted(risk: Risk): void;
}

export function AcceptRiskDialog({ risk, opened, defaultName, onClose, onAccepted }: AcceptRiskDialogProps) {
  const { t } = useTranslation();
  const [acceptedBy, setAcceptedBy] = useState(defaultName);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = issuesByField(t, error);

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      const accepted = await call('risks.accept', { id: risk.id, acceptedBy, note });
      notifySuccess(t('risks.acceptance.done', { ref: risk.ref }));
      setNote('');
      onAccepted(accepted);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={() => !busy && onClose()} title={t('risks.acceptance.title', { ref: risk.ref })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      <Stack gap="md">
        <Text size="sm">{t('risks.acceptance.body', { score: risk.residualScore })}</Text>
        <TextInput label={t('risks.acceptance.acceptedBy')} required value={acceptedBy} onChange={(event) => setAcceptedBy(event.currentTarget.value)} error={fields.acceptedBy} data-autofocus />
        <Textarea label={t('risks.acceptance.note')} autosize minRows={2} maxRows={6} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fields.note} />
        {error && !fields.acceptedBy && !fields.note ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button color="violet" onClick={() => void accept()} loading={busy} disabled={acceptedBy.trim() === ''}>
            {t('risks.acceptance.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
