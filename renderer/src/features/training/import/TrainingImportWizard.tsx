// The training import wizard: choose an HR export (people) or an LMS export (completions), check the
// proposed column mapping, see every problem by row and column in a dry run, then import in one
// transaction with progress and Cancel (a cancel while rows are written rolls the whole import back).
import { Alert, Badge, Button, Group, Modal, Progress, ScrollArea, SegmentedControl, Select, Stack, Stepper, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgressEvent } from '../../../../../shared/contract';
import { IMPORT_FILE_MAX_BYTES, type ColumnMapping, type DuplicatePolicy, type ImportSource } from '../../../../../shared/contract/areas/inventory-import';
import {
  TRAINING_IMPORT_FIELDS,
  TRAINING_IMPORT_KINDS,
  type TrainingImportInspection,
  type TrainingImportKind,
  type TrainingImportPreview,
  type TrainingImportResult,
} from '../../../../../shared/contract/areas/training-import';
import { call, ClientError, isClientError, subscribe } from '../../../client/client';
import { EvidenceFilePicker } from '../../../components/FileDropZone';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatBytes, readFileBase64 } from '../../../lib/files';
import { useFormat } from '../../../lib/format';
import { newJobId } from '../../settings/job-id';
import { ProblemsTable } from './ProblemsTable';

interface TrainingImportWizardProps {
  /** The kind of file expected; the headers may still say otherwise. */
  kind: TrainingImportKind;
  /** `imported`: records were written. */
  onClose(imported: boolean): void;
}

type Step = 0 | 1 | 2 | 3;

