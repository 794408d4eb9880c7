// A Markdown editor on CodeMirror 6: syntax colours, line wrapping, find/replace (Ctrl/Cmd+F),
// formatting shortcuts and a toolbar, Ctrl/Cmd+S to save, the app's light/dark scheme and the UI
// language's phrases. The document is owned by the editor; the parent hears every change and may
// replace the text (e.g. after regenerating a draft).
import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { useComputedColorScheme } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { history, historyKeymap, defaultKeymap } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { Annotation, Compartment, EditorSelection, EditorState, Prec, type StateCommand } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, placeholder as placeholderText } from '@codemirror/view';
import { highlightSelectionMatches, openSearchPanel, search, searchKeymap } from '@codemirror/search';
import { IconBold, IconH1, IconH2, IconH3, IconItalic, IconLink, IconSearch, IconTablePlus } from '@tabler/icons-react';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { codemirrorPhrases } from './editor-phrases';
import { editorTheme } from './editor-theme';
import { insertLink, insertTable, toggleHeading, toggleInline } from './markdown-commands';

export interface MarkdownEditorHandle {
  /** Moves the cursor to the start of a 1-based line, scrolls it to the top and focuses the editor. */
  jumpToLine(line: number): void;
  focus(): void;
}

interface MarkdownEditorProps {
  value: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+S. */
  onSave?(): void;
  readOnly?: boolean;
  /** The accessible name of the text area. */
  label: string;
  handleRef?: Ref<MarkdownEditorHandle>;
  height?: number | string;
}

/** Marks a transaction that loads text from outside, so it is not reported back as an edit. */
const External = Annotation.define<boolean>();

export function MarkdownEditor({ value, onChange, onSave, readOnly = false, label, handleRef, height = 520 }: MarkdownEditorProps) {
  const { t, i18n } = useTranslation('policies');
  const scheme = useComputedColorScheme('light');
  const os = useOs();
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onSave });
  const compartments = useRef({ theme: new Compartment(), phrases: new Compartment(), readOnly: new Compartment(), attributes: new Compartment(), placeholder: new Compartment() });
  const initial = useRef({ value, readOnly, label, dark: scheme === 'dark', t });

  useEffect(() => {
    callbacks.current = { onChange, onSave };
  }, [onChange, onSave]);

  // The commands take their table headers and link text from the language of the moment.
  const commands = useRef<Record<string, StateCommand>>({});
  commands.current = {
    bold: toggleInline('**'),
    italic: toggleInline('*'),
    h1: toggleHeading(1),
    h2: toggleHeading(2),
    h3: toggleHeading(3),
    link: insertLink(t('editor.linkText')),
    table: insertTable([1, 2, 3].map((n) => t('editor.tableColumn', { n }))),
  };

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const c = compartments.current;
    const start = initial.current;
    const run = (name: string) => (target: EditorView) => commands.current[name]!(target);
    const formatting = keymap.of([
      { key: 'Mod-b', run: run('bold'), preventDefault: true },
      { key: 'Mod-i', run: run('italic'), preventDefault: true },
      { key: 'Mod-k', run: run('link'), preventDefault: true },
      { key: 'Mod-Alt-1', run: run('h1'), preventDefault: true },
      { key: 'Mod-Alt-2', run: run('h2'), preventDefault: true },
      { key: 'Mod-Alt-3', run: run('h3'), preventDefault: true },
      {
        key: 'Mod-s',
        preventDefault: true,
        run: () => {
          callbacks.current.onSave?.();
          return true;
        },
      },
    ]);
    const editor = new EditorView({
      parent,
      state: EditorState.create({
        doc: start.value,
        extensions: [
          history(),
          drawSelection(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          markdown({ base: markdownLanguage }),
          search({ top: true }),
          highlightSelectionMatches(),
          Prec.high(formatting),
          keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap]),
          c.theme.of(editorTheme(start.dark)),
          c.phrases.of(EditorState.phrases.of(codemirrorPhrases(start.t))),
          c.readOnly.of([EditorState.readOnly.of(start.readOnly), EditorView.editable.of(!start.readOnly)]),
          c.attributes.of(EditorView.contentAttributes.of({ 'aria-label': start.label })),
          c.placeholder.of(placeholderText(start.t('editor.placeholder'))),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((tr) => tr.annotation(External))) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // Text replaced from outside (a reload, a regenerated draft) is loaded without echoing back.
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value }, annotations: External.of(true) });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.theme.reconfigure(editorTheme(scheme === 'dark')) });
  }, [scheme]);

  useEffect(() => {
    const c = compartments.current;
    view.current?.dispatch({
      effects: [c.phrases.reconfigure(EditorState.phrases.of(codemirrorPhrases(t))), c.placeholder.reconfigure(placeholderText(t('editor.placeholder')))],
    });
  }, [t, i18n.language]);

  useEffect(() => {
    const c = compartments.current;
    view.current?.dispatch({
      effects: [c.readOnly.reconfigure([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]), c.attributes.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label }))],
    });
  }, [readOnly, label]);

  useImperativeHandle(handleRef, () => ({
    jumpToLine(line: number) {
      const editor = view.current;
      if (!editor) return;
      const target = editor.state.doc.line(Math.min(Math.max(1, line), editor.state.doc.lines));
      editor.dispatch({ selection: EditorSelection.cursor(target.from), effects: EditorView.scrollIntoView(target.from, { y: 'start', yMargin: 8 }) });
      editor.focus();
    },
    focus() {
      view.current?.focus();
    },
  }));

  function apply(name: string) {
    const editor = view.current;
    if (!editor || readOnly) return;
    commands.current[name]!(editor);
    editor.focus();
  }

  const tools: { name: string; icon: typeof IconBold; shortcut?: string }[] = [
    { name: 'bold', icon: IconBold, shortcut: `${mod}+B` },
    { name: 'italic', icon: IconItalic, shortcut: `${mod}+I` },
    { name: 'h1', icon: IconH1, shortcut: `${mod}+Alt+1` },
    { name: 'h2', icon: IconH2, shortcut: `${mod}+Alt+2` },
    { name: 'h3', icon: IconH3, shortcut: `${mod}+Alt+3` },
    { name: 'link', icon: IconLink, shortcut: `${mod}+K` },
    { name: 'table', icon: IconTablePlus },
  ];

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden', display: 'flex', flexDirection: 'column', height }}>
      <Group gap={2} px={6} py={4} role="toolbar" aria-label={t('editor.toolbar')} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        {tools.map(({ name, icon: Icon, shortcut }) => {
          const title = t(`editor.tools.${name}`);
          return (
            <Tooltip key={name} label={shortcut ? `${title} (${shortcut})` : title} openDelay={400}>
              <ActionIcon variant="subtle" color="gray" aria-label={title} onClick={() => apply(name)} disabled={readOnly}>
                <Icon size={18} />
              </ActionIcon>
            </Tooltip>
          );
        })}
        <Tooltip label={`${t('editor.tools.find')} (${mod}+F)`} openDelay={400}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('editor.tools.find')}
            onClick={() => {
              if (view.current) openSearchPanel(view.current);
            }}
          >
            <IconSearch size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <div ref={host} className="custos-markdown-editor" style={{ flex: 1, minHeight: 0 }} data-testid="markdown-editor" />
    </Paper>
  );
}
