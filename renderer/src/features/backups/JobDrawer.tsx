// Create, change or delete a backup job in a drawer: the system (or the workspace), type, schedule
// (and the full backup's for incremental and differential jobs), retention, medium, location,
// encryption, immutable and offline copies, RPO/RTO targets, restore estimate, owner and notes. The
// backend's field errors show under their inputs; a stored job shows what its schedule implies and
// its failing checks.
import { Alert, Button, Checkbox, Divider, Drawer, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_LOCATIONS, BACKUP_TYPES, STORAGE_MEDIA, type BackupJob, type BackupJobInput, type BackupSystem } from '../../../../shared/contract/areas/backups';
import { call } from '../../client/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { allIssuesOnFields, issuesByField } from '../../lib/field-errors';
import { useFormat } from '../../lib/format';
import { RecurrenceEditor } from '../../components/RecurrenceEditor';
import { blankJob, checkSentence, intOrNull, jobInput, systemIdOf, systemOptions, systemValue } from './backups-view';

const FIELDS = [
  'systemId',
  'name',
  'type',
  'schedule',
  'runsPerDay',
  'fullSchedule',
  'retentionDays',
  'retentionCopies',
  'medium',
  'location',
  'country',
  'encrypted',
  'encryptionMethod',
  'immutable',
  'offline',
  'rpoHours',
  'rtoHours',
  'restoreMinutesPerSet',
  'owner',
  'notes',
] as const;

interface JobDrawerProps {
  opened: boolean;
  /** The job to edit; null creates one. */
  job: BackupJob | null;
  systems: BackupSystem[];
  onClose(): void;
  onSaved(job: BackupJob | null): void;
}

