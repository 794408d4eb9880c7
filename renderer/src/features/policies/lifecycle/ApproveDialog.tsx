// Approving a version in review: who approves, an optional note, and — for a privacy notice whose
// completeness check has missing items — an explicit reason for approving it anyway.
import { Alert, List, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completeness, PolicyVersion, PolicyVersionMeta } from '../../../../../shared/contract/areas/policies';
import { call } from '../../../client/client';
import { ActionDialog } from '../../../components/ActionDialog';

interface ApproveDialogProps {
  opened: boolean;
  policyId: string;
  version: PolicyVersionMeta;
  completeness: Completeness | null;
  defaultApprover: string;
  onClose(): void;
  onApproved(version: PolicyVersion): void;
}

export function ApproveDialog({ opened, policyId, version, completeness, defaultApprover, onClose, onApproved }: ApproveDialogProps) {
  const { t } = useTranslation('policies');
  const [approver, setApprover] = useState(defaultApprover);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  // Only required items block approval; conditional ones are the approver's judgement.
  const missing = completeness ? completeness.items.filter((item) => completeness.missing.includes(item.id)) : [];
  const needsOverride = missing.length > 0;
  const canConfirm = approver.trim() !== '' && (!needsOverride || reason.trim() !== '');

  return (
    <ActionDialog
      opened={opened}
      title={t('lifecycle.approve.title', { number: version.number })}
      confirmLabel={needsOverride ? t('lifecycle.approve.confirmOverride') : t('lifecycle.approve.confirm')}
      color={needsOverride ? 'orange' : 'teal'}
      canConfirm={canConfirm}
      onClose={onClose}
      onConfirm={async () => {
        const approved = await call('policies.approve', {
          policyId,
          versionId: version.id,
          approver: approver.trim(),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(needsOverride ? { override: { reason: reason.trim() } } : {}),
        });
        onApproved(approved);
      }}
    >
      <Text size="sm">{t('lifecycle.approve.body')}</Text>
      <TextInput label={t('lifecycle.approve.approver')} value={approver} onChange={(event) => setApprover(event.currentTarget.value)} required data-autofocus />
      <Textarea label={t('lifecycle.approve.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxRows={6} />
      {needsOverride && (
        <>
          <Alert color="orange" variant="light" title={t('lifecycle.approve.incompleteTitle', { count: missing.length })}>
            <List size="sm" spacing={2}>
              {missing.map((item) => (
                <List.Item key={item.id}>
                  {t(item.labelKey)}{' '}
                  <Text span size="xs" c="dimmed">
                    {t(item.referenceKey)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
          <Textarea
            label={t('lifecycle.approve.overrideReason')}
            description={t('lifecycle.approve.overrideHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxRows={6}
          />
        </>
      )}
    </ActionDialog>
  );
}
