// Drop a file here or choose one: a keyboard-reachable button over a hidden file input, and a
// drop target for drag and drop.
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

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
