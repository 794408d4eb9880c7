// One runbook: its versions (with approval, SHA-256 and supersession), the open draft in the editor
// or an approved version read-only, and the lifecycle buttons: approve, start a new draft, discard.
import { Anchor, Badge, Button, Card, Code, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunbookVersionMeta } from '../../../../shared/contract/areas/runbooks';
import { call } from '../../client/client';
import { ActionDialog } from '../../components/ActionDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { RunbookEditor } from './RunbookEditor';
import { RunbookView } from './RunbookView';
import { STATUS_COLORS } from './runbook-format';

function VersionContent({ runbookId, version, onSaved }: { runbookId: string; version: RunbookVersionMeta; onSaved(): void }) {
  const loaded = useProcedure('runbooks.versions.get', { runbookId, versionId: version.id });
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  if (!loaded.data) return <LoadingState />;
  return loaded.data.status === 'draft' ? (
    <RunbookEditor
      key={`${loaded.data.id}-${loaded.data.updatedAt}`}
      runbookId={runbookId}
      version={loaded.data}
      onSaved={(saved) => {
        loaded.setData(saved);
        onSaved();
      }}
    />
  ) : (
    <RunbookView content={loaded.data.content} />
  );
}

export function RunbookDetail({ id, onBack, onChanged }: { id: string; onBack(): void; onChanged(): void }) {
  const { t } = useTranslation('runbooks');
  const format = useFormat();
  const detail = useProcedure('runbooks.get', { id });
  const [selected, setSelected] = useState<string | null>(null);
  const [approving, setApproving] = useState<RunbookVersionMeta | null>(null);
  const [discarding, setDiscarding] = useState<RunbookVersionMeta | null>(null);
  const [approver, setApprover] = useState('');
  const [note, setNote] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [details, setDetails] = useState({ title: '', owner: '' });

  const versions = detail.data?.versions ?? [];
  const draft = versions.find((v) => v.status === 'draft') ?? null;
  const shown = versions.find((v) => v.id === selected) ?? draft ?? versions.find((v) => v.status === 'approved') ?? versions[0] ?? null;

  useEffect(() => setSelected(null), [id]);

  async function reload() {
    await detail.reload();
    onChanged();
  }

  async function startDraft() {
    setActionError(null);
    try {
      const version = await call('runbooks.draft.start', { runbookId: id });
      await reload();
      setSelected(version.id);
    } catch (caught) {
      setActionError(caught);
    }
  }

  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <LoadingState />;
  const { runbook } = detail.data;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor component="button" type="button" onClick={onBack}>
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('detail.back')}
          </Group>
        </Anchor>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => {
              setDetails({ title: runbook.title, owner: runbook.owner });
              setEditing(true);
            }}
          >
            {t('detail.edit')}
          </Button>
          {versions.every((v) => v.approvedAt === null) && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
              {t('detail.delete')}
            </Button>
          )}
          {!draft && (
            <Button variant="light" leftSection={<IconCopy size={16} />} onClick={() => void startDraft()}>
              {t('detail.newDraft')}
            </Button>
          )}
        </Group>
      </Group>
      <Group gap="sm" align="baseline">
        <Title order={3}>{runbook.title}</Title>
        <Text c="dimmed">{runbook.ref}</Text>
        <Badge variant="light" color={STATUS_COLORS[runbook.status]} radius="sm" style={{ textTransform: 'none' }}>
          {t(`status.${runbook.status}`)}
        </Badge>
      </Group>
      <ErrorAlert error={actionError} />
      <Card withBorder radius="md" padding="sm" component="section" aria-label={t('versions.title')}>
        <Text fw={600} mb="xs">
          {t('versions.title')}
        </Text>
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr key={version.id} bg={shown?.id === version.id ? 'var(--mantine-color-default-hover)' : undefined} data-testid={`version-${version.number}`}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => setSelected(version.id)}>
                    {t('versions.number', { number: version.number })}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[version.status]} radius="sm" style={{ textTransform: 'none' }}>
                    {t(`status.${version.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {version.approvedAt ? t('versions.approvedBy', { name: version.approvedBy, date: format.dateTime(version.approvedAt) }) : t('versions.editedOn', { date: format.dateTime(version.updatedAt) })}
                  </Text>
                  {version.supersededAt && (
                    <Text size="xs" c="dimmed">
                      {t('versions.supersededOn', { date: format.dateTime(version.supersededAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{version.sha256 && <Code title={version.sha256}>{t('versions.sha', { hash: version.sha256.slice(0, 12) })}</Code>}</Table.Td>
                <Table.Td>
                  {version.status === 'draft' && (
                    <Group gap="xs" justify="flex-end">
                      <Button size="compact-sm" color="teal" leftSection={<IconCheck size={14} />} onClick={() => setApproving(version)}>
                        {t('versions.approve')}
                      </Button>
                      {version.number > 1 && (
                        <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setDiscarding(version)}>
                          {t('versions.discard')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {shown && <VersionContent key={`${shown.id}-${shown.status}`} runbookId={id} version={shown} onSaved={() => void reload()} />}
      {approving && (
        <ActionDialog
          opened
          title={t('approve.title', { number: approving.number })}
          confirmLabel={t('approve.confirm')}
          color="teal"
          canConfirm={approver.trim() !== ''}
          onClose={() => setApproving(null)}
          onConfirm={async () => {
            await call('runbooks.approve', { runbookId: id, versionId: approving.id, approver: approver.trim(), ...(note.trim() ? { note: note.trim() } : {}) });
            setNote('');
            setSelected(approving.id);
            await reload();
          }}
        >
          <Text size="sm">{t('approve.body')}</Text>
          <TextInput label={t('approve.approver')} value={approver} onChange={(event) => setApprover(event.currentTarget.value)} required data-autofocus />
          <Textarea label={t('approve.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} />
        </ActionDialog>
      )}
      <RecordFormModal
        opened={editing}
        title={t('detail.editTitle')}
        fields={['title', 'owner']}
        onClose={() => setEditing(false)}
        onSubmit={async () => {
          await call('runbooks.update', { id, title: details.title, owner: details.owner });
          setEditing(false);
          await reload();
        }}
      >
        {(errors) => (
          <>
            <TextInput label={t('create.titleField')} required value={details.title} onChange={(event) => setDetails({ ...details, title: event.currentTarget.value })} error={errors.title} />
            <TextInput label={t('create.owner')} value={details.owner} onChange={(event) => setDetails({ ...details, owner: event.currentTarget.value })} error={errors.owner} />
          </>
        )}
      </RecordFormModal>
      {deleting && (
        <ConfirmDialog
          opened
          title={t('detail.deleteTitle', { ref: runbook.ref })}
          confirmLabel={t('detail.delete')}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await call('runbooks.delete', { id });
            onChanged();
            onBack();
          }}
        >
          {t('detail.deleteBody')}
        </ConfirmDialog>
      )}
      {discarding && (
        <ConfirmDialog
          opened
          title={t('discard.title', { number: discarding.number })}
          confirmLabel={t('versions.discard')}
          onClose={() => setDiscarding(null)}
          onConfirm={async () => {
            await call('runbooks.draft.discard', { runbookId: id, versionId: discarding.id });
            setSelected(null);
            await reload();
          }}
        >
          {t('discard.body')}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
