// Answering a breach clock: record the notification sent (when, what, the reference it got) — its
// content can be a letter drafted from the incident in the reader's language — or record why it is
// not needed; and adding an action to the incident's timeline.
import { Button, Group, Select, Textarea, TextInput } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BREACH_LETTER_KINDS,
  defaultLetterLanguage,
  letterKindForClock,
  type BreachClock,
  type BreachLetterKind,
  type BreachLetterLanguage,
  type Incident,
} from '../../../../shared/contract/areas/incidents';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordFormModal } from '../../components/RecordFormModal';
import { isoToLocalInput, localInputToIso } from '../requests/request-view';

interface ClockDialogProps {
  incident: Incident;
  clock: BreachClock | null;
  onClose(): void;
  onDone(incident: Incident): void;
}

export function NotifyDialog({ incident, clock, onClose, onDone }: ClockDialogProps) {
  const { t } = useTranslation('incidents');
  const [sentAt, setSentAt] = useState(() => isoToLocalInput(Date.now()));
  const [content, setContent] = useState('');
  const [reference, setReference] = useState('');
  const [kind, setKind] = useState<BreachLetterKind>('gdpr_authority');
  const [language, setLanguage] = useState<BreachLetterLanguage>('en');
  const [drafting, setDrafting] = useState(false);
  const [draftError, setDraftError] = useState<unknown>(null);
  useEffect(() => {
    if (!clock) return;
    setSentAt(isoToLocalInput(Date.now()));
    setContent('');
    setReference('');
    const suggested = letterKindForClock(clock.law, clock.key);
    setKind(suggested);
    setLanguage(defaultLetterLanguage(suggested));
    setDraftError(null);
  }, [clock]);
  async function draft() {
    setDrafting(true);
    setDraftError(null);
    try {
      setContent((await call('incidents.letters.draft', { id: incident.id, kind, language })).text);
    } catch (caught) {
      setDraftError(caught);
    } finally {
      setDrafting(false);
    }
  }
  return (
    <RecordFormModal
      opened={clock !== null}
      title={clock ? t('notify.title', { recipient: `${t(`law.${clock.law}`)} · ${t(`recipient.${clock.recipient}`)}` }) : ''}
      fields={['sentAt', 'content', 'reference']}
      submitLabel={t('notify.save')}
      size="xl"
      onClose={onClose}
      onSubmit={async () => {
        if (!clock) return;
        onDone(await call('incidents.notifications.record', { id: incident.id, law: clock.law, key: clock.key, sentAt: localInputToIso(sentAt), content, reference }));
      }}
    >
      {(errors) => (
        <>
          <TextInput type="datetime-local" label={t('notify.sentAt')} required value={sentAt} onChange={(e) => setSentAt(e.currentTarget.value)} error={errors.sentAt} />
          <TextInput label={t('notify.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errors.reference} />
          <Group align="flex-end" gap="xs" grow>
            <Select
              label={t('draft.kind')}
              data={BREACH_LETTER_KINDS.map((value) => ({ value, label: t(`letterKinds.${value}`) }))}
              value={kind}
              onChange={(value) => {
                if (!value) return;
                setKind(value as BreachLetterKind);
                setLanguage(defaultLetterLanguage(value as BreachLetterKind));
              }}
              allowDeselect={false}
            />
            <Select
              label={t('draft.language')}
              data={(['en', 'zh-CN'] as const).map((value) => ({ value, label: t(`letterLanguages.${value}`) }))}
              value={language}
              onChange={(value) => value && setLanguage(value as BreachLetterLanguage)}
              allowDeselect={false}
            />
            <Button variant="light" leftSection={<IconFileText size={16} />} loading={drafting} onClick={() => void draft()} style={{ flexGrow: 0 }}>
              {t('draft.fill')}
            </Button>
          </Group>
          <Textarea
            label={t('notify.content')}
            description={t('draft.hint')}
            autosize
            minRows={6}
            maxRows={18}
            value={content}
            onChange={(e) => setContent(e.currentTarget.value)}
            error={errors.content}
          />
          <ErrorAlert error={draftError} />
        </>
      )}
    </RecordFormModal>
  );
}

export function NotNeededDialog({ incident, clock, onClose, onDone }: ClockDialogProps) {
  const { t } = useTranslation('incidents');
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (clock) setReason('');
  }, [clock]);
  return (
    <RecordFormModal
      opened={clock !== null}
      title={clock ? t('notify.notNeededTitle', { recipient: `${t(`law.${clock.law}`)} · ${t(`recipient.${clock.recipient}`)}` }) : ''}
      fields={['reason']}
      submitLabel={t('notify.saveNotNeeded')}
      onClose={onClose}
      onSubmit={async () => {
        if (!clock) return;
        onDone(await call('incidents.notifications.notNeeded', { id: incident.id, law: clock.law, key: clock.key, reason }));
      }}
    >
      {(errors) => (
        <Textarea label={t('notify.reason')} description={t('notify.reasonHint')} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
      )}
    </RecordFormModal>
  );
}

export function TimelineDialog({ incident, opened, onClose, onDone }: { incident: Incident; opened: boolean; onClose(): void; onDone(incident: Incident): void }) {
  const { t } = useTranslation('incidents');
  const [at, setAt] = useState(() => isoToLocalInput(Date.now()));
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  useEffect(() => {
    if (!opened) return;
    setAt(isoToLocalInput(Date.now()));
    setActor('');
    setAction('');
  }, [opened]);
  return (
    <RecordFormModal
      opened={opened}
      title={t('timeline.title')}
      fields={['at', 'actor', 'action']}
      submitLabel={t('timeline.save')}
      onClose={onClose}
      onSubmit={async () => onDone(await call('incidents.timeline.add', { id: incident.id, at: localInputToIso(at), actor, action }))}
    >
      {(errors) => (
        <>
          <TextInput type="datetime-local" label={t('timeline.at')} required value={at} onChange={(e) => setAt(e.currentTarget.value)} error={errors.at} />
          <TextInput label={t('timeline.actor')} required value={actor} onChange={(e) => setActor(e.currentTarget.value)} error={errors.actor} />
          <Textarea label={t('timeline.action')} required autosize minRows={2} value={action} onChange={(e) => setAction(e.currentTarget.value)} error={errors.action} />
        </>
      )}
    </RecordFormModal>
  );
}
