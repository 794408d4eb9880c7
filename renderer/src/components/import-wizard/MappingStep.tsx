// Step 2 of an import wizard: each column of the file with the field it fills (proposed from the
// headers, changed here) and a few of its values; the sheet of a workbook and the wizard's own
// choice of what the file holds (`kindSelect`).
import { Button, Group, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportFile } from '../../../../shared/contract/areas/inventory-import';
import type { ImportNamespace } from './ImportWizardModal';

interface MappingStepProps {
  ns: ImportNamespace;
  inspection: ImportFile;
  mapping: ColumnMapping;
  onMapping(update: (current: ColumnMapping) => ColumnMapping): void;
  /** The fields a column can fill (translated as `field.<name>`). */
  fields: readonly string[];
  busy: boolean;
  onSheet(sheet: string): void;
  kindSelect: ReactNode;
  onBack(): void;
  onCheck(): void;
}

export function MappingStep({ ns, inspection, mapping, onMapping, fields, busy, onSheet, kindSelect, onBack, onCheck }: MappingStepProps) {
  const { t } = useTranslation(ns);
  const fieldOptions = useMemo(() => [{ value: '', label: t('mapping.ignore') }, ...fields.map((field) => ({ value: field, label: t(`field.${field}`) }))], [t, fields]);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">{t('mapping.summary', { rows: inspection.rowCount, columns: inspection.columns.length, headerRow: inspection.headerRow })}</Text>
        {inspection.sheets.length > 1 && (
          <Select aria-label={t('mapping.sheet')} data={inspection.sheets} value={inspection.sheet} onChange={(value) => value && onSheet(value)} allowDeselect={false} w={220} disabled={busy} />
        )}
        {kindSelect}
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
                    onChange={(value) => onMapping((current) => inspection.columns.map((c) => (c.index === column.index ? value || null : (current[c.index] ?? null))))}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {inspection.sampleRows
                      .map((row) => row[column.index] ?? '')
                      .filter((value) => value !== '')
                      .slice(0, 3)
                      .join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('actions.back')}
        </Button>
        <Button onClick={onCheck} loading={busy}>
          {t('actions.check')}
        </Button>
      </Group>
    </Stack>
  );
}
