import { Button, Group, TextInput } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../client/client';

interface DirectoryFieldProps {
  value: string;
  onChange(value: string): void;
  label: string;
  description?: string;
  error?: string;
  disabled?: boolean;
}

/** A folder path: typed in browser mode, or chosen with the native picker in the desktop app. */
export function DirectoryField({ value, onChange, label, description, error, disabled }: DirectoryFieldProps) {
  const { t } = useTranslation();
  const api = platform();
  const native = api?.kind === 'electron';

  async function browse() {
    const chosen = await api?.chooseDirectory({ title: label, defaultPath: value || undefined });
    if (chosen) onChange(chosen);
  }

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label={label}
        description={description}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        required
        disabled={disabled}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
      />
      {native && (
        <Button variant="default" leftSection={<IconFolder size={16} />} onClick={() => void browse()} disabled={disabled}>
          {t('common.browse')}
        </Button>
      )}
    </Group>
  );
}
