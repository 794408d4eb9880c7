// A policy's metadata — title, owner, review cycle, next review — and the controls it evidences.
import { Anchor, Button, Group, List, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail, PolicySummary } from '../../../../shared/contract/areas/policies';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { controlLabel, FRAMEWORK_SHORT_NAMES } from '../../lib/catalog';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';

export function PolicyDetailsPanel({ detail, onSaved }: { detail: PolicyDetail; onSaved(policy: PolicySummary): void }) {
  const { t, i18n } = useTranslation('policies');
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const { policy } = detail;
  const [form, setForm] = useState({ title: policy.title, owner: policy.owner, reviewCycleMonths: policy.reviewCycleMonths, nextReviewDate: policy.nextReviewDate });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const retired = policy.status === 'retired';
  const changed = form.title !== policy.title || form.owner !== policy.owner || form.reviewCycleMonths !== policy.reviewCycleMonths || form.nextReviewDate !== policy.nextReviewDate;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await call('policies.update', { id: policy.id, policy: { title: form.title, owner: form.owner, reviewCycleMonths: form.reviewCycleMonths, nextReviewDate: form.nextReviewDate } });
      notifySuccess(t('details.saved'));
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <SectionCard title={t('details.title')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="sm" maw={720}>
            <TextInput label={t('fields.title')} value={form.title} onChange={(event) => setForm({ ...form, title: event.currentTarget.value })} required disabled={retired} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('fields.owner')} value={form.owner} onChange={(event) => setForm({ ...form, owner: event.currentTarget.value })} disabled={retired} />
              <NumberInput
                label={t('fields.reviewCycle')}
                suffix={` ${t('fields.months')}`}
                min={1}
                max={60}
                value={form.reviewCycleMonths}
                onChange={(value) => setForm({ ...form, reviewCycleMonths: typeof value === 'number' ? value : Number(value) || 12 })}
                disabled={retired}
              />
              <DateField
                label={t('fields.nextReview')}
                description={t('fields.nextReviewHint')}
                value={form.nextReviewDate}
                onChange={(value) => setForm({ ...form, nextReviewDate: value })}
                disabled={retired}
              />
            </SimpleGrid>
            <ErrorAlert error={error} />
            {!retired && (
              <Group>
                <Button type="submit" loading={busy} disabled={!changed || form.title.trim() === ''}>
                  {t('details.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md" spacing="xs">
          <Fact label={t('fields.slug')} value={policy.slug} mono />
          <Fact label={t('fields.language')} value={t(`language.${policy.language}`)} />
          <Fact label={t('fields.template')} value={policy.templateId ?? t('details.noTemplate')} mono={!!policy.templateId} />
          <Fact label={t('fields.created')} value={format.dateTime(policy.createdAt)} />
          <Fact label={t('fields.updated')} value={format.dateTime(policy.updatedAt)} />
          {policy.retiredAt && <Fact label={t('fields.retired')} value={`${format.date(policy.retiredAt)} — ${policy.retiredReason}`} />}
        </SimpleGrid>
      </SectionCard>

      <SectionCard title={t('details.controls')}>
        {detail.controls.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('details.noControls')}
          </Text>
        ) : (
          <List spacing={4} size="sm" aria-label={t('details.controls')}>
            {detail.controls.map((control) => (
              <List.Item key={`${control.framework}:${control.controlId}`}>
                <Anchor component="button" type="button" size="sm" onClick={() => navigate({ page: 'controls', params: { framework: control.framework, controlId: control.controlId } })}>
                  {FRAMEWORK_SHORT_NAMES[control.framework]} {controlLabel(control.framework, control.controlId, i18n.language)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t('details.controlsHint')}
        </Text>
      </SectionCard>
    </Stack>
  );
}

function Fact({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff={mono ? 'monospace' : undefined}>
        {value}
      </Text>
    </div>
  );
}
