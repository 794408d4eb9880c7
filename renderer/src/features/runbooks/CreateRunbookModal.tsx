// A new runbook: from one of the templates, in the workspace's language by default, or blank.
import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunbookLanguage } from '../../../../shared/contract/areas/runbooks';
import { RUNBOOK_TEMPLATES } from '../../../../shared/runbooks/template-catalog';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { RecordFormModal } from '../../components/RecordFormModal';

const BLANK = 'blank';

export function CreateRunbookModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(id: string): void }) {
  const { t, i18n } = useTranslation('runbooks');
  const status = useSession((state) => state.status);
  const workspaceLanguage: RunbookLanguage = status.state === 'unlocked' ? status.language : i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [templateId, setTemplateId] = useState<string>(RUNBOOK_TEMPLATES[0]!.id);
  const [language, setLanguage] = useState<RunbookLanguage>(workspaceLanguage);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const uiLanguage: RunbookLanguage = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  return (
    <RecordFormModal
      opened={opened}
      title={t('create.title')}
      submitLabel={t('create.submit')}
      fields={['templateId', 'language', 'title', 'owner']}
      onClose={onClose}
      onSubmit={async () => {
        const created = await call('runbooks.create', {
          templateId: templateId === BLANK ? null : templateId,
          language,
          owner: owner.trim(),
          ...(title.trim() ? { title: title.trim() } : {}),
        });
        setTitle('');
        onCreated(created.runbook.id);
      }}
    >
      {(errors) => (
        <>
          <Select
            label={t('create.template')}
            data={[...RUNBOOK_TEMPLATES.map((template) => ({ value: template.id, label: template.title[uiLanguage] })), { value: BLANK, label: t('create.blank') }]}
            value={templateId}
            onChange={(value) => setTemplateId(value ?? BLANK)}
            allowDeselect={false}
            error={errors.templateId}
          />
          <Select
            label={t('create.language')}
            description={t('create.languageHint')}
            data={[
              { value: 'en', label: t('languages.en') },
              { value: 'zh-CN', label: t('languages.zh-CN') },
            ]}
            value={language}
            onChange={(value) => setLanguage(value === 'zh-CN' ? 'zh-CN' : 'en')}
            allowDeselect={false}
            error={errors.language}
          />
          <TextInput
            label={t('create.titleField')}
            description={templateId === BLANK ? undefined : t('create.titleHint')}
            required={templateId === BLANK}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
          />
          <TextInput label={t('create.owner')} value={owner} onChange={(event) => setOwner(event.currentTarget.value)} error={errors.owner} />
        </>
      )}
    </RecordFormModal>
  );
}
