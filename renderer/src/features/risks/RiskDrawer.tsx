// Create or edit a risk: description, inherent rating, treatment with its plan and treating controls
// (from both catalogs), residual rating, review date and status; for a stored risk also the owner's
// acceptance sign-off and deletion.
import { Alert, Badge, Button, Divider, Drawer, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconCircleCheck, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_STATUSES, RISK_TREATMENTS, type Risk, type RiskInput, type RiskScales } from '../../../../shared/contract';
import { call } from '../../client/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { controlKey, controlOptionGroups, parseControlKey } from '../../lib/catalog';
import { allIssuesOnFields, issuesByField } from '../../lib/field-errors';
import { useFormat } from '../../lib/format';
import { useLocalized } from '../../lib/localized';
import { notifySuccess } from '../../lib/notify';
import { AcceptRiskDialog } from './AcceptRiskDialog';
import { aboveAppetite, riskScore } from './heat-map';
import { ScoreBadge } from './ScoreBadge';

const RISK_FIELDS = [
  'title',
  'assetOrProcess',
  'threat',
  'vulnerability',
  'owner',
  'inherentLikelihood',
  'inherentImpact',
  'treatment',
  'treatmentPlan',
  'controls',
  'residualLikelihood',
  'residualImpact',
  'reviewDate',
  'status',
] as const;

export function emptyRisk(): RiskInput {
  return {
    title: '',
    assetOrProcess: '',
    threat: '',
    vulnerability: '',
    owner: '',
    inherentLikelihood: 3,
    inherentImpact: 3,
    treatment: 'mitigate',
    treatmentPlan: '',
    controls: [],
    residualLikelihood: 2,
    residualImpact: 2,
    reviewDate: null,
    status: 'open',
  };
}

function inputOf(risk: Risk): RiskInput {
  const { id: _id, ref: _ref, inherentScore: _i, residualScore: _r, acceptance: _a, createdAt: _c, updatedAt: _u, ...input } = risk;
  return input;
}

