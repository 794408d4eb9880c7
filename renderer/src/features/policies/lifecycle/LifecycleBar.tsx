// The lifecycle steps the shown version offers — save, submit for review, approve, return to draft,
// publish, start a new draft, discard — each (but saving) behind a confirmation.
import { Button, Group, Text, Textarea } from '@mantine/core';
import { IconCheck, IconDeviceFloppy, IconPencil, IconSend, IconTrash, IconWorldUpload, IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completeness, PolicySummary, PolicyVersion, PolicyVersionMeta } from '../../../../../shared/contract/areas/policies';
import { call } from '../../../client/client';
import { ActionDialog } from '../../../components/ActionDialog';
import { lifecycleActions, type LifecycleAction } from '../policy-view';
import { ApproveDialog } from './ApproveDialog';

interface LifecycleBarProps {
  policy: PolicySummary;
  version: PolicyVersionMeta;
  versions: readonly PolicyVersionMeta[];
  dirty: boolean;
  saving: boolean;
  completeness: Completeness | null;
  /** Saves the draft; a refusal is shown beside the text and rejects, so a step waiting on it stops. */
  onSave(): Promise<void>;
  /** After a step: reload, and show `versionId` (or the default version when null). */
  onChanged(versionId: string | null): void;
}

export function LifecycleBar({ policy, version, versions, dirty, saving, completeness, onSave, onChanged }: LifecycleBarProps) {
  const { t } = useTranslation('policies');
  const [dialog, setDialog] = useState<LifecycleAction | null>(null);
  const [returnNote, setReturnNote] = useState('');
  const actions = lifecycleActions(policy, version, versions);
  const published = versions.find((v) => v.status === 'published' && v.id !== version.id);
  const latest = versions.reduce((best, v) => (v.number > best.number ? v : best), version);
  const ids = { policyId: policy.id, versionId: version.id };
  const done = (changed: PolicyVersion | null) => onChanged(changed ? changed.id : null);
  const close = () => setDialog(null);

  if (actions.length === 0) return null;
  return (
    <Group gap="xs" role="group" aria-label={t('lifecycle.label')}>
      {actions.includes('save') && (
        <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void onSave().catch(() => undefined)} disabled={!dirty} loading={saving}>
          {t('lifecycle.save')}
        </Button>
      )}
      {actions.includes('submit') && (
        <Button leftSection={<IconSend size={16} />} onClick={() => setDialog('submit')}>
          {t('lifecycle.submit.button')}
        </Button>
      )}
      {actions.includes('approve') && (
        <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setDialog('approve')}>
          {t('lifecycle.approve.button')}
        </Button>
      )}
      {actions.includes('returnToDraft') && (
        <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDialog('returnToDraft')}>
          {t('lifecycle.returnToDraft.button')}
        </Button>
      )}
      {actions.includes('publish') && (
        <Button color="teal" leftSection={<IconWorldUpload size={16} />} onClick={() => setDialog('publish')}>
          {t('lifecycle.publish.button')}
        </Button>
      )}
      {actions.includes('startDraft') && (
        <Button variant="light" leftSection={<IconPencil size={16} />} onClick={() => setDialog('startDraft')}>
          {t('lifecycle.startDraft.button')}
        </Button>
      )}
      {actions.includes('discard') && (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('discard')}>
          {t('lifecycle.discard.button')}
        </Button>
      )}

      <ActionDialog
        opened={dialog === 'submit'}
        title={t('lifecycle.submit.title', { number: version.number })}
        confirmLabel={t('lifecycle.submit.confirm')}
        onClose={close}
        onConfirm={async () => {
          if (dirty) await onSave();
          done(await call('policies.submit', ids));
        }}
      >
        <Text size="sm">{dirty ? t('lifecycle.submit.bodyUnsaved') : t('lifecycle.submit.body')}</Text>
      </ActionDialog>

      {dialog === 'approve' && (
        <ApproveDialog opened policyId={policy.id} version={version} completeness={completeness} defaultApprover="" onClose={close} onApproved={(approved) => done(approved)} />
      )}

      <ActionDialog
        opened={dialog === 'returnToDraft'}
        title={t('lifecycle.returnToDraft.title', { number: version.number })}
        confirmLabel={t('lifecycle.returnToDraft.confirm')}
        onClose={close}
        onConfirm={async () => done(await call('policies.returnToDraft', { ...ids, note: returnNote.trim() }))}
      >
        <Text size="sm">{t('lifecycle.returnToDraft.body')}</Text>
        <Textarea label={t('lifecycle.returnToDraft.note')} value={returnNote} onChange={(event) => setReturnNote(event.currentTarget.value)} autosize minRows={2} data-autofocus />
      </ActionDialog>

      <ActionDialog
        opened={dialog === 'publish'}
        title={t('lifecycle.publish.title', { number: version.number })}
        confirmLabel={t('lifecycle.publish.confirm')}
        color="teal"
        onClose={close}
        onConfirm={async () => done(await call('policies.publish', ids))}
      >
        <Text size="sm">{published ? t('lifecycle.publish.bodySupersedes', { number: published.number }) : t('lifecycle.publish.body')}</Text>
      </ActionDialog>

      <ActionDialog
        opened={dialog === 'startDraft'}
        title={t('lifecycle.startDraft.title')}
        confirmLabel={t('lifecycle.startDraft.confirm')}
        onClose={close}
        onConfirm={async () => done(await call('policies.draft.start', { policyId: policy.id }))}
      >
        <Text size="sm">{t('lifecycle.startDraft.body', { number: latest.number, next: latest.number + 1 })}</Text>
      </ActionDialog>

      <ActionDialog
        opened={dialog === 'discard'}
        title={t('lifecycle.discard.title', { number: version.number })}
        confirmLabel={t('lifecycle.discard.confirm')}
        color="red"
        onClose={close}
        onConfirm={async () => {
          await call('policies.draft.discard', ids);
          done(null);
        }}
      >
        <Text size="sm">{t('lifecycle.discard.body')}</Text>
      </ActionDialog>
    </Group>
  );
}
