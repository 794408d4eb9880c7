// Search snippets mark their hits with \u0002 … \u0003 (never HTML). They are split into text runs and
// rendered as React text nodes, hits inside <mark>, so record text can never become markup.
import { Fragment } from 'react';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const START = '\u0002';
const END = '\u0003';

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = '';
  const flush = () => {
    if (text !== '') {
      const last = parts[parts.length - 1];
      if (last && last.hit === hit) last.text += text;
      else parts.push({ text, hit });
    }
    text = '';
  };
  for (const char of snippet) {
    if (char === START) {
      flush();
      hit = true;
    } else if (char === END) {
      flush();
      hit = false;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

/** Plain text of a snippet, markers removed (for titles and accessible names). */
export function snippetText(snippet: string): string {
  return snippet.replace(/[\u0002\u0003]/g, '');
}

export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((part, index) =>
        part.hit ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
