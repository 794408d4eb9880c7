// Link evidence to a control: upload a new file, pick one already uploaded, or pick a record (risk,
// audit, objective, review) found through search; with the date it takes effect and, optionally,
// the date it expires.
import { Alert, Button, Group, Loader, Modal, Radio, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFile, Framework, SearchHit } from '../../../../shared/contract';
import { call } from '../../client/client';
import { describeError } from '../../client/error-message';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EvidenceFilePicker } from '../../components/FileDropZone';
import { controlLabel } from '../../lib/catalog';
import { today } from '../../lib/dates';
import { issuesByField } from '../../lib/field-errors';
import { checkUploadSize, readFileBase64 } from '../../lib/files';
import { useFormat } from '../../lib/format';
import { Snippet } from '../../lib/snippet';
import { useProcedure } from '../../lib/use-procedure';
import { useSearch } from '../command-palette/use-search';

/** Search hits that can be linked as evidence records (the backend resolves their labels). */
export const LINKABLE_RECORD_TYPES = ['risk', 'internal_audit', 'isms_objective', 'management_review'] as const;

type SourceMode = 'upload' | 'file' | 'record';

interface LinkEvidenceModalProps {
  opened: boolean;
  framework: Framework;
  controlId: string;
  onClose(): void;
  onLinked(): void;
}

function RecordPicker({ value, onChange }: { value: SearchHit | null; onChange(hit: SearchHit | null): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useSearch(query);
  const hits = search.hits.filter((hit) => (LINKABLE_RECORD_TYPES as readonly string[]).includes(hit.entityType));
  const key = (hit: SearchHit) => `${hit.entityType}:${hit.entityId}`;
  return (
    <Stack gap="xs">
      <TextInput
        label={t('evidence.link.findRecord')}
        description={t('evidence.link.findRecordHint')}
        leftSection={search.loading ? <Loader size={14} /> : <IconSearch size={16} />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {query.trim() !== '' && !search.loading && hits.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('evidence.link.noRecords')}
        </Text>
      )}
      {hits.length > 0 && (
        <Radio.Group
          value={value ? key(value) : null}
          onChange={(selected) => onChange(hits.find((hit) => key(hit) === selected) ?? null)}
          label={t('evidence.link.records')}
        >
          <Stack gap={6} mt={4}>
            {hits.map((hit) => (
              <Radio
                key={key(hit)}
                value={key(hit)}
                label={
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {hit.title}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {t(`palette.entity.${hit.entityType}`, { defaultValue: hit.entityType })} · <Snippet snippet={hit.snippet} />
                    </Text>
                  </Stack>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}

export function LinkEvidenceModal({ opened, framework, controlId, onClose, onLinked }: LinkEvidenceModalProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [mode, setMode] = useState<SourceMode>('upload');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const [existing, setExisting] = useState<string | null>(null);
  const [record, setRecord] = useState<SearchHit | null>(null);
  const [effectiveDate, setEffectiveDate] = useState<string | null>(today());
  const [expiryDate, setExpiryDate] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const files = useProcedure('evidence.files.list');

  const fields = issuesByField(t, error);

  function reset() {
    setMode('upload');
    setFile(null);
    setFileError(null);
    setExisting(null);
    setRecord(null);
    setEffectiveDate(today());
    setExpiryDate(null);
    setNote('');
    setError(null);
  }

  function close() {
    if (busy) return;
    reset();
    onClose();
  }

  function choose(picked: File) {
    setFileError(null);
    try {
      checkUploadSize(picked);
      setFile(picked);
    } catch (caught) {
      setFile(null);
      setFileError(caught);
    }
  }

  const ready = !!effectiveDate && ((mode === 'upload' && !!file) || (mode === 'file' && !!existing) || (mode === 'record' && !!record));

  async function submit() {
    if (!ready || !effectiveDate) return;
    setBusy(true);
    setError(null);
    setFileError(null);
    try {
      let source: { kind: 'file'; fileId: string } | { kind: 'record'; recordType: string; recordId: string };
      if (mode === 'upload' && file) {
        let uploaded: EvidenceFile;
        try {
          uploaded = await call('evidence.files.upload', { name: file.name, base64: await readFileBase64(file) });
        } catch (caught) {
          setFileError(caught);
          return;
        }
        source = { kind: 'file', fileId: uploaded.id };
        void files.reload();
        // The file is stored now: a failed link below is retried against it, not re-uploaded.
        setMode('file');
        setExisting(uploaded.id);
        setFile(null);
      } else if (mode === 'file' && existing) {
        source = { kind: 'file', fileId: existing };
      } else if (record) {
        source = { kind: 'record', recordType: record.entityType, recordId: record.entityId };
      } else {
        return;
      }
      await call('evidence.link', { framework, controlId, source, effectiveDate, expiryDate: expiryDate ?? null, note: note.trim() || undefined });
      reset();
      onLinked();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }


  return (
    <Modal opened={opened} onClose={close} title={t('evidence.link.title', { control: controlLabel(framework, controlId, i18n.language) })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          value={mode}
          onChange={(value) => {
            setMode(value as SourceMode);
            setError(null);
          }}
          data={[
            { value: 'upload', label: t('evidence.link.modes.upload') },
            { value: 'file', label: t('evidence.link.modes.file') },
            { value: 'record', label: t('evidence.link.modes.record') },
          ]}
          aria-label={t('evidence.link.source')}
        />
        {mode === 'upload' && (
          <Stack gap="xs">
            <EvidenceFilePicker file={file} onFile={choose} onClear={() => setFile(null)} disabled={busy} label={t('evidence.link.fileInput')} />
            {fileError ? (
              <Alert color="red" variant="light" role="alert">
                {describeError(t, fileError, { locale: format.locale })}
              </Alert>
            ) : null}
          </Stack>
        )}
        {mode === 'file' && (
          <Select
            label={t('evidence.link.pickFile')}
            placeholder={files.loading ? t('common.loading') : t('evidence.link.pickFilePlaceholder')}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            value={existing}
            onChange={setExisting}
            data={(files.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {mode === 'record' && <RecordPicker value={record} onChange={setRecord} />}
        <Group grow align="flex-start">
          <DateField label={t('evidence.link.effectiveDate')} required value={effectiveDate} onChange={setEffectiveDate} clearable={false} error={fields.effectiveDate} />
          <DateField label={t('evidence.link.expiryDate')} description={t('evidence.link.expiryHint')} value={expiryDate} onChange={setExpiryDate} error={fields.expiryDate} />
        </Group>
        <Textarea label={t('evidence.note')} autosize minRows={2} maxRows={5} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fields.note} />
        {error && !(fields.effectiveDate || fields.expiryDate || fields.note) ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!ready}>
            {t('evidence.link.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
