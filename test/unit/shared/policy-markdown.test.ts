import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isAllowedImageSrc, isAllowedLinkHref, policyBlocks, policyHeadings, renderPolicyHtml, runsText } from '../../../shared/policies/markdown';

describe('renderPolicyHtml with hostile input', () => {
  it('escapes script tags and raw HTML instead of emitting them', () => {
    const html = renderPolicyHtml('# Title <script>alert(1)</script>\n\n<script>steal()</script>\n\n<div onclick="x()">hi</div>\n');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<div/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;x()&quot;&gt;');
  });

  it('never produces an element with an event handler attribute', () => {
    const html = renderPolicyHtml(
      '<img src=x onerror=alert(1)>\n\n![a" onerror="alert(1)](x.png)\n\n[t](https://e.example/" onmouseover="x)\n\n<svg onload=alert(1)>\n\n<iframe src="https://evil.example"></iframe>\n',
    );
    // Parse the output as a browser would and inspect every element it creates.
    const document = new new Window().DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const elements = [...document.body.querySelectorAll('*')];
    expect(new Set(elements.map((el) => el.tagName.toLowerCase()))).toEqual(new Set(['a', 'img', 'p']));
    for (const element of elements) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
    }
    expect(document.body.querySelector('img')?.getAttribute('src')).toBe('x.png');
  });

  it('drops javascript:, vbscript:, data: and file: links but keeps their text', () => {
    const html = renderPolicyHtml('[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=) [e](file:///etc/passwd)');
    expect(html).not.toMatch(/href=/);
    expect(html).not.toMatch(/javascript:/i);
    // The link text stays readable.
    expect(html).toMatch(/a.*b.*c.*d.*e/s);
  });

  it('keeps http(s), mailto and in-document anchors, with rel on external links', () => {
    const html = renderPolicyHtml('# Scope\n\n[site](https://example.com/p) [mail](mailto:dpo@example.com) [up](#scope)');
    expect(html).toContain('<a href="https://example.com/p" rel="noopener noreferrer nofollow">site</a>');
    expect(html).toContain('<a href="mailto:dpo@example.com" rel="noopener noreferrer nofollow">mail</a>');
    expect(html).toContain('<a href="#scope">up</a>');
    expect(html).toContain('<h1 id="scope">Scope</h1>');
  });

  it('drops remote images (absolute and protocol-relative) and keeps data: and relative ones', () => {
    const html = renderPolicyHtml(
      '![tracker](https://evil.example/pixel.png) ![proto](//evil.example/x.png) ![local](images/org-chart.png) ![inline](data:image/png;base64,iVBORw0KGgo=) ![svg](data:image/svg+xml;base64,PHN2Zz4=)',
    );
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('svg+xml');
    expect(html).toContain('<img src="images/org-chart.png" alt="local">');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">');
    // Dropped images leave their alternative text.
    expect(html).toContain('tracker');
    expect(html).toContain('proto');
  });

  it('does not turn dangerous autolinks into links but links safe ones', () => {
    const html = renderPolicyHtml('<javascript:alert(1)> <https://auto.example/x> https://bare.example/y and dpo@example.com');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('<p>javascript:alert(1) <a');
    expect(html).toContain('href="https://auto.example/x"');
    expect(html).toContain('href="https://bare.example/y"');
    expect(html).toContain('href="mailto:dpo@example.com"');
  });

  it('renders tables, lists and emphasis', () => {
    const html = renderPolicyHtml('| Data | Months |\n|:--|--:|\n| HR | 72 |\n\n1. one\n2. **two**\n\n*it*');
    expect(html).toContain('<table>');
    expect(html).toContain('<td style="text-align:right">72</td>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<strong>two</strong>');
    expect(html).toContain('<em>it</em>');
  });

  it('leaves quotes untouched (typographer off)', () => {
    expect(renderPolicyHtml('"quoted" -- text')).toContain('&quot;quoted&quot; -- text');
  });
});

describe('link and image predicates', () => {
  it('classifies targets', () => {
    expect(isAllowedLinkHref('https://a.example')).toBe(true);
    expect(isAllowedLinkHref('#x')).toBe(true);
    expect(isAllowedLinkHref('relative/page')).toBe(false);
    expect(isAllowedLinkHref(' javascript:alert(1)')).toBe(false);
    expect(isAllowedImageSrc('a/b.png')).toBe(true);
    expect(isAllowedImageSrc('https://a.example/b.png')).toBe(false);
    expect(isAllowedImageSrc('//a.example/b.png')).toBe(false);
    expect(isAllowedImageSrc('\\\\server\\share\\b.png')).toBe(false);
  });
});

describe('policyHeadings', () => {
  it('returns level, text, 1-based line and unique anchors, including Chinese', () => {
    const md = '# Information Security Policy\n\nIntro\n\n## 1. Scope\n\ntext\n\n## 第二章 数据 **保护**\n\n### Scope\n\n## 1. Scope\n';
    expect(policyHeadings(md)).toEqual([
      { level: 1, text: 'Information Security Policy', line: 1, anchor: 'information-security-policy' },
      { level: 2, text: '1. Scope', line: 5, anchor: '1-scope' },
      { level: 2, text: '第二章 数据 保护', line: 9, anchor: '第二章-数据-保护' },
      { level: 3, text: 'Scope', line: 11, anchor: 'scope' },
      { level: 2, text: '1. Scope', line: 13, anchor: '1-scope-2' },
    ]);
  });
});

describe('policyBlocks', () => {
  it('models headings, paragraphs with styled runs, nested lists, tables and code', () => {
    const md = [
      '# Policy',
      '',
      'Plain **bold _both_** and [a link](https://x.example) and [bad](javascript:x) `code`.',
      '',
      '3. first',
      '4. second',
      '   - nested',
      '',
      '| A | B |',
      '|---|:-:|',
      '| 1 | *2* |',
      '',
      '> quoted',
      '',
      '```',
      '<script>',
      '```',
      '',
      '---',
    ].join('\n');
    const blocks = policyBlocks(md);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'table', 'quote', 'code', 'rule']);
    const paragraph = blocks[1]!;
    if (paragraph.type !== 'paragraph') throw new Error('paragraph expected');
    expect(runsText(paragraph.runs)).toBe('Plain bold both and a link and bad code.');
    expect(paragraph.runs.find((r) => r.text === 'both')).toMatchObject({ bold: true, italic: true });
    expect(paragraph.runs.find((r) => r.text === 'a link')).toMatchObject({ href: 'https://x.example' });
    expect(paragraph.runs.find((r) => r.text === 'bad')).toMatchObject({ href: null });
    expect(paragraph.runs.find((r) => r.text === 'code')).toMatchObject({ code: true });
    const list = blocks[2]!;
    if (list.type !== 'list') throw new Error('list expected');
    expect(list).toMatchObject({ ordered: true, start: 3 });
    expect(list.items).toHaveLength(2);
    expect(list.items[1]!.map((b) => b.type)).toEqual(['paragraph', 'list']);
    const table = blocks[3]!;
    if (table.type !== 'table') throw new Error('table expected');
    expect(table.header.map(runsText)).toEqual(['A', 'B']);
    expect(table.align).toEqual([null, 'center']);
    expect(table.rows.map((row) => row.map(runsText))).toEqual([['1', '2']]);
    expect(table.rows[0]![1]![0]).toMatchObject({ italic: true });
    expect(blocks[5]).toEqual({ type: 'code', text: '<script>' });
  });
});
