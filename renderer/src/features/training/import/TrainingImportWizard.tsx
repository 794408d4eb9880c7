// The training import wizard: choose an HR export (people) or an LMS export (completions), check the
// proposed column mapping, see every problem by row and column in a dry run, then import in one
// transaction with progress and Cancel (a cancel while rows are written rolls the whole import back).
// The steps are the shared import wizard's (components/import-wizard).
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicatePolicy } from '../../../../../shared/contract/areas/inventory-import';
import {
  TRAINING_IMPORT_FIELDS,
  TRAINING_IMPORT_KINDS,
  type TrainingImportInspection,
  type TrainingImportKind,
  type TrainingImportPreview,
  type TrainingImportResult,
} from '../../../../../shared/contract/areas/training-import';
import { call } from '../../../client/client';
import { DryRunStep } from '../../../components/import-wizard/DryRunStep';
import { FileStep } from '../../../components/import-wizard/FileStep';
import { ImportRunStep } from '../../../components/import-wizard/ImportRunStep';
import { ImportWizardModal } from '../../../components/import-wizard/ImportWizardModal';
import { MappingStep } from '../../../components/import-wizard/MappingStep';
import { useImportFlow } from '../../../components/import-wizard/use-import-flow';

interface TrainingImportWizardProps {
  /** The kind of file expected; the headers may still say otherwise. */
  kind: TrainingImportKind;
  /** `imported`: records were written. */
  onClose(imported: boolean): void;
}

export function TrainingImportWizard({ kind: initialKind, onClose }: TrainingImportWizardProps) {
  const { t } = useTranslation('trainingImport');
  const [kind, setKind] = useState<TrainingImportKind>(initialKind);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const flow = useImportFlow<TrainingImportInspection, TrainingImportPreview, TrainingImportResult>({
    inspectProcedure: 'trainingImport.inspect',
    inspect: (source, sheet) => call('trainingImport.inspect', { source, sheet }),
    dryRun: (request) => call('trainingImport.dryRun', { ...request, kind, onDuplicate }),
    commit: (request) => call('trainingImport.commit', { ...request, kind, onDuplicate }),
    proposal: (inspection) => inspection.proposals[kind],
  });
  const { step, inspection, preview, job } = flow;
  const kindOptions = TRAINING_IMPORT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }));

  function changeKind(next: TrainingImportKind) {
    setKind(next);
    if (inspection) flow.setMapping(inspection.proposals[next]);
  }

  const { progress } = job;
  return (
    <ImportWizardModal ns="trainingImport" step={step} running={flow.running} error={job.error} onClose={() => onClose(job.result !== null)}>
      {step === 0 && (
        <FileStep
          ns="trainingImport"
          file={flow.file}
          onFile={flow.setFile}
          busy={job.busy}
          onNext={() => void flow.inspect()}
          duplicates={kind === 'people' ? { value: onDuplicate, onChange: setOnDuplicate } : undefined}
          before={<Select label={t('file.kind')} data={kindOptions} value={kind} onChange={(value) => value && setKind(value as TrainingImportKind)} allowDeselect={false} />}
        />
      )}
      {step === 1 && inspection && (
        <MappingStep
          ns="trainingImport"
          inspection={inspection}
          mapping={flow.mapping}
          onMapping={flow.setMapping}
          fields={TRAINING_IMPORT_FIELDS[kind]}
          busy={job.busy}
          onSheet={(sheet) => void flow.changeSheet(sheet)}
          kindSelect={<Select aria-label={t('file.kind')} data={kindOptions} value={kind} onChange={(value) => value && changeKind(value as TrainingImportKind)} allowDeselect={false} w={260} />}
          onBack={() => flow.setStep(0)}
          onCheck={() => void flow.dryRun()}
        />
      )}
      {step === 2 && preview && (
        <DryRunStep
          ns="trainingImport"
          preview={preview}
          countsTestId="training-import-counts"
          notice={preview.kind === 'completions' && !preview.problems.some((problem) => problem.severity === 'error') && preview.counts.new > 0 ? <Text size="sm">{t('preview.passed', { passed: preview.passed })}</Text> : null}
          onBack={() => flow.setStep(1)}
          onImport={() => void flow.commit()}
        />
      )}
      {step === 3 && (
        <ImportRunStep
          ns="trainingImport"
          job={job}
          // Taken until every row is written and the assignments are refreshed; the commit itself is not cancelled.
          cancelClosed={progress?.phase === 'assignments' && progress.done === progress.total}
          summary={(result) => (
            <>
              <Text size="sm">{t('result.summary', { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped })}</Text>
              <Text size="sm">{t('result.assignments', { ...result.assignments })}</Text>
            </>
          )}
          onClose={() => onClose(job.result !== null)}
        />
      )}
    </ImportWizardModal>
  );
}
