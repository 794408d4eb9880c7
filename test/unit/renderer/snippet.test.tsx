import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Snippet, snippetText, splitSnippet } from '../../../renderer/src/lib/snippet';

afterEach(cleanup);

describe('search snippet markers', () => {
  it('splits text and hits', () => {
    expect(splitSnippet('A.8.13 Information \u0002backup\u0003 信息备份')).toEqual([
      { text: 'A.8.13 Information ', hit: false },
      { text: 'backup', hit: true },
      { text: ' 信息备份', hit: false },
    ]);
    expect(splitSnippet('\u0002a\u0003\u0002b\u0003 c')).toEqual([
      { text: 'ab', hit: true },
      { text: ' c', hit: false },
    ]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('tolerates unbalanced markers', () => {
    expect(splitSnippet('…end of a \u0002hit')).toEqual([
      { text: '…end of a ', hit: false },
      { text: 'hit', hit: true },
    ]);
    expect(splitSnippet('stray\u0003 close')).toEqual([{ text: 'stray close', hit: false }]);
  });

  it('gives the plain text for accessible names', () => {
    expect(snippetText('a \u0002b\u0003 c')).toBe('a b c');
  });

  it('renders hits as <mark> and record text as text, never as HTML', () => {
    const snippet = 'Note: <img src=x onerror="window.__pwned=1"> and <script>alert(1)</script> \u0002<b>backup</b>\u0003 done';
    const { container } = render(
      <p>
        <Snippet snippet={snippet} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('<b>backup</b>');
    expect(container.textContent).toBe('Note: <img src=x onerror="window.__pwned=1"> and <script>alert(1)</script> <b>backup</b> done');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
