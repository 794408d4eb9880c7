// Recording a drill: the runbook and approved version exercised, date, kind and scenario, who took
// part (people from the list and others by name), the timing table — measured minutes per step
// against the step's target, rows over target flagged — and findings with optional actions.
import { ActionIcon, Button, Card, Checkbox, Group, MultiSelect, NumberInput, Select, Stack, Table, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRILL_ACTION_STATUSES, DRILL_KINDS, type Drill, type DrillActionStatus, type DrillKind, type RunbookStep, type RunbookVersionMeta } from '../../../../shared/contract/areas/runbooks';
import { drillTimings } from '../../../../shared/runbooks/drill-timing';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useProcedure } from '../../lib/use-procedure';
import { formatMinutes } from './runbook-format';

interface FindingDraft {
  id?: string;
  description: string;
  action: { description: string; owner: string; dueDate: string | null; status: DrillActionStatus } | null;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const FIELDS = ['runbookId', 'versionId', 'heldOn', 'kind', 'scenario', 'participantIds', 'externalParticipants', 'timings', 'findings', 'summary'];

export function DrillForm({ drill, onClose, onSaved }: { drill: Drill | null; onClose(): void; onSaved(drill: Drill): void }) {
  const { t } = useTranslation('runbooks');
  const runbooks = useProcedure('runbooks.list');
  const people = useProcedure('people.list');
  const [runbookId, setRunbookId] = useState<string | null>(drill?.runbookId ?? null);
  const [versionId, setVersionId] = useState<string | null>(drill?.versionId ?? null);
  const [heldOn, setHeldOn] = useState<string | null>(drill?.heldOn ?? today());
  const [kind, setKind] = useState<DrillKind>(drill?.kind ?? 'tabletop');
  const [scenario, setScenario] = useState(drill?.scenario ?? '');
  const [participantIds, setParticipantIds] = useState<string[]>(drill?.participants.map((p) => p.id) ?? []);
  const [external, setExternal] = useState<string[]>(drill?.externalParticipants ?? []);
  const [actual, setActual] = useState<Record<string, number | null>>(() => Object.fromEntries((drill?.timings ?? []).map((row) => [row.stepId, row.actualMinutes])));
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries((drill?.timings ?? []).map((row) => [row.stepId, row.note])));
  const [findings, setFindings] = useState<FindingDraft[]>(drill?.findings ?? []);
  const [summary, setSummary] = useState(drill?.summary ?? '');

  const eligible = (runbooks.data ?? []).filter((runbook) => runbook.currentVersion !== null || runbook.id === drill?.runbookId);
  const [versionOptions, setVersionOptions] = useState<RunbookVersionMeta[]>([]);
  const [steps, setSteps] = useState<RunbookStep[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);

  // The approved versions of the chosen runbook, then the steps of the chosen version.
  useEffect(() => {
    let live = true;
    setVersionOptions([]);
    if (runbookId) {
      call('runbooks.get', { id: runbookId })
        .then((detail) => live && setVersionOptions(detail.versions.filter((v) => v.approvedAt !== null)))
        .catch((caught: unknown) => live && setLoadError(caught));
    }
    return () => {
      live = false;
    };
  }, [runbookId]);
  useEffect(() => {
    let live = true;
    setSteps([]);
    if (runbookId && versionId) {
      call('runbooks.versions.get', { runbookId, versionId })
        .then((version) => live && setSteps(version.content.steps))
        .catch((caught: unknown) => live && setLoadError(caught));
    }
    return () => {
      live = false;
    };
  }, [runbookId, versionId]);
  const timings = drillTimings(
    steps,
    steps.map((step) => ({ stepId: step.id, actualMinutes: actual[step.id] ?? null, note: notes[step.id] ?? '' })),
  );

  const setFinding = (index: number, patch: Partial<FindingDraft>) => setFindings((current) => current.map((finding, i) => (i === index ? { ...finding, ...patch } : finding)));

