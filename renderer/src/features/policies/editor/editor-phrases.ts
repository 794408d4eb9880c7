// CodeMirror's own interface words (search panel, go-to-line, screen-reader announcements) in the UI
// language, through EditorState.phrases. `$` in a phrase is CodeMirror's placeholder for a number.
import type { TFunction } from 'i18next';

/** CodeMirror's English phrase → our key under `policies:editor.cm`. */
export const CODEMIRROR_PHRASES = {
  Find: 'find',
  Replace: 'replace',
  next: 'next',
  previous: 'previous',
  all: 'all',
  'match case': 'matchCase',
  'by word': 'byWord',
  regexp: 'regexp',
  replace: 'replaceOne',
  'replace all': 'replaceAll',
  close: 'close',
  'current match': 'currentMatch',
  'on line': 'onLine',
  'replaced match on line $': 'replacedOnLine',
  'replaced $ matches': 'replacedMatches',
  'Go to line': 'goToLine',
  go: 'go',
  'Control character': 'controlCharacter',
  'Selection deleted': 'selectionDeleted',
  'Folded lines': 'foldedLines',
  'Unfolded lines': 'unfoldedLines',
  to: 'to',
  'folded code': 'foldedCode',
  unfold: 'unfold',
  'Fold line': 'foldLine',
  'Unfold line': 'unfoldLine',
  Completions: 'completions',
  Diagnostics: 'diagnostics',
  'No diagnostics': 'noDiagnostics',
} as const;

export function codemirrorPhrases(t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(CODEMIRROR_PHRASES).map(([phrase, key]) => [phrase, t(`policies:editor.cm.${key}`)]));
}
