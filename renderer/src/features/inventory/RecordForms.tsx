// The form of each inventory record type. Each edits a draft of the contract's input; the drawer
// saves it and hands back the backend's field errors, shown under the inputs they concern.
import { ActionIcon, Button, Group, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityInput, DataCategoryInput, SubjectCategoryInput, SystemInput, TransferInput, VendorInput } from '../../../../shared/contract';
import { DateField } from '../../components/DateField';
import { ActivityMultiPicker, ActivitySinglePicker } from './ActivityPicker';
import { useCountryOptions, useEnumOptions } from './inventory-labels';
import type { InventoryLists } from './use-inventory-lists';

export interface FormProps<I> {
  draft: I;
  update(change: Partial<I>): void;
  errors: Record<string, string>;
  lists: InventoryLists;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h6">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function CountrySelect({ label, value, onChange, error, required }: { label: string; value: string | null; onChange(value: string | null): void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  return (
    <Select
      label={label}
      required={required}
      searchable
      clearable={!required}
      data={countries}
      value={value || null}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

const nullable = (value: string | null) => (value ? value : null);

export function SystemForm({ draft, update, errors, lists }: FormProps<SystemInput>) {
  const { t } = useTranslation('inventory');
  const hosting = useEnumOptions('hosting');
  return (
    <Stack gap="lg">
      <Section title={t('sections.basics')}>
        <TextInput label={t('fields.name')} required value={draft.name} onChange={(e) => update({ name: e.currentTarget.value })} error={errors.name} data-autofocus />
        <SimpleGrid cols={2}>
          <TextInput label={t('fields.owner')} value={draft.owner} onChange={(e) => update({ owner: e.currentTarget.value })} error={errors.owner} />
          <TextInput label={t('fields.type')} value={draft.type} onChange={(e) => update({ type: e.currentTarget.value })} error={errors.type} />
          <Select label={t('fields.hosting')} data={hosting} value={draft.hosting} allowDeselect={false} onChange={(v) => v && update({ hosting: v as SystemInput['hosting'] })} error={errors.hosting} comboboxProps={{ withinPortal: true }} />
          <Select
            label={t('fields.vendorId')}
            clearable
            searchable
            data={(lists.vendors.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
            value={draft.vendorId}
            onChange={(v) => update({ vendorId: nullable(v) })}
            error={errors.vendorId}
            comboboxProps={{ withinPortal: true }}
          />
          <CountrySelect label={t('fields.country')} value={draft.country} onChange={(country) => update({ country })} error={errors.country} />
          <CountrySelect label={t('fields.dataResidency')} value={draft.dataResidency} onChange={(dataResidency) => update({ dataResidency })} error={errors.dataResidency} />
        </SimpleGrid>
      </Section>
      <Section title={t('sections.security')}>
        <Switch label={t('fields.encryptionAtRest')} checked={draft.encryptionAtRest} onChange={(e) => update({ encryptionAtRest: e.currentTarget.checked })} error={errors.encryptionAtRest} />
        <TextInput label={t('fields.encryptionInTransit')} description={t('fields.encryptionInTransitHint')} value={draft.encryptionInTransit} onChange={(e) => update({ encryptionInTransit: e.currentTarget.value })} error={errors.encryptionInTransit} />
        <Switch label={t('fields.mfaEnforced')} checked={draft.mfaEnforced} onChange={(e) => update({ mfaEnforced: e.currentTarget.checked })} error={errors.mfaEnforced} />
        <Switch label={t('fields.roleBasedAccess')} checked={draft.roleBasedAccess} onChange={(e) => update({ roleBasedAccess: e.currentTarget.checked })} error={errors.roleBasedAccess} />
        <Switch label={t('fields.logging')} checked={draft.logging} onChange={(e) => update({ logging: e.currentTarget.checked })} error={errors.logging} />
      </Section>
    </Stack>
  );
}

export function DataCategoryForm({ draft, update, errors, lists }: FormProps<DataCategoryInput>) {
  const { t } = useTranslation('inventory');
  const sensitivity = useEnumOptions('sensitivity');
  return (
    <Stack gap="sm">
      <TextInput label={t('fields.name')} required value={draft.name} onChange={(e) => update({ name: e.currentTarget.value })} error={errors.name} data-autofocus />
      <Textarea label={t('fields.examples')} autosize minRows={2} maxRows={6} value={draft.examples} onChange={(e) => update({ examples: e.currentTarget.value })} error={errors.examples} />
      <MultiSelect
        label={t('fields.sensitivity')}
        required
        data={sensitivity}
        value={draft.sensitivity}
        onChange={(values) => update({ sensitivity: values as DataCategoryInput['sensitivity'] })}
        error={errors.sensitivity}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label={t('fields.systemIds')}
        searchable
        data={(lists.systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={draft.systemIds}
        onChange={(systemIds) => update({ systemIds })}
        error={errors.systemIds}
        comboboxProps={{ withinPortal: true }}
      />
    </Stack>
  );
}

export function SubjectCategoryForm({ draft, update, errors }: FormProps<SubjectCategoryInput>) {
  const { t } = useTranslation('inventory');
  return (
    <Stack gap="sm">
      <TextInput label={t('fields.name')} required value={draft.name} onChange={(e) => update({ name: e.currentTarget.value })} error={errors.name} data-autofocus />
      <Textarea label={t('fields.description')} autosize minRows={2} maxRows={6} value={draft.description} onChange={(e) => update({ description: e.currentTarget.value })} error={errors.description} />
      <Switch label={t('fields.includesMinors')} checked={draft.includesMinors} onChange={(e) => update({ includesMinors: e.currentTarget.checked })} error={errors.includesMinors} />
    </Stack>
  );
}

function AssessmentChoice({ label, value, onChange, suggested }: { label: string; value: boolean | null; onChange(value: boolean | null): void; suggested?: boolean }) {
  const { t } = useTranslation('inventory');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        aria-label={label}
        value={value === null ? 'follow' : value ? 'yes' : 'no'}
        onChange={(next) => onChange(next === 'follow' ? null : next === 'yes')}
        data={[
          { value: 'follow', label: t('assessment.follow') },
          { value: 'yes', label: t('assessment.needed') },
          { value: 'no', label: t('assessment.notNeeded') },
        ]}
      />
      {suggested !== undefined && (
        <Text size="xs" c="dimmed">
          {suggested ? t('assessment.suggestedYes') : t('assessment.suggestedNo')}
        </Text>
      )}
    </Stack>
  );
}

export function ActivityForm({ draft, update, errors, lists, suggestions }: FormProps<ActivityInput> & { suggestions?: { dpia: boolean; pipia: boolean } }) {
  const { t } = useTranslation('inventory');
  const roles = useEnumOptions('role');
  const gdpr = useEnumOptions('gdprBasis');
  const art9 = useEnumOptions('gdprArt9Condition');
  const pipl = useEnumOptions('piplBasis');
  const sources = useEnumOptions('source');
  const options = (list: readonly { id: string; name: string }[] | null) => (list ?? []).map((r) => ({ value: r.id, label: r.name }));
  return (
    <Stack gap="lg">
      <Section title={t('sections.basics')}>
        <TextInput label={t('fields.name')} required value={draft.name} onChange={(e) => update({ name: e.currentTarget.value })} error={errors.name} data-autofocus />
        <Textarea label={t('fields.purpose')} autosize minRows={2} maxRows={6} value={draft.purpose} onChange={(e) => update({ purpose: e.currentTarget.value })} error={errors.purpose} />
        <SimpleGrid cols={2}>
          <Select label={t('fields.role')} data={roles} value={draft.role} allowDeselect={false} onChange={(v) => v && update({ role: v as ActivityInput['role'] })} error={errors.role} comboboxProps={{ withinPortal: true }} />
          <TextInput label={t('fields.owner')} value={draft.owner} onChange={(e) => update({ owner: e.currentTarget.value })} error={errors.owner} />
          <Select label={t('fields.source')} data={sources} value={draft.source} allowDeselect={false} onChange={(v) => v && update({ source: v as ActivityInput['source'] })} error={errors.source} comboboxProps={{ withinPortal: true }} />
          <DateField label={t('fields.reviewDate')} value={draft.reviewDate} onChange={(reviewDate) => update({ reviewDate })} error={errors.reviewDate} />
        </SimpleGrid>
      </Section>
      <Section title={t('sections.lawfulness')}>
        <Select label={t('fields.gdprBasis')} clearable data={gdpr} value={draft.gdprBasis} onChange={(v) => update({ gdprBasis: nullable(v) as ActivityInput['gdprBasis'] })} error={errors.gdprBasis} comboboxProps={{ withinPortal: true }} />
        <Select label={t('fields.gdprArt9Condition')} clearable data={art9} value={draft.gdprArt9Condition} onChange={(v) => update({ gdprArt9Condition: nullable(v) as ActivityInput['gdprArt9Condition'] })} error={errors.gdprArt9Condition} comboboxProps={{ withinPortal: true }} />
        <Select label={t('fields.piplBasis')} clearable data={pipl} value={draft.piplBasis} onChange={(v) => update({ piplBasis: nullable(v) as ActivityInput['piplBasis'] })} error={errors.piplBasis} comboboxProps={{ withinPortal: true }} />
        <Switch label={t('fields.separateConsent')} checked={draft.separateConsent} onChange={(e) => update({ separateConsent: e.currentTarget.checked })} error={errors.separateConsent} />
        <Textarea label={t('fields.ccpaBusinessPurpose')} autosize minRows={1} maxRows={4} value={draft.ccpaBusinessPurpose} onChange={(e) => update({ ccpaBusinessPurpose: e.currentTarget.value })} error={errors.ccpaBusinessPurpose} />
        <Group>
          <Switch label={t('fields.sold')} checked={draft.sold} onChange={(e) => update({ sold: e.currentTarget.checked })} error={errors.sold} />
          <Switch label={t('fields.shared')} checked={draft.shared} onChange={(e) => update({ shared: e.currentTarget.checked })} error={errors.shared} />
        </Group>
      </Section>
      <Section title={t('sections.data')}>
        <MultiSelect label={t('fields.dataCategoryIds')} searchable data={options(lists.dataCategories.data)} value={draft.dataCategoryIds} onChange={(dataCategoryIds) => update({ dataCategoryIds })} error={errors.dataCategoryIds} comboboxProps={{ withinPortal: true }} />
        <MultiSelect label={t('fields.subjectCategoryIds')} searchable data={options(lists.subjectCategories.data)} value={draft.subjectCategoryIds} onChange={(subjectCategoryIds) => update({ subjectCategoryIds })} error={errors.subjectCategoryIds} comboboxProps={{ withinPortal: true }} />
        <MultiSelect label={t('fields.systemIds')} searchable data={options(lists.systems.data)} value={draft.systemIds} onChange={(systemIds) => update({ systemIds })} error={errors.systemIds} comboboxProps={{ withinPortal: true }} />
      </Section>
      <Section title={t('sections.retention')}>
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('fields.retentionMonths')}
            min={0}
            max={1200}
            allowDecimal={false}
            value={draft.retentionMonths ?? ''}
            onChange={(v) => update({ retentionMonths: v === '' ? null : Number(v) })}
            error={errors.retentionMonths}
          />
          <NumberInput label={t('fields.volumeEstimate')} min={0} allowDecimal={false} thousandSeparator value={draft.volumeEstimate} onChange={(v) => update({ volumeEstimate: v === '' ? 0 : Number(v) })} error={errors.volumeEstimate} />
        </SimpleGrid>
        <TextInput label={t('fields.deletionMethod')} value={draft.deletionMethod} onChange={(e) => update({ deletionMethod: e.currentTarget.value })} error={errors.deletionMethod} />
        <Textarea label={t('fields.recipients')} autosize minRows={1} maxRows={4} value={draft.recipients} onChange={(e) => update({ recipients: e.currentTarget.value })} error={errors.recipients} />
        <Switch label={t('fields.automatedDecisions')} checked={draft.automatedDecisions} onChange={(e) => update({ automatedDecisions: e.currentTarget.checked })} error={errors.automatedDecisions} />
      </Section>
      <Section title={t('sections.assessments')}>
        <SimpleGrid cols={2}>
          <AssessmentChoice label={t('fields.dpiaOverride')} value={draft.dpiaOverride} onChange={(dpiaOverride) => update({ dpiaOverride })} suggested={suggestions?.dpia} />
          <DateField label={t('fields.dpiaCompletedOn')} value={draft.dpiaCompletedOn} onChange={(dpiaCompletedOn) => update({ dpiaCompletedOn })} error={errors.dpiaCompletedOn} />
          <AssessmentChoice label={t('fields.pipiaOverride')} value={draft.pipiaOverride} onChange={(pipiaOverride) => update({ pipiaOverride })} suggested={suggestions?.pipia} />
          <DateField label={t('fields.pipiaCompletedOn')} value={draft.pipiaCompletedOn} onChange={(pipiaCompletedOn) => update({ pipiaCompletedOn })} error={errors.pipiaCompletedOn} />
        </SimpleGrid>
      </Section>
    </Stack>
  );
}

export function VendorForm({ draft, update, errors }: FormProps<VendorInput>) {
  const { t } = useTranslation('inventory');
  const countries = useCountryOptions();
  const kinds = useEnumOptions('certification');
  return (
    <Stack gap="lg">
      <Section title={t('sections.basics')}>
        <TextInput label={t('fields.name')} required value={draft.name} onChange={(e) => update({ name: e.currentTarget.value })} error={errors.name} data-autofocus />
        <Textarea label={t('fields.services')} autosize minRows={2} maxRows={6} value={draft.services} onChange={(e) => update({ services: e.currentTarget.value })} error={errors.services} />
        <MultiSelect label={t('fields.countries')} searchable data={countries} value={draft.countries} onChange={(values) => update({ countries: values })} error={errors.countries} comboboxProps={{ withinPortal: true }} />
        <SimpleGrid cols={2}>
          <DateField label={t('fields.dpaSignedOn')} value={draft.dpaSignedOn} onChange={(dpaSignedOn) => update({ dpaSignedOn })} error={errors.dpaSignedOn} />
          <DateField label={t('fields.reviewDate')} value={draft.reviewDate} onChange={(reviewDate) => update({ reviewDate })} error={errors.reviewDate} />
        </SimpleGrid>
        <ActivityMultiPicker label={t('fields.activityIds')} value={draft.activityIds} onChange={(activityIds) => update({ activityIds })} error={errors.activityIds} />
      </Section>
      <Section title={t('fields.certifications')}>
        {draft.certifications.map((certification, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <Select
              label={t('fields.certificationKind')}
              data={kinds}
              value={certification.kind}
              allowDeselect={false}
              onChange={(kind) => kind && update({ certifications: draft.certifications.map((c, i) => (i === index ? { ...c, kind: kind as typeof c.kind } : c)) })}
              style={{ flex: 1 }}
              comboboxProps={{ withinPortal: true }}
            />
            <DateField label={t('fields.expires')} value={certification.expires} onChange={(expires) => update({ certifications: draft.certifications.map((c, i) => (i === index ? { ...c, expires } : c)) })} style={{ flex: 1 }} />
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('fields.removeCertification')} onClick={() => update({ certifications: draft.certifications.filter((_, i) => i !== index) })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {errors.certifications && (
          <Text size="xs" c="red">
            {errors.certifications}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => update({ certifications: [...draft.certifications, { kind: 'iso27001', expires: null }] })}>
            {t('fields.addCertification')}
          </Button>
        </Group>
      </Section>
    </Stack>
  );
}

export function TransferForm({ draft, update, errors }: FormProps<TransferInput>) {
  const { t } = useTranslation('inventory');
  const gdpr = useEnumOptions('gdprMechanism');
  const pipl = useEnumOptions('piplMechanism');
  return (
    <Stack gap="sm">
      <ActivitySinglePicker label={t('fields.activityId')} required value={draft.activityId} onChange={(activityId) => update({ activityId })} error={errors.activityId} />
      <SimpleGrid cols={2}>
        <CountrySelect label={t('fields.fromCountry')} required value={draft.fromCountry} onChange={(v) => update({ fromCountry: v ?? '' })} error={errors.fromCountry} />
        <CountrySelect label={t('fields.toCountry')} required value={draft.toCountry} onChange={(v) => update({ toCountry: v ?? '' })} error={errors.toCountry} />
      </SimpleGrid>
      <TextInput label={t('fields.recipient')} value={draft.recipient} onChange={(e) => update({ recipient: e.currentTarget.value })} error={errors.recipient} />
      <Select label={t('fields.gdprMechanism')} data={gdpr} value={draft.gdprMechanism} allowDeselect={false} onChange={(v) => v && update({ gdprMechanism: v as TransferInput['gdprMechanism'] })} error={errors.gdprMechanism} comboboxProps={{ withinPortal: true }} />
      <Select label={t('fields.piplMechanism')} data={pipl} value={draft.piplMechanism} allowDeselect={false} onChange={(v) => v && update({ piplMechanism: v as TransferInput['piplMechanism'] })} error={errors.piplMechanism} comboboxProps={{ withinPortal: true }} />
      <SimpleGrid cols={2}>
        <DateField label={t('fields.standardContractFiledOn')} value={draft.standardContractFiledOn} onChange={(standardContractFiledOn) => update({ standardContractFiledOn })} error={errors.standardContractFiledOn} />
        <NumberInput label={t('fields.volume')} min={0} allowDecimal={false} thousandSeparator value={draft.volume} onChange={(v) => update({ volume: v === '' ? 0 : Number(v) })} error={errors.volume} />
      </SimpleGrid>
    </Stack>
  );
}