function LevelSelect({ label, levels, value, onChange, error }: { label: string; levels: RiskScales['likelihood']; value: number; onChange(value: number): void; error?: string }) {
  const pick = useLocalized();
  return (
    <Select
      label={label}
      value={String(value)}
      onChange={(next) => next && onChange(Number(next))}
      data={levels.map((level) => ({ value: String(level.value), label: `${level.value} — ${pick(level.label)}` }))}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

interface RiskFormProps {
  risk: Risk | null;
  scales: RiskScales;
  onSaved(risk: Risk): void;
  onDeleted(): void;
}

function RiskForm({ risk, scales, onSaved, onDeleted }: RiskFormProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<RiskInput>(() => (risk ? inputOf(risk) : emptyRisk()));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [accepting, setAccepting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const controlOptions = useMemo(() => controlOptionGroups(i18n.language), [i18n.language]);
  const fields = issuesByField(t, error);
  const maxScore = scales.likelihood.length * scales.impact.length;
  const inherent = riskScore(draft.inherentLikelihood, draft.inherentImpact);
  const residual = riskScore(draft.residualLikelihood, draft.residualImpact);

  function update(change: Partial<RiskInput>) {
    setDraft((current) => ({ ...current, ...change }));
  }

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = risk ? await call('risks.update', { id: risk.id, risk: draft }) : await call('risks.create', draft);
      notifySuccess(risk ? t('risks.form.saved', { ref: saved.ref }) : t('risks.form.created', { ref: saved.ref }));
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap="lg" component="form" onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <Stack gap="sm">
        <TextInput label={t('risks.form.title')} required value={draft.title} onChange={(event) => update({ title: event.currentTarget.value })} error={fields.title} data-autofocus />
        <SimpleGrid cols={2}>
          <TextInput label={t('risks.form.assetOrProcess')} value={draft.assetOrProcess} onChange={(event) => update({ assetOrProcess: event.currentTarget.value })} error={fields.assetOrProcess} />
          <TextInput label={t('risks.form.owner')} value={draft.owner} onChange={(event) => update({ owner: event.currentTarget.value })} error={fields.owner} />
        </SimpleGrid>
        <Textarea label={t('risks.form.threat')} autosize minRows={2} maxRows={6} value={draft.threat} onChange={(event) => update({ threat: event.currentTarget.value })} error={fields.threat} />
        <Textarea label={t('risks.form.vulnerability')} autosize minRows={2} maxRows={6} value={draft.vulnerability} onChange={(event) => update({ vulnerability: event.currentTarget.value })} error={fields.vulnerability} />
      </Stack>

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h6">
            {t('risks.form.inherent')}
          </Title>
          <ScoreBadge score={inherent} appetite={scales.appetite} maxScore={maxScore} />
        </Group>
        <SimpleGrid cols={2}>
          <LevelSelect label={t('risks.form.likelihood')} levels={scales.likelihood} value={draft.inherentLikelihood} onChange={(inherentLikelihood) => update({ inherentLikelihood })} error={fields.inherentLikelihood} />
          <LevelSelect label={t('risks.form.impact')} levels={scales.impact} value={draft.inherentImpact} onChange={(inherentImpact) => update({ inherentImpact })} error={fields.inherentImpact} />
        </SimpleGrid>
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h6">
          {t('risks.form.treatmentSection')}
        </Title>
        <Select
          label={t('risks.form.treatment')}
          value={draft.treatment}
          onChange={(value) => value && update({ treatment: value as RiskInput['treatment'] })}
          data={RISK_TREATMENTS.map((value) => ({ value, label: t(`enums.riskTreatment.${value}`) }))}
          allowDeselect={false}
          error={fields.treatment}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea label={t('risks.form.treatmentPlan')} autosize minRows={2} maxRows={6} value={draft.treatmentPlan} onChange={(event) => update({ treatmentPlan: event.currentTarget.value })} error={fields.treatmentPlan} />
        <MultiSelect
          label={t('risks.form.controls')}
          description={t('risks.form.controlsHint')}
          placeholder={draft.controls.length === 0 ? t('risks.form.controlsPlaceholder') : undefined}
          searchable
          clearable
          hidePickedOptions
          maxDropdownHeight={320}
          nothingFoundMessage={t('common.nothingFound')}
          data={controlOptions}
          value={draft.controls.map((control) => controlKey(control.framework, control.controlId))}
          onChange={(keys) => update({ controls: keys.map(parseControlKey).filter((value) => value !== null) })}
          error={fields.controls}
          comboboxProps={{ withinPortal: true }}
        />
      </Stack>

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h6">
            {t('risks.form.residual')}
          </Title>
          <ScoreBadge score={residual} appetite={scales.appetite} maxScore={maxScore} />
        </Group>
        <SimpleGrid cols={2}>
          <LevelSelect label={t('risks.form.likelihood')} levels={scales.likelihood} value={draft.residualLikelihood} onChange={(residualLikelihood) => update({ residualLikelihood })} error={fields.residualLikelihood} />
          <LevelSelect label={t('risks.form.impact')} levels={scales.impact} value={draft.residualImpact} onChange={(residualImpact) => update({ residualImpact })} error={fields.residualImpact} />
        </SimpleGrid>
        {aboveAppetite(residual, scales.appetite) && (
          <Text size="xs" c="orange" fw={500}>
            {t('risks.form.aboveAppetite', { appetite: scales.appetite })}
          </Text>
        )}
      </Stack>

      <SimpleGrid cols={2}>
        <DateField label={t('risks.form.reviewDate')} value={draft.reviewDate} onChange={(reviewDate) => update({ reviewDate })} error={fields.reviewDate} />
        <Select
          label={t('risks.form.status')}
          value={draft.status}
          onChange={(value) => value && update({ status: value as RiskInput['status'] })}
          data={RISK_STATUSES.map((value) => ({ value, label: t(`enums.riskStatus.${value}`) }))}
          allowDeselect={false}
          error={fields.status}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>

      {risk?.acceptance && (
        <Alert variant="light" color="violet" icon={<IconCircleCheck size={18} />} title={t('risks.acceptance.recorded')}>
          <Text size="sm">{t('risks.acceptance.by', { name: risk.acceptance.acceptedBy, when: format.dateTime(risk.acceptance.acceptedAt) })}</Text>
          {risk.acceptance.note && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {risk.acceptance.note}
            </Text>
          )}
        </Alert>
      )}

      {error && !allIssuesOnFields(error, RISK_FIELDS) ? <ErrorAlert error={error} /> : null}

      <Divider />
      <Group justify="space-between">
        <Group gap="xs">
          {risk && (
            <>
              <Button variant="light" color="violet" leftSection={<IconCircleCheck size={16} />} onClick={() => setAccepting(true)} disabled={risk.status === 'closed'}>
                {t('risks.acceptance.button')}
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                {t('risks.delete.button')}
              </Button>
            </>
          )}
        </Group>
        <Button type="submit" loading={saving}>
          {risk ? t('common.save') : t('risks.form.create')}
        </Button>
      </Group>

      {risk && (
        <>
          <AcceptRiskDialog
            risk={risk}
            opened={accepting}
            defaultName={draft.owner}
            onClose={() => setAccepting(false)}
            onAccepted={(accepted) => {
              setAccepting(false);
              setDraft(inputOf(accepted));
              onSaved(accepted);
            }}
          />
          <ConfirmDialog
            opened={deleting}
            title={t('risks.delete.title', { ref: risk.ref })}
            confirmLabel={t('risks.delete.confirm')}
            onClose={() => setDeleting(false)}
            onConfirm={async () => {
              await call('risks.delete', { id: risk.id });
              notifySuccess(t('risks.delete.done', { ref: risk.ref }));
              onDeleted();
            }}
          >
            {t('risks.delete.body', { ref: risk.ref, title: risk.title })}
          </ConfirmDialog>
        </>
      )}
    </Stack>
  );
}

interface RiskDrawerProps {
  opened: boolean;
  risk: Risk | null;
  scales: RiskScales | null;
  onClose(): void;
  onSaved(risk: Risk): void;
  onDeleted(): void;
}

export function RiskDrawer({ opened, risk, scales, onClose, onSaved, onDeleted }: RiskDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={680}
      padding="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={
        <Group gap="xs">
          {risk && (
            <Badge variant="light" radius="sm" size="lg">
              {risk.ref}
            </Badge>
          )}
          <Text fw={700} size="lg">
            {risk ? t('risks.form.editTitle') : t('risks.form.newTitle')}
          </Text>
        </Group>
      }
    >
      {opened && scales && <RiskForm key={risk?.id ?? 'new'} risk={risk} scales={scales} onSaved={onSaved} onDeleted={onDeleted} />}
    </Drawer>
  );
}
