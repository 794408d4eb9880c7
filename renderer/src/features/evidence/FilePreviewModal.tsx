// One evidence file: its details and a safe preview. Images show from a blob: URL (the CSP allows
// img-src blob:), text files as text, PDFs page by page on a canvas (PdfViewer, pdf.js loaded on
// demand); everything can be saved as a copy.
import { Alert, Badge, Button, Code, CopyButton, Group, Image, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileKind } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { base64ToBytes, downloadBytes } from '../../lib/download';
import { formatBytes } from '../../lib/files';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { PdfViewer } from './PdfViewer';

/** Image kinds and the only MIME types their blob URLs get, whatever the file claims. */
const IMAGE_TYPES: Partial<Record<EvidenceFileKind, string>> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };
const TEXT_PREVIEW_LIMIT = 200_000;

function ImagePreview({ bytes, kind, name }: { bytes: Uint8Array<ArrayBuffer>; kind: EvidenceFileKind; name: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([bytes], { type: IMAGE_TYPES[kind] }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes, kind]);
  return url ? <Image src={url} alt={name} fit="contain" mah={460} radius="sm" /> : null;
}

function TextPreview({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const text = useMemo(() => new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, TEXT_PREVIEW_LIMIT)), [bytes]);
  return (
    <Stack gap={4}>
      <Paper withBorder p="sm" radius="md" className="custos-preview-text" bg="var(--mantine-color-default-hover)">
        {text}
      </Paper>
      {bytes.length > TEXT_PREVIEW_LIMIT && (
        <Text size="xs" c="dimmed">
          {t('files.truncated')}
        </Text>
      )}
    </Stack>
  );
}

function FileContent({ fileId }: { fileId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const content = useProcedure('evidence.files.content', { id: fileId });
  const bytes = useMemo(() => (content.data ? base64ToBytes(content.data.base64) : null), [content.data]);
  if (content.error) return <ErrorAlert error={content.error} />;
  if (!content.data || !bytes) return <LoadingState />;
  const { file } = content.data;
  const kind = file.kind;
  return (
    <Stack gap="md">
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w="28%" fw={500} c="dimmed">
              {t('evidence.columns.kind')}
            </Table.Th>
            <Table.Td>
              <Badge variant="light" color="gray" radius="sm">
                {kind.toUpperCase()}
              </Badge>{' '}
              <Text span size="sm" c="dimmed">
                {formatBytes(file.size, format.locale)}
              </Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={500} c="dimmed">
              {t('evidence.columns.uploaded')}
            </Table.Th>
            <Table.Td>{format.dateTime(file.uploadedAt)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
              SHA-256
            </Table.Th>
            <Table.Td>
              <Group gap={4} wrap="nowrap" align="flex-start">
                <Code style={{ wordBreak: 'break-all' }}>{file.sha256}</Code>
                <CopyButton value={file.sha256}>
                  {({ copied, copy }) => (
                    <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={t('common.copy')} leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}>
                      {copied ? t('common.copied') : t('common.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Table.Td>
          </Table.Tr>
          {file.note && (
            <Table.Tr>
              <Table.Th fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                {t('evidence.note')}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{file.note}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {IMAGE_TYPES[kind] ? (
        <ImagePreview bytes={bytes} kind={kind} name={file.name} />
      ) : kind === 'pdf' ? (
        <PdfViewer bytes={bytes} />
      ) : kind === 'txt' || kind === 'csv' ? (
        <TextPreview bytes={bytes} />
      ) : (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
          {t('files.noPreview')}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button leftSection={<IconDownload size={16} />} onClick={() => downloadBytes(bytes, file.name, file.mimeType)}>
          {t('files.saveCopy')}
        </Button>
      </Group>
    </Stack>
  );
}

export function FilePreviewModal({ fileId, name, onClose }: { fileId: string | null; name?: string; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={fileId !== null} onClose={onClose} title={name ?? t('files.preview')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {fileId && <FileContent fileId={fileId} />}
    </Modal>
  );
}