  return (
    <RecordFormModal
      opened
      size={1100}
      title={drill ? t('drills.editTitle', { ref: drill.ref }) : t('drills.newTitle')}
      submitLabel={t('drills.save')}
      fields={FIELDS}
      onClose={onClose}
      remove={
        drill
          ? {
              label: t('drills.delete'),
              title: t('drills.deleteTitle', { ref: drill.ref }),
              body: t('drills.deleteBody'),
              run: async () => {
                await call('runbooks.drills.delete', { id: drill.id });
                onSaved(drill);
              },
            }
          : undefined
      }
      onSubmit={async () => {
        const input = {
          runbookId: runbookId ?? '',
          versionId: versionId ?? '',
          heldOn: heldOn ?? '',
          kind,
          scenario,
          participantIds,
          externalParticipants: external,
          timings: timings.filter((row) => row.actualMinutes !== null || row.note).map((row) => ({ stepId: row.stepId, actualMinutes: row.actualMinutes, note: row.note })),
          findings: findings.map((finding) => ({ ...(finding.id ? { id: finding.id } : {}), description: finding.description, action: finding.action })),
          summary,
        };
        onSaved(drill ? await call('runbooks.drills.update', { id: drill.id, drill: input }) : await call('runbooks.drills.create', input));
      }}
    >
      {(errors) => (
        <>
          <ErrorAlert error={loadError ?? runbooks.error ?? people.error} />
          <Group grow align="flex-start">
            <Select
              label={t('drills.runbook')}
              required
              data={eligible.map((runbook) => ({ value: runbook.id, label: `${runbook.ref} ${runbook.title}` }))}
              value={runbookId}
              onChange={(value) => {
                setRunbookId(value);
                const chosen = eligible.find((runbook) => runbook.id === value);
                setVersionId(chosen?.currentVersion?.id ?? null);
              }}
              error={errors.runbookId}
            />
            <Select
              label={t('drills.version')}
              required
              data={versionOptions.map((v) => ({ value: v.id, label: t('drills.versionOption', { number: v.number, status: t(`status.${v.status}`) }) }))}
              value={versionId}
              onChange={setVersionId}
              error={errors.versionId}
            />
          </Group>
          <Group grow align="flex-start">
            <DateField label={t('drills.heldOn')} required value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
            <Select label={t('drills.kind')} data={DRILL_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} value={kind} allowDeselect={false} onChange={(value) => setKind((value ?? 'tabletop') as DrillKind)} error={errors.kind} />
          </Group>
          <Textarea label={t('drills.scenario')} required value={scenario} onChange={(event) => setScenario(event.currentTarget.value)} autosize minRows={2} error={errors.scenario} />
          <MultiSelect
            label={t('drills.participants')}
            data={(people.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
            value={participantIds}
            onChange={setParticipantIds}
            searchable
            error={errors.participantIds}
          />
          <TagsInput label={t('drills.external')} description={t('drills.externalHint')} value={external} onChange={setExternal} error={errors.externalParticipants} />

          <Stack gap={4} component="section" aria-label={t('drills.timings')}>
            <Text fw={600}>{t('drills.timings')}</Text>
            <Text size="xs" c="dimmed">
              {t('drills.timingsHint')}
            </Text>
            {steps.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('drills.chooseVersion')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing={4} aria-label={t('drills.timings')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>#</Table.Th>
                      <Table.Th>{t('drills.step')}</Table.Th>
                      <Table.Th>{t('drills.target')}</Table.Th>
                      <Table.Th>{t('drills.actual')}</Table.Th>
                      <Table.Th>{t('drills.result')}</Table.Th>
                      <Table.Th>{t('drills.note')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {timings.map((row) => (
                      <Table.Tr key={row.stepId} data-testid={`timing-${row.stepId}`} data-over={row.overTarget ? 'true' : 'false'} bg={row.overTarget ? 'var(--mantine-color-red-light)' : undefined}>
                        <Table.Td>{row.order}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{row.title}</Text>
                          <Text size="xs" c="dimmed">
                            {t(`roles.${row.role}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{formatMinutes(t, row.targetMinutes)}</Table.Td>
                        <Table.Td>
                          <NumberInput
                            size="xs"
                            w={110}
                            min={0}
                            allowDecimal={false}
                            aria-label={t('drills.actualFor', { step: row.title })}
                            value={row.actualMinutes ?? ''}
                            onChange={(value) => setActual((current) => ({ ...current, [row.stepId]: typeof value === 'number' ? value : null }))}
                          />
                        </Table.Td>
                        <Table.Td>
                          {row.deltaMinutes === null ? (
                            '—'
                          ) : row.overTarget ? (
                            <Text size="sm" c="red" fw={700} style={{ whiteSpace: 'nowrap' }}>
                              {t('drills.over', { duration: formatMinutes(t, row.deltaMinutes) })}
                            </Text>
                          ) : (
                            <Text size="sm" c="teal" style={{ whiteSpace: 'nowrap' }}>
                              {t('drills.within')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            size="xs"
                            aria-label={t('drills.noteFor', { step: row.title })}
                            value={row.note}
                            onChange={(event) => {
                              const note = event.currentTarget.value;
                              setNotes((current) => ({ ...current, [row.stepId]: note }));
                            }}
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>

          <Stack gap="xs" component="section" aria-label={t('drills.findings')}>
            <Group justify="space-between">
              <Text fw={600}>{t('drills.findings')}</Text>
              <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setFindings((current) => [...current, { description: '', action: null }])}>
                {t('drills.addFinding')}
              </Button>
            </Group>
            {findings.map((finding, index) => (
              <Card key={finding.id ?? `new-${index}`} withBorder radius="md" padding="xs" component="article" aria-label={t('drills.findingN', { number: index + 1 })}>
                <Group align="flex-start" wrap="nowrap" gap="xs">
                  <Textarea style={{ flex: 1 }} label={t('drills.findingN', { number: index + 1 })} required value={finding.description} onChange={(event) => setFinding(index, { description: event.currentTarget.value })} autosize minRows={1} />
                  <ActionIcon mt={24} variant="subtle" color="red" aria-label={t('drills.removeFinding', { number: index + 1 })} onClick={() => setFindings((current) => current.filter((_, i) => i !== index))}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <Checkbox
                  mt="xs"
                  label={t('drills.raiseAction')}
                  checked={finding.action !== null}
                  onChange={(event) => setFinding(index, { action: event.currentTarget.checked ? { description: '', owner: '', dueDate: null, status: 'open' } : null })}
                />
                {finding.action && (
                  <Stack gap="xs" mt="xs" pl="md">
                    <TextInput label={t('drills.action')} required value={finding.action.description} onChange={(event) => setFinding(index, { action: { ...finding.action!, description: event.currentTarget.value } })} />
                    <Group grow align="flex-start">
                      <TextInput label={t('drills.actionOwner')} value={finding.action.owner} onChange={(event) => setFinding(index, { action: { ...finding.action!, owner: event.currentTarget.value } })} />
                      <DateField label={t('drills.actionDue')} value={finding.action.dueDate} onChange={(value) => setFinding(index, { action: { ...finding.action!, dueDate: value } })} />
                      <Select
                        label={t('drills.actionStatus')}
                        data={DRILL_ACTION_STATUSES.map((value) => ({ value, label: t(`actionStatus.${value}`) }))}
                        value={finding.action.status}
                        allowDeselect={false}
                        onChange={(value) => setFinding(index, { action: { ...finding.action!, status: (value ?? 'open') as DrillActionStatus } })}
                      />
                    </Group>
                  </Stack>
                )}
              </Card>
            ))}
          </Stack>
          <Textarea label={t('drills.summary')} value={summary} onChange={(event) => setSummary(event.currentTarget.value)} autosize minRows={2} error={errors.summary} />
        </>
      )}
    </RecordFormModal>
  );
}
