// Line breaking for the exports, shared by the PDF layout and the spreadsheet's row heights. Latin
// text breaks at spaces; Chinese breaks between characters, except that closing punctuation such
// as 。or ） never starts a line and opening brackets never end one.

const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3200-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3134F}]/u;
/** Never at the start of a line (closing brackets, stops, commas …). */
const NO_LINE_START = new Set([...'，。、；：！？）］｝〕〉》」』】〗〙〛…‥・·ー々ゝゞ’”%‰℃,.;:!?)]}']);
/** Never at the end of a line (opening brackets and quotes). */
const NO_LINE_END = new Set([...'（［｛〔〈《「『【〖〘〚‘“([{']);

interface Atom {
  text: string;
  spaceBefore: boolean;
}

function lastChar(text: string): string {
  return [...text].at(-1) ?? '';
}

/** Splits a paragraph into the pieces a line may break between: words, and single CJK characters. */
function atomsOf(paragraph: string): Atom[] {
  const atoms: Atom[] = [];
  let word = '';
  let wordSpace = false;
  let space = false;
  const flush = () => {
    if (word) atoms.push({ text: word, spaceBefore: wordSpace });
    word = '';
  };
  const gluedToLast = () => {
    const last = atoms.at(-1);
    return !space && last !== undefined && NO_LINE_END.has(lastChar(last.text));
  };
  for (const ch of paragraph) {
    if (/\s/u.test(ch)) {
      flush();
      space = atoms.length > 0;
      continue;
    }
    const last = atoms.at(-1);
    if (NO_LINE_START.has(ch)) {
      if (word) word += ch;
      else if (last && !space) last.text += ch;
      else {
        word = ch;
        wordSpace = space;
      }
    } else if (CJK.test(ch)) {
      flush();
      if (last && gluedToLast()) last.text += ch;
      else atoms.push({ text: ch, spaceBefore: space });
    } else {
      if (!word) {
        if (gluedToLast()) {
          const glued = atoms.pop() as Atom;
          word = glued.text;
          wordSpace = glued.spaceBefore;
        } else wordSpace = space;
      }
      word += ch;
    }
    space = false;
  }
  flush();
  return atoms;
}

/**
 * Breaks `text` into lines no wider than `width` as measured by `measure`. Newlines start a new
 * paragraph (runs of blank lines collapse to one); a word wider than the line is cut.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const atoms = atomsOf(paragraph);
    if (atoms.length === 0) {
      if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
      continue;
    }
    let line = '';
    for (const atom of atoms) {
      const candidate = line ? `${line}${atom.spaceBefore ? ' ' : ''}${atom.text}` : atom.text;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const ch of atom.text) {
        if (line && measure(line + ch) > width) {
          lines.push(line);
          line = ch;
        } else line += ch;
      }
    }
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.length > 0 ? lines : [''];
}

/** The pieces of `text` a line may break between; the widest one is the narrowest a column can be. */
export function breakableParts(text: string): string[] {
  return atomsOf(text).map((atom) => atom.text);
}

/**
 * Width of `text` in spreadsheet column units (the width of a "0"): Chinese and other full-width
 * characters take two, everything else one. An estimate, good enough to size rows.
 */
export function columnUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += CJK.test(ch) ? 2 : 1;
  return units;
}
