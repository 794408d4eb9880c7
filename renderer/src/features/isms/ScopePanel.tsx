// The ISMS scope (ISO/IEC 27001 4.3): what the management system covers, its boundaries, what is
// excluded and why, and the interested parties and their requirements.
import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsmsScopeInput } from '../../../../shared/contract';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { allIssuesOnFields, issuesByField } from '../../lib/field-errors';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';

const FIELDS = ['statement', 'boundaries', 'exclusions', 'interestedParties'] as const;

export function ScopePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const scope = useProcedure('isms.scope.get');
  const [draft, setDraft] = useState<IsmsScopeInput | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (scope.data) {
      const { updatedAt: _updatedAt, ...input } = scope.data;
      setDraft(input);
    }
  }, [scope.data]);

  if (scope.error) return <ErrorAlert error={scope.error} />;
  if (!scope.data || !draft) return <LoadingState />;
  const fields = issuesByField(t, error);
  const dirty = FIELDS.some((field) => draft[field] !== scope.data?.[field]);

  async function save() {
    if (!draft) return;
    setSaving(true);
    setError(null);
    try {
      scope.setData(await call('isms.scope.update', draft));
      notifySuccess(t('isms.scope.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md" component="form" onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={t('isms.tabs.scope')}>
        <Text size="sm" c="dimmed">
          {t('isms.scope.intro')}
        </Text>
        {FIELDS.map((field) => (
          <Textarea
            key={field}
            label={t(`isms.scope.${field}`)}
            description={t(`isms.scope.${field}Hint`)}
            autosize
            minRows={3}
            maxRows={14}
            value={draft[field]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDraft((current) => (current ? { ...current, [field]: value } : current));
            }}
            error={fields[field]}
          />
        ))}
        {error && !allIssuesOnFields(error, FIELDS) ? <ErrorAlert error={error} /> : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {scope.data.updatedAt ? t('isms.updatedAt', { when: format.dateTime(scope.data.updatedAt) }) : t('isms.scope.notYet')}
          </Text>
          <Button type="submit" loading={saving} disabled={!dirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
