// A dry run's problems, 50 to a page: the spreadsheet row, the column's letter and header, and the
// translated message (notes, such as a repeated row that is skipped, are marked as such).
import { Badge, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/contract/areas/inventory-import';
import type { ImportNamespace } from './ImportWizardModal';

const PAGE_SIZE = 50;

export function ProblemsTable({ ns, problems }: { ns: ImportNamespace; problems: ImportProblem[] }) {
  const { t } = useTranslation(ns);
  const [page, setPage] = useState(1);
  if (problems.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('preview.noProblems')}
      </Text>
    );
  }
  const pages = Math.max(1, Math.ceil(problems.length / PAGE_SIZE));
  const shown = problems.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  // A key of another namespace (a value the shared parsers refused) keeps its prefix.
  const message = (problem: ImportProblem) => t(problem.messageKey.startsWith(`${ns}:`) ? problem.messageKey.slice(ns.length + 1) : problem.messageKey, { ...problem.params, field: problem.field ? t(`field.${problem.field}`) : '' });
  return (
    <Stack gap="xs">
      <Table striped withTableBorder aria-label={t('preview.problems')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('preview.row')}</Table.Th>
            <Table.Th>{t('preview.column')}</Table.Th>
            <Table.Th>{t('preview.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((problem, index) => (
            <Table.Tr key={`${problem.row}-${problem.column?.index ?? 'x'}-${index}`} data-severity={problem.severity}>
              <Table.Td>{problem.row ?? '—'}</Table.Td>
              <Table.Td>{problem.column ? `${problem.column.letter} (${problem.column.header})` : problem.field ? t(`field.${problem.field}`) : '—'}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {problem.severity === 'warning' && (
                    <Badge size="xs" color="yellow" variant="light">
                      {t('preview.warning')}
                    </Badge>
                  )}
                  <Text size="sm">{message(problem)}</Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
    </Stack>
  );
}
