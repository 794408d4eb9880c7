// A button that runs an export and delivers the file (save dialog in the desktop app, a download in
// the browser), with progress and a translated confirmation or error.
import { Button, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, FileFilter } from '../../../shared/contract';
import { describeError } from '../client/error-message';
import { saveExport } from '../lib/download';
import { notifyError, notifySuccess } from '../lib/notify';

interface ExportButtonProps extends ButtonProps {
  run(destination?: string): Promise<ExportResult>;
  suggestedName: string;
  filters?: FileFilter[];
  dialogTitle?: string;
  children: ReactNode;
}

export function ExportButton({ run, suggestedName, filters, dialogTitle, children, ...buttonProps }: ExportButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function onClick() {
    setBusy(true);
    try {
      const outcome = await saveExport(run, { suggestedName, filters, title: dialogTitle });
      if (outcome.kind === 'saved') notifySuccess(t('exports.saved', { path: outcome.path }));
      else if (outcome.kind === 'downloaded') notifySuccess(t('exports.downloaded', { name: outcome.fileName }));
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="default" {...buttonProps} loading={busy} onClick={() => void onClick()}>
      {children}
    </Button>
  );
}
