// A confirmation dialog for a step that may need input (a reason, a name): says what will happen,
// runs the step itself and shows the backend's refusal (CONFLICT, NOT_FOUND …) in place.
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface ActionDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  size?: 'md' | 'lg';
  /** False keeps the confirm button disabled (a required field is empty). */
  canConfirm?: boolean;
  onClose(): void;
  /** Resolves when done; a rejection is shown in the dialog. */
  onConfirm(): Promise<void>;
}

export function ActionDialog({ opened, title, children, confirmLabel, color, canConfirm = true, size = 'lg', onClose, onConfirm }: ActionDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function close() {
    if (busy) return;
    setError(null);
    onClose();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      onClose();
    } catch (caught) {
      setBusy(false);
      setError(caught);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered size={size}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (canConfirm && !busy) void confirm();
        }}
      >
        <Stack gap="md">
          {children}
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={color} loading={busy} disabled={!canConfirm} data-autofocus>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