export function JobDrawer({ opened, job, systems, onClose, onSaved }: JobDrawerProps) {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const [form, setForm] = useState<BackupJobInput>(() => (job ? jobInput(job) : blankJob()));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const errors = issuesByField(t, error);
  const set = <K extends keyof BackupJobInput>(key: K, value: BackupJobInput[K]) => setForm((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (opened) {
      setForm(job ? jobInput(job) : blankJob());
      setError(null);
    }
  }, [opened, job]);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const input = { ...form, fullSchedule: form.type === 'full' ? null : form.fullSchedule, encryptionMethod: form.encrypted ? form.encryptionMethod : '' };
      onSaved(job ? await call('backups.jobs.update', { id: job.id, job: input }) : await call('backups.jobs.create', input));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer opened={opened} onClose={() => !busy && onClose()} position="right" size="xl" title={<Title order={3}>{job ? t('form.editTitle') : t('form.createTitle')}</Title>} closeButtonProps={{ 'aria-label': t('app:common.close') }}>
      <Stack
        gap="md"
        component="form"
        aria-label={job ? t('form.editTitle') : t('form.createTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('form.system')}
            description={t('form.systemHint')}
            searchable
            allowDeselect={false}
            value={systemValue(form.systemId)}
            onChange={(value) => set('systemId', systemIdOf(value))}
            data={systemOptions(t, systems)}
            error={errors.systemId}
          />
          <TextInput label={t('form.name')} required value={form.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
          <Select
            label={t('form.type')}
            allowDeselect={false}
            value={form.type}
            onChange={(value) => {
              if (!value) return;
              setForm((current) => ({
                ...current,
                type: value as BackupJobInput['type'],
                fullSchedule: value === 'full' ? null : (current.fullSchedule ?? { ...current.schedule, ...(current.schedule.kind === 'calendar' ? { rrule: 'FREQ=WEEKLY;BYDAY=SU' } : {}) }),
              }));
            }}
            data={BACKUP_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
            error={errors.type}
          />
          <TextInput label={t('form.owner')} value={form.owner} onChange={(e) => set('owner', e.currentTarget.value)} error={errors.owner} />
        </SimpleGrid>

        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('form.schedule')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('form.scheduleHint')}
          </Text>
          <RecurrenceEditor value={form.schedule} onChange={(schedule) => set('schedule', schedule)} error={errors.schedule} after="run" />
          <NumberInput
            label={t('form.runsPerDay')}
            description={t('form.runsPerDayHint')}
            min={1}
            max={24}
            allowDecimal={false}
            w={260}
            value={form.runsPerDay}
            onChange={(v) => set('runsPerDay', intOrNull(v) ?? 1)}
            error={errors.runsPerDay}
          />
        </Stack>
        {form.type !== 'full' && form.fullSchedule && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('form.fullSchedule')}
            </Text>
            <RecurrenceEditor value={form.fullSchedule} onChange={(schedule) => set('fullSchedule', schedule)} error={errors.fullSchedule} after="run" />
          </Stack>
        )}

        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('form.retentionDays')} min={1} allowDecimal={false} value={form.retentionDays ?? ''} onChange={(v) => set('retentionDays', intOrNull(v))} error={errors.retentionDays} />
          <NumberInput label={t('form.retentionCopies')} min={1} allowDecimal={false} value={form.retentionCopies ?? ''} onChange={(v) => set('retentionCopies', intOrNull(v))} error={errors.retentionCopies} />
          <Select label={t('form.medium')} allowDeselect={false} value={form.medium} onChange={(v) => v && set('medium', v as BackupJobInput['medium'])} data={STORAGE_MEDIA.map((value) => ({ value, label: t(`media.${value}`) }))} error={errors.medium} />
          <Select label={t('form.location')} allowDeselect={false} value={form.location} onChange={(v) => v && set('location', v as BackupJobInput['location'])} data={BACKUP_LOCATIONS.map((value) => ({ value, label: t(`locations.${value}`) }))} error={errors.location} />
          <TextInput label={t('form.country')} description={t('form.countryHint')} maxLength={2} value={form.country} onChange={(e) => set('country', e.currentTarget.value.toUpperCase())} error={errors.country} />
        </SimpleGrid>
        <Group align="flex-end">
          <Checkbox label={t('form.encrypted')} checked={form.encrypted} onChange={(e) => set('encrypted', e.currentTarget.checked)} error={errors.encrypted} />
          {form.encrypted && <TextInput style={{ flex: 1 }} label={t('form.encryptionMethod')} required value={form.encryptionMethod} onChange={(e) => set('encryptionMethod', e.currentTarget.value)} error={errors.encryptionMethod} />}
        </Group>
        <Checkbox label={t('form.immutable')} checked={form.immutable} onChange={(e) => set('immutable', e.currentTarget.checked)} />
        <Checkbox label={t('form.offline')} checked={form.offline} onChange={(e) => set('offline', e.currentTarget.checked)} />

        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label={t('form.rpoHours')} description={t('form.rpoHint')} min={1} allowDecimal={false} value={form.rpoHours ?? ''} onChange={(v) => set('rpoHours', intOrNull(v))} error={errors.rpoHours} />
          <NumberInput label={t('form.rtoHours')} description={t('form.rtoHint')} min={1} allowDecimal={false} value={form.rtoHours ?? ''} onChange={(v) => set('rtoHours', intOrNull(v))} error={errors.rtoHours} />
          <NumberInput label={t('form.restoreMinutesPerSet')} min={1} allowDecimal={false} value={form.restoreMinutesPerSet ?? ''} onChange={(v) => set('restoreMinutesPerSet', intOrNull(v))} error={errors.restoreMinutesPerSet} />
        </SimpleGrid>
        <Textarea label={t('form.notes')} autosize minRows={2} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errors.notes} />

        {job && (
          <Alert variant="light" color={job.checks.length > 0 ? 'red' : 'teal'} title={t('form.computed')}>
            <Stack gap={2}>
              <Text size="sm">{job.longestIntervalHours === null ? t('form.noInterval') : t('form.longestInterval', { hours: job.longestIntervalHours })}</Text>
              <Text size="sm">{t('form.chain', { count: job.chainLength })}</Text>
              {job.restoreMinutes !== null && <Text size="sm">{t('form.restoreEstimate', { minutes: job.restoreMinutes })}</Text>}
              {job.checks.map((check) => (
                <Text key={check.kind} size="sm" c="red">
                  {t(`checks.kind.${check.kind}`)}: {checkSentence(t, check, format.day)}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}

        {error && !allIssuesOnFields(error, FIELDS) ? <ErrorAlert error={error} /> : null}
        <Group justify="space-between">
          <div>
            {job && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)} disabled={busy}>
                {t('form.delete')}
              </Button>
            )}
          </div>
          <Button type="submit" loading={busy}>
            {job ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
      {job && (
        <ConfirmDialog
          opened={confirming}
          title={t('form.deleteTitle')}
          confirmLabel={t('form.delete')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await call('backups.jobs.delete', { id: job.id });
            setConfirming(false);
            onSaved(null);
          }}
        >
          {t('form.deleteBody')}
        </ConfirmDialog>
      )}
    </Drawer>
  );
}
