// Courses: each with its audience, recurrence sentence and completion rate; the generation run
// (assignments from the audience rules) with its result; and a course's assignments, from which a
// completion is recorded.
import { Alert, Anchor, Badge, Button, Card, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconPlus, IconRefresh, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course, CourseInput, GenerationResult } from '../../../../shared/contract/areas/training';
import { call } from '../../client/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { RecordFormModal } from '../../components/RecordFormModal';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { ImportButton } from './import/ImportButton';
import { CompletionModal, type CompletionTarget } from './CompletionModal';
import { blankCourse, COURSE_FIELDS, CourseForm } from './CourseForm';
import { useScheduleSentence } from '../../components/RecurrenceEditor';
import { StateBadge } from './StateBadge';

function inputOf(course: Course): CourseInput {
  const { title, kind, description, audience, schedule, passingScore, materials } = course;
  return { title, kind, description, audience, schedule, passingScore, materials };
}

function rate(course: Course): number {
  return course.openAssignments === 0 ? 0 : Math.round((course.done / course.openAssignments) * 1000) / 10;
}

function AudienceText({ course }: { course: Course }) {
  const { t } = useTranslation('training');
  const parts: string[] = [];
  if (course.audience.allStaff) parts.push(t('audience.allStaff'));
  if (course.audience.departments.length) parts.push(t('audience.departmentsList', { list: course.audience.departments.join(', ') }));
  if (course.audience.roles.length) parts.push(t('audience.rolesList', { list: course.audience.roles.join(', ') }));
  if (course.audience.newJoinersWithinDays !== null) parts.push(t('audience.newJoinersList', { count: course.audience.newJoinersWithinDays }));
  return (
    <Text size="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

function ScheduleText({ course }: { course: Course }) {
  const sentence = useScheduleSentence(course.schedule);
  return <Text size="sm">{sentence.text}</Text>;
}

function CourseAssignments({ course, onRecord }: { course: Course; onRecord(personId: string): void }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const assignments = useProcedure('training.assignments.list', { courseId: course.id });
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t('courses.assignmentsOf', { title: course.title })}>
      <Group p="md" justify="space-between">
        <Text fw={600}>{t('courses.assignmentsOf', { title: course.title })}</Text>
        <Text size="sm" c="dimmed" data-testid="course-rate">
          {t('courses.rate', { done: course.done, total: course.openAssignments, rate: rate(course) })}
        </Text>
      </Group>
      <ErrorAlert error={assignments.error} />
      {assignments.data && assignments.data.length === 0 && <EmptyState title={t('courses.noAssignments')} />}
      {assignments.data && assignments.data.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assignments.person')}</Table.Th>
                <Table.Th>{t('assignments.department')}</Table.Th>
                <Table.Th>{t('assignments.lastCompleted')}</Table.Th>
                <Table.Th>{t('assignments.due')}</Table.Th>
                <Table.Th>{t('assignments.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assignments.data.map((a) => (
                <Table.Tr key={a.id} data-testid={`assignment-${a.personName}`}>
                  <Table.Td>{a.personName}</Table.Td>
                  <Table.Td>{a.department}</Table.Td>
                  <Table.Td>{a.lastCompletedOn ? format.day(a.lastCompletedOn) : '—'}</Table.Td>
                  <Table.Td>{a.dueOn ? format.day(a.dueOn) : '—'}</Table.Td>
                  <Table.Td>
                    <StateBadge state={a.state} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" leftSection={<IconCheck size={14} />} onClick={() => onRecord(a.personId)} aria-label={t('assignments.recordFor', { name: a.personName })}>
                      {t('assignments.record')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

export function CoursesTab({ selectedId, onSelect }: { selectedId?: string; onSelect(id: string | undefined): void }) {
  const { t } = useTranslation('training');
  const courses = useProcedure('training.courses.list');
  const people = useProcedure('training.people.list');
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const [form, setForm] = useState<CourseInput>(blankCourse);
  const [generating, setGenerating] = useState(false);
  const [generated, setGenerated] = useState<GenerationResult | null>(null);
  const [generateError, setGenerateError] = useState<unknown>(null);
  const [completion, setCompletion] = useState<CompletionTarget | null>(null);
  const [version, setVersion] = useState(0);

  const departments = useMemo(() => [...new Set((people.data ?? []).map((p) => p.department).filter(Boolean))].sort(), [people.data]);
  const roles = useMemo(() => [...new Set((people.data ?? []).map((p) => p.role).filter(Boolean))].sort(), [people.data]);
  const selected = courses.data?.find((course) => course.id === selectedId);

  function open(target: Course | 'new') {
    setForm(target === 'new' ? blankCourse() : inputOf(target));
    setEditing(target);
  }

  async function generate() {
    setGenerating(true);
    setGenerateError(null);
    try {
      setGenerated(await call('training.assignments.generate', {}));
      await courses.reload();
      setVersion((v) => v + 1);
    } catch (caught) {
      setGenerateError(caught);
    } finally {
      setGenerating(false);
    }
  }

  return (
    <Stack gap="md">
      <ErrorAlert error={courses.error} />
      <Group justify="space-between">
        <Button leftSection={<IconRefresh size={16} />} variant="light" loading={generating} onClick={() => void generate()}>
          {t('courses.generate')}
        </Button>
        <Group gap="sm">
          <ImportButton kind="completions" onImported={() => void courses.reload()} />
          <Button variant="default" leftSection={<IconCheck size={16} />} onClick={() => setCompletion({ personId: null, courseId: selectedId ?? null })}>
            {t('completion.title')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => open('new')}>
            {t('courses.new')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={generateError} />
      {generated && (
        <Alert color="teal" variant="light" withCloseButton onClose={() => setGenerated(null)} data-testid="generation-result">
          {t('courses.generated', { created: generated.created, reopened: generated.reopened, closed: generated.closed, open: generated.open })}
        </Alert>
      )}
      {!courses.data && courses.loading && <LoadingState />}
      {courses.data && courses.data.length === 0 && <EmptyState title={t('courses.empty')} />}
      {courses.data?.map((course) => (
        <Card key={course.id} withBorder radius="md" padding="md" component="article" aria-label={course.title}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ flex: 1 }}>
              <Group gap="xs">
                <Anchor component="button" type="button" fw={600} onClick={() => open(course)}>
                  {course.title}
                </Anchor>
                <Badge variant="light" radius="sm" style={{ textTransform: 'none' }}>
                  {t(`kinds.${course.kind}`)}
                </Badge>
                {course.overdue > 0 && (
                  <Badge variant="light" color="red" radius="sm" style={{ textTransform: 'none' }}>
                    {t('courses.overdueCount', { count: course.overdue })}
                  </Badge>
                )}
              </Group>
              <AudienceText course={course} />
              <ScheduleText course={course} />
            </Stack>
            <Stack gap={4} w={220}>
              <Text size="sm" ta="right">
                {t('courses.rate', { done: course.done, total: course.openAssignments, rate: rate(course) })}
              </Text>
              <Progress value={rate(course)} color="teal" size="sm" aria-label={t('courses.rateLabel', { title: course.title })} />
              <Button
                size="compact-sm"
                variant={course.id === selectedId ? 'filled' : 'subtle'}
                leftSection={<IconUsers size={14} />}
                onClick={() => onSelect(course.id === selectedId ? undefined : course.id)}
              >
                {t('courses.showAssignments')}
              </Button>
            </Stack>
          </Group>
        </Card>
      ))}
      {selected && <CourseAssignments key={`${selected.id}-${version}`} course={selected} onRecord={(personId) => setCompletion({ personId, courseId: selected.id })} />}
      <RecordFormModal
        opened={editing !== null}
        size="xl"
        title={editing === 'new' || editing === null ? t('courses.new') : t('courses.edit', { title: editing.title })}
        fields={COURSE_FIELDS}
        onClose={() => setEditing(null)}
        onSubmit={async () => {
          if (editing === 'new') await call('training.courses.create', form);
          else if (editing) await call('training.courses.update', { id: editing.id, course: form });
          setEditing(null);
          await courses.reload();
        }}
        remove={
          editing && editing !== 'new'
            ? {
                label: t('courses.delete'),
                title: t('courses.delete'),
                body: t('courses.deleteConfirm', { title: editing.title }),
                run: async () => {
                  await call('training.courses.delete', { id: editing.id });
                  setEditing(null);
                  await courses.reload();
                },
              }
            : undefined
        }
      >
        {(errors) => <CourseForm value={form} onChange={setForm} errors={errors} departments={departments} roles={roles} />}
      </RecordFormModal>
      <CompletionModal
        target={completion}
        courses={courses.data ?? []}
        onClose={() => setCompletion(null)}
        onSaved={async () => {
          setCompletion(null);
          await courses.reload();
          setVersion((v) => v + 1);
        }}
      />
    </Stack>
  );
}
