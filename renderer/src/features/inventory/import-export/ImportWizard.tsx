// The import wizard: choose a file and a record type, check the proposed column mapping, see every
// problem by row and column in a dry run, then import in one transaction with progress and Cancel
// (a cancel while rows are written rolls the whole import back).
import { Alert, Badge, Button, Group, Modal, Pagination, Progress, ScrollArea, SegmentedControl, Select, Stack, Stepper, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgressEvent } from '../../../../../shared/contract';
import {
  IMPORT_FIELDS,
  IMPORT_FILE_MAX_BYTES,
  IMPORT_RECORD_TYPES,
  type ColumnMapping,
  type DuplicatePolicy,
  type ImportInspection,
  type ImportPreview,
  type ImportProblem,
  type ImportRecordType,
  type ImportResult,
  type ImportSource,
} from '../../../../../shared/contract/areas/inventory-import';
import { call, ClientError, isClientError, subscribe } from '../../../client/client';
import { EvidenceFilePicker } from '../../../components/FileDropZone';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatBytes, readFileBase64 } from '../../../lib/files';
import { useFormat } from '../../../lib/format';
import { newJobId } from '../../settings/job-id';

const PAGE_SIZE = 50;

interface ImportWizardProps {
  /** `imported`: records were written. */
  onClose(imported: boolean): void;
}

type Step = 0 | 1 | 2 | 3;

