// Recording a step that the requester is told about: confirm receipt, extend, respond, refuse, or a
// withdrawal. The letter is drafted in the requester's language from the request (and the reasons
// typed here); it can be edited, copied, drafted again, and is stored as sent with the step.
import { Button, CopyButton, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCopy, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFUSAL_REASONS, type DataSubjectRequest, type LetterKind } from '../../../../shared/contract/areas/requests';
import { call } from '../../client/client';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useFormat } from '../../lib/format';
import { isoToLocalInput, localInputToIso } from './request-view';

export type LetterAction = 'confirmReceipt' | 'extend' | 'respond' | 'refuse' | 'withdraw';

const LETTER_OF: Record<LetterAction, LetterKind | null> = { confirmReceipt: 'acknowledgement', extend: 'extension', respond: 'response', refuse: 'refusal', withdraw: null };
const DATE_FIELD: Record<LetterAction, 'sentAt' | 'noticeSentAt' | 'respondedAt' | 'refusedAt' | 'withdrawnAt'> = {
  confirmReceipt: 'sentAt',
  extend: 'noticeSentAt',
  respond: 'respondedAt',
  refuse: 'refusedAt',
  withdraw: 'withdrawnAt',
};
const FIELDS = ['sentAt', 'noticeSentAt', 'respondedAt', 'refusedAt', 'withdrawnAt', 'reason', 'explanation', 'letter', 'note', 'id'] as const;

type RefusalReason = (typeof REFUSAL_REASONS)[number];

interface ActionDialogProps {
  request: DataSubjectRequest;
  action: LetterAction | null;
  onClose(): void;
  onDone(request: DataSubjectRequest): void;
}

export function ActionDialog({ request, action, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const [at, setAt] = useState(() => isoToLocalInput(Date.now()));
  const [reason, setReason] = useState('');
  const [refusalReason, setRefusalReason] = useState<RefusalReason>('identity_not_verified');
  const [explanation, setExplanation] = useState('');
  const [letter, setLetter] = useState('');
  const kind = action ? LETTER_OF[action] : null;

  async function draft(): Promise<void> {
    if (!kind) return;
    const drafted = await call('requests.letters.draft', {
      id: request.id,
      kind,
      ...(action === 'extend' ? { extensionReason: reason } : {}),
      ...(action === 'refuse' ? { refusalReason, explanation } : {}),
    });
    setLetter(drafted.text);
  }

  useEffect(() => {
    if (!action) return;
    setAt(isoToLocalInput(Date.now()));
    setReason('');
    setExplanation('');
    setLetter('');
    if (LETTER_OF[action]) {
      void call('requests.letters.draft', { id: request.id, kind: LETTER_OF[action]! }).then((drafted) => setLetter(drafted.text));
    }
  }, [action, request.id]);

  const firstDue = request.deadlines.find((d) => d.key === 'respond')?.due;

  async function submit(): Promise<void> {
    if (!action) return;
    const instant = localInputToIso(at);
    let result: DataSubjectRequest;
    switch (action) {
      case 'confirmReceipt':
        result = await call('requests.confirmReceipt', { id: request.id, sentAt: instant, letter });
        break;
      case 'extend':
        result = await call('requests.extend', { id: request.id, reason, noticeSentAt: instant, letter });
        break;
      case 'respond':
        result = await call('requests.respond', { id: request.id, respondedAt: instant, letter });
        break;
      case 'refuse':
        result = await call('requests.refuse', { id: request.id, reason: refusalReason, explanation, refusedAt: instant, letter });
        break;
      case 'withdraw':
        result = await call('requests.withdraw', { id: request.id, withdrawnAt: instant, note: reason });
        break;
    }
    onDone(result);
  }

  return (
    <RecordFormModal
      opened={action !== null}
      title={action ? t(`actions.${action}`) : ''}
      fields={FIELDS}
      submitLabel={kind ? t('actions.recordSent') : t('actions.save')}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
    >
      {(errors) =>
        action && (
          <Stack gap="sm">
            {action === 'extend' && firstDue && <Text size="sm">{t('actions.extensionOnce', { date: format.dateTime(firstDue) })}</Text>}
            <TextInput
              type="datetime-local"
              label={action === 'withdraw' ? t('actions.withdrawnAt') : t('actions.sentAt')}
              required
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
              error={errors[DATE_FIELD[action]]}
              w={260}
            />
            {(action === 'extend' || action === 'withdraw') && (
              <Textarea
                label={action === 'extend' ? t('actions.reason') : t('detail.note')}
                required={action === 'extend'}
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.reason ?? errors.note}
              />
            )}
            {action === 'refuse' && (
              <>
                <Select
                  label={t('actions.reason')}
                  allowDeselect={false}
                  value={refusalReason}
                  onChange={(value) => value && setRefusalReason(value as RefusalReason)}
                  data={REFUSAL_REASONS.map((value) => ({ value, label: t(`refusalReasons.${value}`) }))}
                />
                <Textarea label={t('actions.explanation')} required autosize minRows={2} value={explanation} onChange={(e) => setExplanation(e.currentTarget.value)} error={errors.explanation} />
              </>
            )}
            {kind && (
              <>
                <Textarea
                  label={t('actions.letter')}
                  description={t('actions.letterHint')}
                  autosize
                  minRows={8}
                  maxRows={18}
                  value={letter}
                  onChange={(e) => setLetter(e.currentTarget.value)}
                  error={errors.letter}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                />
                <Group gap="xs">
                  <CopyButton value={letter}>
                    {({ copied, copy }) => (
                      <Button variant="default" size="xs" leftSection={<IconCopy size={14} />} onClick={copy}>
                        {copied ? t('actions.copied') : t('actions.copy')}
                      </Button>
                    )}
                  </CopyButton>
                  <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} onClick={() => void draft()}>
                    {t('actions.regenerate')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        )
      }
    </RecordFormModal>
  );
}
