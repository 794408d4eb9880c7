// Every uploaded evidence file: upload, preview, save a copy, delete. The table is virtualised, as a
// workspace can collect thousands of files over a few audit cycles.
import { ActionIcon, Button, Card, Code, Group, Modal, Stack, Table, Text, TextInput, Textarea, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconEye, IconFile, IconSearch, IconTrash, IconUpload } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFile } from '../../../../shared/contract';
import type { PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { describeError } from '../../client/error-message';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EvidenceFilePicker } from '../../components/FileDropZone';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { downloadBase64 } from '../../lib/download';
import { checkUploadSize, formatBytes, readFileBase64 } from '../../lib/files';
import { useFormat } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { FilePreviewModal } from './FilePreviewModal';

const ROW_HEIGHT = 52;

function UploadModal({ opened, onClose, onUploaded }: { opened: boolean; onClose(): void; onUploaded(file: EvidenceFile): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function close() {
    if (busy) return;
    setFile(null);
    setNote('');
    setError(null);
    onClose();
  }

  function choose(picked: File) {
    setError(null);
    try {
      checkUploadSize(picked);
      setFile(picked);
    } catch (caught) {
      setError(caught);
    }
  }

  async function upload() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const uploaded = await call('evidence.files.upload', { name: file.name, base64: await readFileBase64(file), note: note.trim() || undefined });
      setFile(null);
      setNote('');
      onUploaded(uploaded);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('evidence.upload.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <EvidenceFilePicker file={file} onFile={choose} onClear={() => setFile(null)} disabled={busy} label={t('evidence.upload.fileInput')} />
        <Textarea label={t('evidence.note')} autosize minRows={2} maxRows={5} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void upload()} loading={busy} disabled={!file} leftSection={<IconUpload size={16} />}>
            {t('evidence.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function EvidenceLibraryPage({ params }: { params: PageParams['evidence'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const files = useProcedure('evidence.files.list');
  const [query, setQuery] = useState('');
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<EvidenceFile | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const all = files.data ?? [];
    return q ? all.filter((file) => `${file.name}\n${file.note}\n${file.sha256}\n${file.kind}`.toLocaleLowerCase().includes(q)) : all;
  }, [files.data, query]);

  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0]!.start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const previewId = params.fileId ?? null;
  const previewName = files.data?.find((file) => file.id === previewId)?.name;

  async function download(file: EvidenceFile) {
    setDownloading(file.id);
    try {
      const content = await call('evidence.files.content', { id: file.id });
      downloadBase64(content.base64, file.name, file.mimeType);
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setDownloading(null);
    }
  }

  return (
    <>
      <PageHeader
        title={t('evidence.title')}
        description={t('evidence.subtitle')}
        actions={
          <Button leftSection={<IconUpload size={16} />} onClick={() => setUploading(true)}>
            {t('evidence.upload.button')}
          </Button>
        }
      />
      <Card withBorder radius="md" padding={0}>
        <Group p="md" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <TextInput
            placeholder={t('evidence.filter')}
            aria-label={t('evidence.filter')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={320}
          />
          {files.data && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('evidence.count', { shown: format.number(visible.length), total: format.number(files.data.length) })}
            </Text>
          )}
        </Group>
        <ErrorAlert error={files.error} />
        {!files.data && files.loading && <LoadingState />}
        {files.data && visible.length === 0 && (
          <EmptyState title={files.data.length === 0 ? t('evidence.empty') : t('evidence.noMatch')} icon={IconFile}>
            {files.data.length === 0 ? t('evidence.emptyHint') : undefined}
          </EmptyState>
        )}
        {visible.length > 0 && (
          <div ref={scrollRef} style={{ maxHeight: 'calc(100vh - 260px)', minHeight: Math.min(visible.length * ROW_HEIGHT + 44, 320), overflow: 'auto' }}>
            <Table stickyHeader verticalSpacing={0} highlightOnHover aria-label={t('evidence.title')} aria-rowcount={visible.length + 1} style={{ minWidth: 920 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evidence.columns.name')}</Table.Th>
                  <Table.Th w={80}>{t('evidence.columns.kind')}</Table.Th>
                  <Table.Th w={100} ta="right">
                    {t('evidence.columns.size')}
                  </Table.Th>
                  <Table.Th w={170}>{t('evidence.columns.uploaded')}</Table.Th>
                  <Table.Th w={130}>SHA-256</Table.Th>
                  <Table.Th w={80} ta="right">
                    {t('evidence.columns.links')}
                  </Table.Th>
                  <Table.Th w={130}>
                    <VisuallyHidden>{t('evidence.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {paddingTop > 0 && (
                  <Table.Tr aria-hidden>
                    <Table.Td colSpan={7} h={paddingTop} p={0} />
                  </Table.Tr>
                )}
                {items.map((item) => {
                  const file = visible[item.index]!;
                  return (
                    <Table.Tr key={file.id} h={ROW_HEIGHT} aria-rowindex={item.index + 2} bg={file.id === previewId ? 'var(--mantine-primary-color-light)' : undefined}>
                      <Table.Td style={{ maxWidth: 360 }}>
                        <Text size="sm" fw={500} truncate title={file.name}>
                          {file.name}
                        </Text>
                        {file.note && (
                          <Text size="xs" c="dimmed" truncate title={file.note}>
                            {file.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" fw={600} c="dimmed">
                          {file.kind.toUpperCase()}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                        <Text size="sm">{formatBytes(file.size, format.locale)}</Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{format.dateTime(file.uploadedAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Tooltip label={file.sha256} maw={520} multiline>
                          <Code>{file.sha256.slice(0, 12)}</Code>
                        </Tooltip>
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        <Text size="sm" c={file.linkCount === 0 ? 'dimmed' : undefined}>
                          {format.number(file.linkCount)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={2} wrap="nowrap" justify="flex-end">
                          <Tooltip label={t('files.preview')}>
                            <ActionIcon variant="subtle" color="gray" aria-label={t('evidence.actions.preview', { name: file.name })} onClick={() => navigate({ page: 'evidence', params: { fileId: file.id } })}>
                              <IconEye size={18} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('files.saveCopy')}>
                            <ActionIcon variant="subtle" color="gray" aria-label={t('evidence.actions.download', { name: file.name })} loading={downloading === file.id} onClick={() => void download(file)}>
                              <IconDownload size={18} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('evidence.actions.deleteShort')}>
                            <ActionIcon variant="subtle" color="red" aria-label={t('evidence.actions.delete', { name: file.name })} onClick={() => setDeleting(file)}>
                              <IconTrash size={18} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                {paddingBottom > 0 && (
                  <Table.Tr aria-hidden>
                    <Table.Td colSpan={7} h={paddingBottom} p={0} />
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Card>
      <UploadModal
        opened={uploading}
        onClose={() => setUploading(false)}
        onUploaded={(file) => {
          setUploading(false);
          notifySuccess(t('evidence.upload.done', { name: file.name }));
          void files.reload();
        }}
      />
      <FilePreviewModal fileId={previewId} name={previewName} onClose={() => navigate({ page: 'evidence', params: {} })} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('evidence.delete.title')}
        confirmLabel={t('evidence.delete.confirm')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          const result = await call('evidence.files.delete', { id: deleting.id });
          notifySuccess(t('evidence.delete.done', { name: deleting.name, count: result.unlinked }));
          void files.reload();
        }}
      >
        {deleting && (deleting.linkCount > 0 ? t('evidence.delete.bodyLinked', { name: deleting.name, count: deleting.linkCount }) : t('evidence.delete.body', { name: deleting.name }))}
      </ConfirmDialog>
    </>
  );
}
