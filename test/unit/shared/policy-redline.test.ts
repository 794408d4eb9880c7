import { describe, expect, it } from 'vitest';
import { redline, redlineNewer, redlineOlder, redlineTokens } from '../../../shared/policies/redline';

describe('redline', () => {
  it('marks only the changed words in an English paragraph', () => {
    const older = '# Access\n\nAccess rights are reviewed every twelve months by the system owner.\n\nUnchanged paragraph.\n';
    const newer = '# Access\n\nAccess rights are reviewed every six months by the information owner.\n\nUnchanged paragraph.\n';
    const result = redline(older, newer);
    expect(result.ops.filter((op) => op.type === 'delete').map((op) => op.text)).toEqual(['twelve', 'system']);
    expect(result.ops.filter((op) => op.type === 'insert').map((op) => op.text)).toEqual(['six', 'information']);
    expect(result).toMatchObject({ inserted: 2, deleted: 2 });
    expect(redlineOlder(result.ops)).toBe(older);
    expect(redlineNewer(result.ops)).toBe(newer);
  });

  it('marks only the changed characters of a Chinese edit, not the whole paragraph', () => {
    const older = '## 数据保留\n\n个人信息的保存期限为实现处理目的所必要的最短时间，人事档案保存六年。\n';
    const newer = '## 数据保留\n\n个人信息的保存期限为实现处理目的所必要的最短时间，人事档案保存七年。\n';
    const result = redline(older, newer);
    expect(result.ops.filter((op) => op.type !== 'equal')).toEqual([
      { type: 'delete', text: '六' },
      { type: 'insert', text: '七' },
    ]);
    expect(result).toMatchObject({ inserted: 1, deleted: 1 });
    expect(redlineNewer(result.ops)).toBe(newer);
  });

  it('handles mixed Chinese and English text', () => {
    const older = '我们使用 Salesforce 处理客户数据。';
    const newer = '我们使用 HubSpot 处理客户联系数据。';
    const result = redline(older, newer);
    expect(result.ops.filter((op) => op.type === 'delete').map((op) => op.text)).toEqual(['Salesforce']);
    expect(result.ops.filter((op) => op.type === 'insert').map((op) => op.text)).toEqual(['HubSpot', '联系']);
    expect(redlineOlder(result.ops)).toBe(older);
  });

  it('reports added and removed paragraphs as whole inserts and deletes', () => {
    const result = redline('A.\n\nB old.\n', 'A.\n\nNew paragraph here.\n\nB old.\n');
    expect(result.ops).toEqual([
      { type: 'equal', text: 'A.\n\n' },
      { type: 'insert', text: 'New paragraph here.\n\n' },
      { type: 'equal', text: 'B old.\n' },
    ]);
    expect(result.inserted).toBe(3);
    expect(redline('same', 'same')).toEqual({ ops: [{ type: 'equal', text: 'same' }], inserted: 0, deleted: 0 });
    expect(redline('', 'new text')).toEqual({ ops: [{ type: 'insert', text: 'new text' }], inserted: 2, deleted: 0 });
  });

  it('shows a wholesale rewrite of a long stretch as replaced, and still rebuilds both texts', () => {
    const older = Array.from({ length: 3000 }, (_v, i) => `alpha${i}`).join(' ');
    const newer = Array.from({ length: 3000 }, (_v, i) => `omega${i}`).join(' ');
    const result = redline(`Title\n${older}\nEnd\n`, `Title\n${newer}\nEnd\n`);
    expect(redlineOlder(result.ops)).toBe(`Title\n${older}\nEnd\n`);
    expect(redlineNewer(result.ops)).toBe(`Title\n${newer}\nEnd\n`);
    expect(result).toMatchObject({ inserted: 3000, deleted: 3000 });
    expect(result.ops.map((op) => op.type)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });

  it('tokenises without losing characters', () => {
    const text = 'Art. 13(1)(c) — GDPR; 第十三条 “个人信息”\n\tend';
    expect(redlineTokens(text).join('')).toBe(text);
    expect(redlineTokens('数据 data')).toEqual(['数', '据', ' ', 'data']);
  });
});
