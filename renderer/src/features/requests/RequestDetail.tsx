// One request: what was asked and by whom, its deadlines with a live countdown, the timeline, the
// identity verification, the systems checklist from the inventory, the letters sent, and the steps
// its status allows (confirm, extend, respond, refuse, withdraw, close, redact).
import { ActionIcon, Alert, Anchor, Badge, Button, Card, Grid, Group, Spoiler, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataSubjectRequest } from '../../../../shared/contract/areas/requests';
import { call, isClientError } from '../../client/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { ActionDialog, type LetterAction } from './ActionDialog';
import { DueBadge, useNow } from './DueBadge';
import { availableActions, runningDeadline } from './request-view';
import { StatusBadge } from './StatusBadge';
import { SystemCheckDialog, VerificationDialog } from './StepDialogs';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

export function RequestDetail({ id, onBack }: { id: string; onBack(): void }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const now = useNow();
  const loaded = useProcedure('requests.get', { id });
  const [action, setAction] = useState<LetterAction | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [checking, setChecking] = useState<DataSubjectRequest['systems'][number] | null>(null);
  const [confirm, setConfirm] = useState<'close' | 'redact' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const request = loaded.data;
  const update = (next: DataSubjectRequest) => {
    loaded.setData(next);
    setAction(null);
    setVerifying(false);
    setChecking(null);
  };

  const back = (
    <Anchor component="button" type="button" onClick={onBack} mb="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('detail.back')}
      </Group>
    </Anchor>
  );
  if (!request) {
    return (
      <>
        {back}
        {isClientError(loaded.error, 'NOT_FOUND') ? <Alert color="gray">{t('detail.notFound')}</Alert> : <ErrorAlert error={loaded.error} />}
        {loaded.loading && <LoadingState />}
      </>
    );
  }

  const actions = availableActions(request, now);
  const running = runningDeadline(request);
  const letterActions = actions.filter((a): a is LetterAction => a !== 'verify' && a !== 'close' && a !== 'redact');
  const inForce = (key: string) => (request.extension ? key === 'respond_extended' : key !== 'respond_extended');

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2} size="h3">
            {request.ref}
          </Title>
          <StatusBadge status={request.status} />
          <Badge variant="outline" radius="sm" style={{ textTransform: 'none' }}>
            {t(`laws.${request.law}`)} · {t(`types.${request.type}`)}
          </Badge>
          {running && <DueBadge due={running.due} now={now} />}
        </Group>
      </Group>
      <ErrorAlert error={error} />
      <Card withBorder radius="md" component="section" aria-label={t('actions.title')}>
        <Group gap="xs">
          {letterActions.map((a) => (
            <Button key={a} variant={a === 'respond' ? 'filled' : 'default'} color={a === 'refuse' ? 'red' : undefined} onClick={() => setAction(a)}>
              {t(`actions.${a}`)}
            </Button>
          ))}
          {actions.includes('close') && (
            <Button variant="default" onClick={() => setConfirm('close')}>
              {t('actions.close')}
            </Button>
          )}
          {actions.includes('redact') && (
            <Button variant="default" color="red" onClick={() => setConfirm('redact')}>
              {t('actions.redact')}
            </Button>
          )}
        </Group>
        {request.redactedAt && <Text size="sm" mt="sm">{t('detail.redactedNotice', { date: format.date(request.redactedAt) })}</Text>}
        {!request.redactedAt && request.redactionDueOn && <Text size="sm" mt="sm" c="dimmed">{t('detail.redactionDue', { date: format.day(request.redactionDueOn) })}</Text>}
      </Card>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <SectionCard title={t('detail.summary')} h="100%">
            <Stack gap="xs">
              <Group grow>
                <Field label={t('form.receivedAt')}>{format.dateTime(request.receivedAt)}</Field>
                <Field label={t('form.channel')}>{t(`channels.${request.channel}`)}</Field>
              </Group>
              <Group grow>
                <Field label={t('form.requesterName')}>{request.requesterName}</Field>
                <Field label={t('form.requesterContact')}>{request.requesterContact}</Field>
              </Group>
              <Group grow>
                <Field label={t('form.relationship')}>{t(`relationships.${request.relationship}`)}</Field>
                <Field label={t('form.language')}>{t(`form.languages.${request.language}`)}</Field>
              </Group>
              <Field label={t('form.subjectCategory')}>
                {request.subjectCategoryName ?? (request.subjectCategoryId ? t('detail.subjectCategoryGone') : t('form.noSubjectCategory'))}
              </Field>
              {request.details && <Field label={t('form.details')}>{request.details}</Field>}
              {request.extension && <Field label={t('detail.extension')}>{t('detail.extensionReason', { reason: request.extension.reason })}</Field>}
              {request.refusal && (
                <Field label={t('detail.refusal')}>
                  {t(`refusalReasons.${request.refusal.reason}`)} — {request.refusal.explanation}
                </Field>
              )}
            </Stack>
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <SectionCard title={t('detail.deadlines')} h="100%">
            <Text size="xs" c="dimmed" mb="xs">
              {t('detail.timeZone', { zone: request.timeZone })}
            </Text>
            <Table aria-label={t('detail.deadlines')}>
              <Table.Tbody>
                {request.deadlines.map((deadline) => (
                  <Table.Tr key={deadline.key} data-testid={`deadline-${deadline.key}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {t(`deadlineKeys.${deadline.key}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {deadline.basis}
                      </Text>
                    </Table.Td>
                    <Table.Td>{deadline.due ? format.dateTime(deadline.due) : '—'}</Table.Td>
                    <Table.Td>
                      {deadline.key === 'confirm_receipt' && request.confirmedAt ? (
                        <Text size="xs">{format.dateTime(request.confirmedAt)}</Text>
                      ) : deadline.key.startsWith('respond') ? (
                        inForce(deadline.key) ? (
                          <Badge size="sm" variant="light" radius="sm" style={{ textTransform: 'none' }}>
                            {t('detail.inForce')}
                          </Badge>
                        ) : deadline.key === 'respond' ? (
                          <Text size="xs" c="dimmed">
                            {t('detail.superseded')}
                          </Text>
                        ) : null
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {request.deadlines.some((d) => d.calendarIncomplete) && (
              <Text size="xs" c="orange" mt="xs">
                {t('due.calendarIncomplete')}
              </Text>
            )}
          </SectionCard>
        </Grid.Col>
      </Grid>

      <SectionCard
        title={t('detail.verification')}
        action={
          actions.includes('verify') ? (
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setVerifying(true)}>
              {t('detail.addVerification')}
            </Button>
          ) : undefined
        }
      >
        {request.verifications.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noVerification')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.performedOn')}</Table.Th>
                <Table.Th>{t('detail.method')}</Table.Th>
                <Table.Th>{t('detail.outcome')}</Table.Th>
                <Table.Th>{t('detail.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.verifications.map((step) => (
                <Table.Tr key={step.id}>
                  <Table.Td>{format.day(step.performedOn)}</Table.Td>
                  <Table.Td>{t(`verificationMethods.${step.method}`)}</Table.Td>
                  <Table.Td>{t(`verificationOutcomes.${step.outcome}`)}</Table.Td>
                  <Table.Td>{step.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>

      <SectionCard
        title={t('detail.systems')}
        action={
          request.status !== 'closed' && request.subjectCategoryId ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} />}
              onClick={() => {
                setError(null);
                call('requests.systems.sync', { id: request.id }).then(update, setError);
              }}
            >
              {t('detail.syncSystems')}
            </Button>
          ) : undefined
        }
      >
        <Text size="xs" c="dimmed" mb="xs">
          {t('detail.systemsHint')}
        </Text>
        {request.systems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noSystems')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.system')}</Table.Th>
                  <Table.Th>{t('detail.activities')}</Table.Th>
                  <Table.Th>{t('detail.searched')}</Table.Th>
                  <Table.Th>{t('detail.found')}</Table.Th>
                  <Table.Th>{t('detail.actionTaken')}</Table.Th>
                  <Table.Th>{t('detail.doneBy')}</Table.Th>
                  <Table.Th>{t('detail.doneOn')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {request.systems.map((system) => (
                  <Table.Tr key={system.systemId}>
                    <Table.Td fw={500}>{system.systemName}</Table.Td>
                    <Table.Td>{system.activities.join(', ')}</Table.Td>
                    <Table.Td>{system.searched ? '✓' : '—'}</Table.Td>
                    <Table.Td>{system.found === null ? t('detail.foundUnknown') : system.found ? t('detail.foundYes') : t('detail.foundNo')}</Table.Td>
                    <Table.Td>{system.actionTaken}</Table.Td>
                    <Table.Td>{system.doneBy}</Table.Td>
                    <Table.Td>{system.doneOn ? format.day(system.doneOn) : ''}</Table.Td>
                    <Table.Td>
                      {request.status !== 'closed' && (
                        <ActionIcon variant="subtle" onClick={() => setChecking(system)} aria-label={t('detail.editCheck', { system: system.systemName })}>
                          <IconEdit size={16} />
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SectionCard title={t('detail.timeline')} h="100%">
            <Timeline bulletSize={14} lineWidth={2} active={request.timeline.length}>
              {request.timeline.map((entry, index) => (
                <Timeline.Item key={`${entry.event}-${index}`} title={t(`timeline.${entry.event}`, { detail: entry.event === 'received' ? t(`channels.${entry.detail}`) : entry.detail })}>
                  <Text size="xs" c="dimmed">
                    {format.dateTime(entry.at)}
                  </Text>
                  {entry.event === 'extended' && entry.detail && <Text size="xs">{entry.detail}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SectionCard title={t('detail.letters')} h="100%">
            {request.letters.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('detail.noLetters')}
              </Text>
            ) : (
              <Stack gap="sm">
                {request.letters.map((letter) => (
                  <div key={letter.id}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {t(`letterKinds.${letter.kind}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {format.dateTime(letter.sentAt)}
                      </Text>
                    </Group>
                    <Spoiler maxHeight={60} showLabel="…" hideLabel="↑">
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {letter.content}
                      </Text>
                    </Spoiler>
                  </div>
                ))}
              </Stack>
            )}
          </SectionCard>
        </Grid.Col>
      </Grid>

      <ActionDialog request={request} action={action} onClose={() => setAction(null)} onDone={update} />
      <VerificationDialog request={request} opened={verifying} onClose={() => setVerifying(false)} onDone={update} />
      <SystemCheckDialog request={request} system={checking} onClose={() => setChecking(null)} onDone={update} />
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm ? t(`actions.${confirm}`) : ''}
        confirmLabel={confirm ? t(`actions.${confirm}`) : ''}
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          const next = confirm === 'close' ? await call('requests.close', { id: request.id }) : await call('requests.redact', { id: request.id });
          loaded.setData(next);
          setConfirm(null);
        }}
      >
        {confirm === 'close' ? t('actions.closeConfirm', { ref: request.ref }) : t('actions.redactConfirm', { ref: request.ref })}
      </ConfirmDialog>
    </Stack>
  );
}
