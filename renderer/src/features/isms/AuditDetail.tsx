// One internal audit: what it covered and concluded, its findings (major/minor nonconformity,
// observation, opportunity for improvement) and each finding's corrective actions (ISO/IEC 27001
// 10.2), verified by a named person. An agenda link may name an action to bring into view.
import { Anchor, Badge, Button, Card, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, FINDING_TYPES, type CorrectiveAction, type CorrectiveActionInput, type Finding, type FindingInput } from '../../../../shared/contract';
import { resolveIsoRef } from '../../../../shared/frameworks';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { EnumBadge } from '../../components/EnumBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { RecordFormModal } from '../../components/RecordFormModal';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { useLocalized } from '../../lib/localized';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { AuditModal } from './AuditsPanel';

const FINDING_FIELDS = ['type', 'reference', 'description', 'owner', 'status'] as const;
const ACTION_FIELDS = ['description', 'rootCause', 'owner', 'dueDate', 'status', 'verifiedBy', 'verificationNote'] as const;
const OPEN_ACTION_STATUSES: readonly CorrectiveAction['status'][] = ['open', 'in_progress'];

type FindingWithActions = Finding & { actions: CorrectiveAction[] };

function FindingModal({ auditId, finding, onClose, onSaved }: { auditId: string; finding: Finding | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FindingInput>(
    finding
      ? { auditId, type: finding.type, reference: finding.reference, description: finding.description, owner: finding.owner, status: finding.status }
      : { auditId, type: 'minor_nonconformity', reference: '', description: '', owner: '', status: 'open' },
  );
  const update = (change: Partial<FindingInput>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <RecordFormModal
      opened
      title={finding ? t('isms.findings.edit', { ref: finding.ref }) : t('isms.findings.new')}
      onClose={onClose}
      fields={FINDING_FIELDS}
      onSubmit={async () => {
        if (finding) await call('findings.update', { id: finding.id, finding: draft });
        else await call('findings.create', draft);
        notifySuccess(t('isms.findings.saved'));
        onSaved();
      }}
    >
      {(errors) => (
        <>
          <SimpleGrid cols={2}>
            <Select
              label={t('isms.findings.fields.type')}
              value={draft.type}
              onChange={(value) => value && update({ type: value as FindingInput['type'] })}
              data={FINDING_TYPES.map((value) => ({ value, label: t(`enums.findingType.${value}`) }))}
              allowDeselect={false}
              error={errors.type}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput label={t('isms.findings.fields.reference')} description={t('isms.findings.referenceHint')} value={draft.reference} onChange={(event) => update({ reference: event.currentTarget.value })} error={errors.reference} />
          </SimpleGrid>
          <Textarea label={t('isms.findings.fields.description')} required autosize minRows={3} maxRows={10} value={draft.description} onChange={(event) => update({ description: event.currentTarget.value })} error={errors.description} data-autofocus />
          <SimpleGrid cols={2}>
            <TextInput label={t('isms.findings.fields.owner')} value={draft.owner} onChange={(event) => update({ owner: event.currentTarget.value })} error={errors.owner} />
            <Select
              label={t('isms.findings.fields.status')}
              value={draft.status}
              onChange={(value) => value && update({ status: value as FindingInput['status'] })}
              data={(['open', 'closed'] as const).map((value) => ({ value, label: t(`enums.findingStatus.${value}`) }))}
              allowDeselect={false}
              error={errors.status}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        </>
      )}
    </RecordFormModal>
  );
}

function ActionModal({ findingId, findingRef, action, onClose, onSaved }: { findingId: string; findingRef: string; action: CorrectiveAction | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CorrectiveActionInput>(
    action
      ? {
          findingId,
          description: action.description,
          rootCause: action.rootCause,
          owner: action.owner,
          dueDate: action.dueDate,
          status: action.status,
          verifiedBy: action.verifiedBy,
          verificationNote: action.verificationNote,
        }
      : { findingId, description: '', rootCause: '', owner: '', dueDate: null, status: 'open', verifiedBy: '', verificationNote: '' },
  );
  const update = (change: Partial<CorrectiveActionInput>) => setDraft((current) => ({ ...current, ...change }));
  const verifying = draft.status === 'verified';
  return (
    <RecordFormModal
      opened
      size="xl"
      title={action ? t('isms.actions.edit', { ref: findingRef }) : t('isms.actions.new', { ref: findingRef })}
      onClose={onClose}
      fields={ACTION_FIELDS}
      onSubmit={async () => {
        if (action) await call('actions.update', { id: action.id, action: draft });
        else await call('actions.create', draft);
        notifySuccess(t('isms.actions.saved'));
        onSaved();
      }}
      remove={
        action
          ? {
              label: t('common.delete'),
              title: t('isms.actions.deleteTitle'),
              body: t('isms.actions.deleteBody'),
              run: async () => {
                await call('actions.delete', { id: action.id });
                notifySuccess(t('isms.actions.deleted'));
                onSaved();
              },
            }
          : undefined
      }
    >
      {(errors) => (
        <>
          <Textarea label={t('isms.actions.fields.description')} required autosize minRows={2} maxRows={8} value={draft.description} onChange={(event) => update({ description: event.currentTarget.value })} error={errors.description} data-autofocus />
          <Textarea label={t('isms.actions.fields.rootCause')} autosize minRows={2} maxRows={8} value={draft.rootCause} onChange={(event) => update({ rootCause: event.currentTarget.value })} error={errors.rootCause} />
          <SimpleGrid cols={3}>
            <TextInput label={t('isms.actions.fields.owner')} value={draft.owner} onChange={(event) => update({ owner: event.currentTarget.value })} error={errors.owner} />
            <DateField label={t('isms.actions.fields.dueDate')} value={draft.dueDate} onChange={(dueDate) => update({ dueDate })} error={errors.dueDate} />
            <Select
              label={t('isms.actions.fields.status')}
              value={draft.status}
              onChange={(value) => value && update({ status: value as CorrectiveActionInput['status'] })}
              data={ACTION_STATUSES.map((value) => ({ value, label: t(`enums.actionStatus.${value}`) }))}
              allowDeselect={false}
              error={errors.status ?? errors.findingId}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Paper withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('isms.actions.verification')}
              </Text>
              <TextInput
                label={t('isms.actions.fields.verifiedBy')}
                description={t('isms.actions.verifiedByHint')}
                withAsterisk={verifying}
                value={draft.verifiedBy}
                onChange={(event) => update({ verifiedBy: event.currentTarget.value })}
                error={errors.verifiedBy}
              />
              <Textarea label={t('isms.actions.fields.verificationNote')} autosize minRows={2} maxRows={6} value={draft.verificationNote} onChange={(event) => update({ verificationNote: event.currentTarget.value })} error={errors.verificationNote} />
            </Stack>
          </Paper>
        </>
      )}
    </RecordFormModal>
  );
}

function ReferenceText({ reference }: { reference: string }) {
  const pick = useLocalized();
  if (!reference) return null;
  const resolved = resolveIsoRef(reference);
  return (
    <Badge variant="outline" color="gray" radius="sm" style={{ textTransform: 'none' }} title={resolved ? pick(resolved.title) : undefined}>
      {resolved ? `${reference} · ${pick(resolved.title)}` : reference}
    </Badge>
  );
}

function FindingCard({
  finding,
  highlight,
  onEdit,
  onDelete,
  onAddAction,
  onEditAction,
}: {
  finding: FindingWithActions;
  highlight?: string;
  onEdit(): void;
  onDelete(): void;
  onAddAction(): void;
  onEditAction(action: CorrectiveAction): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = today();
  const highlightRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    highlightRef.current?.scrollIntoView?.({ block: 'center' });
  }, []);

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={`${finding.ref} ${t(`enums.findingType.${finding.type}`)}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Group gap="xs">
          <Text fw={700}>{finding.ref}</Text>
          <EnumBadge kind="findingType" value={finding.type} />
          <EnumBadge kind="findingStatus" value={finding.status} />
          <ReferenceText reference={finding.reference} />
        </Group>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={onEdit}>
            {t('common.edit')}
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={onDelete} aria-label={t('isms.findings.deleteNamed', { ref: finding.ref })}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {finding.description}
      </Text>
      {finding.owner && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('isms.findings.ownerIs', { owner: finding.owner })}
        </Text>
      )}
      <Group justify="space-between" mt="md" mb={4}>
        <Text size="sm" fw={600}>
          {t('isms.actions.title')}
        </Text>
        <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={onAddAction}>
          {t('isms.actions.add')}
        </Button>
      </Group>
      {finding.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('isms.actions.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} highlightOnHover aria-label={t('isms.actions.tableLabel', { ref: finding.ref })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('isms.actions.fields.description')}</Table.Th>
                <Table.Th w={180}>{t('isms.actions.fields.owner')}</Table.Th>
                <Table.Th w={130}>{t('isms.actions.fields.dueDate')}</Table.Th>
                <Table.Th w={110}>{t('isms.actions.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {finding.actions.map((action) => {
                const overdue = action.dueDate !== null && action.dueDate < now && OPEN_ACTION_STATUSES.includes(action.status);
                const highlighted = action.id === highlight;
                return (
                  <Table.Tr
                    key={action.id}
                    ref={highlighted ? highlightRef : undefined}
                    className="custos-clickable-row"
                    onClick={() => onEditAction(action)}
                    bg={highlighted ? 'var(--mantine-primary-color-light)' : undefined}
                    data-action-id={action.id}
                  >
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        onClick={(event) => {
                          event.stopPropagation();
                          onEditAction(action);
                        }}
                      >
                        {action.description}
                      </Anchor>
                      {action.status === 'verified' && action.verifiedBy && (
                        <Text size="xs" c="dimmed">
                          {t('isms.actions.verifiedBy', { name: action.verifiedBy })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {action.owner}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                        {action.dueDate ? format.day(action.dueDate) : '—'}
                      </Text>
                      {overdue && (
                        <Text size="xs" c="red">
                          {t('isms.actions.overdue')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <EnumBadge kind="actionStatus" value={action.status} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

type Editing =
  | { kind: 'audit' }
  | { kind: 'finding'; finding: Finding | null }
  | { kind: 'action'; finding: FindingWithActions; action: CorrectiveAction | null }
  | null;

export function AuditDetail({ auditId, actionId, onChanged }: { auditId: string; actionId?: string; onChanged(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const detail = useProcedure('audits.get', { id: auditId });
  const [editing, setEditing] = useState<Editing>(null);
  const [deletingAudit, setDeletingAudit] = useState(false);
  const [deletingFinding, setDeletingFinding] = useState<Finding | null>(null);

  function changed() {
    setEditing(null);
    void detail.reload();
    onChanged();
  }

  const back = (
    <Anchor component="button" type="button" size="sm" onClick={() => navigate({ page: 'audits', params: {} })}>
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('isms.audits.back')}
      </Group>
    </Anchor>
  );

  if (detail.error) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={detail.error} />
      </Stack>
    );
  }
  if (!detail.data) return <LoadingState />;
  const { audit, findings } = detail.data;

  return (
    <Stack gap="lg">
      {back}
      <Card withBorder radius="md" padding="lg" component="section" aria-label={`${audit.ref} ${audit.title}`}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
          <Stack gap={2}>
            <Group gap="xs">
              <Badge variant="light" radius="sm" size="lg">
                {audit.ref}
              </Badge>
              <EnumBadge kind="auditStatus" value={audit.status} size="lg" />
            </Group>
            <Title order={2} size="h3" mt={4}>
              {audit.title}
            </Title>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing({ kind: 'audit' })}>
              {t('common.edit')}
            </Button>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeletingAudit(true)}>
              {t('isms.audits.delete')}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('isms.audits.fields.auditor')}
            </Text>
            <Text size="sm">{audit.auditor || '—'}</Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('isms.audits.fields.plannedDate')}
            </Text>
            <Text size="sm">{format.day(audit.plannedDate)}</Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('isms.audits.fields.performedDate')}
            </Text>
            <Text size="sm">{audit.performedDate ? format.day(audit.performedDate) : '—'}</Text>
          </Stack>
        </SimpleGrid>
        {audit.scope && (
          <Stack gap={2} mb="sm">
            <Text size="xs" c="dimmed">
              {t('isms.audits.fields.scope')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {audit.scope}
            </Text>
          </Stack>
        )}
        {audit.conclusion && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('isms.audits.fields.conclusion')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {audit.conclusion}
            </Text>
          </Stack>
        )}
      </Card>

      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('isms.findings.title', { count: findings.length })}
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'finding', finding: null })}>
          {t('isms.findings.add')}
        </Button>
      </Group>
      {findings.length === 0 ? (
        <Card withBorder radius="md">
          <EmptyState title={t('isms.findings.empty')} />
        </Card>
      ) : (
        findings.map((finding) => (
          <FindingCard
            key={finding.id}
            finding={finding}
            highlight={actionId}
            onEdit={() => setEditing({ kind: 'finding', finding })}
            onDelete={() => setDeletingFinding(finding)}
            onAddAction={() => setEditing({ kind: 'action', finding, action: null })}
            onEditAction={(action) => setEditing({ kind: 'action', finding, action })}
          />
        ))
      )}

      {editing?.kind === 'audit' && <AuditModal audit={audit} onClose={() => setEditing(null)} onSaved={changed} />}
      {editing?.kind === 'finding' && <FindingModal auditId={audit.id} finding={editing.finding} onClose={() => setEditing(null)} onSaved={changed} />}
      {editing?.kind === 'action' && (
        <ActionModal findingId={editing.finding.id} findingRef={editing.finding.ref} action={editing.action} onClose={() => setEditing(null)} onSaved={changed} />
      )}
      <ConfirmDialog
        opened={deletingAudit}
        title={t('isms.audits.deleteTitle', { ref: audit.ref })}
        confirmLabel={t('isms.audits.delete')}
        onClose={() => setDeletingAudit(false)}
        onConfirm={async () => {
          await call('audits.delete', { id: audit.id });
          notifySuccess(t('isms.audits.deleted', { ref: audit.ref }));
          onChanged();
          navigate({ page: 'audits', params: {} });
        }}
      >
        {t('isms.audits.deleteBody', { ref: audit.ref, title: audit.title })}
      </ConfirmDialog>
      <ConfirmDialog
        opened={deletingFinding !== null}
        title={t('isms.findings.deleteTitle', { ref: deletingFinding?.ref ?? '' })}
        confirmLabel={t('common.delete')}
        onClose={() => setDeletingFinding(null)}
        onConfirm={async () => {
          if (!deletingFinding) return;
          await call('findings.delete', { id: deletingFinding.id });
          notifySuccess(t('isms.findings.deleted', { ref: deletingFinding.ref }));
          changed();
        }}
      >
        {t('isms.findings.deleteBody', { ref: deletingFinding?.ref ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
