// The demo organisation through the contract: what it contains, that it keeps the rules (audit chain,
// agenda, evidence freshness), and that it is the same every time it is made on the same day.
import { afterEach, describe, expect, it } from 'vitest';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
const TODAY = '2026-06-15';

const backends: TestBackend[] = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.cleanup()));
});

async function demo(): Promise<TestBackend> {
  const t = testBackend({ now: () => NOW });
  backends.push(t);
  await t.call('workspace.createDemo', { directory: t.dir, passphrase: PASSPHRASE });
  return t;
}

/** Drops what differs between two workspaces by nature: generated ids and timestamps. */
function contentOf(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => contentOf(item, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['createdAt', 'updatedAt', 'acceptedAt', 'verifiedAt', 'uploadedAt'].includes(key))
        .map(([key, item]) => [key, contentOf(item, ids)]),
    );
  }
  // Record ids (alone or inside agenda ids) become their order of first appearance, so references
  // between records still compare.
  if (typeof value === 'string') {
    return value.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `#${ids.size}`);
      return ids.get(id)!;
    });
  }
  return value;
}

async function snapshot(t: TestBackend) {
  const audits = await t.call('audits.list', {});
  return {
    profile: await t.call('organisation.get', {}),
    scope: await t.call('isms.scope.get', {}),
    scales: await t.call('risks.scales.get', {}),
    risks: await t.call('risks.list', {}),
    objectives: await t.call('objectives.list', {}),
    audits: await Promise.all(audits.map((audit) => t.call('audits.get', { id: audit.id }))),
    actions: await t.call('actions.list', {}),
    reviews: await t.call('reviews.list', {}),
    soa: await t.call('soa.get', {}),
    files: await t.call('evidence.files.list', {}),
    agenda: await t.call('agenda.list', {}),
    dashboard: await t.call('dashboard.summary', {}),
  };
}

