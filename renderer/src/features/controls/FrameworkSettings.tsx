// Framework scope (a dialog on the controls screen): the SOC 2 categories in the report and how early evidence counts as expiring.
import { Button, Checkbox, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOC2_CATEGORY_IDS, type FrameworkSettings } from '../../../../shared/contract';
import { SOC2_CATEGORY_TITLES } from '../../../../shared/frameworks';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { issuesByField } from '../../lib/field-errors';
import { useLocalized } from '../../lib/localized';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';

export function FrameworkSettingsForm({ onSaved }: { onSaved?(settings: FrameworkSettings): void }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const loaded = useProcedure('frameworks.settings.get');
  const [draft, setDraft] = useState<FrameworkSettings | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (loaded.data) setDraft(loaded.data);
  }, [loaded.data]);

  const fields = issuesByField(t, error);
  const dirty = !!draft && !!loaded.data && JSON.stringify(draft) !== JSON.stringify(loaded.data);

  async function save() {
    if (!draft) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await call('frameworks.settings.update', draft);
      loaded.setData(saved);
      notifySuccess(t('controls.settings.saved'));
      onSaved?.(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <ErrorAlert error={loaded.error} />
      {!draft && loaded.loading && <LoadingState />}
      {draft && (
        <Stack gap="md">
          <Checkbox.Group
            label={t('controls.settings.soc2Categories')}
            description={t('controls.settings.soc2CategoriesHint')}
            value={draft.soc2Categories}
            onChange={(value) => setDraft({ ...draft, soc2Categories: [...new Set(['security', ...value])] as FrameworkSettings['soc2Categories'] })}
            error={fields.soc2Categories}
          >
            <Stack gap={6} mt={6}>
              {SOC2_CATEGORY_IDS.map((category) => (
                <Checkbox key={category} value={category} label={pick(SOC2_CATEGORY_TITLES[category])} disabled={category === 'security'} size="sm" />
              ))}
            </Stack>
          </Checkbox.Group>
          <NumberInput
            label={t('controls.settings.expiringWithin')}
            description={t('controls.settings.expiringWithinHint')}
            min={1}
            max={365}
            clampBehavior="strict"
            allowDecimal={false}
            value={draft.expiringWithinDays}
            onChange={(value) => setDraft({ ...draft, expiringWithinDays: typeof value === 'number' ? value : Number(value) || 1 })}
            error={fields.expiringWithinDays}
            suffix={` ${t('controls.settings.days')}`}
          />
          {error && Object.keys(fields).length === 0 ? <ErrorAlert error={error} /> : null}
          <Text size="xs" c="dimmed">
            {t('controls.settings.note')}
          </Text>
          <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
            {t('common.save')}
          </Button>
        </Stack>
      )}
    </>
  );
}

export function FrameworkSettingsModal({ opened, onClose, onSaved }: { opened: boolean; onClose(): void; onSaved(settings: FrameworkSettings): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('controls.settings.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <FrameworkSettingsForm onSaved={onSaved} />}
    </Modal>
  );
}