export function ImportWizard({ onClose }: ImportWizardProps) {
  const { t } = useTranslation('inventoryImport');
  const format = useFormat();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [recordType, setRecordType] = useState<ImportRecordType | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<JobProgressEvent | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const jobRef = useRef<string | null>(null);
  const unsubscribeRef = useRef<(() => void) | null>(null);

  useEffect(() => () => unsubscribeRef.current?.(), []);

  const type = recordType ?? inspection?.suggestedType ?? 'activities';
  const running = step === 3 && result === null && !cancelled && error === null;

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

  async function changeSheet(sheet: string) {
    if (!source) return;
    const inspected = await run(() => call('inventoryImport.inspect', { source, sheet }));
    if (!inspected) return;
    setInspection(inspected);
    setMapping(inspected.proposals[type]);
  }

  async function inspect() {
    if (!file) return;
    const outcome = await run(async () => {
      if (file.size > IMPORT_FILE_MAX_BYTES) throw new ClientError('FILE_TOO_LARGE', 'the file is too large', { limitBytes: IMPORT_FILE_MAX_BYTES, size: file.size }, 'inventoryImport.inspect');
      const picked: ImportSource = { kind: 'upload', name: file.name, base64: await readFileBase64(file) };
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
    const outcome = await run(() => call('inventoryImport.dryRun', { source, sheet: inspection?.sheet ?? undefined, recordType: type, mapping, onDuplicate }));
    if (!outcome) return;
    setPreview(outcome);
    setPage(1);
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
      setResult(await call('inventoryImport.commit', { source, sheet: inspection?.sheet ?? undefined, recordType: type, mapping, onDuplicate, jobId }));
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
  const fieldOptions = useMemo(
    () => [{ value: '', label: t('mapping.ignore') }, ...(IMPORT_FIELDS[type] as readonly string[]).map((field) => ({ value: field, label: t(`field.${field}`) }))],
    [t, type],
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
            <EvidenceFilePicker file={file} onFile={setFile} onClear={() => setFile(null)} label={t('file.label')} disabled={busy} />
            <Text size="xs" c="dimmed">
              {t('file.hint', { size: formatBytes(IMPORT_FILE_MAX_BYTES, format.locale) })}
            </Text>
            <Select
              label={t('file.recordType')}
              placeholder={t('file.recordTypeAuto')}
              clearable
              data={IMPORT_RECORD_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
              value={recordType}
              onChange={(value) => setRecordType((value as ImportRecordType | null) ?? null)}
            />
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
              <Select aria-label={t('file.recordType')} data={IMPORT_RECORD_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))} value={type} onChange={(value) => value && changeType(value as ImportRecordType)} allowDeselect={false} w={220} />
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
          <PreviewStep preview={preview} page={page} onPage={setPage}>
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(1)}>
                {t('actions.back')}
              </Button>
              <Button onClick={() => void commit()} disabled={errors > 0 || preview.counts.new + preview.counts.updated === 0}>
                {t('actions.import', { count: preview.counts.new + preview.counts.updated })}
              </Button>
            </Group>
          </PreviewStep>
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
                  {/* Taken in every phase: while writing, at the next batch, rolling the whole import back.
                      Once every row is written only the commit itself is left, which is not cancelled. */}
                  <Button variant="default" color="red" onClick={() => void cancel()} loading={cancelling} disabled={progress?.phase === 'write' && progress.done === progress.total}>
                    {t('actions.cancel')}
                  </Button>
                </Group>
              </>
            )}
            {cancelled && <Alert color="gray">{t('result.cancelled')}</Alert>}
            {result && (
              <Alert color="green" title={t('result.title')}>
                {t('result.summary', { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped })}
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

function PreviewStep({ preview, page, onPage, children }: { preview: ImportPreview; page: number; onPage(page: number): void; children: React.ReactNode }) {
  const { t } = useTranslation('inventoryImport');
  const problems = preview.problems;
  const pages = Math.max(1, Math.ceil(problems.length / PAGE_SIZE));
  const shown = problems.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const created = Object.entries(preview.createdReferences).filter(([, names]) => names.length > 0);
  return (
    <Stack gap="sm">
      <Group gap="xs" data-testid="import-counts">
        {(['new', 'updated', 'unchanged', 'duplicate', 'error'] as const).map((outcome) => (
          <Badge key={outcome} variant="light" color={outcome === 'error' ? (preview.counts.error > 0 ? 'red' : 'gray') : outcome === 'new' ? 'green' : 'blue'}>
            {t(`count.${outcome}`, { count: preview.counts[outcome] })}
          </Badge>
        ))}
      </Group>
      {preview.problems.some((p) => p.severity === 'error') && <Alert color="red">{t('preview.blocked')}</Alert>}
      {created.length > 0 && (
        <Alert color="blue" title={t('preview.createdTitle')}>
          <Stack gap={2}>
            {created.map(([kind, names]) => (
              <Text key={kind} size="sm">
                {t(`reference.${kind}`)}: {names.join(', ')}
              </Text>
            ))}
          </Stack>
        </Alert>
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
      {problems.length > 0 ? (
        <>
          <Table striped withTableBorder aria-label={t('preview.problems')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('preview.row')}</Table.Th>
                <Table.Th>{t('preview.column')}</Table.Th>
                <Table.Th>{t('preview.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p, index) => (
                <ProblemRow key={`${p.row}-${p.column?.index ?? 'x'}-${index}`} problem={p} />
              ))}
            </Table.Tbody>
          </Table>
          {pages > 1 && <Pagination total={pages} value={page} onChange={onPage} size="sm" />}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('preview.noProblems')}
        </Text>
      )}
      {children}
    </Stack>
  );
}

function ProblemRow({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation('inventoryImport');
  return (
    <Table.Tr data-severity={problem.severity}>
      <Table.Td>{problem.row ?? '—'}</Table.Td>
      <Table.Td>{problem.column ? `${problem.column.letter} (${problem.column.header})` : problem.field ? t(`field.${problem.field}`) : '—'}</Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {problem.severity === 'warning' && (
            <Badge size="xs" color="yellow" variant="light">
              {t('preview.warning')}
            </Badge>
          )}
          <Text size="sm">{t(problem.messageKey.replace(/^inventoryImport:/, ''), { ...problem.params, field: problem.field ? t(`field.${problem.field}`) : '' })}</Text>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
