// Starting a policy: a template (internal policies and privacy notices, or a blank page), the
// language it is written in, a title, an owner and a review cycle. A notice's first draft is filled
// from the data inventory by the backend.
import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail, PolicyLanguage, TemplateSummary } from '../../../../shared/contract/areas/policies';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useProcedure } from '../../lib/use-procedure';

const BLANK = 'blank';

export function CreatePolicyModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(detail: PolicyDetail): void }) {
  const { t, i18n } = useTranslation('policies');
  const templates = useProcedure('policies.templates');
  const uiLanguage: PolicyLanguage = i18n.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [language, setLanguage] = useState<PolicyLanguage>(uiLanguage);
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [owner, setOwner] = useState('');
  const [cycle, setCycle] = useState<number>(12);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const template: TemplateSummary | null = templates.data?.find((entry) => entry.id === templateId) ?? null;
  const languages: PolicyLanguage[] = ['en', 'zh-CN'];

  // The title follows the template, in the policy's language, until the user types their own; the
  // review cycle starts at the template's.
  useEffect(() => {
    if (!titleTouched) setTitle(template ? i18n.t(template.titleKey, { lng: language }) : '');
  }, [template, language, titleTouched, i18n]);

  useEffect(() => {
    if (template) setCycle(template.reviewCycleMonths);
  }, [template]);

  const groups = useMemo(() => {
    const all = templates.data ?? [];
    return [
      { group: t('create.groupBlank'), items: [{ value: BLANK, label: t('create.blank') }] },
      { group: t('create.groupPolicies'), items: all.filter((entry) => entry.kind === 'policy').map((entry) => ({ value: entry.id, label: t(entry.titleKey) })) },
      { group: t('create.groupNotices'), items: all.filter((entry) => entry.kind === 'privacy_notice').map((entry) => ({ value: entry.id, label: t(entry.titleKey) })) },
    ].filter((group) => group.items.length > 0);
  }, [templates.data, t]);

  function reset() {
    setTemplateId(null);
    setTitle('');
    setTitleTouched(false);
    setOwner('');
    setCycle(12);
    setError(null);
    setLanguage(uiLanguage);
  }

  function close() {
    if (busy) return;
    reset();
    onClose();
  }

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const detail = await call('policies.create', {
        title: title.trim(),
        kind: template?.kind ?? 'policy',
        law: template?.law ?? null,
        language,
        owner: owner.trim(),
        reviewCycleMonths: cycle,
        templateId: template?.id ?? null,
      });
      reset();
      onCreated(detail);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const ready = templateId !== null && title.trim() !== '';

  return (
    <Modal opened={opened} onClose={close} title={t('create.title')} size="lg" closeButtonProps={{ 'aria-label': t('app:common.close') }}>
      {templates.error ? <ErrorAlert error={templates.error} /> : null}
      {!templates.data && templates.loading ? (
        <LoadingState />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready && !busy) void create();
          }}
        >
          <Stack gap="sm">
            <Select label={t('create.template')} placeholder={t('create.templatePlaceholder')} data={groups} value={templateId} onChange={setTemplateId} searchable required data-autofocus maxDropdownHeight={320} />
            {template && (
              <Text size="sm" c="dimmed">
                {t(template.descriptionKey)}
              </Text>
            )}
            {template?.kind === 'privacy_notice' && (
              <Text size="sm" c="dimmed">
                {t('create.noticeHint')}
              </Text>
            )}
            <Select
              label={t('fields.language')}
              data={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
              value={language}
              onChange={(value) => value && setLanguage(value as PolicyLanguage)}
              allowDeselect={false}
              w={240}
            />
            <TextInput
              label={t('fields.title')}
              value={title}
              onChange={(event) => {
                setTitle(event.currentTarget.value);
                setTitleTouched(true);
              }}
              required
            />
            <Group grow align="flex-start">
              <TextInput label={t('fields.owner')} value={owner} onChange={(event) => setOwner(event.currentTarget.value)} />
              <NumberInput label={t('fields.reviewCycle')} suffix={` ${t('fields.months')}`} min={1} max={60} value={cycle} onChange={(value) => setCycle(typeof value === 'number' ? value : Number(value) || 12)} />
            </Group>
            <ErrorAlert error={error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close} disabled={busy}>
                {t('app:common.cancel')}
              </Button>
              <Button type="submit" loading={busy} disabled={!ready}>
                {t('create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
