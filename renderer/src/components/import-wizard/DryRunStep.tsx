// Step 3 of an import wizard: the dry run. Rows by outcome, the first rows with what would happen to
// each, every problem by row and column, the wizard's own `notice`; the import is offered only when no
// row has an error and something would be written.
import { Alert, Badge, Button, Group, ScrollArea, Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROW_OUTCOMES, type ImportCounts, type ImportProblem, type RowOutcome } from '../../../../shared/contract/areas/inventory-import';
import type { ImportNamespace } from './ImportWizardModal';
import { ProblemsTable } from './ProblemsTable';

interface DryRunStepProps {
  ns: ImportNamespace;
  preview: { counts: ImportCounts; problems: ImportProblem[]; sample: { row: number; name: string; outcome: RowOutcome }[] };
  countsTestId: string;
  notice?: ReactNode;
  onBack(): void;
  onImport(): void;
}

const OUTCOME_COLOR: Record<RowOutcome, string> = { new: 'green', updated: 'blue', unchanged: 'gray', duplicate: 'gray', error: 'red' };

export function DryRunStep({ ns, preview, countsTestId, notice, onBack, onImport }: DryRunStepProps) {
  const { t } = useTranslation(ns);
  const errors = preview.problems.filter((problem) => problem.severity === 'error').length;
  const writes = preview.counts.new + preview.counts.updated;
  return (
    <Stack gap="sm">
      <Group gap="xs" data-testid={countsTestId}>
        {ROW_OUTCOMES.map((outcome) => (
          <Badge key={outcome} variant="light" color={outcome === 'error' ? (preview.counts.error > 0 ? 'red' : 'gray') : outcome === 'new' ? 'green' : 'blue'}>
            {t(`count.${outcome}`, { count: preview.counts[outcome] })}
          </Badge>
        ))}
      </Group>
      {errors > 0 && <Alert color="red">{t('preview.blocked')}</Alert>}
      {notice}
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
                    <Badge size="sm" variant="light" color={OUTCOME_COLOR[row.outcome]}>
                      {t(`outcome.${row.outcome}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <ProblemsTable ns={ns} problems={preview.problems} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('actions.back')}
        </Button>
        <Button onClick={onImport} disabled={errors > 0 || writes === 0}>
          {t('actions.import', { count: writes })}
        </Button>
      </Group>
    </Stack>
  );
}
