// The search text rules: what goes into the index, how a user's query becomes a safe FTS5
// expression, and how snippets are marked.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftsExpression, indexableText, queryTerms, snippet, termPattern } from '../../../electron/backend/search/search-text';

describe('indexableText', () => {
  it('splits CJK runs into bigrams plus their last character and leaves latin words alone', () => {
    expect(indexableText('支持中文')).toBe(' 支持 持中 中文 文 ');
    expect(indexableText('ISO27001信息安全 Policy')).toBe('iso27001 信息 息安 安全 全  policy');
    expect(indexableText('中')).toBe(' 中 ');
    expect(indexableText('ＡＢＣ')).toBe('abc');
  });
});

describe('queryTerms and ftsExpression', () => {
  it('keeps letters, digits and CJK runs only, each quoted', () => {
    expect(ftsExpression(queryTerms('Access review'))).toBe('"access"* AND "review"*');
    expect(ftsExpression(queryTerms('信息安全'))).toBe('"信息 息安 安全"');
    expect(ftsExpression(queryTerms('审批'))).toBe('"审批"');
    expect(ftsExpression(queryTerms('批'))).toBe('"批"*');
    expect(ftsExpression(queryTerms('a.8.5'))).toBe('"a" AND "8" AND "5"');
    expect(ftsExpression(queryTerms('MFA 鉴别'))).toBe('"mfa"* AND "鉴别"');
  });

  it('turns syntax into words or nothing', () => {
    expect(ftsExpression(queryTerms('"'))).toBeNull();
    expect(ftsExpression(queryTerms('*'))).toBeNull();
    expect(ftsExpression(queryTerms('AND ('))).toBe('"and"*');
    expect(ftsExpression(queryTerms('title:foo'))).toBe('"title"* AND "foo"*');
    expect(ftsExpression(queryTerms('NEAR(a b, 2)'))).toBe('"near"* AND "a" AND "b" AND "2"');
  });

  it('drops repeats and caps the number of terms', () => {
    expect(queryTerms('risk risk RISK')).toHaveLength(1);
    expect(queryTerms(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '))).toHaveLength(12);
  });
});

describe('against FTS5', () => {
  const db = new Database(':memory:');
  beforeAll(() => {
    db.exec("CREATE VIRTUAL TABLE idx USING fts5 (title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
    const insert = db.prepare('INSERT INTO idx (rowid, title, body) VALUES (?, ?, ?)');
    insert.run(1, indexableText('信息安全策略'), indexableText('本组织的策略每年由管理层审批'));
    insert.run(2, indexableText('Access control'), indexableText('Quarterly recertification; café opening hours'));
  });
  afterAll(() => db.close());
  const match = (q: string) => {
    const expression = ftsExpression(queryTerms(q));
    return expression ? (db.prepare('SELECT rowid FROM idx WHERE idx MATCH ? ORDER BY rowid').pluck().all(expression) as number[]) : [];
  };

  it('matches CJK substrings of any length and latin prefixes', () => {
    expect(match('审批')).toEqual([1]);
    expect(match('批')).toEqual([1]);
    expect(match('管理层审批')).toEqual([1]);
    expect(match('安全策略')).toEqual([1]);
    expect(match('策略安全')).toEqual([]);
    expect(match('recert')).toEqual([2]);
    expect(match('CAFE')).toEqual([2]);
    expect(match('access 审批')).toEqual([]);
  });

  it('never raises a syntax error', () => {
    for (const q of ['"', 'AND (', ') OR (', 'NEAR(', '*', '^a', 'col:x', '"a" NOT', '{title}: x', "'", '\\', '中"文']) expect(() => match(q)).not.toThrow();
  });
});

describe('snippet', () => {
  it('marks whole words and CJK runs, around the first match', () => {
    const pattern = termPattern(queryTerms('recert 审批'));
    expect(snippet('Quarterly Recertification, 管理层审批。', pattern)).toBe('Quarterly \u0002Recertification\u0003, 管理层\u0002审批\u0003。');
    const long = `${'lorem ipsum '.repeat(30)}the needle is here ${'dolor sit '.repeat(30)}`;
    const marked = snippet(long, termPattern(queryTerms('needle')))!;
    expect(marked.startsWith('…')).toBe(true);
    expect(marked.endsWith('…')).toBe(true);
    expect(marked).toContain('\u0002needle\u0003');
    expect(marked.length).toBeLessThan(170);
  });

  it('strips markers already in the text and returns null without a match', () => {
    expect(snippet('a \u0002fake\u0003 marker', termPattern(queryTerms('marker')))).toBe('a fake \u0002marker\u0003');
    expect(snippet('nothing here', termPattern(queryTerms('absent')))).toBeNull();
  });

  it('marks a one-letter term only as a word of its own', () => {
    expect(snippet('A.8.5 Secure authentication', termPattern(queryTerms('a')))).toBe('\u0002A\u0003.8.5 Secure authentication');
  });
});
