// The breach register (GDPR Art 33(5)): every personal-data breach, notified or not, with its facts,
// effects, remedial action, the reasoning on risk and Art 34(3), and the notifications; exported as
// XLSX or CSV in the workspace's language.
import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../client/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { ClockStateBadge, IncidentStatusBadge } from './Badges';

export function BreachRegister({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const register = useProcedure('incidents.register');
  const today = new Date().toISOString().slice(0, 10);
  const highRisk = (value: boolean | null) => (value === null ? t('register.notAssessed') : value ? t('register.yes') : t('register.no'));

  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t('register.title')}>
      <Group p="md" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Stack gap={2}>
          <Text fw={600}>{t('register.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('register.intro')}
          </Text>
        </Stack>
        <Group gap="xs">
          {(['xlsx', 'csv'] as const).map((fileFormat) => (
            <ExportButton
              key={fileFormat}
              size="xs"
              leftSection={<IconFileSpreadsheet size={14} />}
              run={(destination) => call('incidents.register.export', { format: fileFormat, ...(destination ? { destination } : {}) })}
              suggestedName={`breach-register-${today}.${fileFormat}`}
              filters={[{ name: fileFormat.toUpperCase(), extensions: [fileFormat] }]}
            >
              {fileFormat === 'xlsx' ? t('register.exportXlsx') : t('register.exportCsv')}
            </ExportButton>
          ))}
        </Group>
      </Group>
      <ErrorAlert error={register.error} />
      {!register.data && register.loading && <LoadingState />}
      {register.data && register.data.length === 0 && <EmptyState title={t('register.empty')} />}
      {register.data && register.data.length > 0 && (
        <Table.ScrollContainer minWidth={1100}>
          <Table verticalSpacing="sm" data-testid="breach-register">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('register.columns.ref')}</Table.Th>
                <Table.Th>{t('register.columns.becameAwareAt')}</Table.Th>
                <Table.Th>{t('register.columns.description')}</Table.Th>
                <Table.Th>{t('register.columns.jurisdictions')}</Table.Th>
                <Table.Th>{t('register.columns.estimatedPeople')}</Table.Th>
                <Table.Th>{t('register.columns.highRisk')}</Table.Th>
                <Table.Th>{t('register.columns.effects')}</Table.Th>
                <Table.Th>{t('register.columns.notifications')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {register.data.map((entry) => (
                <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Stack gap={4}>
                      <Anchor component="button" type="button" fw={600} onClick={() => onOpen(entry.id)}>
                        {entry.ref}
                      </Anchor>
                      <IncidentStatusBadge status={entry.status} />
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.becameAwareAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {entry.title}
                    </Text>
                    <Text size="sm">{entry.description}</Text>
                    <Text size="xs" c="dimmed">
                      {[...entry.dataCategories, ...entry.subjectCategories].join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{entry.jurisdictions.map((law) => t(`law.${law}`)).join(', ')}</Table.Td>
                  <Table.Td>{entry.estimatedPeople === null ? '—' : format.number(entry.estimatedPeople)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{highRisk(entry.highRisk)}</Text>
                    {entry.exemption && (
                      <Text size="xs" c="dimmed">
                        {t(`exemption.${entry.exemption}`)}: {entry.exemptionReasoning}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.effects}</Text>
                    <Text size="xs" c="dimmed">
                      {entry.remedialAction}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {entry.notifications.map((clock) => (
                        <Group key={`${clock.law}:${clock.key}`} gap={6} wrap="nowrap">
                          <ClockStateBadge state={clock.state} />
                          <Text size="xs">
                            {t(`law.${clock.law}`)} · {t(`recipient.${clock.recipient}`)}
                            {clock.state === 'not_needed' ? ` — ${clock.reason}` : ''}
                          </Text>
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
