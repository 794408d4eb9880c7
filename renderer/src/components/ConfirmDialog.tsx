// A yes/no dialog for destructive actions: an ActionDialog with a red confirm button and a sentence.
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ActionDialog } from './ActionDialog';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onClose(): void;
  /** Resolves when done; a rejection is shown in the dialog. */
  onConfirm(): Promise<void>;
}

export function ConfirmDialog({ children, ...props }: ConfirmDialogProps) {
  return (
    <ActionDialog {...props} color="red" size="md">
      <Text size="sm">{children}</Text>
    </ActionDialog>
  );
}
