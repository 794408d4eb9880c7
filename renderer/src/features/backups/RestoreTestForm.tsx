// Recording or editing a restore test: date, system and the backup job used, result, measured time
// against the job's RTO, what was verified, an evidence file of the library, notes and follow-up
// actions, which a failed or partial result makes required.
import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESTORE_RESULTS, type BackupJob, type BackupSystem, type RestoreTest, type RestoreTestInput } from '../../../../shared/contract/areas/backups';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useProcedure } from '../../lib/use-procedure';
import { blankTest, intOrNull, systemIdOf, systemOptions, systemValue, testInput } from './backups-view';
import { FollowUpsEditor } from './FollowUpsEditor';

const FIELDS = ['testedOn', 'systemId', 'backupJobId', 'result', 'restoreMinutes', 'dataVerified', 'evidenceFileId', 'notes', 'followUps'] as const;

interface RestoreTestFormProps {
  opened: boolean;
  test: RestoreTest | null;
  systems: BackupSystem[];
  jobs: BackupJob[];
  onClose(): void;
  onSaved(test: RestoreTest | null): void;
}

export function RestoreTestForm({ opened, test, systems, jobs, onClose, onSaved }: RestoreTestFormProps) {
  const { t } = useTranslation('backups');
  const files = useProcedure('evidence.files.list');
  const [form, setForm] = useState<RestoreTestInput>(() => (test ? testInput(test) : blankTest()));
  const set = <K extends keyof RestoreTestInput>(key: K, value: RestoreTestInput[K]) => setForm((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (opened) setForm(test ? testInput(test) : blankTest());
  }, [opened, test]);

  const systemJobs = jobs.filter((job) => job.systemId === form.systemId);
  const job = jobs.find((candidate) => candidate.id === form.backupJobId) ?? null;
  const followUpsRequired = form.result !== 'pass';

  return (
    <RecordFormModal
      opened={opened}
      title={test ? t('testForm.editTitle') : t('testForm.createTitle')}
      fields={FIELDS}
      size="xl"
      submitLabel={test ? t('testForm.save') : t('testForm.create')}
      onClose={onClose}
      onSubmit={async () => {
        onSaved(test ? await call('backups.restoreTests.update', { id: test.id, test: form }) : await call('backups.restoreTests.create', form));
      }}
      remove={
        test
          ? {
              label: t('testForm.delete'),
              title: t('testForm.deleteTitle'),
              body: t('testForm.deleteBody'),
              run: async () => {
                await call('backups.restoreTests.delete', { id: test.id });
                onSaved(null);
              },
            }
          : undefined
      }
    >
      {(errors) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t('testForm.testedOn')} required clearable={false} value={form.testedOn} onChange={(day) => day && set('testedOn', day)} error={errors.testedOn} />
            <Select
              label={t('testForm.system')}
              searchable
              allowDeselect={false}
              value={systemValue(form.systemId)}
              onChange={(value) => setForm((current) => ({ ...current, systemId: systemIdOf(value), backupJobId: null }))}
              data={systemOptions(t, systems)}
              error={errors.systemId}
            />
            <Select
              label={t('testForm.job')}
              placeholder={t('testForm.noJob')}
              clearable
              value={form.backupJobId}
              onChange={(value) => set('backupJobId', value)}
              data={systemJobs.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
              error={errors.backupJobId}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('testForm.result')}
            </Text>
            <SegmentedControl
              value={form.result}
              onChange={(value) => set('result', value as RestoreTestInput['result'])}
              data={RESTORE_RESULTS.map((value) => ({ value, label: t(`results.${value}`) }))}
              aria-label={t('testForm.result')}
            />
          </Stack>
          <NumberInput
            label={t('testForm.restoreMinutes')}
            description={job?.rtoHours ? t('testForm.rtoHint', { hours: job.rtoHours, minutes: job.rtoHours * 60 }) : undefined}
            min={0}
            allowDecimal={false}
            value={form.restoreMinutes ?? ''}
            onChange={(value) => set('restoreMinutes', intOrNull(value))}
            error={errors.restoreMinutes}
          />
          <Textarea label={t('testForm.dataVerified')} description={t('testForm.dataVerifiedHint')} autosize minRows={2} value={form.dataVerified} onChange={(e) => set('dataVerified', e.currentTarget.value)} error={errors.dataVerified} />
          <Select
            label={t('testForm.evidenceFile')}
            description={t('testForm.evidenceFileHint')}
            searchable
            clearable
            value={form.evidenceFileId}
            onChange={(value) => set('evidenceFileId', value)}
            data={(files.data ?? []).map((file) => ({ value: file.id, label: file.name }))}
            error={errors.evidenceFileId}
          />
          <Textarea label={t('testForm.notes')} autosize minRows={2} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errors.notes} />
          {(followUpsRequired || form.followUps.length > 0) && <FollowUpsEditor value={form.followUps} onChange={(followUps) => set('followUps', followUps)} required={followUpsRequired} error={errors.followUps} />}
        </>
      )}
    </RecordFormModal>
  );
}
