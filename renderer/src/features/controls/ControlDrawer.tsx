// One control: its catalog guidance, the workspace's decision (applicability and justification,
// reasons for inclusion, status, owner, review date, notes), the risks it treats and its evidence.
import { Alert, Anchor, Badge, Button, Checkbox, Divider, Drawer, Group, Paper, Select, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPLEMENTATION_STATUSES, INCLUSION_REASONS, type ControlRow, type Framework, type ImplementationStatus, type InclusionReason } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { catalogControl, FRAMEWORK_SHORT_NAMES } from '../../lib/catalog';
import { allIssuesOnFields, issuesByField } from '../../lib/field-errors';
import { useFormat } from '../../lib/format';
import { useLocalized } from '../../lib/localized';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { ControlInventoryFindings } from './ControlInventoryFindings';
import { EvidencePanel } from './EvidencePanel';

interface Draft {
  applicable: boolean;
  justification: string;
  inclusionReasons: InclusionReason[];
  status: ImplementationStatus;
  owner: string;
  notes: string;
  reviewDate: string | null;
}

const FORM_FIELDS = ['applicable', 'justification', 'inclusionReasons', 'status', 'owner', 'notes', 'reviewDate'] as const;

function draftOf(row: ControlRow): Draft {
  return {
    applicable: row.applicable,
    justification: row.justification,
    inclusionReasons: [...row.inclusionReasons],
    status: row.status,
    owner: row.owner,
    notes: row.notes,
    reviewDate: row.reviewDate,
  };
}

/** Only what changed is sent: the backend's rules depend on what the user decided now. */
function patchOf(framework: Framework, before: Draft, after: Draft): Partial<Draft> {
  const patch: Partial<Draft> = {};
  if (framework === 'iso27001' && before.applicable !== after.applicable) patch.applicable = after.applicable;
  if (before.justification !== after.justification) patch.justification = after.justification;
  if ([...before.inclusionReasons].sort().join() !== [...after.inclusionReasons].sort().join()) patch.inclusionReasons = after.inclusionReasons;
  if (before.status !== after.status) patch.status = after.status;
  if (before.owner !== after.owner) patch.owner = after.owner;
  if (before.notes !== after.notes) patch.notes = after.notes;
  if (before.reviewDate !== after.reviewDate) patch.reviewDate = after.reviewDate;
  return patch;
}

