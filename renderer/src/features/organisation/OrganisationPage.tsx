import { Button, Card, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { JURISDICTIONS } from '../../../../shared/contract';
import { call } from '../../client/client';
import { fieldErrors } from '../../client/error-message';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { timeZoneOptions } from '../../lib/time-zones';
import { useProcedure } from '../../lib/use-procedure';
import { countryOptions } from './countries';
import {
  ORGANISATION_FIELDS,
  toFormValues,
  validateOrganisation,
  type Jurisdiction,
  type OrganisationField,
  type OrganisationFormValues,
} from './organisation-form';
import { notifySuccess } from '../../lib/notify';
import { InventoryRulesPanel } from '../inventory/settings/InventoryRulesPanel';

function FormSection({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h5" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

export function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const loaded = useProcedure('organisation.get');
  const [values, setValues] = useState<OrganisationFormValues | null>(null);
  const [errors, setErrors] = useState<Partial<Record<OrganisationField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  useEffect(() => {
    if (loaded.data) setValues(toFormValues(loaded.data));
  }, [loaded.data]);

  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const zones = useMemo(timeZoneOptions, []);
  const labels = useMemo(
    () => Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, t(`organisation.fields.${field}`)])) as Record<OrganisationField, string>,
    [t],
  );

  if (!values) {
    return (
      <>
        <PageHeader title={t('organisation.title')} description={t('organisation.subtitle')} />
        <ErrorAlert error={loaded.error} />
        {loaded.loading && <LoadingState />}
      </>
    );
  }

  const form = values;
  const dirty = loaded.data ? JSON.stringify(toFormValues(loaded.data)) !== JSON.stringify(form) : false;

  function set<F extends OrganisationField>(field: F, value: OrganisationFormValues[F]) {
    setValues((current) => (current ? { ...current, [field]: value } : current));
    setErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }

  function text(field: Exclude<OrganisationField, 'jurisdictions'>) {
    return {
      label: labels[field],
      value: form[field],
      error: errors[field],
      onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaveError(null);
    const result = validateOrganisation(t, form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    try {
      const saved = await call('organisation.update', result.profile);
      loaded.setData(saved);
      setValues(toFormValues(saved));
      setErrors({});
      notifySuccess(t('organisation.saved'));
    } catch (caught) {
      setErrors(fieldErrors(t, caught) as Partial<Record<OrganisationField, string>>);
      setSaveError(caught);
    } finally {
      setSaving(false);
    }
  }

  const jurisdictionOptions = JURISDICTIONS.map((value) => ({ value, label: t(`organisation.jurisdictions.${value}`) }));

  return (
    <Stack gap="lg">
    <form onSubmit={(event) => void save(event)} noValidate>
      <PageHeader
        title={t('organisation.title')}
        description={t('organisation.subtitle')}
        actions={
          <>
            <Button variant="default" disabled={!dirty || saving} onClick={() => loaded.data && (setValues(toFormValues(loaded.data)), setErrors({}))}>
              {t('common.discard')}
            </Button>
            <Button type="submit" loading={saving} disabled={!dirty} leftSection={<IconDeviceFloppy size={16} />}>
              {t('common.save')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <ErrorAlert error={saveError} fieldLabels={labels} />
        <FormSection title={t('organisation.sections.identity')} description={t('organisation.sections.identityHint')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('legalName')} required maxLength={200} />
            <TextInput {...text('tradingName')} maxLength={200} />
          </SimpleGrid>
          <Textarea {...text('registeredAddress')} autosize minRows={2} maxRows={5} maxLength={500} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={labels.country}
              data={countries}
              value={form.country || null}
              onChange={(value) => set('country', value ?? '')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              error={errors.country}
              nothingFoundMessage={t('common.nothingFound')}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput {...text('industry')} maxLength={120} />
            <TextInput {...text('employeeCount')} inputMode="numeric" />
          </SimpleGrid>
          <Select
            label={labels.timeZone}
            description={t('organisation.timeZoneHint')}
            data={zones}
            value={form.timeZone}
            onChange={(value) => value && set('timeZone', value)}
            searchable
            allowDeselect={false}
            error={errors.timeZone}
            nothingFoundMessage={t('common.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            maw={360}
          />
        </FormSection>

        <FormSection title={t('organisation.sections.privacy')} description={t('organisation.sections.privacyHint')}>
          <MultiSelect
            label={labels.jurisdictions}
            description={t('organisation.jurisdictionsHint')}
            data={jurisdictionOptions}
            value={form.jurisdictions}
            onChange={(value) => set('jurisdictions', value as Jurisdiction[])}
            error={errors.jurisdictions}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('privacyEmail')} description={t('organisation.privacyEmailHint')} type="email" maxLength={254} />
            <TextInput {...text('privacyPhone')} type="tel" maxLength={60} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('dpoName')} maxLength={200} />
            <TextInput {...text('dpoEmail')} type="email" maxLength={254} />
          </SimpleGrid>
          <Textarea {...text('euRepresentative')} description={t('organisation.euRepresentativeHint')} autosize minRows={2} maxRows={4} maxLength={300} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('piplOfficerName')} description={t('organisation.piplOfficerHint')} maxLength={200} />
            <TextInput {...text('piplOfficerEmail')} type="email" maxLength={254} />
          </SimpleGrid>
          <Textarea {...text('chinaRepresentative')} description={t('organisation.chinaRepresentativeHint')} autosize minRows={2} maxRows={4} maxLength={300} />
        </FormSection>
      </Stack>
    </form>
    <InventoryRulesPanel />
    </Stack>
  );
}
