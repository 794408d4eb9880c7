// One version of a policy: for a draft, the outline, the Markdown editor and the live preview side by
// side; for any other version, the outline and the rendered text with its SHA-256. The lifecycle
// steps and, for privacy notices, the completeness checklist sit with the text they act on.
import { Badge, Code, Grid, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail, PolicyVersion } from '../../../../shared/contract/areas/policies';
import { policyHeadings, type PolicyHeading } from '../../../../shared/policies/markdown';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { CompletenessPanel } from './CompletenessPanel';
import type { MarkdownEditorHandle } from './editor/MarkdownEditor';
import { OutlinePanel } from './editor/OutlinePanel';
import { LifecycleBar } from './lifecycle/LifecycleBar';
import { StatusBadge } from './PolicyBadges';
import { PolicyPreview } from './preview/PolicyPreview';

const PANE_HEIGHT = 560;

// CodeMirror loads with the first draft opened, not with the app.
const MarkdownEditor = lazy(() => import('./editor/MarkdownEditor').then((module) => ({ default: module.MarkdownEditor })));

interface PolicyDocumentProps {
  detail: PolicyDetail;
  versionId: string;
  /** After a lifecycle step or a save that changed the version list. */
  onChanged(versionId: string | null): void;
  /** Reports unsaved edits, so the page can warn before leaving. */
  onDirtyChange?(dirty: boolean): void;
}

export function PolicyDocument({ detail, versionId, onChanged, onDirtyChange }: PolicyDocumentProps) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const { policy, versions } = detail;
  const meta = versions.find((v) => v.id === versionId) ?? null;
  const loaded = useProcedure('policies.versions.get', { policyId: policy.id, versionId });
  const [text, setText] = useState<string | null>(null);
  const [changeNote, setChangeNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const editor = useRef<MarkdownEditorHandle>(null);
  const preview = useRef<HTMLDivElement>(null);
  const version: PolicyVersion | null = loaded.data && loaded.data.id === versionId ? loaded.data : null;
  const isNotice = policy.kind === 'privacy_notice';
  const completeness = useProcedure('policies.completeness', { policyId: policy.id, versionId });

  // The text is loaded once per version; saving keeps what is typed meanwhile. The page remounts
  // this component (new key) when a step or a regeneration changed the version behind it.
  const loadedId = version?.id;
  useEffect(() => {
    if (!loadedId || !loaded.data) return;
    setText(loaded.data.markdown);
    setChangeNote(loaded.data.changeNote);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another version arrives
  }, [loadedId]);

  const editing = version?.status === 'draft' && policy.status !== 'retired';
  const dirty = !!version && editing && text !== null && (text !== version.markdown || changeNote.trim() !== version.changeNote);

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const save = useCallback(async () => {
    if (!version || text === null) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await call('policies.draft.save', { policyId: policy.id, versionId: version.id, markdown: text, changeNote: changeNote.trim() });
      loaded.setData(saved);
      void completeness.reload();
      notifySuccess(t('editor.saved', { number: saved.number }));
    } catch (error) {
      setSaveError(error);
      throw error;
    } finally {
      setSaving(false);
    }
  }, [version, text, changeNote, policy.id, loaded, completeness, t]);

  const jump = useCallback(
    (heading: PolicyHeading) => {
      if (editing) {
        editor.current?.jumpToLine(heading.line);
        return;
      }
      const target = Array.from(preview.current?.querySelectorAll('[id]') ?? []).find((element) => element.id === heading.anchor);
      target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    },
    [editing],
  );

  // A completeness match names a source line: the editor goes there; the rendered text scrolls to
  // the heading of the section holding it.
  function jumpToLine(line: number) {
    if (editing) {
      editor.current?.jumpToLine(line);
      return;
    }
    const section = policyHeadings(text ?? '')
      .filter((heading) => heading.line <= line)
      .at(-1);
    if (section) jump(section);
  }

  if (!meta) return null;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  if (!version || text === null) return <LoadingState />;

  const check = isNotice ? (completeness.data ?? null) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="xs" align="center">
          <Text fw={600}>{t('document.versionTitle', { number: version.number })}</Text>
          <StatusBadge status={version.status} />
          {dirty && (
            <Badge color="yellow" variant="dot" radius="sm" style={{ textTransform: 'none' }}>
              {t('editor.unsaved')}
            </Badge>
          )}
          {version.sha256 && (
            <Tooltip label={t('document.shaHint')}>
              <Code aria-label={t('document.sha')}>SHA-256 {version.sha256.slice(0, 16)}…</Code>
            </Tooltip>
          )}
        </Group>
        <LifecycleBar
          policy={policy}
          version={version}
          versions={versions}
          dirty={dirty}
          saving={saving}
          completeness={check}
          onSave={save}
          onChanged={onChanged}
        />
      </Group>
      {version.approvedBy && (
        <Text size="sm" c="dimmed">
          {t('document.approvedBy', { name: version.approvedBy, date: version.approvedAt ? format.dateTime(version.approvedAt) : '' })}
          {version.completenessOverride ? ` ${t('document.overridden', { reason: version.completenessOverride.reason })}` : ''}
        </Text>
      )}
      <ErrorAlert error={saveError} onClose={() => setSaveError(null)} />
      {editing && (
        <TextInput
          label={t('editor.changeNote')}
          placeholder={t('editor.changeNotePlaceholder')}
          value={changeNote}
          onChange={(event) => setChangeNote(event.currentTarget.value)}
          maw={640}
        />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 2 }}>
          <OutlinePanel markdown={text} onJump={jump} height={PANE_HEIGHT} />
        </Grid.Col>
        {editing && (
          <Grid.Col span={{ base: 12, md: 6, lg: 5 }}>
            <Suspense fallback={<LoadingState />}>
              <MarkdownEditor
                key={version.id}
                value={text}
                onChange={setText}
                onSave={() => {
                  if (dirty) void save().catch(() => undefined);
                }}
                label={t('editor.label')}
                handleRef={editor}
                height={PANE_HEIGHT}
              />
            </Suspense>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, md: editing ? 6 : 12, lg: editing ? 5 : 10 }}>
          <div ref={preview}>
            <PolicyPreview markdown={text} height={PANE_HEIGHT + (editing ? 0 : 120)} />
          </div>
        </Grid.Col>
      </Grid>
      {isNotice && completeness.error ? <ErrorAlert error={completeness.error} /> : null}
      {check && <CompletenessPanel completeness={check} unsaved={dirty} onJump={jumpToLine} />}
    </Stack>
  );
}
