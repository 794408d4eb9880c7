// Search through the contract: records in English and Chinese (two-character Chinese queries
// included), catalog controls by id and title in both languages, snippets with markers, and queries
// that would be FTS5 syntax if passed through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';
import { b64, pdfFile } from './evidence-fixtures';

let t: TestBackend;
let reportId = '';

const search = (q: string, limit = 20): Promise<SearchHit[]> => t.call('search.query', { q, limit });
const keys = (hits: SearchHit[]) => hits.map((h) => `${h.entityType}:${h.entityId}`);

beforeAll(async () => {
  t = testBackend({ now: () => new Date('2025-06-15T12:00:00Z') });
  await t.call('workspace.create', { directory: t.dir, name: 'Search', passphrase: PASSPHRASE });
  await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.1', patch: { notes: '本组织的信息安全策略每年由管理层审批并发布，最近一次审批于三月完成。' } });
  await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.18', patch: { owner: 'Dana Whitfield', notes: 'Quarterly access recertification by department heads; orphaned accounts removed within 24 hours.' } });
  const report = await t.call('evidence.files.upload', { name: 'penetration-test-2025.pdf', base64: b64(pdfFile()), note: '外部渗透测试报告 (external pentest)' });
  reportId = report.id;
});

afterAll(async () => {
  await t?.cleanup();
});

describe('records', () => {
  it('finds a control note by a two-character Chinese word, with the match marked', async () => {
    const hits = await search('审批');
    const hit = hits.find((h) => h.entityId === 'iso27001:A.5.1');
    expect(hit).toBeDefined();
    expect(hit!.link).toEqual({ screen: 'controls', params: { framework: 'iso27001', controlId: 'A.5.1' } });
    expect(hit!.snippet).toContain('\u0002审批\u0003');
    expect(hit!.title).toBe('A.5.1 Policies for information security');
  });

  it('finds Chinese by single characters and by longer runs, and not by runs that do not occur', async () => {
    expect(keys(await search('批'))).toContain('control:iso27001:A.5.1');
    expect(keys(await search('管理层审批'))).toContain('control:iso27001:A.5.1');
    expect(keys(await search('审批管理层'))).not.toContain('control:iso27001:A.5.1');
  });

  it('finds English by word prefix and marks the whole word', async () => {
    const hits = await search('recert');
    const hit = hits.find((h) => h.entityId === 'iso27001:A.5.18')!;
    expect(hit.snippet).toContain('\u0002recertification\u0003');
    expect(keys(await search('ertification'))).not.toContain('control:iso27001:A.5.18');
    expect(keys(await search('dana WHITFIELD'))).toContain('control:iso27001:A.5.18');
    expect(keys(await search('orphaned 24'))).toContain('control:iso27001:A.5.18');
  });

  it('finds evidence files by name and note, linking to the file', async () => {
    for (const q of ['penetration', 'pentest', '渗透测试', '渗透']) {
      const hit = (await search(q)).find((h) => h.entityType === 'evidence_file');
      expect(hit, q).toMatchObject({ entityId: reportId, title: 'penetration-test-2025.pdf', link: { screen: 'evidence', params: { fileId: reportId } } });
    }
  });

  it('forgets text that was removed', async () => {
    await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.18', patch: { notes: '', owner: '' } });
    expect(keys(await search('recert'))).not.toContain('control:iso27001:A.5.18');
    await t.call('evidence.files.delete', { id: reportId });
    expect((await search('penetration')).filter((h) => h.entityType === 'evidence_file')).toEqual([]);
  });
});

describe('catalog controls', () => {
  it('jumps to a control by its id, with or without the A. prefix, in either case', async () => {
    for (const q of ['A.8.5', 'a.8.5', '8.5']) expect(keys(await search(q))[0], q).toBe('control:iso27001:A.8.5');
    expect(keys(await search('cc6.1'))[0]).toBe('control:soc2:CC6.1');
    expect(keys(await search('CC6')).slice(0, 8)).toEqual(['CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8'].map((id) => `control:soc2:${id}`));
  });

  it('finds controls by title in English and in Chinese', async () => {
    const english = await search('cryptography');
    expect(keys(english)).toContain('control:iso27001:A.8.24');
    expect(english.find((h) => h.entityId === 'iso27001:A.8.24')!.snippet).toContain('\u0002cryptography\u0003');
    const chinese = await search('鉴别');
    const hit = chinese.find((h) => h.entityId === 'iso27001:A.8.5')!;
    expect(hit.snippet).toContain('\u0002鉴别\u0003');
    expect(keys(await search('逻辑访问'))).toContain('control:soc2:CC6.1');
  });

  it('shows catalog titles in the app language', async () => {
    await t.call('app.settings.update', { language: 'zh-CN' });
    expect((await search('A.8.5'))[0]!.title).toBe('A.8.5 安全鉴别');
    await t.call('app.settings.update', { language: 'en' });
  });
});

describe('hostile queries', () => {
  it.each(['"', 'AND (', 'NEAR(a b)', '*', 'title:foo', '(((', '"a" OR', "'; DROP TABLE search_index; --", '^', '-', '\u0000', '""""', 'a AND', '中"文', '🙂'])(
    '%j returns a list and no error',
    async (q) => {
      const hits = await search(q);
      expect(Array.isArray(hits)).toBe(true);
    },
  );

  it('respects the limit and rejects empty queries', async () => {
    expect((await search('control', 3)).length).toBeLessThanOrEqual(3);
    expect((await t.fail('search.query', { q: '   ' })).code).toBe('INVALID_INPUT');
  });
});