describe('the demo organisation', () => {
  it('holds a realistic ISMS: scope, objectives, risks, an audit with findings, actions and a review', async () => {
    const started = performance.now();
    const t = await demo();
    const elapsed = performance.now() - started;
    // The KDF runs at test cost here, so this is the demo's own work (and the workspace creation).
    expect(elapsed).toBeLessThan(5000);

    expect((await t.call('organisation.get', {})).legalName).toBe('Meridian Health Analytics Ltd');
    expect((await t.call('isms.scope.get', {})).statement).toContain('Meridian Insights');
    expect(await t.call('objectives.list', {})).toHaveLength(5);

    const risks = await t.call('risks.list', {});
    expect(risks.length).toBeGreaterThanOrEqual(10);
    expect(risks.map((r) => r.ref)).toEqual(risks.map((_, i) => `R-${String(i + 1).padStart(3, '0')}`));
    expect(risks.every((r) => r.inherentScore === r.inherentLikelihood * r.inherentImpact && r.residualScore === r.residualLikelihood * r.residualImpact)).toBe(true);
    const signedOff = risks.filter((r) => r.acceptance !== null);
    expect(signedOff.length).toBeGreaterThanOrEqual(2);
    expect(signedOff.every((r) => r.status === 'accepted' && r.residualScore > 9)).toBe(true);
    expect(risks.find((r) => r.title.startsWith('Ransomware'))!.controls.map((c) => c.controlId)).toEqual(expect.arrayContaining(['A.8.7', 'A.8.13']));
    expect(new Set(risks.map((r) => r.treatment))).toEqual(new Set(['mitigate', 'accept', 'transfer', 'avoid']));

    const audits = await t.call('audits.list', {});
    expect(audits.map((a) => a.status).sort()).toEqual(['completed', 'planned']);
    const completed = audits.find((a) => a.status === 'completed')!;
    expect(completed.findings).toBe(4);
    const detail = await t.call('audits.get', { id: completed.id });
    expect(detail.findings.map((f) => f.type).sort()).toEqual(['minor_nonconformity', 'observation', 'observation', 'opportunity']);

    const actions = await t.call('actions.list', {});
    expect(actions.some((a) => a.status === 'verified' && a.verifiedBy !== '' && a.verifiedAt !== null)).toBe(true);
    expect(actions.some((a) => (a.status === 'open' || a.status === 'in_progress') && a.dueDate !== null && a.dueDate < TODAY)).toBe(true);

    const [review, ...older] = await t.call('reviews.list', {});
    expect(older).toEqual([]);
    expect(review!.nextReviewDate! > TODAY).toBe(true);
  });

  it('keeps the rules: a sound audit chain, a realistic SoA, evidence of every freshness, a full agenda', async () => {
    const t = await demo();
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    expect((await t.call('workspace.verify', {})).ok).toBe(true);

    const { rows } = await t.call('soa.get', {});
    expect(rows).toHaveLength(93);
    const excluded = rows.filter((row) => !row.applicable);
    expect(excluded.length).toBeGreaterThanOrEqual(4);
    expect(excluded.length).toBeLessThanOrEqual(6);
    expect(excluded.every((row) => row.justification.length > 20)).toBe(true);
    expect(rows.filter((row) => row.applicable).every((row) => row.inclusionReasons.length > 0 && row.owner !== '')).toBe(true);
    expect(rows.find((row) => row.controlId === 'A.8.7')).toMatchObject({ inclusionReasons: expect.arrayContaining(['risk_treatment']), treatingRiskCount: 1 });
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['not_started', 'planned', 'in_progress', 'implemented']));
    expect(rows.some((row) => row.reviewDate !== null && row.reviewDate < TODAY)).toBe(true);
    const freshness = new Set(rows.map((row) => row.evidence.freshness));
    expect([...freshness]).toEqual(expect.arrayContaining(['current', 'expiring', 'expired', 'missing']));

    const files = await t.call('evidence.files.list', {});
    expect(files.map((f) => f.kind).sort()).toEqual(['pdf', 'pdf', 'txt', 'txt', 'txt', 'txt']);
    const policy = files.find((f) => f.kind === 'pdf')!;
    const { base64 } = await t.call('evidence.files.content', { id: policy.id });
    const pdf = Buffer.from(base64, 'base64').toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    // The cross-reference table points at the objects it names.
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const firstObject = Number(/\n0000000000 65535 f \n(\d{10}) 00000 n /.exec(pdf)![1]);
    expect(pdf.slice(firstObject, firstObject + 7)).toBe('1 0 obj');

    // The completed audit is evidence of A.5.35 by default, dated when it was performed.
    const audit = (await t.call('audits.list', {})).find((a) => a.status === 'completed')!;
    const a535 = await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.5.35', includeCrosswalk: false });
    expect(a535).toEqual([
      expect.objectContaining({ origin: 'default', effectiveDate: audit.performedDate, source: { kind: 'record', recordType: 'internal_audit', recordId: audit.id, label: `${audit.ref} ${audit.title}` } }),
    ]);

    const kinds = new Set((await t.call('agenda.list', {})).map((item) => item.kind));
    for (const kind of ['risk_review', 'corrective_action', 'objective', 'internal_audit', 'management_review']) expect(kinds).toContain(kind);
    const agenda = await t.call('agenda.list', {});
    expect(agenda.some((item) => item.kind === 'risk_review' && item.overdue)).toBe(true);
    expect(agenda.some((item) => item.kind === 'corrective_action' && item.overdue)).toBe(true);

    const dashboard = await t.call('dashboard.summary', {});
    expect(dashboard.openRisksAboveAppetite).toBe(1);
    expect(dashboard.openFindings).toBe(2);
  });

  it('is the same every time it is made on the same day, apart from ids and timestamps', async () => {
    const [first, second] = [await demo(), await demo()];
    const a = contentOf(await snapshot(first), new Map());
    const b = contentOf(await snapshot(second), new Map());
    expect(b).toEqual(a);
  });
});
