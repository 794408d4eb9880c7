// A modal form for one record: runs the save (and, for a stored record, the delete) itself, shows the
// backend's field issues under the inputs and any other refusal (CONFLICT …) above the buttons.
import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { allIssuesOnFields, issuesByField } from '../lib/field-errors';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorAlert } from './ErrorAlert';

interface RecordFormModalProps {
  opened: boolean;
  title: string;
  onClose(): void;
  onSubmit(): Promise<void>;
  /** The form's field names, so issues shown under inputs are not repeated in the alert. */
  fields: readonly string[];
  children(errors: Record<string, string>): ReactNode;
  submitLabel?: string;
  size?: string | number;
  remove?: { label: string; title: string; body: string; run(): Promise<void> };
}

export function RecordFormModal({ opened, title, onClose, onSubmit, fields, children, submitLabel, size = 'lg', remove }: RecordFormModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const errors = issuesByField(t, error);

  function close() {
    if (busy) return;
    setError(null);
    onClose();
  }

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack
        gap="md"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {children(errors)}
        {error && !allIssuesOnFields(error, fields) ? <ErrorAlert error={error} /> : null}
        <Group justify="space-between">
          <div>
            {remove && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)} disabled={busy}>
                {remove.label}
              </Button>
            )}
          </div>
          <Group gap="xs">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      {remove && (
        <ConfirmDialog opened={confirming} title={remove.title} confirmLabel={remove.label} onClose={() => setConfirming(false)} onConfirm={remove.run}>
          {remove.body}
        </ConfirmDialog>
      )}
    </Modal>
  );
}
