// What the pack would hold for the chosen options, counted by packs.preview without loading any
// file: controls and their evidence, registers with their rows, policies, the audit trail for the
// period, the exceptions an auditor will ask about, and the key the manifest is signed with.
import { Badge, Card, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PackPreviewResult } from '../../../../shared/contract/areas/packs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { megabytes } from './pack-options';

function Figure({ label, value, tone }: { label: string; value: string; tone?: 'warning' }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={tone === 'warning' ? 'orange' : undefined}>
        {value}
      </Text>
    </Stack>
  );
}

export function PackPreviewCard({ preview, loading, error }: { preview: PackPreviewResult | null; loading: boolean; error: unknown }) {
  const { t } = useTranslation('packs');
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('preview.title')} data-testid="pack-preview">
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={600}>{t('preview.title')}</Text>
          {preview && <Badge variant="light" data-testid="pack-period">{t('preview.period', { from: format.day(preview.period.from), to: format.day(preview.period.to) })}</Badge>}
        </Group>
        <ErrorAlert error={error} />
        {!preview && loading && <LoadingState />}
        {preview && (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
              <Figure label={t('preview.controls')} value={t('preview.controlsValue', { withEvidence: format.number(preview.controlsWithEvidence), total: format.number(preview.controls) })} />
              <Figure label={t('preview.evidenceFiles')} value={t('preview.filesValue', { count: preview.evidenceFiles, files: format.number(preview.evidenceFiles), size: format.number(megabytes(preview.evidenceBytes)) })} />
              <Figure label={t('preview.recordExtracts')} value={format.number(preview.recordExtracts)} />
              <Figure label={t('preview.policies')} value={format.number(preview.policies)} />
              <Figure label={t('preview.auditEvents')} value={format.number(preview.auditEvents)} />
              <Figure label={t('preview.registers')} value={format.number(preview.registers.length)} />
              <Figure label={t('preview.exceptions')} value={format.number(preview.exceptions)} tone={preview.exceptions > 0 ? 'warning' : undefined} />
            </SimpleGrid>
            {preview.exceptions > 0 && (
              <Text size="sm" c="orange">
                {t('preview.exceptionsHint', { count: preview.exceptions })}
              </Text>
            )}
            <Table verticalSpacing={4} data-testid="pack-preview-registers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('preview.register')}</Table.Th>
                  <Table.Th ta="right">{t('preview.rows')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.registers.map((register) => (
                  <Table.Tr key={register.key}>
                    <Table.Td>{register.title}</Table.Td>
                    <Table.Td ta="right">{format.number(register.rows)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('preview.keyFingerprint')}
              </Text>
              <Code style={{ wordBreak: 'break-all' }} data-testid="pack-key-fingerprint">
                {preview.keyFingerprint}
              </Code>
              <Text size="xs" c="dimmed">
                {t('preview.keyHint')}
              </Text>
            </Stack>
          </>
        )}
      </Stack>
    </Card>
  );
}
