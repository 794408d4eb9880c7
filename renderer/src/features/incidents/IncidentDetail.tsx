// One incident: its facts, what it touched (derived from the inventory), the breach assessment and
// clocks with the actions that answer them, the response checklist from a runbook, its timeline,
// and the post-incident review with corrective actions; edited in the form, moved through
// open → contained → closed.
import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachClock, Incident, IncidentStatus } from '../../../../shared/contract/areas/incidents';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { IncidentStatusBadge, SeverityBadge } from './Badges';
import { BreachClocks } from './BreachClocks';
import { Checklist } from './Checklist';
import { NotifyDialog, NotNeededDialog, TimelineDialog } from './ClockDialogs';
import { EvidenceFiles } from './EvidenceFiles';
import { IncidentForm } from './IncidentForm';
import { ReviewSection } from './ReviewSection';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

function Section({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card withBorder radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{title}</Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

const NEXT_STATUS: Record<IncidentStatus, { status: IncidentStatus; label: string }[]> = {
  open: [{ status: 'contained', label: 'detail.contain' }],
  contained: [
    { status: 'closed', label: 'detail.close' },
    { status: 'open', label: 'detail.reopen' },
  ],
  closed: [{ status: 'open', label: 'detail.reopen' }],
};

export function IncidentDetail({ id, onBack }: { id: string; onBack(): void }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const loaded = useProcedure('incidents.get', { id });
  const [editing, setEditing] = useState(false);
  const [notifying, setNotifying] = useState<BreachClock | null>(null);
  const [notNeeded, setNotNeeded] = useState<BreachClock | null>(null);
  const [addingAction, setAddingAction] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const incident = loaded.data;

  async function run(action: () => Promise<Incident>): Promise<void> {
    setError(null);
    try {
      loaded.setData(await action());
    } catch (caught) {
      setError(caught);
    }
  }

  const list = (items: readonly string[]) => (items.length === 0 ? t('detail.none') : items.join(', '));
  const count = (value: number | null) => (value === null ? t('detail.unknown') : format.number(value));

  return (
    <Stack>
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t('detail.back')}
        </Button>
      </Group>
      <ErrorAlert error={loaded.error ?? error} />
      {!incident && loaded.loading && <LoadingState />}
      {incident && (
        <>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={3}>
                {incident.ref} · {incident.title}
              </Title>
              <Group gap="xs">
                <SeverityBadge severity={incident.severity} />
                <IncidentStatusBadge status={incident.status} />
                {incident.personalDataBreach && (
                  <Badge color="red" variant="outline" radius="sm" style={{ textTransform: 'none' }}>
                    {t('list.breach')}
                  </Badge>
                )}
              </Group>
            </Stack>
            <Group gap="xs">
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                {t('detail.edit')}
              </Button>
              {NEXT_STATUS[incident.status].map((next) => (
                <Button key={next.status} variant="light" onClick={() => void run(() => call('incidents.setStatus', { id: incident.id, status: next.status }))}>
                  {t(next.label)}
                </Button>
              ))}
            </Group>
          </Group>
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack>
                <Section title={t('detail.facts')}>
                  <Stack gap="sm">
                    {incident.description && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{incident.description}</Text>}
                    <SimpleGrid cols={2}>
                      <Fact label={t('detail.detectedAt')}>{format.dateTime(incident.detectedAt)}</Fact>
                      <Fact label={t('detail.becameAwareAt')}>{format.dateTime(incident.becameAwareAt)}</Fact>
                      <Fact label={t('detail.reporter')}>{incident.reporter || t('detail.none')}</Fact>
                      {incident.containedAt && <Fact label={t('detail.containedAt')}>{format.dateTime(incident.containedAt)}</Fact>}
                      {incident.closedAt && <Fact label={t('detail.closedAt')}>{format.dateTime(incident.closedAt)}</Fact>}
                    </SimpleGrid>
                    <Fact label={t('detail.systems')}>
                      {incident.systems.length === 0 ? t('detail.none') : incident.systems.map((system) => (system.exists ? system.name : t('detail.systemGone', { name: system.name }))).join(', ')}
                    </Fact>
                    {incident.effects && <Fact label={t('detail.effects')}>{incident.effects}</Fact>}
                    {incident.remedialAction && <Fact label={t('detail.remedialAction')}>{incident.remedialAction}</Fact>}
                  </Stack>
                </Section>
                <Section title={t('checklist.title')}>
                  <Checklist incident={incident} run={run} onSaved={loaded.setData} />
                </Section>
                <Section title={t('detail.derived')}>
                  <Stack gap="sm" data-testid="incident-derived">
                    <Fact label={t('detail.jurisdictions')}>{list(incident.derived.jurisdictions.map((law) => t(`law.${law}`)))}</Fact>
                    <Fact label={t('detail.dataCategories')}>{list(incident.derived.dataCategories.map((category) => category.name))}</Fact>
                    <Fact label={t('detail.sensitivity')}>{list(incident.derived.sensitivity.map((value) => t(`sensitivity.${value}`)))}</Fact>
                    <Fact label={t('detail.subjectCategories')}>{list(incident.derived.subjectCategories.map((category) => category.name))}</Fact>
                    <Fact label={t('detail.activities')}>{list(incident.derived.activities.map((activity) => activity.name))}</Fact>
                    {incident.derived.inventoryVolume > 0 && (
                      <Text size="sm" c="dimmed">
                        {t('detail.inventoryVolume', { count: incident.derived.inventoryVolume })}
                      </Text>
                    )}
                  </Stack>
                </Section>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack>
                <Section title={t('detail.clocks')}>
                  {!incident.personalDataBreach ? (
                    <Text c="dimmed" size="sm">
                      {t('detail.notBreach')}
                    </Text>
                  ) : (
                    <Stack gap="sm">
                      <Text size="sm" c="dimmed">
                        {t('detail.clocksHint', { timeZone: incident.timeZone })}
                      </Text>
                      {incident.clocks.length === 0 ? (
                        <Alert color="gray">{t('detail.noClocks')}</Alert>
                      ) : (
                        <BreachClocks
                          clocks={incident.clocks}
                          onRecord={setNotifying}
                          onNotNeeded={setNotNeeded}
                          onUndo={(clock) => void run(() => call('incidents.notifications.clear', { id: incident.id, law: clock.law, key: clock.key }))}
                        />
                      )}
                    </Stack>
                  )}
                </Section>
                {incident.personalDataBreach && (
                  <Section title={t('detail.assessment')}>
                    <SimpleGrid cols={2}>
                      <Fact label={t('detail.people')}>{count(incident.estimatedPeople)}</Fact>
                      <Fact label={t('detail.records')}>{count(incident.estimatedRecords)}</Fact>
                      <Fact label={t('detail.californiaResidents')}>{count(incident.californiaResidents)}</Fact>
                      <Fact label={t('detail.highRisk')}>{t(`form.highRiskOptions.${incident.highRisk === null ? 'unknown' : incident.highRisk ? 'yes' : 'no'}`)}</Fact>
                    </SimpleGrid>
                    {incident.riskReasoning && <Fact label={t('detail.riskReasoning')}>{incident.riskReasoning}</Fact>}
                    {incident.exemption && (
                      <Fact label={t('detail.exemption')}>
                        {t(`exemption.${incident.exemption}`)}
                        {'\n'}
                        {incident.exemptionReasoning}
                      </Fact>
                    )}
                  </Section>
                )}
                <Section
                  title={t('detail.timeline')}
                  action={
                    <Anchor component="button" type="button" size="sm" onClick={() => setAddingAction(true)}>
                      <Group gap={4}>
                        <IconPlus size={14} />
                        {t('detail.addAction')}
                      </Group>
                    </Anchor>
                  }
                >
                  {incident.timeline.length === 0 ? (
                    <Text c="dimmed" size="sm">
                      {t('detail.timelineEmpty')}
                    </Text>
                  ) : (
                    <List spacing="xs" size="sm">
                      {incident.timeline.map((entry) => (
                        <List.Item key={entry.id}>
                          <Text span fw={600} size="sm">
                            {format.dateTime(entry.at)}
                          </Text>{' '}
                          <Text span c="dimmed" size="sm">
                            {entry.actor}
                          </Text>{' '}
                          — {entry.action}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Section>
                <Section title={t('review.title')}>
                  <ReviewSection incident={incident} onSaved={loaded.setData} />
                </Section>
                <Section title={t('detail.evidence')}>
                  <EvidenceFiles incident={incident} run={run} />
                </Section>
              </Stack>
            </Grid.Col>
          </Grid>
          <IncidentForm
            opened={editing}
            incident={incident}
            onClose={() => setEditing(false)}
            onSaved={(saved) => {
              setEditing(false);
              loaded.setData(saved);
            }}
          />
          <NotifyDialog
            incident={incident}
            clock={notifying}
            onClose={() => setNotifying(null)}
            onDone={(saved) => {
              setNotifying(null);
              loaded.setData(saved);
            }}
          />
          <NotNeededDialog
            incident={incident}
            clock={notNeeded}
            onClose={() => setNotNeeded(null)}
            onDone={(saved) => {
              setNotNeeded(null);
              loaded.setData(saved);
            }}
          />
          <TimelineDialog
            incident={incident}
            opened={addingAction}
            onClose={() => setAddingAction(false)}
            onDone={(saved) => {
              setAddingAction(false);
              loaded.setData(saved);
            }}
          />
        </>
      )}
    </Stack>
  );
}
