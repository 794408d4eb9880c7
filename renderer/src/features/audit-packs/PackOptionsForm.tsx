// The options of an audit pack: framework, period, language, redaction, recipient and the file to
// write (typed in browser mode; chosen with the save dialog in the desktop app).
import { Button, Group, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../client/client';
import { DateField } from '../../components/DateField';
import { looksLikeZipPath, periodInOrder, suggestedFileName, type PackFormState, type PackLocale } from './pack-options';

interface PackOptionsFormProps {
  value: PackFormState;
  onChange(next: PackFormState): void;
  disabled?: boolean;
  /** Server-side field errors (from INVALID_INPUT), by field name. */
  errors?: Record<string, string>;
}

export function PackOptionsForm({ value, onChange, disabled, errors = {} }: PackOptionsFormProps) {
  const { t } = useTranslation('packs');
  const api = platform();
  const native = api?.kind === 'electron';
  const set = <K extends keyof PackFormState>(key: K, next: PackFormState[K]) => onChange({ ...value, [key]: next });
  const today = new Date().toISOString().slice(0, 10);

  async function browse() {
    const chosen = await api?.chooseSavePath({ title: t('options.file'), defaultPath: value.file || suggestedFileName(value, today), filters: [{ name: 'ZIP', extensions: ['zip'] }] });
    if (chosen) set('file', chosen);
  }

  const fileError = errors.file ?? (value.file.trim() !== '' && !looksLikeZipPath(value.file) ? t('options.fileInvalid') : undefined);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="pack-framework-label">
          {t('options.framework')}
        </Text>
        <SegmentedControl
          aria-labelledby="pack-framework-label"
          value={value.framework}
          onChange={(next) => set('framework', next as PackFormState['framework'])}
          disabled={disabled}
          data={[
            { value: 'iso27001', label: t('framework.iso27001') },
            { value: 'soc2', label: t('framework.soc2') },
          ]}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <DateField label={t('options.from')} description={t('options.fromHint')} value={value.from} onChange={(next) => set('from', next)} disabled={disabled} maxDate={value.to ?? undefined} error={errors.from} />
        <DateField
          label={t('options.to')}
          description={t('options.toHint')}
          value={value.to}
          onChange={(next) => set('to', next)}
          disabled={disabled}
          minDate={value.from ?? undefined}
          error={!periodInOrder(value) ? t('options.periodOrder') : errors.to}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="pack-locale-label">
            {t('options.locale')}
          </Text>
          <SegmentedControl
            aria-labelledby="pack-locale-label"
            value={value.locale}
            onChange={(next) => set('locale', next as PackLocale)}
            disabled={disabled}
            data={[
              { value: 'en', label: t('locale.en') },
              { value: 'zh-CN', label: t('locale.zh-CN') },
            ]}
          />
        </Stack>
        <TextInput label={t('options.recipient')} description={t('options.recipientHint')} value={value.recipient} onChange={(event) => set('recipient', event.currentTarget.value)} disabled={disabled} maxLength={200} error={errors.recipient} />
      </SimpleGrid>
      <Switch label={t('options.redact')} description={t('options.redactHint')} checked={value.redact} onChange={(event) => set('redact', event.currentTarget.checked)} disabled={disabled} />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('options.file')}
          description={t('options.fileHint', { example: `/home/me/${suggestedFileName(value, today)}` })}
          value={value.file}
          onChange={(event) => set('file', event.currentTarget.value)}
          error={fileError}
          required
          disabled={disabled}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
        />
        {native && (
          <Button variant="default" leftSection={<IconFileZip size={16} />} onClick={() => void browse()} disabled={disabled}>
            {t('options.browse')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
