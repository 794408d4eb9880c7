// The import wizard: choose a file and a record type, check the proposed column mapping, see every
// problem by row and column in a dry run, then import in one transaction with progress and Cancel
// (a cancel while rows are written rolls the whole import back). The steps are the shared import
// wizard's (components/import-wizard).
import { Alert, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  IMPORT_RECORD_TYPES,
  type ColumnMapping,
  type DuplicatePolicy,
  type ImportInspection,
  type ImportPreview,
  type ImportRecordType,
  type ImportResult,
  type ImportSource,
} from '../../../../../shared/contract/areas/inventory-import';
import { call } from '../../../client/client';
import { DryRunStep } from '../../../components/import-wizard/DryRunStep';
import { FileStep } from '../../../components/import-wizard/FileStep';
import { ImportRunStep } from '../../../components/import-wizard/ImportRunStep';
import { ImportWizardModal, type ImportStep } from '../../../components/import-wizard/ImportWizardModal';
import { MappingStep } from '../../../components/import-wizard/MappingStep';
import { uploadSource } from '../../../components/import-wizard/upload-source';
import { useImportJob } from '../../../components/import-wizard/use-import-job';

interface ImportWizardProps {
  /** `imported`: records were written. */
  onClose(imported: boolean): void;
}

export function ImportWizard({ onClose }: ImportWizardProps) {
  const { t } = useTranslation('inventoryImport');
  const job = useImportJob<ImportResult>();
  const [step, setStep] = useState<ImportStep>(0);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [recordType, setRecordType] = useState<ImportRecordType | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  const type = recordType ?? inspection?.suggestedType ?? 'activities';
  const typeOptions = IMPORT_RECORD_TYPES.map((value) => ({ value, label: t(`type.${value}`) }));
  const request = () => ({ source: source!, sheet: inspection?.sheet ?? undefined, recordType: type, mapping, onDuplicate });

  async function changeSheet(sheet: string) {
    if (!source) return;
    const inspected = await job.run(() => call('inventoryImport.inspect', { source, sheet }));
    if (!inspected) return;
    setInspection(inspected);
    setMapping(inspected.proposals[type]);
  }

  async function inspect() {
    if (!file) return;
    const outcome = await job.run(async () => {
      const picked = await uploadSource(file, 'inventoryImport.inspect');
      return { picked, inspected: await call('inventoryImport.inspect', { source: picked }) };
    });
    if (!outcome) return;
    setSource(outcome.picked);
    setInspection(outcome.inspected);
    const chosen = recordType ?? outcome.inspected.suggestedType;
    setRecordType(chosen);
    setMapping(outcome.inspected.proposals[chosen]);
    setStep(1);
  }

  function changeType(next: ImportRecordType) {
    setRecordType(next);
    if (inspection) setMapping(inspection.proposals[next]);
  }

  async function dryRun() {
    if (!source) return;
    const outcome = await job.run(() => call('inventoryImport.dryRun', request()));
    if (!outcome) return;
    setPreview(outcome);
    setStep(2);
  }

  async function commit() {
    if (!source) return;
    setStep(3);
    await job.start((jobId) => call('inventoryImport.commit', { ...request(), jobId }));
  }

  const running = step === 3 && !job.finished;
  const { progress } = job;
  const created = preview ? Object.entries(preview.createdReferences).filter(([, names]) => names.length > 0) : [];
  return (
    <ImportWizardModal ns="inventoryImport" step={step} running={running} error={job.error} onClose={() => onClose(job.result !== null)}>
      {step === 0 && (
        <FileStep
          ns="inventoryImport"
          file={file}
          onFile={setFile}
          busy={job.busy}
          onNext={() => void inspect()}
          duplicates={{ value: onDuplicate, onChange: setOnDuplicate }}
          after={
            <Select
              label={t('file.recordType')}
              placeholder={t('file.recordTypeAuto')}
              clearable
              data={typeOptions}
              value={recordType}
              onChange={(value) => setRecordType((value as ImportRecordType | null) ?? null)}
            />
          }
        />
      )}
      {step === 1 && inspection && (
        <MappingStep
          ns="inventoryImport"
          inspection={inspection}
          mapping={mapping}
          onMapping={setMapping}
          fields={IMPORT_FIELDS[type]}
          busy={job.busy}
          onSheet={(sheet) => void changeSheet(sheet)}
          kindSelect={<Select aria-label={t('file.recordType')} data={typeOptions} value={type} onChange={(value) => value && changeType(value as ImportRecordType)} allowDeselect={false} w={220} />}
          onBack={() => setStep(0)}
          onCheck={() => void dryRun()}
        />
      )}
      {step === 2 && preview && (
        <DryRunStep
          ns="inventoryImport"
          preview={preview}
          countsTestId="import-counts"
          notice={
            created.length > 0 ? (
              <Alert color="blue" title={t('preview.createdTitle')}>
                <Stack gap={2}>
                  {created.map(([kind, names]) => (
                    <Text key={kind} size="sm">
                      {t(`reference.${kind}`)}: {names.join(', ')}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            ) : null
          }
          onBack={() => setStep(1)}
          onImport={() => void commit()}
        />
      )}
      {step === 3 && (
        <ImportRunStep
          ns="inventoryImport"
          job={job}
          // Taken in every phase: while writing, at the next batch, rolling the whole import back.
          // Once every row is written only the commit itself is left, which is not cancelled.
          cancelClosed={progress?.phase === 'write' && progress.done === progress.total}
          summary={(result) => t('result.summary', { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped })}
          onClose={() => onClose(job.result !== null)}
        />
      )}
    </ImportWizardModal>
  );
}