export function TrainingImportWizard({ kind: initialKind, onClose }: TrainingImportWizardProps) {
  const { t } = useTranslation('trainingImport');
  const format = useFormat();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [kind, setKind] = useState<TrainingImportKind>(initialKind);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const [inspection, setInspection] = useState<TrainingImportInspection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<TrainingImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<JobProgressEvent | null>(null);
  const [result, setResult] = useState<TrainingImportResult | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const jobRef = useRef<string | null>(null);
  const unsubscribeRef = useRef<(() => void) | null>(null);

  useEffect(() => () => unsubscribeRef.current?.(), []);

  const running = step === 3 && result === null && !cancelled && error === null;
  const kindOptions = TRAINING_IMPORT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }));

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function inspect() {
    if (!file) return;
    const outcome = await run(async () => {
      if (file.size > IMPORT_FILE_MAX_BYTES) throw new ClientError('FILE_TOO_LARGE', 'the file is too large', { limitBytes: IMPORT_FILE_MAX_BYTES, size: file.size }, 'trainingImport.inspect');
      const picked: ImportSource = { kind: 'upload', name: file.name, base64: await readFileBase64(file) };
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
    const inspected = await run(() => call('trainingImport.inspect', { source, sheet }));
    if (!inspected) return;
    setInspection(inspected);
    setMapping(inspected.proposals[kind]);
  }

  function changeKind(next: TrainingImportKind) {
    setKind(next);
    if (inspection) setMapping(inspection.proposals[next]);
  }

  const request = () => ({ source: source!, sheet: inspection?.sheet ?? undefined, kind, mapping, onDuplicate });

  async function dryRun() {
    if (!source) return;
    const outcome = await run(() => call('trainingImport.dryRun', request()));
    if (!outcome) return;
    setPreview(outcome);
    setStep(2);
  }

  async function commit() {
    if (!source) return;
    const jobId = newJobId();
    jobRef.current = jobId;
    setProgress(null);
    setResult(null);
    setCancelled(false);
    setCancelling(false);
    setError(null);
    setStep(3);
    unsubscribeRef.current?.();
    unsubscribeRef.current = subscribe((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId) setProgress(event);
    });
    try {
      setResult(await call('trainingImport.commit', { ...request(), jobId }));
    } catch (caught) {
      if (isClientError(caught, 'CANCELLED')) setCancelled(true);
      else setError(caught);
    } finally {
      unsubscribeRef.current?.();
      unsubscribeRef.current = null;
      jobRef.current = null;
      setCancelling(false);
    }
  }

  async function cancel() {
    const jobId = jobRef.current;
    if (!jobId) return;
    setCancelling(true);
    try {
      await call('jobs.cancel', { jobId });
    } catch (caught) {
      setCancelling(false);
      setError(caught);
    }
  }

  const errors = preview?.problems.filter((p) => p.severity === 'error').length ?? 0;
  const writes = preview ? preview.counts.new + preview.counts.updated : 0;
  const fieldOptions = useMemo(
    () => [{ value: '', label: t('mapping.ignore') }, ...(TRAINING_IMPORT_FIELDS[kind] as readonly string[]).map((field) => ({ value: field, label: t(`field.${field}`) }))],
    [t, kind],
  );

  return (
    <Modal opened onClose={() => (running ? undefined : onClose(result !== null))} withCloseButton={!running} closeOnEscape={!running} closeOnClickOutside={false} title={t('import.title')} size="90%" closeButtonProps={{ 'aria-label': t('import.close') }}>
      <Stack gap="md">
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('step.file')} />
          <Stepper.Step label={t('step.mapping')} />
          <Stepper.Step label={t('step.preview')} />
          <Stepper.Step label={t('step.import')} />
        </Stepper>
        {error !== null && <ErrorAlert error={error} />}

        {step === 0 && (
          <Stack gap="sm">
            <Select label={t('file.kind')} data={kindOptions} value={kind} onChange={(value) => value && setKind(value as TrainingImportKind)} allowDeselect={false} />
            <EvidenceFilePicker file={file} onFile={setFile} onClear={() => setFile(null)} label={t('file.label')} disabled={busy} />
            <Text size="xs" c="dimmed">
              {t('file.hint', { size: formatBytes(IMPORT_FILE_MAX_BYTES, format.locale) })}
            </Text>
            {kind === 'people' && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('file.onDuplicate')}
                </Text>
                <SegmentedControl
                  aria-label={t('file.onDuplicate')}
                  value={onDuplicate}
                  onChange={(value) => setOnDuplicate(value as DuplicatePolicy)}
                  data={[
                    { value: 'skip', label: t('duplicate.skip') },
                    { value: 'update', label: t('duplicate.update') },
                  ]}
                />
              </Stack>
            )}
            <Group justify="flex-end">
              <Button onClick={() => void inspect()} disabled={!file} loading={busy}>
                {t('actions.next')}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 1 && inspection && (
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="sm">{t('mapping.summary', { rows: inspection.rowCount, columns: inspection.columns.length, headerRow: inspection.headerRow })}</Text>
              {inspection.sheets.length > 1 && (
                <Select aria-label={t('mapping.sheet')} data={inspection.sheets} value={inspection.sheet} onChange={(value) => value && void changeSheet(value)} allowDeselect={false} w={220} disabled={busy} />
              )}
              <Select aria-label={t('file.kind')} data={kindOptions} value={kind} onChange={(value) => value && changeKind(value as TrainingImportKind)} allowDeselect={false} w={260} />
            </Group>
            <ScrollArea.Autosize mah={420}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('mapping.column')}</Table.Th>
                    <Table.Th>{t('mapping.field')}</Table.Th>
                    <Table.Th>{t('mapping.sample')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {inspection.columns.map((column) => (
                    <Table.Tr key={column.index}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {column.letter} · {column.header || t('mapping.noHeader')}
                        </Text>
                      </Table.Td>
                      <Table.Td w={280}>
                        <Select
                          aria-label={t('mapping.fieldFor', { header: column.header || column.letter })}
                          data={fieldOptions}
                          value={mapping[column.index] ?? ''}
                          allowDeselect={false}
                          onChange={(value) => setMapping((current) => inspection.columns.map((c) => (c.index === column.index ? value || null : (current[c.index] ?? null))))}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {inspection.sampleRows.map((row) => row[column.index] ?? '').filter((value) => value !== '').slice(0, 3).join(' · ')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('actions.back')}
              </Button>
              <Button onClick={() => void dryRun()} loading={busy}>
                {t('actions.check')}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 2 && preview && (
          <Stack gap="sm">
            <Group gap="xs" data-testid="training-import-counts">
              {(['new', 'updated', 'unchanged', 'duplicate', 'error'] as const).map((outcome) => (
                <Badge key={outcome} variant="light" color={outcome === 'error' ? (preview.counts.error > 0 ? 'red' : 'gray') : outcome === 'new' ? 'green' : 'blue'}>
                  {t(`count.${outcome}`, { count: preview.counts[outcome] })}
                </Badge>
              ))}
            </Group>
            {errors > 0 && <Alert color="red">{t('preview.blocked')}</Alert>}
            {preview.kind === 'completions' && errors === 0 && preview.counts.new > 0 && (
              <Text size="sm">{t('preview.passed', { passed: preview.passed })}</Text>
            )}
            {preview.sample.length > 0 && (
              <ScrollArea.Autosize mah={200}>
                <Table withTableBorder aria-label={t('preview.sample')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('preview.row')}</Table.Th>
                      <Table.Th>{t('preview.name')}</Table.Th>
                      <Table.Th>{t('preview.outcome')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.sample.slice(0, 20).map((row) => (
                      <Table.Tr key={row.row}>
                        <Table.Td>{row.row}</Table.Td>
                        <Table.Td>{row.name}</Table.Td>
                        <Table.Td>
                          <Badge size="sm" variant="light" color={row.outcome === 'error' ? 'red' : row.outcome === 'new' ? 'green' : row.outcome === 'updated' ? 'blue' : 'gray'}>
                            {t(`outcome.${row.outcome}`)}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
            <ProblemsTable problems={preview.problems} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(1)}>
                {t('actions.back')}
              </Button>
              <Button onClick={() => void commit()} disabled={errors > 0 || writes === 0}>
                {t('actions.import', { count: writes })}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 3 && (
          <Stack gap="sm" aria-live="polite">
            {running && (
              <>
                <Text size="sm">{progress ? t(`phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('phase.read')}</Text>
                <Progress value={progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 100} animated striped={!progress} size="lg" aria-label={t('import.progress')} />
                {progress?.phase === 'write' && (
                  <Text size="xs" c="dimmed">
                    {t('import.writeNote')}
                  </Text>
                )}
                <Group justify="flex-end">
                  {/* Taken until every row is written and the assignments are refreshed; the commit itself is not cancelled. */}
                  <Button variant="default" color="red" onClick={() => void cancel()} loading={cancelling} disabled={progress?.phase === 'assignments' && progress.done === progress.total}>
                    {t('actions.cancel')}
                  </Button>
                </Group>
              </>
            )}
            {cancelled && <Alert color="gray">{t('result.cancelled')}</Alert>}
            {result && (
              <Alert color="green" title={t('result.title')}>
                <Text size="sm">{t('result.summary', { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped })}</Text>
                <Text size="sm">{t('result.assignments', { ...result.assignments })}</Text>
              </Alert>
            )}
            {!running && (
              <Group justify="flex-end">
                <Button onClick={() => onClose(result !== null)}>{t('import.close')}</Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}
