// The editor's look in the app's light and dark schemes. Colours come from Mantine's CSS variables
// (the `-text` and `-light` variants follow the scheme), so the editor matches the rest of the UI;
// the `dark` flag tells CodeMirror's base theme which of its own defaults to use.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const highlight = HighlightStyle.define([
  { tag: tags.heading1, fontWeight: '700', fontSize: '1.25em', color: 'var(--mantine-color-indigo-text)' },
  { tag: tags.heading2, fontWeight: '700', fontSize: '1.12em', color: 'var(--mantine-color-indigo-text)' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '700', color: 'var(--mantine-color-indigo-text)' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: tags.link, color: 'var(--mantine-color-blue-text)', textDecoration: 'underline' },
  { tag: tags.url, color: 'var(--mantine-color-cyan-text)' },
  { tag: tags.monospace, color: 'var(--mantine-color-pink-text)' },
  { tag: tags.quote, fontStyle: 'italic', color: 'var(--mantine-color-dimmed)' },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: 'var(--mantine-color-dimmed)' },
  { tag: tags.comment, color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' },
]);

function theme(dark: boolean): Extension {
  return EditorView.theme(
    {
      '&': {
        color: 'var(--mantine-color-text)',
        backgroundColor: 'var(--mantine-color-body)',
        fontSize: 'var(--mantine-font-size-sm)',
        height: '100%',
      },
      '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '-2px' },
      '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)', lineHeight: '1.6' },
      '.cm-content': { padding: '12px 4px', caretColor: 'var(--mantine-color-text)' },
      '.cm-line': { padding: '0 10px' },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--mantine-color-text)' },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
        backgroundColor: dark ? 'rgba(116, 143, 252, 0.35)' : 'rgba(76, 110, 245, 0.22)',
      },
      '.cm-activeLine': { backgroundColor: dark ? 'rgba(255, 255, 255, 0.035)' : 'rgba(0, 0, 0, 0.025)' },
      '.cm-placeholder': { color: 'var(--mantine-color-placeholder)' },
      '.cm-searchMatch': { backgroundColor: 'var(--mantine-color-yellow-light)', outline: '1px solid var(--mantine-color-yellow-outline)' },
      '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--mantine-color-orange-light-hover)' },
      '.cm-selectionMatch': { backgroundColor: 'var(--mantine-color-gray-light)' },
      '.cm-panels': {
        backgroundColor: 'var(--mantine-color-default)',
        color: 'var(--mantine-color-text)',
        fontFamily: 'var(--mantine-font-family)',
      },
      '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--mantine-color-default-border)' },
      '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--mantine-color-default-border)' },
      '.cm-panel.cm-search': { padding: '6px 28px 6px 8px' },
      '.cm-panel.cm-search label': { fontSize: 'var(--mantine-font-size-xs)' },
      '.cm-textfield': {
        backgroundColor: 'var(--mantine-color-body)',
        color: 'var(--mantine-color-text)',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
        padding: '2px 6px',
      },
      '.cm-button': {
        backgroundImage: 'none',
        backgroundColor: 'var(--mantine-color-default)',
        color: 'var(--mantine-color-text)',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
      },
      '.cm-button:hover': { backgroundColor: 'var(--mantine-color-default-hover)' },
      '.cm-panel button[name=close]': { color: 'var(--mantine-color-dimmed)' },
    },
    { dark },
  );
}

/** The theme and syntax colours for the given scheme. */
export function editorTheme(dark: boolean): Extension {
  return [theme(dark), syntaxHighlighting(highlight)];
}
