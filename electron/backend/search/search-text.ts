// Text handling for full-text search, shared by indexing and querying so the two always agree.
//
// FTS5's unicode61 tokenizer splits on spaces and punctuation, which suits English but makes a whole
// run of Chinese characters one token, so "中文" would never be found inside "支持中文搜索". Before
// indexing, every CJK run is therefore rewritten as its overlapping bigrams plus its last character
// ("支持中文" → "支持 持中 中文 文"); a query run is turned into the phrase of its bigrams, which
// matches exactly where the run occurs as a substring. One character queries match as a prefix of
// those tokens. Latin words are matched by prefix. The trigram tokenizer was the alternative, but it
// cannot match queries shorter than three characters, and two-character Chinese words are the norm.
//
// User input never reaches FTS5 as syntax: only letters, digits and CJK runs are kept, each one
// double-quoted, so `"`, `AND (`, `NEAR`, `*` or `:` are plain text or nothing.

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const PIECES = new RegExp(`([${CJK_CLASS}]+)|((?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])+)`, 'gu');
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu');

/** Upper bound on query terms: more adds nothing to a command palette but cost. */
const MAX_TERMS = 12;

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function cjkTokens(run: string): string {
  const chars = Array.from(run);
  if (chars.length === 1) return run;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(`${chars[i]}${chars[i + 1]}`);
  bigrams.push(chars[chars.length - 1]!);
  return bigrams.join(' ');
}

/** The form of a text that goes into the FTS index. */
export function indexableText(text: string): string {
  return normaliseText(text).replace(CJK_RUN, (run) => ` ${cjkTokens(run)} `);
}

export interface QueryTerm {
  kind: 'word' | 'cjk';
  /** Normalised (NFKC, lower case). */
  text: string;
}

export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const match of normaliseText(query).matchAll(PIECES)) {
    const term: QueryTerm = match[1] !== undefined ? { kind: 'cjk', text: match[1] } : { kind: 'word', text: match[2]! };
    const key = `${term.kind}:${term.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One term as an FTS5 expression: always a quoted string, with `*` outside the quotes for prefixes. */
function termExpression(term: QueryTerm): string {
  if (term.kind === 'cjk') {
    const chars = Array.from(term.text);
    if (chars.length === 1) return `${quoted(term.text)}*`;
    const bigrams: string[] = [];
    for (let i = 0; i + 1 < chars.length; i++) bigrams.push(`${chars[i]}${chars[i + 1]}`);
    return quoted(bigrams.join(' '));
  }
  // A one-letter prefix would merge the posting lists of a large part of the vocabulary.
  return Array.from(term.text).length === 1 ? quoted(term.text) : `${quoted(term.text)}*`;
}

/** A safe FTS5 MATCH expression (all terms must match), or null when the query has no searchable text. */
export function ftsExpression(terms: readonly QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms.map(termExpression).join(' AND ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

/**
 * A pattern finding the terms in original text, case-insensitively, as the index matches them: a
 * word term marks the whole word it starts (one letter only as a word of its own), CJK runs anywhere.
 */
export function termPattern(terms: readonly QueryTerm[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms]
    .sort((a, b) => b.text.length - a.text.length)
    .map((term) => {
      if (term.kind === 'cjk') return escapeRegExp(term.text);
      const rest = Array.from(term.text).length === 1 ? `(?!${WORD_CHAR})` : `${WORD_CHAR}*`;
      return `(?<!${WORD_CHAR})${escapeRegExp(term.text)}${rest}`;
    });
  return new RegExp(alternatives.join('|'), 'giu');
}

/** One matcher per term, for testing many texts against the same query. */
export function termMatchers(terms: readonly QueryTerm[]): RegExp[] {
  return terms.map((term) => new RegExp(termPattern([term])!.source, 'iu'));
}

/** True when every term occurs in the text, by the same rules as the index. */
export function matchesAll(text: string, matchers: readonly RegExp[]): boolean {
  const normal = normaliseText(text);
  return matchers.every((matcher) => matcher.test(normal));
}

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
const SNIPPET_LENGTH = 160;
const LEAD = 40;

/**
 * An excerpt of `text` around the first match with every match wrapped in \u0002 … \u0003. Markers
 * already in the text are removed so the UI can trust them. Null when nothing matches.
 */
export function snippet(text: string, pattern: RegExp | null): string | null {
  if (!pattern) return null;
  const clean = text.replace(/[\u0002\u0003]/g, '').replace(/\s+/g, ' ').trim();
  pattern.lastIndex = 0;
  const first = pattern.exec(clean);
  if (!first) return null;
  let start = Math.max(0, first.index - LEAD);
  let end = Math.min(clean.length, start + SNIPPET_LENGTH);
  start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  // Do not split a surrogate pair at either end.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(clean[start] ?? '')) start -= 1;
  if (end < clean.length && /[\uDC00-\uDFFF]/.test(clean[end] ?? '')) end += 1;
  const excerpt = clean.slice(start, end).replace(pattern, (match) => `${MARK_START}${match}${MARK_END}`);
  return `${start > 0 ? '…' : ''}${excerpt}${end < clean.length ? '…' : ''}`;
}

/** The start of a text, for hits that matched elsewhere. */
export function excerpt(text: string): string {
  const clean = text.replace(/[\u0002\u0003]/g, '').replace(/\s+/g, ' ').trim();
  return clean.length > SNIPPET_LENGTH ? `${clean.slice(0, SNIPPET_LENGTH)}…` : clean;
}
