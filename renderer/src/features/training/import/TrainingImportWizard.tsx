// The training import wizard: choose an HR export (people) or an LMS export (completions), check the
// proposed column mapping, see every problem by row and column in a dry run, then import in one
// transaction with progress and Cancel (a cancel while rows are written rolls the whole import back).
// The steps are the shared import wizard's (components/import-wizard).
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, DuplicatePolicy, ImportSource } from '../../../../../shared/contract/areas/inventory-import';
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
import { ImportWizardModal, type ImportStep } from '../../../components/import-wizard/ImportWizardModal';
import { MappingStep } from '../../../components/import-wizard/MappingStep';
import { uploadSource } from '../../../components/import-wizard/upload-source';
import { useImportJob } from '../../../components/import-wizard/use-import-job';

interface TrainingImportWizardProps {
  /** The kind of file expected; the headers may still say otherwise. */
  kind: TrainingImportKind;
  /** `imported`: records were written. */
  onClose(imported: boolean): void;
}

export function TrainingImportWizard({ kind: initialKind, onClose }: TrainingImportWizardProps) {
  const { t } = useTranslation('trainingImport');
  const job = useImportJob<TrainingImportResult>();
  const [step, setStep] = useState<ImportStep>(0);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [kind, setKind] = useState<TrainingImportKind>(initialKind);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const [inspection, setInspection] = useState<TrainingImportInspection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<TrainingImportPreview | null>(null);

  const kindOptions = TRAINING_IMPORT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }));
  const request = () => ({ source: source!, sheet: inspection?.sheet ?? undefined, kind, mapping, onDuplicate });

  async function inspect() {
    if (!file) return;
    const outcome = await job.run(async () => {
      const picked = await uploadSource(file, 'trainingImport.inspect');
      return { picked, inspected: await call('trainingImport.inspect', { source: picked }) };
    });
    if (!outcome) return;
    setSource(outcome.picked);
    setInspection(outcome.inspected);
    setMapping(outcome.inspected.proposals[kind]);
    setStep(1);
  }

  async function changeSheet(sheet: string) {
    if (!source) return;
    const inspected = await job.run(() => call('trainingImport.inspect', { source, sheet }));
    if (!inspected) return;
    setInspection(inspected);
    setMapping(inspected.proposals[kind]);
  }

  function changeKind(next: TrainingImportKind) {
    setKind(next);
    if (inspection) setMapping(inspection.proposals[next]);
  }

  async function dryRun() {
    if (!source) return;
    const outcome = await job.run(() => call('trainingImport.dryRun', request()));
    if (!outcome) return;
    setPreview(outcome);
    setStep(2);
  }

  async function commit() {
    if (!source) return;
    setStep(3);
    await job.start((jobId) => call('trainingImport.commit', { ...request(), jobId }));
  }

  const running = step === 3 && !job.finished;
  const { progress } = job;
  return (
    <ImportWizardModal ns="trainingImport" step={step} running={running} error={job.error} onClose={() => onClose(job.result !== null)}>
      {step === 0 && (
        <FileStep
          ns="trainingImport"
          file={file}
          onFile={setFile}
          busy={job.busy}
          onNext={() => void inspect()}
          duplicates={kind === 'people' ? { value: onDuplicate, onChange: setOnDuplicate } : undefined}
          before={<Select label={t('file.kind')} data={kindOptions} value={kind} onChange={(value) => value && setKind(value as TrainingImportKind)} allowDeselect={false} />}
        />
      )}
      {step === 1 && inspection && (
        <MappingStep
          ns="trainingImport"
          inspection={inspection}
          mapping={mapping}
          onMapping={setMapping}
          fields={TRAINING_IMPORT_FIELDS[kind]}
          busy={job.busy}
          onSheet={(sheet) => void changeSheet(sheet)}
          kindSelect={<Select aria-label={t('file.kind')} data={kindOptions} value={kind} onChange={(value) => value && changeKind(value as TrainingImportKind)} allowDeselect={false} w={260} />}
          onBack={() => setStep(0)}
          onCheck={() => void dryRun()}
        />
      )}
      {step === 2 && preview && (
        <DryRunStep
          ns="trainingImport"
          preview={preview}
          countsTestId="training-import-counts"
          notice={preview.kind === 'completions' && !preview.problems.some((problem) => problem.severity === 'error') && preview.counts.new > 0 ? <Text size="sm">{t('preview.passed', { passed: preview.passed })}</Text> : null}
          onBack={() => setStep(1)}
          onImport={() => void commit()}
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
