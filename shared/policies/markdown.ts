// Policy Markdown, parsed and rendered safely. One configured markdown-it instance serves the live
// preview (with DOMPurify on top in the UI), the outline, and every export writer (PDF, DOCX read the
// block model below). Nothing in a policy can run or load: raw HTML is escaped, links go only to
// http(s), mailto or an anchor in the document, and images only come from data: URLs or relative paths.
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance, StateCore, Token } from 'markdown-it';

export type { Token as PolicyToken } from 'markdown-it';

const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a link target may appear in a policy: http(s), mailto or an in-document anchor. */
export function isAllowedLinkHref(href: string): boolean {
  const value = href.trim();
  if (value.startsWith('#')) return true;
  return /^(https?:\/\/|mailto:)/i.test(value);
}

/** Whether an image source may appear in a policy: an inline data: image or a relative path. */
export function isAllowedImageSrc(src: string): boolean {
  const value = src.trim();
  if (SAFE_DATA_IMAGE.test(value)) return true;
  // Relative: no scheme and not protocol-relative (//host/… would load from the network).
  return value.length > 0 && !HAS_SCHEME.test(value) && !value.startsWith('//') && !value.startsWith('\\');
}

function createPolicyMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });
  // markdown-it validates links and images with the same function, and leaves a refused one as raw
  // Markdown text. Admit every target here so each becomes a token, and decide per token in the
  // core rule below: a refused link keeps only its text, a refused image only its alternative text.
  md.validateLink = () => true;
  md.core.ruler.push('policy_safety', (state) => {
    const used = new Map<string, number>();
    state.tokens.forEach((token, index) => {
      if (token.type === 'heading_open') {
        const inline = state.tokens[index + 1];
        token.attrSet('id', uniqueAnchor(headingAnchor(inline?.content ?? ''), used));
      }
      if (token.type === 'inline' && token.children) token.children = sanitiseInline(token.children, state.Token);
    });
  });
  return md;
}

function sanitiseInline(children: Token[], TokenClass: StateCore['Token']): Token[] {
  const out: Token[] = [];
  // A dropped link_open's matching link_close is dropped too; links do not nest in Markdown.
  let droppingLink = false;
  for (const child of children) {
    if (child.type === 'link_open') {
      const href = attr(child, 'href');
      if (!isAllowedLinkHref(href)) {
        droppingLink = true;
        continue;
      }
      if (!href.startsWith('#')) child.attrSet('rel', 'noopener noreferrer nofollow');
    } else if (child.type === 'link_close' && droppingLink) {
      droppingLink = false;
      continue;
    } else if (child.type === 'image') {
      const src = attr(child, 'src');
      if (!isAllowedImageSrc(src)) {
        // Keep the alternative text so the reader still sees what was meant.
        const text = new TokenClass('text', '', 0);
        text.content = child.content;
        out.push(text);
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

function attr(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null ? '' : String(value);
}

/** The anchor of a heading: lower-case letters (any script), digits and dashes. */
export function headingAnchor(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
  return slug || 'section';
}

function uniqueAnchor(anchor: string, used: Map<string, number>): string {
  const seen = used.get(anchor) ?? 0;
  used.set(anchor, seen + 1);
  return seen === 0 ? anchor : `${anchor}-${seen + 1}`;
}

const policyMarkdown = createPolicyMarkdown();

/** The policy as HTML: escaped raw HTML, only safe links and images, ids on headings. */
export function renderPolicyHtml(markdown: string): string {
  return policyMarkdown.render(markdown);
}

/** The markdown-it token stream (after the safety rules), for writers that need more than blocks. */
export function policyTokens(markdown: string): Token[] {
  return policyMarkdown.parse(markdown, {});
}

export interface PolicyHeading {
  level: number;
  text: string;
  /** 1-based line of the heading in the Markdown source. */
  line: number;
  /** The id the rendered heading carries, for in-document links. */
  anchor: string;
}

/** The document outline. */
export function policyHeadings(markdown: string): PolicyHeading[] {
  const tokens = policyTokens(markdown);
  const headings: PolicyHeading[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[index + 1];
    headings.push({
      level: Number(token.tag.slice(1)),
      text: inline ? plainText(inline.children ?? []) : '',
      line: (token.map?.[0] ?? 0) + 1,
      anchor: attr(token, 'id'),
    });
  });
  return headings;
}

// ---------------------------------------------------------------------------------------------
// A small block model of a policy for the PDF and DOCX writers.

export interface PolicyRun {
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  /** An allowed link target. */
  href: string | null;
}

export type PolicyBlock =
  | { type: 'heading'; level: number; runs: PolicyRun[]; anchor: string }
  | { type: 'paragraph'; runs: PolicyRun[] }
  | { type: 'list'; ordered: boolean; start: number; items: PolicyBlock[][] }
  | { type: 'table'; header: PolicyRun[][]; rows: PolicyRun[][][]; align: ('left' | 'center' | 'right' | null)[] }
  | { type: 'quote'; blocks: PolicyBlock[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

/** The policy as blocks of styled runs. */
export function policyBlocks(markdown: string): PolicyBlock[] {
  const tokens = policyTokens(markdown);
  const cursor = { index: 0 };
  return readBlocks(tokens, cursor, null);
}

function readBlocks(tokens: Token[], cursor: { index: number }, until: string | null): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  while (cursor.index < tokens.length) {
    const token = tokens[cursor.index]!;
    if (until && token.type === until) {
      cursor.index += 1;
      return blocks;
    }
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[cursor.index + 1];
        blocks.push({ type: 'heading', level: Number(token.tag.slice(1)), runs: inlineRuns(inline?.children ?? []), anchor: attr(token, 'id') });
        cursor.index += 3;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[cursor.index + 1];
        blocks.push({ type: 'paragraph', runs: inlineRuns(inline?.children ?? []) });
        cursor.index += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
        const start = Number(token.attrGet('start') ?? 1);
        cursor.index += 1;
        const items: PolicyBlock[][] = [];
        while (cursor.index < tokens.length && tokens[cursor.index]!.type !== close) {
          if (tokens[cursor.index]!.type === 'list_item_open') {
            cursor.index += 1;
            items.push(readBlocks(tokens, cursor, 'list_item_close'));
          } else cursor.index += 1;
        }
        cursor.index += 1;
        blocks.push({ type: 'list', ordered, start: Number.isFinite(start) ? start : 1, items });
        break;
      }
      case 'blockquote_open':
        cursor.index += 1;
        blocks.push({ type: 'quote', blocks: readBlocks(tokens, cursor, 'blockquote_close') });
        break;
      case 'table_open':
        blocks.push(readTable(tokens, cursor));
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'code', text: token.content.replace(/\n$/, '') });
        cursor.index += 1;
        break;
      case 'hr':
        blocks.push({ type: 'rule' });
        cursor.index += 1;
        break;
      case 'html_block':
        // Never produced with html: false; kept as text should the option ever change.
        blocks.push({ type: 'paragraph', runs: [plainRun(token.content)] });
        cursor.index += 1;
        break;
      default:
        cursor.index += 1;
    }
  }
  return blocks;
}

