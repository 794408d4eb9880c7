// Editing commands for policy Markdown: emphasis, headings, links and tables. They are CodeMirror
// StateCommands over the editor state only, so the toolbar, the keymap and the tests share them.
import { EditorSelection, type EditorState, type StateCommand, type Transaction } from '@codemirror/state';

type Target = { state: EditorState; dispatch: (transaction: Transaction) => void };

/** Wraps each selection in `marker` (bold `**`, italic `*`), or unwraps it when already wrapped. */
export function toggleInline(marker: string): StateCommand {
  return ({ state, dispatch }: Target) => {
    const size = marker.length;
    const change = state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - size, range.from);
      const after = state.sliceDoc(range.to, range.to + size);
      const inner = state.sliceDoc(range.from, range.to);
      // `**bold**` selected with its markers, or the cursor/selection just inside them.
      if (inner.length >= size * 2 && inner.startsWith(marker) && inner.endsWith(marker) && !isLongerRun(inner, marker)) {
        return {
          changes: [
            { from: range.from, to: range.from + size, insert: '' },
            { from: range.to - size, to: range.to, insert: '' },
          ],
          range: EditorSelection.range(range.from, range.to - size * 2),
        };
      }
      if (before === marker && after === marker && !isLongerRun(state.sliceDoc(range.from - size - 1, range.to + size + 1), marker)) {
        return {
          changes: [
            { from: range.from - size, to: range.from, insert: '' },
            { from: range.to, to: range.to + size, insert: '' },
          ],
          range: EditorSelection.range(range.from - size, range.to - size),
        };
      }
      return {
        changes: [
          { from: range.from, insert: marker },
          { from: range.to, insert: marker },
        ],
        range: EditorSelection.range(range.from + size, range.to + size),
      };
    });
    dispatch(state.update(change, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** `*` inside `**…**` is bold, not italic: a run longer than the marker belongs to another marker. */
function isLongerRun(text: string, marker: string): boolean {
  const char = marker[0]!;
  const run = (from: number, step: number) => {
    let count = 0;
    for (let i = from; i >= 0 && i < text.length && text[i] === char; i += step) count++;
    return count;
  };
  return run(0, 1) > marker.length && run(text.length - 1, -1) > marker.length;
}

const HEADING = /^(#{1,6})[ \t]+/;

/** Makes every selected line a heading of `level`; a line already at that level becomes body text. */
export function toggleHeading(level: number): StateCommand {
  return ({ state, dispatch }: Target) => {
    const seen = new Set<number>();
    const changes: { from: number; to: number; insert: string }[] = [];
    for (const range of state.selection.ranges) {
      for (let pos = range.from; pos <= range.to; ) {
        const line = state.doc.lineAt(pos);
        if (!seen.has(line.number)) {
          seen.add(line.number);
          const existing = HEADING.exec(line.text);
          const current = existing ? existing[1]!.length : 0;
          const prefix = current === level ? '' : `${'#'.repeat(level)} `;
          changes.push({ from: line.from, to: line.from + (existing ? existing[0].length : 0), insert: prefix });
        }
        pos = line.to + 1;
      }
    }
    dispatch(state.update({ changes }, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** Turns the selection into a link `[text](https://)` and selects the address to be typed over. */
export function insertLink(placeholderText: string): StateCommand {
  return ({ state, dispatch }: Target) => {
    const url = 'https://';
    const change = state.changeByRange((range) => {
      const text = state.sliceDoc(range.from, range.to) || placeholderText;
      const insert = `[${text}](${url})`;
      const urlFrom = range.from + text.length + 3;
      return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.range(urlFrom, urlFrom + url.length) };
    });
    dispatch(state.update(change, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** A GitHub-flavoured Markdown table with the given header labels and `rows` empty body rows. */
export function markdownTable(headers: readonly string[], rows: number): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const body = Array.from({ length: rows }, () => line(headers.map(() => '   ')));
  return [line(headers), line(headers.map(() => '---')), ...body].join('\n');
}

/** Inserts a table as its own block at the cursor's line and selects its first header cell. */
export function insertTable(headers: readonly string[], rows = 2): StateCommand {
  return ({ state, dispatch }: Target) => {
    const line = state.doc.lineAt(state.selection.main.head);
    const table = markdownTable(headers, rows);
    const hasNext = line.number < state.doc.lines;
    const nextBlank = !hasNext || state.doc.line(line.number + 1).text.trim() === '';
    // A table needs a blank line on both sides to stand as its own block.
    let lead: string;
    if (line.text.trim() === '') lead = line.number > 1 && state.doc.line(line.number - 1).text.trim() !== '' ? '\n' : '';
    else lead = '\n\n';
    const from = line.text.trim() === '' ? line.from : line.to;
    const insert = `${lead}${table}${nextBlank ? '' : '\n'}`;
    const firstCell = from + lead.length + 2;
    dispatch(
      state.update({
        changes: { from, to: line.to, insert },
        selection: EditorSelection.range(firstCell, firstCell + (headers[0]?.length ?? 0)),
        scrollIntoView: true,
        userEvent: 'input.format',
      }),
    );
    return true;
  };
}
