// One assessment: its questionnaire section by section, the residual-risk rating and its outcome,
// the life-cycle actions (review, sign-off, new revision, delete) and what retention applies.
import { Accordion, Alert, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRES, residualRisk, RISK_LEVELS, type AssessmentSection } from '../../../../../shared/assessments/questionnaires';
import type { Assessment } from '../../../../../shared/contract/areas/assessments';
import { call } from '../../../client/client';
import { SectionCard } from '../../../components/SectionCard';
import { notifySuccess } from '../../../lib/notify';
import { AssessmentError } from './AssessmentError';
import { ResidualBadge, StatusBadge } from './badges';
import { SignOffModal } from './SignOffModal';

interface Props {
  assessment: Assessment;
  onChanged(assessment: Assessment): void;
  onDeleted(): void;
  onBack(): void;
  onOpen(id: string): void;
}

function SectionForm({ assessment, section, editable, onSaved }: { assessment: Assessment; section: AssessmentSection; editable: boolean; onSaved(a: Assessment): void }) {
  const { t } = useTranslation('assessments');
  const initial = useMemo(() => Object.fromEntries(section.questions.map((q) => [q.id, assessment.answers[q.id] ?? ''])), [assessment.answers, section]);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setValues(initial), [initial]);
  const dirty = section.questions.some((q) => (values[q.id] ?? '') !== (initial[q.id] ?? ''));

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await call('assessments.update', { id: assessment.id, changes: { answers: values } });
      notifySuccess(t('detail.sectionSaved'));
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      {section.questions.map((question) => (
        <Textarea
          key={question.id}
          label={t(`questions.${question.id}.label`)}
          description={t(`questions.${question.id}.help`)}
          required={question.required}
          autosize
          minRows={2}
          maxRows={10}
          maxLength={8000}
          readOnly={!editable}
          value={values[question.id] ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setValues((current) => ({ ...current, [question.id]: value }));
          }}
        />
      ))}
      <AssessmentError error={error} />
      {editable ? (
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
            {t('actions.saveSection')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

export function AssessmentDetail({ assessment, onChanged, onDeleted, onBack, onOpen }: Props) {
  const { t, i18n } = useTranslation('assessments');
  const { t: tApp } = useTranslation();
  const editable = assessment.status !== 'signed_off';
  const [likelihood, setLikelihood] = useState<number | null>(assessment.likelihood);
  const [severity, setSeverity] = useState<number | null>(assessment.severity);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [signing, setSigning] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  useEffect(() => {
    setLikelihood(assessment.likelihood);
    setSeverity(assessment.severity);
  }, [assessment.likelihood, assessment.severity]);

  const sections = QUESTIONNAIRES[assessment.kind];
  const outcome = residualRisk(likelihood, severity);
  const fieldLabels = useMemo(
    () => ({
      likelihood: t('likelihood.label'),
      severity: t('severity.label'),
      ...Object.fromEntries(sections.flatMap((s) => s.questions.map((q) => [`answers.${q.id}`, t(`questions.${q.id}.label`)]))),
    }),
    [sections, t],
  );
  const levelOptions = (scale: 'likelihood' | 'severity') => RISK_LEVELS.map((level) => ({ value: String(level), label: `${level} · ${t(`${scale}.${level}`)}` }));
  const date = (instant: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(instant));

  async function run(action: string, fn: () => Promise<Assessment>, message: (a: Assessment) => string) {
    setBusy(action);
    setError(null);
    try {
      const result = await fn();
      notifySuccess(message(result));
      onChanged(result);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    setBusy('delete');
    setDeleteError(null);
    try {
      await call('assessments.delete', { id: assessment.id });
      notifySuccess(t('detail.deleted', { ref: assessment.ref }));
      setDeleting(false);
      onDeleted();
    } catch (caught) {
      setDeleteError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={14} />} onClick={onBack} w="fit-content">
            {t('actions.back')}
          </Button>
          <Title order={2} size="h4">
            {assessment.ref} {assessment.name}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" radius="sm" style={{ textTransform: 'none' }}>
              {t(`kind.${assessment.kind}`)}
            </Badge>
            <StatusBadge status={assessment.status} />
            <Text size="sm" c="dimmed">
              {t('detail.revision', { revision: assessment.revision })} · {assessment.activityName}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {assessment.status === 'draft' ? (
            <Button onClick={() => void run('submit', () => call('assessments.submit', { id: assessment.id }), () => t('detail.submitted', { ref: assessment.ref }))} loading={busy === 'submit'}>
              {t('actions.submit')}
            </Button>
          ) : null}
          {assessment.status === 'in_review' ? (
            <>
              <Button variant="default" onClick={() => void run('return', () => call('assessments.return', { id: assessment.id }), () => t('detail.returned', { ref: assessment.ref }))} loading={busy === 'return'}>
                {t('actions.return')}
              </Button>
              <Button color="teal" onClick={() => setSigning(true)}>
                {t('actions.signOff')}
              </Button>
            </>
          ) : null}
          {assessment.status === 'signed_off' && !assessment.superseded ? (
            <Button
              variant="default"
              onClick={() => void run('revise', () => call('assessments.revise', { id: assessment.id }), (a) => t('detail.revised', { ref: a.ref, revision: a.revision }))}
              loading={busy === 'revise'}
            >
              {t('actions.revise')}
            </Button>
          ) : null}
          <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
            {t('actions.delete')}
          </Button>
        </Group>
      </Group>

      <AssessmentError error={error} fieldLabels={fieldLabels} />
      {assessment.status === 'signed_off' ? (
        <Alert color="teal" variant="light" icon={<IconLock size={18} />}>
          {t('detail.signedOff', { by: assessment.signedOffBy ?? '', date: assessment.signedOffAt ? date(assessment.signedOffAt) : '' })} {t('detail.immutable')}
          {assessment.superseded ? ` ${t('detail.superseded')}` : ''}
        </Alert>
      ) : null}

      <SectionCard title={t('detail.outcome')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('likelihood.label')} data={levelOptions('likelihood')} value={likelihood === null ? null : String(likelihood)} onChange={(v) => setLikelihood(v === null ? null : Number(v))} readOnly={!editable} comboboxProps={{ withinPortal: true }} />
            <Select label={t('severity.label')} data={levelOptions('severity')} value={severity === null ? null : String(severity)} onChange={(v) => setSeverity(v === null ? null : Number(v))} readOnly={!editable} comboboxProps={{ withinPortal: true }} />
          </SimpleGrid>
          <Group gap="sm">
            <ResidualBadge residual={outcome} />
            {likelihood !== null && severity !== null ? (
              <Text size="sm" c="dimmed">
                {t('detail.score', { likelihood, severity, score: likelihood * severity })}
              </Text>
            ) : null}
            {editable ? (
              <Button
                size="xs"
                variant="light"
                disabled={likelihood === assessment.likelihood && severity === assessment.severity}
                loading={busy === 'rating'}
                onClick={() => void run('rating', () => call('assessments.update', { id: assessment.id, changes: { likelihood, severity } }), () => t('detail.ratingSaved'))}
              >
                {t('actions.saveRating')}
              </Button>
            ) : null}
          </Group>
          {assessment.kind === 'dpia' && outcome === 'high' ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {t('detail.priorConsultation')}
            </Alert>
          ) : null}
          <Text size="sm">
            {assessment.retainUntil ? t('detail.retainUntil', { date: assessment.retainUntil }) : assessment.kind === 'pipia' ? t('detail.retainPending') : t('detail.noRetention')}
          </Text>
          <Text size="sm" c={assessment.unanswered.length > 0 ? 'orange' : 'teal'}>
            {assessment.unanswered.length > 0 ? t('detail.unanswered', { count: assessment.unanswered.length }) : t('detail.complete')}
          </Text>
        </Stack>
      </SectionCard>

      <Accordion variant="separated" multiple defaultValue={[sections[0]!.id]}>
        {sections.map((section) => {
          const open = section.questions.filter((q) => q.required && assessment.unanswered.includes(q.id)).length;
          return (
            <Accordion.Item key={section.id} value={section.id}>
              <Accordion.Control>
                <Group gap="xs" justify="space-between" wrap="nowrap" pr="sm">
                  <Text fw={500}>{t(`sections.${section.id}`)}</Text>
                  {open > 0 ? (
                    <Badge color="orange" variant="light" radius="sm" style={{ textTransform: 'none' }}>
                      {t('detail.unanswered', { count: open })}
                    </Badge>
                  ) : null}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <SectionForm assessment={assessment} section={section} editable={editable} onSaved={onChanged} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>

      {assessment.previousId ? (
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => onOpen(assessment.previousId!)}>
          {t('actions.open', { ref: `${assessment.ref} (${t('detail.revision', { revision: assessment.revision - 1 })})` })}
        </Button>
      ) : null}

      {signing ? (
        <SignOffModal
          assessment={assessment}
          opened
          onClose={() => setSigning(false)}
          onSignedOff={(signed) => {
            setSigning(false);
            onChanged(signed);
          }}
        />
      ) : null}
      <Modal opened={deleting} onClose={() => busy !== 'delete' && setDeleting(false)} title={t('deleteDialog.title', { ref: assessment.ref })} closeButtonProps={{ 'aria-label': tApp('common.close') }} centered>
        <Stack gap="md">
          <Text size="sm">{t('deleteDialog.body')}</Text>
          <AssessmentError error={deleteError} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setDeleting(false)} disabled={busy === 'delete'}>
              {tApp('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove()} loading={busy === 'delete'} data-autofocus>
              {tApp('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
