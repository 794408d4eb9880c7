// The draft editor: scope, who fills each role, the ordered steps (moved with up and down buttons)
// with responsible role, time target and decision points, and the contact list. The content rules
// (roles assigned, decisions leading to steps of the runbook) are checked as you type.
import { ActionIcon, Alert, Button, Card, Checkbox, Group, List, NumberInput, Select, Stack, Switch, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RUNBOOK_ROLES, type RunbookContent, type RunbookRole, type RunbookStep, type RunbookVersion } from '../../../../shared/contract/areas/runbooks';
import { contentIssues, freshStepId, moveStep, type ContentIssue } from '../../../../shared/runbooks/runbook-rules';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMinutes } from './runbook-format';

const END = '__end__';

function issueWhere(t: (key: string, options?: Record<string, unknown>) => string, issue: ContentIssue): string {
  const [, section, index] = issue.path;
  if (section === 'steps' && typeof index === 'number') return t('editor.stepN', { number: index + 1 });
  if (section === 'roles' && typeof index === 'number') return t('editor.roleN', { number: index + 1 });
  return '';
}

export function RunbookEditor({ runbookId, version, onSaved }: { runbookId: string; version: RunbookVersion; onSaved(version: RunbookVersion): void }) {
  const { t } = useTranslation('runbooks');
  const [content, setContent] = useState<RunbookContent>(version.content);
  const [changeNote, setChangeNote] = useState(version.changeNote);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = contentIssues(content);
  const roleOptions = RUNBOOK_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  const update = (patch: Partial<RunbookContent>) => setContent((current) => ({ ...current, ...patch }));
  const updateStep = (index: number, patch: Partial<RunbookStep>) => update({ steps: content.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) });

  async function save() {
    setSaving(true);
    setError(null);
    try {
      onSaved(await call('runbooks.draft.save', { runbookId, versionId: version.id, content, changeNote }));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap="md" component="section" aria-label={t('editor.title', { number: version.number })}>
      <Textarea label={t('editor.scope')} value={content.scope} onChange={(event) => update({ scope: event.currentTarget.value })} autosize minRows={2} maxRows={8} />

      <Card withBorder radius="md" padding="sm" component="section" aria-label={t('editor.roles')}>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('editor.roles')}</Text>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            disabled={content.roles.length >= RUNBOOK_ROLES.length}
            onClick={() => {
              const free = RUNBOOK_ROLES.find((role) => !content.roles.some((assigned) => assigned.role === role))!;
              update({ roles: [...content.roles, { role: free, assignee: '' }] });
            }}
          >
            {t('editor.addRole')}
          </Button>
        </Group>
        {content.roles.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('editor.noRoles')}
          </Text>
        )}
        <Stack gap="xs">
          {content.roles.map((role, index) => (
            <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
              <Select
                w={240}
                label={index === 0 ? t('editor.role') : undefined}
                aria-label={t('editor.role')}
                data={roleOptions}
                value={role.role}
                allowDeselect={false}
                onChange={(value) => update({ roles: content.roles.map((r, i) => (i === index ? { ...r, role: (value ?? r.role) as RunbookRole } : r)) })}
              />
              <TextInput
                style={{ flex: 1 }}
                label={index === 0 ? t('editor.assignee') : undefined}
                aria-label={t('editor.assigneeOf', { role: t(`roles.${role.role}`) })}
                value={role.assignee}
                onChange={(event) => {
                  const assignee = event.currentTarget.value;
                  update({ roles: content.roles.map((r, i) => (i === index ? { ...r, assignee } : r)) });
                }}
              />
              <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeRole', { role: t(`roles.${role.role}`) })} onClick={() => update({ roles: content.roles.filter((_, i) => i !== index) })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-label={t('editor.steps')}>
        <Group justify="space-between">
          <Text fw={600}>{t('editor.steps')}</Text>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => update({ steps: [...content.steps, { id: freshStepId(content), title: '', instructions: '', role: content.roles[0]?.role ?? 'incident_lead', targetMinutes: null, decision: null }] })}
          >
            {t('editor.addStep')}
          </Button>
        </Group>
        {content.steps.map((step, index) => (
          <Card key={step.id} withBorder radius="md" padding="sm" component="article" aria-label={t('editor.stepN', { number: index + 1 })}>
            <Group justify="space-between" mb="xs">
              <Text fw={600}>{t('editor.stepN', { number: index + 1 })}</Text>
              <Group gap={4}>
                <ActionIcon variant="subtle" disabled={index === 0} aria-label={t('editor.moveUp', { number: index + 1 })} onClick={() => update({ steps: moveStep(content.steps, index, -1) })}>
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" disabled={index === content.steps.length - 1} aria-label={t('editor.moveDown', { number: index + 1 })} onClick={() => update({ steps: moveStep(content.steps, index, 1) })}>
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeStep', { number: index + 1 })} onClick={() => update({ steps: content.steps.filter((_, i) => i !== index) })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
            <Stack gap="xs">
              <TextInput label={t('editor.stepTitle')} required value={step.title} onChange={(event) => updateStep(index, { title: event.currentTarget.value })} />
              <Group grow align="flex-start">
                <Select label={t('editor.responsible')} data={roleOptions} value={step.role} allowDeselect={false} onChange={(value) => updateStep(index, { role: (value ?? step.role) as RunbookRole })} />
                <NumberInput
                  label={t('editor.target')}
                  description={step.targetMinutes !== null ? formatMinutes(t, step.targetMinutes) : t('editor.noTarget')}
                  min={0}
                  allowDecimal={false}
                  value={step.targetMinutes ?? ''}
                  onChange={(value) => updateStep(index, { targetMinutes: typeof value === 'number' ? value : null })}
                />
              </Group>
              <Textarea label={t('editor.instructions')} value={step.instructions} onChange={(event) => updateStep(index, { instructions: event.currentTarget.value })} autosize minRows={2} maxRows={8} />
              <Switch
                label={t('editor.decision')}
                checked={step.decision !== null}
                onChange={(event) =>
                  updateStep(index, {
                    decision: event.currentTarget.checked
                      ? { question: '', options: [{ answer: t('editor.yes'), goTo: content.steps[index + 1]?.id ?? null }, { answer: t('editor.no'), goTo: null }] }
                      : null,
                  })
                }
              />
              {step.decision && (
                <Stack gap="xs" pl="md">
                  <TextInput label={t('editor.question')} required value={step.decision.question} onChange={(event) => updateStep(index, { decision: { ...step.decision!, question: event.currentTarget.value } })} />
                  {step.decision.options.map((option, optionIndex) => (
                    <Group key={optionIndex} gap="xs" wrap="nowrap" align="flex-end">
                      <TextInput
                        style={{ flex: 1 }}
                        label={t('editor.answer')}
                        value={option.answer}
                        onChange={(event) => {
                          const answer = event.currentTarget.value;
                          updateStep(index, { decision: { ...step.decision!, options: step.decision!.options.map((o, i) => (i === optionIndex ? { ...o, answer } : o)) } });
                        }}
                      />
                      <Select
                        style={{ flex: 1 }}
                        label={t('editor.goTo')}
                        data={[
                          ...content.steps.filter((other) => other.id !== step.id).map((other) => ({ value: other.id, label: `${content.steps.indexOf(other) + 1}. ${other.title || t('editor.untitled')}` })),
                          { value: END, label: t('editor.end') },
                        ]}
                        value={option.goTo ?? END}
                        allowDeselect={false}
                        onChange={(value) => updateStep(index, { decision: { ...step.decision!, options: step.decision!.options.map((o, i) => (i === optionIndex ? { ...o, goTo: !value || value === END ? null : value } : o)) } })}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        disabled={step.decision!.options.length <= 2}
                        aria-label={t('editor.removeAnswer')}
                        onClick={() => updateStep(index, { decision: { ...step.decision!, options: step.decision!.options.filter((_, i) => i !== optionIndex) } })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ))}
                  <Group>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPlus size={12} />}
                      disabled={step.decision.options.length >= 6}
                      onClick={() => updateStep(index, { decision: { ...step.decision!, options: [...step.decision!.options, { answer: '', goTo: null }] } })}
                    >
                      {t('editor.addAnswer')}
                    </Button>
                  </Group>
                </Stack>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>

      <Card withBorder radius="md" padding="sm" component="section" aria-label={t('editor.contacts')}>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('editor.contacts')}</Text>
          <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => update({ contacts: [...content.contacts, { name: '', role: '', phone: '', email: '', external: false }] })}>
            {t('editor.addContact')}
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contacts.name')}</Table.Th>
                <Table.Th>{t('contacts.role')}</Table.Th>
                <Table.Th>{t('contacts.phone')}</Table.Th>
                <Table.Th>{t('contacts.email')}</Table.Th>
                <Table.Th>{t('contacts.external')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.contacts.map((contact, index) => {
                const set = (patch: Partial<typeof contact>) => update({ contacts: content.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
                return (
                  <Table.Tr key={index}>
                    <Table.Td>
                      <TextInput size="xs" aria-label={t('contacts.name')} value={contact.name} onChange={(event) => set({ name: event.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" aria-label={t('contacts.role')} value={contact.role} onChange={(event) => set({ role: event.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" aria-label={t('contacts.phone')} value={contact.phone} onChange={(event) => set({ phone: event.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" aria-label={t('contacts.email')} value={contact.email} onChange={(event) => set({ email: event.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox aria-label={t('contacts.external')} checked={contact.external} onChange={(event) => set({ external: event.currentTarget.checked })} />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeContact')} onClick={() => update({ contacts: content.contacts.filter((_, i) => i !== index) })}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      {issues.length > 0 && (
        <Alert color="orange" variant="light" title={t('editor.issues', { count: issues.length })} data-testid="content-issues">
          <List size="sm" spacing={2}>
            {issues.map((issue, index) => (
              <List.Item key={index}>
                {issueWhere(t, issue)}: {t(`errors:issues.${issue.code}`)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Group justify="space-between" align="flex-end">
        <TextInput style={{ flex: 1 }} label={t('editor.changeNote')} value={changeNote} onChange={(event) => setChangeNote(event.currentTarget.value)} />
        <Button leftSection={<IconDeviceFloppy size={16} />} loading={saving} disabled={issues.length > 0} onClick={() => void save()}>
          {t('editor.save')}
        </Button>
      </Group>
    </Stack>
  );
}
