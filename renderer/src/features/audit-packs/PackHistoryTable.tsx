// The pack history: every audit pack exported from this workspace — what, for which period, in which
// language, redacted or not, for whom, when and by whom — with its manifest hash.
import { Badge, Card, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PackHistoryEntry } from '../../../../shared/contract/areas/packs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { megabytes } from './pack-options';

export function PackHistoryTable({ entries, loading, error }: { entries: PackHistoryEntry[] | null; loading: boolean; error: unknown }) {
  const { t } = useTranslation('packs');
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t('history.title')}>
      <Stack gap={2} p="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text fw={600}>{t('history.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('history.intro')}
        </Text>
      </Stack>
      <ErrorAlert error={error} />
      {!entries && loading && <LoadingState />}
      {entries && entries.length === 0 && <EmptyState title={t('history.empty')} />}
      {entries && entries.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table verticalSpacing="sm" data-testid="pack-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.columns.generatedAt')}</Table.Th>
                <Table.Th>{t('history.columns.framework')}</Table.Th>
                <Table.Th>{t('history.columns.period')}</Table.Th>
                <Table.Th>{t('history.columns.options')}</Table.Th>
                <Table.Th>{t('history.columns.recipient')}</Table.Th>
                <Table.Th>{t('history.columns.file')}</Table.Th>
                <Table.Th>{t('history.columns.manifest')}</Table.Th>
                <Table.Th>{t('history.columns.generatedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{format.dateTime(entry.generatedAt)}</Table.Td>
                  <Table.Td>{t(`framework.${entry.framework}`)}</Table.Td>
                  <Table.Td>{t('history.period', { from: format.day(entry.from), to: format.day(entry.to) })}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light" color="gray">
                        {t(`locale.${entry.locale}`)}
                      </Badge>
                      {entry.redacted && (
                        <Badge variant="light" color="violet">
                          {t('history.redacted')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{entry.recipient || <Text c="dimmed">{t('history.noRecipient')}</Text>}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {entry.fileName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('history.fileSummary', { files: format.number(entry.fileCount), size: format.number(megabytes(entry.bytes)) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={entry.manifestSha256} withinPortal>
                      <Code>{entry.manifestSha256.slice(0, 16)}…</Code>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{entry.generatedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
