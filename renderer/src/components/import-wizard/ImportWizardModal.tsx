// The frame of an import wizard: a modal that cannot be closed while the import runs, the four steps
// (file, mapping, dry run, import) and the last error. Texts come from the wizard's namespace.
import { Modal, Stack, Stepper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';

export type ImportNamespace = 'inventoryImport' | 'trainingImport';
export type ImportStep = 0 | 1 | 2 | 3;

interface ImportWizardModalProps {
  ns: ImportNamespace;
  step: ImportStep;
  running: boolean;
  error: unknown;
  /** Closing is refused while the import runs. */
  onClose(): void;
  children: ReactNode;
}

export function ImportWizardModal({ ns, step, running, error, onClose, children }: ImportWizardModalProps) {
  const { t } = useTranslation(ns);
  return (
    <Modal opened onClose={() => (running ? undefined : onClose())} withCloseButton={!running} closeOnEscape={!running} closeOnClickOutside={false} title={t('import.title')} size="90%" closeButtonProps={{ 'aria-label': t('import.close') }}>
      <Stack gap="md">
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('step.file')} />
          <Stepper.Step label={t('step.mapping')} />
          <Stepper.Step label={t('step.preview')} />
          <Stepper.Step label={t('step.import')} />
        </Stepper>
        {error !== null && <ErrorAlert error={error} />}
        {children}
      </Stack>
    </Modal>
  );
}
