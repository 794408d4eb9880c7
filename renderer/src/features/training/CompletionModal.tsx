// Records a completion: person, course, date, score (pass or fail against the course's passing score),
// an optional evidence file and a certificate reference.
import { NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletionInput, Course } from '../../../../shared/contract/areas/training';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { RecordFormModal } from '../../components/RecordFormModal';
import { today } from '../../lib/dates';
import { useProcedure } from '../../lib/use-procedure';

const FIELDS = ['personId', 'courseId', 'completedOn', 'score', 'evidenceFileId', 'certificateRef'] as const;

export interface CompletionTarget {
  personId: string | null;
  courseId: string | null;
}

interface CompletionModalProps {
  target: CompletionTarget | null;
  courses: Course[];
  onClose(): void;
  onSaved(): Promise<void>;
}

export function CompletionModal({ target, courses, onClose, onSaved }: CompletionModalProps) {
  const { t } = useTranslation('training');
  const people = useProcedure('training.people.list');
  const files = useProcedure('evidence.files.list');
  const [form, setForm] = useState<CompletionInput>({ personId: '', courseId: '', completedOn: today(), score: null, evidenceFileId: null, certificateRef: '' });
  const set = <K extends keyof CompletionInput>(key: K, value: CompletionInput[K]) => setForm((current) => ({ ...current, [key]: value }));
  useEffect(() => {
    if (target) setForm({ personId: target.personId ?? '', courseId: target.courseId ?? '', completedOn: today(), score: null, evidenceFileId: null, certificateRef: '' });
  }, [target]);
  const course = courses.find((c) => c.id === form.courseId);
  const outcome = course && course.passingScore !== null && form.score !== null ? (form.score >= course.passingScore ? 'pass' : 'fail') : null;
  return (
    <RecordFormModal
      opened={target !== null}
      title={t('completion.title')}
      fields={FIELDS}
      submitLabel={t('completion.save')}
      onClose={onClose}
      onSubmit={async () => {
        await call('training.completions.record', form);
        await onSaved();
      }}
    >
      {(errors) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('completion.person')}
              required
              searchable
              value={form.personId || null}
              onChange={(v) => set('personId', v ?? '')}
              data={(people.data ?? []).filter((p) => !p.left).map((p) => ({ value: p.id, label: p.department ? `${p.name} · ${p.department}` : p.name }))}
              error={errors.personId}
            />
            <Select
              label={t('completion.course')}
              required
              searchable
              value={form.courseId || null}
              onChange={(v) => set('courseId', v ?? '')}
              data={courses.map((c) => ({ value: c.id, label: c.title }))}
              error={errors.courseId}
            />
            <DateField label={t('completion.completedOn')} required clearable={false} value={form.completedOn} onChange={(v) => set('completedOn', v ?? '')} error={errors.completedOn} />
            <NumberInput
              label={t('completion.score')}
              description={course && course.passingScore !== null ? t('completion.passingScore', { score: course.passingScore }) : t('completion.noTest')}
              min={0}
              max={100}
              suffix=" %"
              value={form.score ?? ''}
              onChange={(n) => set('score', typeof n === 'number' ? n : null)}
              error={errors.score}
            />
            <Select
              label={t('completion.evidenceFile')}
              clearable
              searchable
              value={form.evidenceFileId}
              onChange={(v) => set('evidenceFileId', v)}
              data={(files.data ?? []).map((file) => ({ value: file.id, label: file.name }))}
              error={errors.evidenceFileId}
            />
            <TextInput label={t('completion.certificateRef')} value={form.certificateRef} onChange={(e) => set('certificateRef', e.currentTarget.value)} error={errors.certificateRef} />
          </SimpleGrid>
          {outcome && (
            <Text size="sm" c={outcome === 'pass' ? 'teal' : 'red'}>
              {t(`completion.${outcome}`)}
            </Text>
          )}
        </>
      )}
    </RecordFormModal>
  );
}
