import { Anchor, Badge, Button, Card, Code, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { PathText } from '../../components/PathText';
import { RecoveryKeyWarning } from '../../components/RecoveryKeyWarning';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { AuditChainResult } from '../audit-trail/AuditChainStatus';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="40%" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ wordBreak: 'break-word' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function SectionCard({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title} h="100%">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const confirmedInStatus = useSession((state) => (state.status.state === 'unlocked' ? state.status.recoveryKeyConfirmed : true));
  const overview = useProcedure('workspace.overview');
  const data = overview.data;

  const recoveryKeyConfirmed = data ? data.recoveryKeyConfirmed && confirmedInStatus : confirmedInStatus;

  return (
    <>
      <PageHeader
        title={data?.name ?? t('overview.title')}
        description={data ? t('overview.createdOn', { date: format.date(data.createdAt) }) : t('overview.subtitle')}
        actions={
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void overview.reload()} loading={overview.loading && !!data}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Stack gap="lg">
        <RecoveryKeyWarning confirmed={data ? data.recoveryKeyConfirmed : undefined} />
        <ErrorAlert error={overview.error} />
        {!data && overview.loading && <LoadingState />}
        {data && (
          <>
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <SectionCard title={t('overview.workspace')}>
                  <Table withRowBorders={false} verticalSpacing={6} horizontalSpacing={0}>
                    <Table.Tbody>
                      <Fact label={t('overview.fields.name')}>{data.name}</Fact>
                      <Fact label={t('overview.fields.created')}>{format.dateTime(data.createdAt)}</Fact>
                      <Fact label={t('overview.fields.path')}>
                        <PathText size="sm" path={data.path} />
                      </Fact>
                      <Fact label={t('overview.fields.schemaVersion')}>{format.number(data.schemaVersion)}</Fact>
                      <Fact label={t('overview.fields.appVersion')}>{data.appVersion}</Fact>
                      <Fact label={t('overview.fields.workspaceId')}>
                        <Code>{data.workspaceId}</Code>
                      </Fact>
                    </Table.Tbody>
                  </Table>
                </SectionCard>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="lg">
                  <SectionCard
                    title={t('overview.auditChain')}
                    action={
                      <Anchor component="button" type="button" size="sm" onClick={() => navigate('audit')}>
                        {t('overview.openAuditTrail')}
                      </Anchor>
                    }
                  >
                    <AuditChainResult result={data.auditChain} compact />
                  </SectionCard>
                  <SectionCard title={t('overview.keySlots')}>
                    <Stack gap="sm">
                      {data.keySlots.map((slot) => (
                        <Group key={slot.id} justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                          <Stack gap={4} style={{ minWidth: 0 }}>
                            <Badge variant="light" color={slot.kind === 'device' ? 'cyan' : 'indigo'} style={{ flexShrink: 0 }}>
                              {t(`overview.slotKind.${slot.kind}`)}
                            </Badge>
                            <Text size="xs" c="dimmed" ff="monospace">
                              {slot.kdf}
                            </Text>
                          </Stack>
                          <Text size="xs" c="dimmed" ta="right">
                            {t('overview.slotCreated', { date: format.dateTime(slot.createdAt) })}
                          </Text>
                        </Group>
                      ))}
                      <Group gap="xs">
                        <Text size="sm">{t('overview.recoveryKeyLabel')}</Text>
                        <Badge variant="light" color={recoveryKeyConfirmed ? 'teal' : 'orange'}>
                          {recoveryKeyConfirmed ? t('overview.recoveryKeyConfirmed') : t('overview.recoveryKeyNotConfirmed')}
                        </Badge>
                      </Group>
                    </Stack>
                  </SectionCard>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <SectionCard title={t('overview.records')}>
                  {data.recordCounts.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('overview.noRecords')}
                    </Text>
                  ) : (
                    <Table verticalSpacing={6} horizontalSpacing={0}>
                      <Table.Tbody>
                        {data.recordCounts.map((row) => (
                          <Table.Tr key={row.entity}>
                            <Table.Td>{t(`entities.${row.entity}`, { defaultValue: row.entity })}</Table.Td>
                            <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                              {format.number(row.count)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </SectionCard>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8 }}>
                <SectionCard title={t('overview.recentActivity')}>
                  {data.recentEvents.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('audit.empty')}
                    </Text>
                  ) : (
                    <Table.ScrollContainer minWidth={560}>
                      <Table verticalSpacing="xs" highlightOnHover>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('audit.columns.time')}</Table.Th>
                            <Table.Th>{t('audit.columns.actor')}</Table.Th>
                            <Table.Th>{t('audit.columns.procedure')}</Table.Th>
                            <Table.Th>{t('audit.columns.entity')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {data.recentEvents.map((event) => (
                            <Table.Tr key={event.seq}>
                              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(event.at)}</Table.Td>
                              <Table.Td>{t(`audit.actors.${event.actor}`, { defaultValue: event.actor })}</Table.Td>
                              <Table.Td>
                                <Code>{event.procedure}</Code>
                              </Table.Td>
                              <Table.Td>{t(`entities.${event.entityType}`, { defaultValue: event.entityType })}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  )}
                </SectionCard>
              </Grid.Col>
            </Grid>
          </>
        )}
      </Stack>
    </>
  );
}
