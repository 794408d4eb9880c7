import { EditorState, type Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef, useState } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { theme } from '../../../renderer/src/app/theme';
import { MarkdownEditor, type MarkdownEditorHandle } from '../../../renderer/src/features/policies/editor/MarkdownEditor';
import { insertLink, insertTable, markdownTable, toggleHeading, toggleInline } from '../../../renderer/src/features/policies/editor/markdown-commands';
import { policyPreviewHtml } from '../../../renderer/src/features/policies/preview/sanitize';
import { renderWithApp } from './render';

afterEach(cleanup);

// Browsers queue `selectionchange` as a task; happy-dom fires it synchronously, in the middle of the
// editor's own update. Queue it as a browser would.
const dispatchEvent = document.dispatchEvent.bind(document);
document.dispatchEvent = (event: Event) => {
  if (event.type !== 'selectionchange') return dispatchEvent(event);
  setTimeout(() => dispatchEvent(event));
  return true;
};

/** Runs a command on `doc` with the selection [from, to) and returns the new text and selection. */
function run(command: (target: { state: EditorState; dispatch: (tr: Transaction) => void }) => boolean, doc: string, from: number, to = from) {
  let state = EditorState.create({ doc, selection: { anchor: from, head: to } });
  command({ state, dispatch: (tr) => (state = tr.state) });
  const range = state.selection.main;
  return { text: state.doc.toString(), selected: state.sliceDoc(range.from, range.to), from: range.from };
}

describe('markdown commands', () => {
  it('wraps a selection in bold and unwraps it again', () => {
    const bold = run(toggleInline('**'), 'keep records safe', 5, 12);
    expect(bold).toMatchObject({ text: 'keep **records** safe', selected: 'records' });
    const state = EditorState.create({ doc: bold.text, selection: { anchor: 7, head: 14 } });
    let next = state;
    toggleInline('**')({ state, dispatch: (tr) => (next = tr.state) });
    expect(next.doc.toString()).toBe('keep records safe');
  });

  it('does not mistake bold markers for italic ones', () => {
    expect(run(toggleInline('*'), 'a **b** c', 4, 5).text).toBe('a ***b*** c');
    expect(run(toggleInline('*'), 'a *b* c', 3, 4).text).toBe('a b c');
  });

  it('puts the cursor between new markers when nothing is selected', () => {
    expect(run(toggleInline('*'), 'ab', 1)).toMatchObject({ text: 'a**b', from: 2 });
  });

  it('sets, changes and removes a heading on every selected line', () => {
    expect(run(toggleHeading(2), 'Scope\nRoles', 0, 8).text).toBe('## Scope\n## Roles');
    expect(run(toggleHeading(1), '### Scope', 2).text).toBe('# Scope');
    expect(run(toggleHeading(2), '## Scope', 2).text).toBe('Scope');
  });

  it('turns the selection into a link and selects the address', () => {
    expect(run(insertLink('link text'), 'see the guide', 8, 13)).toMatchObject({ text: 'see the [guide](https://)', selected: 'https://' });
    expect(run(insertLink('link text'), '', 0)).toMatchObject({ text: '[link text](https://)', selected: 'https://' });
  });

  it('inserts a table as its own block, which the preview renders as a table', () => {
    const result = run(insertTable(['Role', 'Duty']), 'Intro text\nNext paragraph', 3);
    expect(result.text).toBe(`Intro text\n\n${markdownTable(['Role', 'Duty'], 2)}\n\nNext paragraph`);
    expect(result.selected).toBe('Role');
    const html = policyPreviewHtml(result.text);
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.querySelectorAll('table th')).toHaveLength(2);
    expect(box.querySelector('th')?.textContent).toBe('Role');
    expect(box.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});

function editorView(): EditorView {
  const dom = document.querySelector('.cm-editor');
  const view = dom ? EditorView.findFromDOM(dom as HTMLElement) : null;
  if (!view) throw new Error('no editor');
  return view;
}

function Harness({ onSave, initial = '# Title\n\nBody' }: { onSave(): void; initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <MarkdownEditor value={value} onChange={setValue} onSave={onSave} label="Policy text" />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('markdown editor', () => {
  it('edits through the toolbar, reports changes and saves with Ctrl+S', async () => {
    const onSave = vi.fn();
    renderWithApp(<Harness onSave={onSave} />);
    const content = await screen.findByRole('textbox', { name: 'Policy text' });
    expect(content.getAttribute('aria-multiline')).toBe('true');
    const view = editorView();
    act(() => view.dispatch({ selection: { anchor: 9, head: 13 } }));
    fireEvent.click(screen.getByRole('button', { name: 'Bold' }));
    expect(screen.getByTestId('value').textContent).toBe('# Title\n\n**Body**');
    fireEvent.click(screen.getByRole('button', { name: 'Insert table' }));
    expect(screen.getByTestId('value').textContent).toContain('| Column 1 | Column 2 | Column 3 |');
    fireEvent.keyDown(content, { key: 's', code: 'KeyS', ctrlKey: true });
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('jumps to a line from the outline', async () => {
    const handle = createRef<MarkdownEditorHandle>();
    renderWithApp(<MarkdownEditor value={'# One\n\ntext\n\n## Two\n\nmore'} onChange={() => undefined} label="Policy text" handleRef={handle} />);
    await screen.findByRole('textbox', { name: 'Policy text' });
    act(() => handle.current!.jumpToLine(5));
    const view = editorView();
    expect(view.state.doc.lineAt(view.state.selection.main.head).text).toBe('## Two');
  });

  it('speaks Chinese in its search panel and follows the dark scheme', async () => {
    const i18n = createI18n({ language: 'zh-CN', modules: [initReactI18next] });
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} forceColorScheme="dark">
          <MarkdownEditor value="正文" onChange={() => undefined} label="制度正文" />
        </MantineProvider>
      </I18nextProvider>,
    );
    await screen.findByRole('textbox', { name: '制度正文' });
    const view = editorView();
    expect(view.state.facet(EditorView.darkTheme)).toBe(true);
    expect(view.state.phrase('Find')).toBe('查找');
    fireEvent.click(screen.getByRole('button', { name: '查找和替换' }));
    await waitFor(() => expect(document.querySelector('.cm-search input[name="search"]')?.getAttribute('placeholder')).toBe('查找'));
    expect(document.querySelector('.cm-search button[name="replaceAll"]')?.textContent).toBe('全部替换');
  });

  it('is read-only when asked', async () => {
    renderWithApp(<MarkdownEditor value="fixed" onChange={() => undefined} label="Policy text" readOnly />);
    await screen.findByRole('textbox', { name: 'Policy text' });
    expect(editorView().state.readOnly).toBe(true);
    expect((screen.getByRole('button', { name: 'Bold' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
