// The incident's response checklist: choose a runbook (its approved version's steps are copied), then
// each step with its role, due time from awareness and overdue marking, ticked (who, when, a note)
// or skipped with a reason; the backend adds each to the timeline.
import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconPlayerSkipForward, IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistStep, Incident } from '../../../../shared/contract/areas/incidents';
import { call } from '../../client/client';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { SkipStepDialog, TickStepDialog } from './StepDialogs';

function decisionQuestion(decision: unknown): string | null {
  if (decision && typeof decision === 'object' && 'question' in decision && typeof decision.question === 'string') return decision.question;
  return null;
}

function StepState({ step }: { step: ChecklistStep }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  if (step.state === 'done') return <Text size="xs">{t('checklist.doneLine', { by: step.doneBy, at: format.dateTime(step.doneAt!) })}</Text>;
  if (step.state === 'skipped') return <Text size="xs" c="dimmed">{t('checklist.skippedLine', { by: step.doneBy, reason: step.skippedReason })}</Text>;
  return step.overdue ? (
    <Badge color="red" variant="filled" radius="sm" style={{ textTransform: 'none' }} data-overdue="true">
      {t('checklist.overdue')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" radius="sm" style={{ textTransform: 'none' }}>
      {t('checklist.state.open')}
    </Badge>
  );
}

function RunbookChooser({ incident, run, label }: { incident: Incident; run(action: () => Promise<Incident>): Promise<void>; label: string }) {
  const { t } = useTranslation('incidents');
  const runbooks = useProcedure('runbooks.list', {});
  const [runbookId, setRunbookId] = useState<string | null>(null);
  const approved = (runbooks.data ?? []).filter((runbook) => runbook.currentVersion !== null);
  if (runbooks.data && approved.length === 0) return <Text size="sm" c="dimmed">{t('checklist.noRunbooks')}</Text>;
  return (
    <Group align="flex-end" gap="xs">
      <Select
        label={t('checklist.runbook')}
        description={t('checklist.runbookHint')}
        data={approved.map((runbook) => ({ value: runbook.id, label: `${runbook.ref} ${runbook.title}` }))}
        value={runbookId}
        onChange={setRunbookId}
        searchable
        style={{ flex: 1 }}
      />
      <Button variant="light" disabled={runbookId === null} onClick={() => runbookId && void run(() => call('incidents.checklist.choose', { id: incident.id, runbookId }))}>
        {label}
      </Button>
    </Group>
  );
}

interface ChecklistProps {
  incident: Incident;
  run(action: () => Promise<Incident>): Promise<void>;
  onSaved(incident: Incident): void;
}

export function Checklist({ incident, run, onSaved }: ChecklistProps) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const [ticking, setTicking] = useState<ChecklistStep | null>(null);
  const [skipping, setSkipping] = useState<ChecklistStep | null>(null);
  const checklist = incident.checklist;
  const role = (value: string) => t(`checklist.roles.${value}`, { defaultValue: value });
  const started = checklist?.steps.some((step) => step.state !== 'open') ?? false;
  const finished = checklist?.steps.filter((step) => step.state !== 'open').length ?? 0;
  return (
    <Stack gap="sm" data-testid="incident-checklist">
      {!checklist && (
        <>
          <Text size="sm" c="dimmed">
            {t('checklist.empty')}
          </Text>
          <RunbookChooser incident={incident} run={run} label={t('checklist.choose')} />
        </>
      )}
      {checklist && (
        <>
          <Text size="sm" c="dimmed">
            {t('checklist.progress', { done: finished, total: checklist.steps.length })}
          </Text>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Tbody>
              {checklist.steps.map((step) => {
                const question = decisionQuestion(step.decision);
                return (
                  <Table.Tr key={step.id} data-step-state={step.state} data-overdue={step.overdue ? 'true' : undefined}>
                    <Table.Td w={28} c="dimmed">
                      {step.position}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} td={step.state === 'skipped' ? 'line-through' : undefined}>
                        {step.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {role(step.role)} · {step.due ? t('checklist.due', { at: format.dateTime(step.due) }) : t('checklist.noTarget')}
                      </Text>
                      {question && (
                        <Text size="xs" c="dimmed" fs="italic">
                          {t('checklist.decision', { question })}
                        </Text>
                      )}
                      {step.note && <Text size="xs">{step.note}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <StepState step={step} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {step.state === 'open' ? (
                          <>
                            <Button size="compact-xs" variant="light" leftSection={<IconCheck size={12} />} onClick={() => setTicking(step)} aria-label={`${t('checklist.tick')}: ${step.title}`}>
                              {t('checklist.tick')}
                            </Button>
                            <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconPlayerSkipForward size={12} />} onClick={() => setSkipping(step)}>
                              {t('checklist.skip')}
                            </Button>
                          </>
                        ) : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            leftSection={<IconArrowBackUp size={12} />}
                            onClick={() => void run(() => call('incidents.checklist.reopen', { id: incident.id, stepId: step.id }))}
                          >
                            {t('checklist.reopen')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {!started && <RunbookChooser incident={incident} run={run} label={t('checklist.change')} />}
        </>
      )}
      <TickStepDialog
        incident={incident}
        step={ticking}
        onClose={() => setTicking(null)}
        onDone={(saved) => {
          setTicking(null);
          onSaved(saved);
        }}
      />
      <SkipStepDialog
        incident={incident}
        step={skipping}
        onClose={() => setSkipping(null)}
        onDone={(saved) => {
          setSkipping(null);
          onSaved(saved);
        }}
      />
    </Stack>
  );
}