function ControlDetail({ framework, controlId, onChanged }: { framework: Framework; controlId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const detail = useProcedure('controls.get', { framework, controlId });
  const catalog = catalogControl(framework, controlId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const row = detail.data?.control;
  useEffect(() => {
    if (row) setDraft(draftOf(row));
  }, [row]);

  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!row || !draft) return <LoadingState />;

  const saved = draftOf(row);
  const patch = patchOf(framework, saved, draft);
  const dirty = Object.keys(patch).length > 0;
  const fields = issuesByField(t, error);
  const iso = framework === 'iso27001';

  function update(change: Partial<Draft>) {
    setDraft((current) => (current ? { ...current, ...change } : current));
  }

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const control = await call('controls.update', { framework, controlId, patch });
      detail.setData({ control, risks: detail.data?.risks ?? [] });
      notifySuccess(t('controls.detail.saved', { id: controlId }));
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap="lg">
      {catalog && (
        <Paper withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
          <Group gap={6} mb={6}>
            <IconInfoCircle size={16} stroke={1.6} />
            <Text size="sm" fw={600}>
              {t('controls.detail.guidance')}
            </Text>
            <Badge size="sm" variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>
              {pick(catalog.groupTitle)}
            </Badge>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {pick(catalog.guidance)}
          </Text>
        </Paper>
      )}

      <Stack gap="md" component="form" onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={t('controls.detail.decision')}>
        <Title order={3} size="h5">
          {t('controls.detail.decision')}
        </Title>
        {iso ? (
          <Switch
            label={t('controls.detail.applicable')}
            description={t('controls.detail.applicableHint')}
            checked={draft.applicable}
            onChange={(event) => update({ applicable: event.currentTarget.checked })}
            error={fields.applicable}
          />
        ) : (
          <Alert variant="light" color={row.applicable ? 'teal' : 'gray'} icon={<IconInfoCircle size={18} />}>
            {row.applicable ? t('controls.detail.soc2InScope') : t('controls.detail.soc2OutOfScope')}
          </Alert>
        )}
        <Textarea
          label={t('controls.detail.justification')}
          description={iso ? (draft.applicable ? t('controls.detail.justificationIncluded') : t('controls.detail.justificationExcluded')) : undefined}
          withAsterisk={iso && !draft.applicable}
          autosize
          minRows={2}
          maxRows={8}
          value={draft.justification}
          onChange={(event) => update({ justification: event.currentTarget.value })}
          error={fields.justification}
        />
        {iso && draft.applicable && (
          <Checkbox.Group
            label={t('controls.detail.reasons')}
            description={row.treatingRiskCount > 0 ? t('controls.detail.reasonsTreating', { count: row.treatingRiskCount }) : t('controls.detail.reasonsHint')}
            value={draft.inclusionReasons}
            onChange={(value) => update({ inclusionReasons: value as InclusionReason[] })}
            error={fields.inclusionReasons}
          >
            <Group gap="md" mt={6}>
              {INCLUSION_REASONS.map((reason) => (
                <Checkbox key={reason} value={reason} label={t(`enums.inclusionReason.${reason}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('controls.detail.status')}
            value={draft.status}
            onChange={(value) => value && update({ status: value as ImplementationStatus })}
            data={IMPLEMENTATION_STATUSES.map((value) => ({ value, label: t(`enums.controlStatus.${value}`) }))}
            allowDeselect={false}
            error={fields.status}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField label={t('controls.detail.reviewDate')} value={draft.reviewDate} onChange={(reviewDate) => update({ reviewDate })} error={fields.reviewDate} />
        </Group>
        <TextInput label={t('controls.detail.owner')} value={draft.owner} onChange={(event) => update({ owner: event.currentTarget.value })} error={fields.owner} />
        <Textarea label={t('controls.detail.notes')} autosize minRows={2} maxRows={10} value={draft.notes} onChange={(event) => update({ notes: event.currentTarget.value })} error={fields.notes} />
        {error && !allIssuesOnFields(error, FORM_FIELDS) ? <ErrorAlert error={error} /> : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {row.updatedAt ? t('controls.detail.updatedAt', { when: format.dateTime(row.updatedAt) }) : t('controls.detail.neverUpdated')}
          </Text>
          <Group gap="xs">
            <Button variant="default" disabled={!dirty || saving} onClick={() => { setDraft(saved); setError(null); }}>
              {t('common.discard')}
            </Button>
            <Button type="submit" loading={saving} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>

      <Divider />
      <Stack gap="xs">
        <Text fw={600}>{t('controls.detail.risks')}</Text>
        {detail.data && detail.data.risks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('controls.detail.noRisks')}
          </Text>
        ) : (
          detail.data?.risks.map((risk) => (
            <Group key={risk.id} gap="xs" wrap="nowrap">
              <Anchor component="button" type="button" size="sm" onClick={() => navigate({ page: 'risks', params: { id: risk.id } })}>
                {risk.ref} {risk.title}
              </Anchor>
              <Badge size="sm" variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>
                {t('controls.detail.residual', { score: risk.residualScore })}
              </Badge>
            </Group>
          ))
        )}
      </Stack>

      <ControlInventoryFindings framework={framework} controlId={controlId} />

      <Divider />
      <EvidencePanel framework={framework} controlId={controlId} onChanged={onChanged} />
    </Stack>
  );
}

export function ControlDrawer({ framework, controlId, onClose, onChanged }: { framework: Framework; controlId: string | null; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const catalog = controlId ? catalogControl(framework, controlId) : undefined;
  return (
    <Drawer
      opened={controlId !== null}
      onClose={onClose}
      position="right"
      size={720}
      padding="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={
        controlId ? (
          <Stack gap={0}>
            <Text size="xs" c="dimmed" fw={600}>
              {FRAMEWORK_SHORT_NAMES[framework]} · {controlId}
            </Text>
            <Text fw={700} size="lg">
              {catalog ? pick(catalog.title) : controlId}
            </Text>
          </Stack>
        ) : null
      }
    >
      {controlId && <ControlDetail key={`${framework}:${controlId}`} framework={framework} controlId={controlId} onChanged={onChanged} />}
    </Drawer>
  );
}
