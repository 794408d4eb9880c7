// Drop a file here or choose one: a keyboard-reachable button over a hidden file input, and a
// drop target for drag and drop.
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconFile, IconUpload, IconX } from '@tabler/icons-react';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_FILE_MAX_BYTES } from '../../../shared/contract';
import { formatBytes } from '../lib/files';
import { useFormat } from '../lib/format';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.csv,.txt,application/pdf,image/png,image/jpeg,image/gif,image/webp,text/plain,text/csv';

interface FileDropZoneProps {
  onFile(file: File): void;
  /** Shown under the prompt (accepted types and size). */
  hint?: string;
  disabled?: boolean;
  /** The accessible name of the file input. */
  label?: string;
}

export function FileDropZone({ onFile, hint, disabled, label }: FileDropZoneProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);
  const inputId = useId();

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setActive(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <Box
      className="custos-dropzone"
      data-active={active}
      p="lg"
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={onDrop}
    >
      <Stack align="center" gap={6}>
        <IconUpload size={28} stroke={1.5} color="var(--mantine-color-dimmed)" />
        <Text size="sm" fw={500}>
          {t('files.dropHere')}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => input.current?.click()} disabled={disabled}>
            {t('files.choose')}
          </Button>
        </Group>
        {hint && (
          <Text size="xs" c="dimmed" ta="center">
            {hint}
          </Text>
        )}
      </Stack>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={EVIDENCE_ACCEPT}
        aria-label={label ?? t('files.choose')}
        hidden
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
    </Box>
  );
}

interface EvidenceFilePickerProps {
  file: File | null;
  onFile(file: File): void;
  onClear(): void;
  disabled?: boolean;
  /** The accessible name of the file input. */
  label: string;
}

/** The chosen evidence file with a way to remove it, or the drop zone while none is chosen. */
export function EvidenceFilePicker({ file, onFile, onClear, disabled, label }: EvidenceFilePickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!file) {
    return <FileDropZone onFile={onFile} hint={t('files.acceptHint', { size: formatBytes(EVIDENCE_FILE_MAX_BYTES, format.locale) })} disabled={disabled} label={label} />;
  }
  return (
    <Group justify="space-between" wrap="nowrap" p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <IconFile size={20} stroke={1.5} />
        <Text size="sm" fw={500} truncate>
          {file.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatBytes(file.size, format.locale)}
        </Text>
      </Group>
      <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear} disabled={disabled}>
        {t('files.remove')}
      </Button>
    </Group>
  );
}
