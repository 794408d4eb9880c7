// Step 1 of an import wizard: the file (CSV or XLSX, up to the size limit), the wizard's own choices
// (`before` and `after` the file), and what to do with records already on file when asked.
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FILE_MAX_BYTES, type DuplicatePolicy } from '../../../../shared/contract/areas/inventory-import';
import { formatBytes } from '../../lib/files';
import { useFormat } from '../../lib/format';
import { EvidenceFilePicker } from '../FileDropZone';
import type { ImportNamespace } from './ImportWizardModal';

interface FileStepProps {
  ns: ImportNamespace;
  file: File | null;
  onFile(file: File | null): void;
  busy: boolean;
  onNext(): void;
  /** Shown when duplicates can be updated rather than skipped. */
  duplicates?: { value: DuplicatePolicy; onChange(value: DuplicatePolicy): void };
  before?: ReactNode;
  after?: ReactNode;
}

export function FileStep({ ns, file, onFile, busy, onNext, duplicates, before, after }: FileStepProps) {
  const { t } = useTranslation(ns);
  const format = useFormat();
  return (
    <Stack gap="sm">
      {before}
      <EvidenceFilePicker file={file} onFile={onFile} onClear={() => onFile(null)} label={t('file.label')} disabled={busy} />
      <Text size="xs" c="dimmed">
        {t('file.hint', { size: formatBytes(IMPORT_FILE_MAX_BYTES, format.locale) })}
      </Text>
      {after}
      {duplicates && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('file.onDuplicate')}
          </Text>
          <SegmentedControl
            aria-label={t('file.onDuplicate')}
            value={duplicates.value}
            onChange={(value) => duplicates.onChange(value as DuplicatePolicy)}
            data={[
              { value: 'skip', label: t('duplicate.skip') },
              { value: 'update', label: t('duplicate.update') },
            ]}
          />
        </Stack>
      )}
      <Group justify="flex-end">
        <Button onClick={onNext} disabled={!file} loading={busy}>
          {t('actions.next')}
        </Button>
      </Group>
    </Stack>
  );
}
