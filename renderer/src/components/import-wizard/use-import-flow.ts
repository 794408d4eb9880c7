// The state and steps an import wizard goes through, whatever it imports: the file read and inspected
// (a sheet of a workbook chosen), the column mapping proposed for what the wizard imports, the dry run,
// then the commit as a job (use-import-job.ts). The wizard supplies its procedures and its proposal.
import { useState } from 'react';
import type { ColumnMapping, ImportFile, ImportSource } from '../../../../shared/contract/areas/inventory-import';
import type { ImportStep } from './ImportWizardModal';
import { uploadSource } from './upload-source';
import { useImportJob, type ImportJob } from './use-import-job';

export interface ImportProcedures<I extends ImportFile, P, R> {
  /** The inspect procedure's name, for the error a file too large gets. */
  inspectProcedure: string;
  inspect(source: ImportSource, sheet?: string): Promise<I>;
  dryRun(request: { source: ImportSource; sheet: string | undefined; mapping: ColumnMapping }): Promise<P>;
  commit(request: { source: ImportSource; sheet: string | undefined; mapping: ColumnMapping; jobId: string }): Promise<R>;
  /** The proposed mapping for what is being imported (after `inspect`, with the inspection it came from). */
  proposal(inspection: I): ColumnMapping;
}

export interface ImportFlow<I extends ImportFile, P, R> {
  step: ImportStep;
  setStep(step: ImportStep): void;
  file: File | null;
  setFile(file: File | null): void;
  inspection: I | null;
  mapping: ColumnMapping;
  setMapping(update: ColumnMapping | ((current: ColumnMapping) => ColumnMapping)): void;
  preview: P | null;
  job: ImportJob<R>;
  /** The commit is running: the wizard may not be closed. */
  running: boolean;
  inspect(): Promise<void>;
  changeSheet(sheet: string): Promise<void>;
  dryRun(): Promise<void>;
  commit(): Promise<void>;
}

export function useImportFlow<I extends ImportFile, P, R>(procedures: ImportProcedures<I, P, R>): ImportFlow<I, P, R> {
  const job = useImportJob<R>();
  const [step, setStep] = useState<ImportStep>(0);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [inspection, setInspection] = useState<I | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<P | null>(null);
  const sheet = inspection?.sheet ?? undefined;

  async function inspect() {
    if (!file) return;
    const outcome = await job.run(async () => {
      const picked = await uploadSource(file, procedures.inspectProcedure);
      return { picked, inspected: await procedures.inspect(picked) };
    });
    if (!outcome) return;
    setSource(outcome.picked);
    setInspection(outcome.inspected);
    setMapping(procedures.proposal(outcome.inspected));
    setStep(1);
  }

  async function changeSheet(next: string) {
    if (!source) return;
    const inspected = await job.run(() => procedures.inspect(source, next));
    if (!inspected) return;
    setInspection(inspected);
    setMapping(procedures.proposal(inspected));
  }

  async function dryRun() {
    if (!source) return;
    const outcome = await job.run(() => procedures.dryRun({ source, sheet, mapping }));
    if (!outcome) return;
    setPreview(outcome);
    setStep(2);
  }

  async function commit() {
    if (!source) return;
    setStep(3);
    await job.start((jobId) => procedures.commit({ source, sheet, mapping, jobId }));
  }

  return { step, setStep, file, setFile, inspection, mapping, setMapping, preview, job, running: step === 3 && !job.finished, inspect, changeSheet, dryRun, commit };
}