function readTable(tokens: Token[], cursor: { index: number }): PolicyBlock {
  const header: PolicyRun[][] = [];
  const rows: PolicyRun[][][] = [];
  const align: ('left' | 'center' | 'right' | null)[] = [];
  let inHead = false;
  let row: PolicyRun[][] = [];
  cursor.index += 1;
  while (cursor.index < tokens.length) {
    const token = tokens[cursor.index]!;
    cursor.index += 1;
    if (token.type === 'table_close') break;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') {
      if (inHead) header.push(...row);
      else rows.push(row);
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      if (inHead) {
        const style = attr(token, 'style');
        const match = /text-align:(left|center|right)/.exec(style);
        align.push((match?.[1] as 'left' | 'center' | 'right' | undefined) ?? null);
      }
      const inline = tokens[cursor.index];
      row.push(inline?.type === 'inline' ? inlineRuns(inline.children ?? []) : []);
    }
  }
  return { type: 'table', header, rows, align };
}

function plainRun(text: string): PolicyRun {
  return { text, bold: false, italic: false, strike: false, code: false, href: null };
}

function inlineRuns(children: Token[]): PolicyRun[] {
  const runs: PolicyRun[] = [];
  const state = { bold: 0, italic: 0, strike: 0, href: [] as string[] };
  const push = (text: string, code = false) => {
    if (!text) return;
    runs.push({ text, bold: state.bold > 0, italic: state.italic > 0, strike: state.strike > 0, code, href: state.href.at(-1) ?? null });
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
        push(child.content);
        break;
      case 'code_inline':
        push(child.content, true);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        state.bold += 1;
        break;
      case 'strong_close':
        state.bold -= 1;
        break;
      case 'em_open':
        state.italic += 1;
        break;
      case 'em_close':
        state.italic -= 1;
        break;
      case 's_open':
        state.strike += 1;
        break;
      case 's_close':
        state.strike -= 1;
        break;
      case 'link_open':
        state.href.push(attr(child, 'href'));
        break;
      case 'link_close':
        state.href.pop();
        break;
      case 'image':
        // Writers show the alternative text; images are not embedded in exports.
        push(child.content);
        break;
      default:
        if (child.content) push(child.content);
    }
  }
  return runs;
}

function plainText(children: Token[]): string {
  return inlineRuns(children)
    .map((run) => run.text)
    .join('');
}

/** The text of runs without styling. */
export function runsText(runs: readonly PolicyRun[]): string {
  return runs.map((run) => run.text).join('');
}
