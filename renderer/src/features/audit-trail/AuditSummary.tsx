import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../../shared/contract';

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Before and after, field by field, with the changed fields marked. */
export function AuditSummary({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const before = event.summary.before ?? {};
  const after = event.summary.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();

  return (
    <Stack gap="xs" py="xs">
      <Text size="xs" c="dimmed">
        {t('audit.entityId')}: <Code>{event.entityId}</Code> · {t('audit.hash')}: <Code>{event.hash}</Code>
      </Text>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audit.noSummary')}
        </Text>
      ) : (
        <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">{t('audit.summary.field')}</Table.Th>
              <Table.Th>{t('audit.summary.before')}</Table.Th>
              <Table.Th>{t('audit.summary.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => {
              const was = show(before[field]);
              const now = show(after[field]);
              const changed = was !== now;
              return (
                <Table.Tr key={field} bg={changed ? 'var(--mantine-color-yellow-light)' : undefined}>
                  <Table.Td ff="monospace">{field}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }} c={event.summary.before ? undefined : 'dimmed'}>
                    {event.summary.before ? was : '—'}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }} c={event.summary.after ? undefined : 'dimmed'}>
                    {event.summary.after ? now : '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
