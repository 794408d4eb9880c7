// Opening or editing an incident: what happened and when, the inventory's systems it touched, and
// the personal-data breach assessment (people and records affected, high risk, GDPR Art 34(3)).
import { Checkbox, Divider, MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ART34_EXEMPTIONS, INCIDENT_SEVERITIES, type Incident, type IncidentSeverity } from '../../../../shared/contract/areas/incidents';
import { call } from '../../client/client';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useProcedure } from '../../lib/use-procedure';
import { blankIncident, formFromIncident, inputFromForm, type IncidentFormState } from './incident-view';

const FIELDS = [
  'title',
  'description',
  'detectedAt',
  'becameAwareAt',
  'reporter',
  'severity',
  'systemIds',
  'personalDataBreach',
  'estimatedPeople',
  'estimatedRecords',
  'californiaResidents',
  'highRisk',
  'riskReasoning',
  'exemption',
  'exemptionReasoning',
  'effects',
  'remedialAction',
] as const;

interface IncidentFormProps {
  opened: boolean;
  /** The incident to edit; null opens a new one. */
  incident: Incident | null;
  onClose(): void;
  onSaved(incident: Incident): void;
}

export function IncidentForm({ opened, incident, onClose, onSaved }: IncidentFormProps) {
  const { t } = useTranslation('incidents');
  const systems = useProcedure('inventory.systems.list');
  const [form, setForm] = useState<IncidentFormState>(() => (incident ? formFromIncident(incident) : blankIncident()));
  const set = <K extends keyof IncidentFormState>(key: K, value: IncidentFormState[K]) => setForm((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (opened) setForm(incident ? formFromIncident(incident) : blankIncident());
  }, [opened, incident]);

  const highRisk = form.highRisk === null ? 'unknown' : form.highRisk ? 'yes' : 'no';

  return (
    <RecordFormModal
      opened={opened}
      title={incident ? t('form.editTitle') : t('form.createTitle')}
      fields={FIELDS}
      submitLabel={incident ? t('form.save') : t('form.create')}
      size="xl"
      onClose={onClose}
      onSubmit={async () => {
        const input = inputFromForm(form);
        const saved = incident ? await call('incidents.update', { id: incident.id, incident: input }) : await call('incidents.create', input);
        onSaved(saved);
      }}
    >
      {(errors) => (
        <>
          <TextInput label={t('form.title')} required value={form.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
          <Textarea label={t('form.description')} autosize minRows={2} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors.description} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="datetime-local" label={t('form.detectedAt')} required value={form.detectedAt} onChange={(e) => set('detectedAt', e.currentTarget.value)} error={errors.detectedAt} />
            <TextInput
              type="datetime-local"
              label={t('form.becameAwareAt')}
              description={t('form.becameAwareHint')}
              required
              value={form.becameAwareAt}
              onChange={(e) => set('becameAwareAt', e.currentTarget.value)}
              error={errors.becameAwareAt}
            />
            <TextInput label={t('form.reporter')} value={form.reporter} onChange={(e) => set('reporter', e.currentTarget.value)} error={errors.reporter} />
            <Select
              label={t('form.severity')}
              allowDeselect={false}
              value={form.severity}
              onChange={(value) => value && set('severity', value as IncidentSeverity)}
              data={INCIDENT_SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) }))}
              error={errors.severity}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('form.systems')}
            description={t('form.systemsHint')}
            searchable
            value={form.systemIds}
            onChange={(value) => set('systemIds', value)}
            data={(systems.data ?? []).map((system) => ({ value: system.id, label: system.name }))}
            error={errors.systemIds}
          />
          <Divider />
          <Checkbox label={t('form.personalDataBreach')} checked={form.personalDataBreach} onChange={(e) => set('personalDataBreach', e.currentTarget.checked)} error={errors.personalDataBreach} />
          {form.personalDataBreach && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput min={0} allowDecimal={false} allowNegative={false} label={t('form.estimatedPeople')} value={form.estimatedPeople} onChange={(value) => set('estimatedPeople', String(value))} error={errors.estimatedPeople} />
                <NumberInput min={0} allowDecimal={false} allowNegative={false} label={t('form.estimatedRecords')} value={form.estimatedRecords} onChange={(value) => set('estimatedRecords', String(value))} error={errors.estimatedRecords} />
                <NumberInput
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  label={t('form.californiaResidents')}
                  description={t('form.californiaResidentsHint')}
                  value={form.californiaResidents}
                  onChange={(value) => set('californiaResidents', String(value))}
                  error={errors.californiaResidents}
                />
              </SimpleGrid>
              <Select
                label={t('form.highRisk')}
                allowDeselect={false}
                value={highRisk}
                onChange={(value) => set('highRisk', value === 'unknown' ? null : value === 'yes')}
                data={(['unknown', 'yes', 'no'] as const).map((value) => ({ value, label: t(`form.highRiskOptions.${value}`) }))}
                error={errors.highRisk}
              />
              <Textarea label={t('form.riskReasoning')} autosize minRows={2} value={form.riskReasoning} onChange={(e) => set('riskReasoning', e.currentTarget.value)} error={errors.riskReasoning} />
              <Select
                label={t('form.exemption')}
                placeholder={t('form.noExemption')}
                clearable
                value={form.exemption}
                onChange={(value) => set('exemption', value as IncidentFormState['exemption'])}
                data={ART34_EXEMPTIONS.map((value) => ({ value, label: t(`exemption.${value}`) }))}
                error={errors.exemption}
              />
              {form.exemption && (
                <Textarea
                  label={t('form.exemptionReasoning')}
                  required
                  autosize
                  minRows={2}
                  value={form.exemptionReasoning}
                  onChange={(e) => set('exemptionReasoning', e.currentTarget.value)}
                  error={errors.exemptionReasoning}
                />
              )}
            </>
          )}
          <Textarea label={t('form.effects')} autosize minRows={2} value={form.effects} onChange={(e) => set('effects', e.currentTarget.value)} error={errors.effects} />
          <Textarea label={t('form.remedialAction')} autosize minRows={2} value={form.remedialAction} onChange={(e) => set('remedialAction', e.currentTarget.value)} error={errors.remedialAction} />
        </>
      )}
    </RecordFormModal>
  );
}
