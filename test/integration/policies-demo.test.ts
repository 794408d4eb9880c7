// The demo organisation's policies: a realistic set with history, including a privacy notice that
// drifted because the inventory changed after it was approved.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

let t: TestBackend;

beforeAll(async () => {
  t = testBackend({ now: () => new Date('2026-06-15T10:00:00Z') });
  await t.call('workspace.createDemo', { directory: t.dir, passphrase: PASSPHRASE });
});

afterAll(async () => {
  await t.cleanup();
});

describe('demo policies', () => {
  it('has policies in every state, with history', async () => {
    const list = await t.call('policies.list', {});
    const bySlug = new Map(list.map((policy) => [policy.slug, policy]));
    expect(bySlug.get('information-security-policy')).toMatchObject({ status: 'published', currentVersion: { number: 2 }, reviewOverdue: false });
    expect(bySlug.get('access-control-policy')).toMatchObject({ status: 'in_review', currentVersion: { number: 1 }, latestVersion: { number: 2, status: 'in_review' } });
    expect(bySlug.get('backup-policy')).toMatchObject({ status: 'published', reviewOverdue: true });
    expect(bySlug.get('acceptable-use-policy')).toMatchObject({ status: 'draft', currentVersion: null });
    expect(bySlug.get('remote-working-policy')).toMatchObject({ status: 'retired' });
    expect(bySlug.get('pipl-processing-rules')).toMatchObject({ kind: 'privacy_notice', law: 'pipl', language: 'zh-CN', status: 'published', drifted: false });

    const isp = await t.call('policies.get', { id: 'information-security-policy' });
    expect(isp.versions.map((v) => v.status)).toEqual(['published', 'superseded']);
    expect(isp.versions.every((v) => /^[0-9a-f]{64}$/.test(v.sha256 ?? ''))).toBe(true);
    const acks = await t.call('policies.acknowledgements.list', { policyId: isp.policy.id });
    expect(acks.acknowledgements.filter((a) => a.versionNumber === 2)).toHaveLength(8);
    expect(acks.pending.length).toBeGreaterThan(0);
    const diff = await t.call('policies.redline', { policyId: isp.policy.id, fromVersionId: isp.versions[1]!.id, toVersionId: isp.versions[0]!.id });
    expect(diff.ops.filter((op) => op.type === 'insert').map((op) => op.text).join('')).toContain('Artificial intelligence tools');
    expect(diff.deleted).toBe(0);
  });

  it('shows the privacy notice as drifted, with the missing purpose in the redline', async () => {
    const notice = (await t.call('policies.list', {})).find((policy) => policy.slug === 'privacy-notice')!;
    expect(notice).toMatchObject({ law: 'gdpr', status: 'published', drifted: true });
    const drift = await t.call('policies.notice.drift', { policyId: notice.id });
    expect(drift.drifted).toBe(true);
    expect(drift.ops.filter((op) => op.type === 'insert').map((op) => op.text).join(' ')).toContain('Website analytics');
  });

  it("fills the notices with the profile's privacy contact, PIPL officer and representative in China", async () => {
    const markdown = async (policyId: string) => {
      const detail = await t.call('policies.get', { id: policyId });
      return (await t.call('policies.versions.get', { policyId: detail.policy.id, versionId: detail.versions[0]!.id })).markdown;
    };
    const rules = await markdown('pipl-processing-rules');
    expect(rules).toContain('Chen Jing');
    // Markdown escapes the @ of an address.
    expect(rules).toMatch(/pipl-officer\\?@meridian-analytics\.example/);
    expect(rules).toContain('88 Century Avenue');
    const notice = (await t.call('policies.list', {})).find((policy) => policy.slug === 'privacy-notice')!;
    expect(await markdown(notice.id)).toMatch(/privacy\\?@meridian-analytics\.example/);
  });

  it('exports the Chinese PIPL rules as a PDF that reads in Chinese', async () => {
    const pipl = await t.call('policies.get', { id: 'pipl-processing-rules' });
    const result = await t.call('policies.export', { policyId: pipl.policy.id, format: 'pdf' });
    const file = join(t.dir, result.fileName);
    writeFileSync(file, Buffer.from(result.base64!, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('个人信息处理规则');
    expect(text).toContain('Meridian Health Analytics Ltd');
    expect(text).toContain(pipl.versions[0]!.sha256!);
  });
});
