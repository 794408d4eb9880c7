// The audit packs screen: choose what goes into a pack (framework, period, language, redaction,
// recipient, file), see a preview of its contents, export it with progress and Cancel, verify any
// pack file, and the history of the packs exported from this workspace.
import { Card, Grid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../client/error-message';
import { PageHeader } from '../../components/PageHeader';
import { useProcedure } from '../../lib/use-procedure';
import { initialPackForm, looksLikeZipPath, periodInOrder, previewInput, type PackFormState } from './pack-options';
import { PackExportPanel } from './PackExportPanel';
import { PackHistoryTable } from './PackHistoryTable';
import { PackOptionsForm } from './PackOptionsForm';
import { PackPreviewCard } from './PackPreviewCard';
import { PackVerifyCard } from './PackVerifyCard';

export function AuditPacksPage() {
  const { t, i18n } = useTranslation('packs');
  const [form, setForm] = useState<PackFormState>(() => initialPackForm(i18n.language));
  const [running, setRunning] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [verifyFile, setVerifyFile] = useState('');
  const preview = useProcedure('packs.preview', previewInput(form));
  const history = useProcedure('packs.history');
  const ready = looksLikeZipPath(form.file) && periodInOrder(form);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="lg">
              <Card withBorder radius="md" padding="md" component="section" aria-label={t('options.title')}>
                <Stack gap="md">
                  <Text fw={600}>{t('options.title')}</Text>
                  <PackOptionsForm value={form} onChange={setForm} disabled={running} errors={fieldErrors(t, exportError)} />
                </Stack>
              </Card>
              <PackExportPanel
                form={form}
                ready={ready}
                onRunningChange={setRunning}
                onError={setExportError}
                onExported={(result) => {
                  setVerifyFile(result.path);
                  void history.reload();
                }}
                onVerify={setVerifyFile}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <PackPreviewCard preview={preview.data} loading={preview.loading} error={preview.error} />
          </Grid.Col>
        </Grid>
        <PackVerifyCard file={verifyFile} onFileChange={setVerifyFile} />
        <PackHistoryTable entries={history.data} loading={history.loading} error={history.error} />
      </Stack>
    </>
  );
}
