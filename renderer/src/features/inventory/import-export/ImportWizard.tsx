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
  type DuplicatePolicy,
  type ImportInspection,
  type ImportPreview,
  type ImportRecordType,
  type ImportResult,
} from '../../../../../shared/contract/areas/inventory-import';
import { call } from '../../../client/client';
import { DryRunStep } from '../../../components/import-wizard/DryRunStep';
import { FileStep } from '../../../components/import-wizard/FileStep';
import { ImportRunStep } from '../../../components/import-wizard/ImportRunStep';
import { ImportWizardModal } from '../../../components/import-wizard/ImportWizardModal';
import { MappingStep } from '../../../components/import-wizard/MappingStep';
import { useImportFlow } from '../../../components/import-wizard/use-import-flow';

interface ImportWizardProps {
  /** `imported`: records were written. */
  onClose(imported: boolean): void;
}

export function ImportWizard({ onClose }: ImportWizardProps) {
  const { t } = useTranslation('inventoryImport');
  // Null: the type the headers suggest.
  const [recordType, setRecordType] = useState<ImportRecordType | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const typeOf = (inspection: ImportInspection | null): ImportRecordType => recordType ?? inspection?.suggestedType ?? 'activities';
  const flow = useImportFlow<ImportInspection, ImportPreview, ImportResult>({
    inspectProcedure: 'inventoryImport.inspect',
    inspect: (source, sheet) => call('inventoryImport.inspect', { source, sheet }),
    dryRun: (request) => call('inventoryImport.dryRun', { ...request, recordType: type, onDuplicate }),
    commit: (request) => call('inventoryImport.commit', { ...request, recordType: type, onDuplicate }),
    proposal: (inspection) => inspection.proposals[typeOf(inspection)],
  });
  const { step, inspection, preview, job } = flow;
  const type = typeOf(inspection);
  const typeOptions = IMPORT_RECORD_TYPES.map((value) => ({ value, label: t(`type.${value}`) }));

  function changeType(next: ImportRecordType) {
    setRecordType(next);
    if (inspection) flow.setMapping(inspection.proposals[next]);
  }

  const { progress } = job;
  const created = preview ? Object.entries(preview.createdReferences).filter(([, names]) => names.length > 0) : [];
  return (
    <ImportWizardModal ns="inventoryImport" step={step} running={flow.running} error={job.error} onClose={() => onClose(job.result !== null)}>
      {step === 0 && (
        <FileStep
          ns="inventoryImport"
          file={flow.file}
          onFile={flow.setFile}
          busy={job.busy}
          onNext={() => void flow.inspect()}
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
          mapping={flow.mapping}
          onMapping={flow.setMapping}
          fields={IMPORT_FIELDS[type]}
          busy={job.busy}
          onSheet={(sheet) => void flow.changeSheet(sheet)}
          kindSelect={<Select aria-label={t('file.recordType')} data={typeOptions} value={type} onChange={(value) => value && changeType(value as ImportRecordType)} allowDeselect={false} w={220} />}
          onBack={() => flow.setStep(0)}
          onCheck={() => void flow.dryRun()}
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
          onBack={() => flow.setStep(1)}
          onImport={() => void flow.commit()}
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
