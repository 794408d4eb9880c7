// The risk register through the contract, on a real SQLCipher workspace: CRUD with audit events,
// scores, the scales and their changes, treating controls, acceptance sign-off, references, the
// agenda, search and the Statement of Applicability's treating risks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput, Risk } from '../../shared/contract';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');

let t: TestBackend;

beforeEach(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
});

afterEach(async () => {
  await t.cleanup();
});

function riskInput(overrides: Partial<ProcedureInput<'risks.create'>> = {}): ProcedureInput<'risks.create'> {
  return {
    title: 'Ransomware encrypts production',
    assetOrProcess: 'Production platform',
    threat: 'Criminal group deploys cryptolocker malware through a phishing e-mail',
    vulnerability: 'Standing admin rights',
    owner: 'Head of Platform',
    inherentLikelihood: 4,
    inherentImpact: 5,
    treatment: 'mitigate',
    treatmentPlan: 'EDR and immutable backups',
    controls: [
      { framework: 'iso27001', controlId: 'A.8.7' },
      { framework: 'iso27001', controlId: 'A.8.13' },
    ],
    residualLikelihood: 2,
    residualImpact: 4,
    reviewDate: '2026-09-01',
    status: 'treating',
    ...overrides,
  };
}

async function events(entityType: string) {
  return (await t.call('audit.list', { limit: 500 })).filter((event) => event.entityType === entityType);
}

function issuesOf(error: { details?: Record<string, unknown> }) {
  return (error.details?.issues ?? []) as { path: (string | number)[]; code: string }[];
}

describe('risk scales', () => {
  it('start with five likelihood and five impact levels in both languages and an appetite of 9', async () => {
    const scales = await t.call('risks.scales.get', {});
    expect(scales.appetite).toBe(9);
    expect(scales.likelihood.map((l) => l.label.en)).toEqual(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
    expect(scales.likelihood.map((l) => l.label['zh-CN'])).toEqual(['罕见', '不太可能', '可能', '很可能', '几乎确定']);
    expect(scales.impact.map((l) => l.label.en)).toEqual(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']);
    expect(scales.impact.map((l) => l.label['zh-CN'])).toEqual(['可忽略', '轻微', '中等', '重大', '严重']);
    expect(scales.likelihood.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('change with an audit event when every risk still fits', async () => {
    const scales = await t.call('risks.scales.get', {});
    const four = { likelihood: scales.likelihood.slice(0, 4), impact: scales.impact, appetite: 8 };
    expect(await t.call('risks.scales.update', four)).toEqual(four);
    expect(await t.call('risks.scales.get', {})).toEqual(four);
    const [event] = await events('risk_scales');
    expect(event).toMatchObject({ procedure: 'risks.scales.update', entityId: '1' });
    expect(event!.summary.before).toMatchObject({ appetite: 9 });
    expect(event!.summary.after).toMatchObject({ appetite: 8 });
  });

  it('refuse to drop levels that risks use, naming those risks', async () => {
    await t.call('risks.create', riskInput());
    await t.call('risks.create', riskInput({ title: 'Minor', inherentLikelihood: 2, inherentImpact: 2, residualLikelihood: 1, residualImpact: 1 }));
    const scales = await t.call('risks.scales.get', {});
    const error = await t.fail('risks.scales.update', { likelihood: scales.likelihood.slice(0, 3), impact: scales.impact, appetite: 6 });
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ risks: ['R-001'], likelihoodLevels: 3, impactLevels: 5 });
    expect((await t.call('risks.scales.get', {})).likelihood).toHaveLength(5);
  });

  it('refuse an appetite above the highest score and levels out of sequence', async () => {
    const scales = await t.call('risks.scales.get', {});
    const tooHigh = await t.fail('risks.scales.update', { ...scales, appetite: 26 });
    expect(tooHigh.code).toBe('INVALID_INPUT');
    expect(issuesOf(tooHigh)).toEqual([expect.objectContaining({ path: ['appetite'], code: 'above_max_score' })]);
    const gap = await t.fail('risks.scales.update', { ...scales, likelihood: [scales.likelihood[0]!, { ...scales.likelihood[2]! }] });
    expect(gap.code).toBe('INVALID_INPUT');
    expect(issuesOf(gap)).toEqual([expect.objectContaining({ path: ['likelihood', 1, 'value'], message: 'scale_values' })]);
  });

  it('bound the levels a new risk may use', async () => {
    const scales = await t.call('risks.scales.get', {});
    await t.call('risks.scales.update', { likelihood: scales.likelihood.slice(0, 3), impact: scales.impact.slice(0, 3), appetite: 4 });
    const error = await t.fail('risks.create', riskInput());
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuesOf(error).map((i) => [i.path, i.code])).toEqual([
      [['inherentLikelihood'], 'out_of_scale'],
      [['inherentImpact'], 'out_of_scale'],
      [['residualImpact'], 'out_of_scale'],
    ]);
  });
});

describe('the risk register', () => {
  it('creates a risk with its scores, reference, controls and an audit event', async () => {
    const risk = await t.call('risks.create', riskInput());
    expect(risk).toMatchObject({
      ref: 'R-001',
      inherentScore: 20,
      residualScore: 8,
      status: 'treating',
      acceptance: null,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      controls: [
        { framework: 'iso27001', controlId: 'A.8.7' },
        { framework: 'iso27001', controlId: 'A.8.13' },
      ],
    });
    expect(await t.call('risks.get', { id: risk.id })).toEqual(risk);
    expect(await t.call('risks.list', {})).toEqual([risk]);
    const [event] = await events('risk');
    expect(event).toMatchObject({ procedure: 'risks.create', entityId: risk.id, actor: 'owner' });
    expect(event!.summary.before).toBeNull();
    expect(event!.summary.after).toMatchObject({ ref: 'R-001', title: 'Ransomware encrypts production', residualScore: 8 });
  });

  it('updates a risk and audits what changed', async () => {
    const risk = await t.call('risks.create', riskInput());
    const updated = await t.call('risks.update', {
      id: risk.id,
      risk: riskInput({ residualLikelihood: 1, controls: [{ framework: 'soc2', controlId: 'CC6.8' }, { framework: 'iso27001', controlId: 'A.8.7' }] }),
    });
    expect(updated).toMatchObject({ ref: 'R-001', residualScore: 4, controls: [{ framework: 'soc2', controlId: 'CC6.8' }, { framework: 'iso27001', controlId: 'A.8.7' }] });
    const [event] = (await events('risk')).filter((e) => e.procedure === 'risks.update');
    expect(event!.summary.before).toMatchObject({ residualLikelihood: 2, residualScore: 8 });
    expect(event!.summary.after).toMatchObject({ residualLikelihood: 1, residualScore: 4 });
    // Only what changed is summarised.
    expect(event!.summary.after).not.toHaveProperty('title');
  });

  it('keeps one of each treating control', async () => {
    const risk = await t.call('risks.create', riskInput({ controls: [{ framework: 'iso27001', controlId: 'A.8.7' }, { framework: 'iso27001', controlId: 'A.8.7' }] }));
    expect(risk.controls).toEqual([{ framework: 'iso27001', controlId: 'A.8.7' }]);
  });

  it('deletes a risk with an audit event, and never reuses its reference', async () => {
    const first = await t.call('risks.create', riskInput());
    const second = await t.call('risks.create', riskInput({ title: 'Second' }));
    expect(second.ref).toBe('R-002');
    expect(await t.call('risks.delete', { id: second.id })).toEqual({ deleted: true });
    expect((await t.fail('risks.get', { id: second.id })).code).toBe('NOT_FOUND');
    const third = await t.call('risks.create', riskInput({ title: 'Third' }));
    expect(third.ref).toBe('R-003');
    expect((await t.call('risks.list', {})).map((r) => r.ref)).toEqual(['R-001', 'R-003']);
    const deletion = (await events('risk')).find((e) => e.procedure === 'risks.delete');
    expect(deletion).toMatchObject({ entityId: second.id, summary: { after: null } });
    expect(deletion!.summary.before).toMatchObject({ ref: 'R-002' });
    expect(first.ref).toBe('R-001');
  });

  it('answers NOT_FOUND for an unknown risk', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await t.fail('risks.get', { id })).code).toBe('NOT_FOUND');
    expect((await t.fail('risks.update', { id, risk: riskInput() })).code).toBe('NOT_FOUND');
    expect((await t.fail('risks.delete', { id })).code).toBe('NOT_FOUND');
    expect((await t.fail('risks.accept', { id, acceptedBy: 'CEO', note: '' })).code).toBe('NOT_FOUND');
  });

  it('refuses levels beyond the scales, naming the field in the input', async () => {
    const created = await t.fail('risks.create', riskInput({ inherentLikelihood: 6 }));
    expect(created.code).toBe('INVALID_INPUT');
    expect(issuesOf(created)).toEqual([expect.objectContaining({ path: ['inherentLikelihood'], code: 'out_of_scale' })]);
    const risk = await t.call('risks.create', riskInput());
    const updated = await t.fail('risks.update', { id: risk.id, risk: riskInput({ residualImpact: 7 }) });
    expect(updated.code).toBe('INVALID_INPUT');
    expect(issuesOf(updated)).toEqual([expect.objectContaining({ path: ['risk', 'residualImpact'], code: 'out_of_scale' })]);
    expect((await t.call('risks.get', { id: risk.id })).residualImpact).toBe(4);
  });

  it('refuses treating controls that are not in the catalog', async () => {
    const error = await t.fail('risks.create', riskInput({ controls: [{ framework: 'iso27001', controlId: 'A.8.7' }, { framework: 'iso27001', controlId: 'A.8.7' }, { framework: 'iso27001', controlId: 'A.8.35' }] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuesOf(error)).toEqual([expect.objectContaining({ path: ['controls', 2, 'controlId'], code: 'unknown_control' })]);
    const wrongFramework = await t.fail('risks.create', riskInput({ controls: [{ framework: 'soc2', controlId: 'A.8.7' }] }));
    expect(issuesOf(wrongFramework)).toEqual([expect.objectContaining({ path: ['controls', 0, 'controlId'], code: 'unknown_control' })]);
    expect(await t.call('risks.list', {})).toEqual([]);
  });
});

describe('risk acceptance', () => {
  const aboveAppetite = { treatment: 'accept' as const, residualLikelihood: 3, residualImpact: 4 };

  it('is required before a risk left above the appetite is marked accepted', async () => {
    const error = await t.fail('risks.create', riskInput({ ...aboveAppetite, status: 'accepted' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuesOf(error)).toEqual([expect.objectContaining({ path: ['status'], code: 'acceptance_required' })]);
    const risk = await t.call('risks.create', riskInput({ ...aboveAppetite, status: 'open' }));
    const update = await t.fail('risks.update', { id: risk.id, risk: riskInput({ ...aboveAppetite, status: 'accepted' }) });
    expect(issuesOf(update)).toEqual([expect.objectContaining({ path: ['risk', 'status'], code: 'acceptance_required' })]);
  });

  it('is not needed within the appetite', async () => {
    const risk = await t.call('risks.create', riskInput({ treatment: 'accept', residualLikelihood: 3, residualImpact: 3, status: 'accepted' }));
    expect(risk).toMatchObject({ residualScore: 9, status: 'accepted', acceptance: null });
  });

  it('records who accepted, when and why, and marks the risk accepted', async () => {
    const risk = await t.call('risks.create', riskInput({ ...aboveAppetite, status: 'open' }));
    const accepted = await t.call('risks.accept', { id: risk.id, acceptedBy: 'Ciarán Walsh (CEO)', note: 'Within budget constraints for this year.' });
    expect(accepted).toMatchObject({
      status: 'accepted',
      residualScore: 12,
      acceptance: { acceptedBy: 'Ciarán Walsh (CEO)', acceptedAt: NOW.toISOString(), note: 'Within budget constraints for this year.' },
    });
    const event = (await events('risk')).find((e) => e.procedure === 'risks.accept');
    expect(event!.summary.before).toMatchObject({ status: 'open', acceptance: null });
    expect(event!.summary.after).toMatchObject({ status: 'accepted', acceptance: { acceptedBy: 'Ciarán Walsh (CEO)' } });

    // Editing other fields keeps the sign-off; so does a lower residual score.
    const retitled = await t.call('risks.update', { id: risk.id, risk: riskInput({ ...aboveAppetite, title: 'Renamed', status: 'accepted' }) });
    expect(retitled.acceptance).toMatchObject({ acceptedBy: 'Ciarán Walsh (CEO)' });
    const lower = await t.call('risks.update', { id: risk.id, risk: riskInput({ ...aboveAppetite, residualImpact: 3, residualLikelihood: 4, status: 'accepted' }) });
    expect(lower.acceptance).not.toBeNull();

    // A higher residual score than the one signed off needs a new sign-off.
    const higher = await t.fail('risks.update', { id: risk.id, risk: riskInput({ ...aboveAppetite, residualImpact: 5, status: 'accepted' }) });
    expect(issuesOf(higher)).toEqual([expect.objectContaining({ path: ['risk', 'status'], code: 'acceptance_required' })]);
    const reopened = await t.call('risks.update', { id: risk.id, risk: riskInput({ ...aboveAppetite, residualImpact: 5, status: 'open' }) });
    expect(reopened.acceptance).toBeNull();
  });

  it('is refused for a closed risk', async () => {
    const risk = await t.call('risks.create', riskInput({ status: 'closed' }));
    const error = await t.fail('risks.accept', { id: risk.id, acceptedBy: 'CEO', note: '' });
    expect(error.code).toBe('CONFLICT');
  });

  it('needs the name of who accepted', async () => {
    const risk = await t.call('risks.create', riskInput(aboveAppetite));
    const error = await t.fail('risks.accept', { id: risk.id, acceptedBy: '  ', note: '' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuesOf(error)[0]!.path).toEqual(['acceptedBy']);
  });
});

describe('risks elsewhere in the workspace', () => {
  it('put their review dates on the agenda, overdue ones flagged, closed risks left out', async () => {
    const overdue = await t.call('risks.create', riskInput({ title: 'Overdue review', reviewDate: '2026-06-10' }));
    const upcoming = await t.call('risks.create', riskInput({ title: 'Upcoming review', reviewDate: '2026-07-15' }));
    await t.call('risks.create', riskInput({ title: 'Closed', reviewDate: '2026-06-01', status: 'closed' }));
    await t.call('risks.create', riskInput({ title: 'No review date', reviewDate: null }));
    const items = (await t.call('agenda.list', {})).filter((item) => item.kind === 'risk_review');
    expect(items).toEqual([
      { id: `risk_review:${overdue.id}`, kind: 'risk_review', title: 'R-001 Overdue review', due: '2026-06-10', overdue: true, daysLeft: -5, link: { screen: 'risks', params: { id: overdue.id } } },
      { id: `risk_review:${upcoming.id}`, kind: 'risk_review', title: 'R-002 Upcoming review', due: '2026-07-15', overdue: false, daysLeft: 30, link: { screen: 'risks', params: { id: upcoming.id } } },
    ]);
  });

  it('are found by a word of their threat, and gone from search once deleted', async () => {
    const risk = await t.call('risks.create', riskInput());
    const hits = await t.call('search.query', { q: 'cryptolocker' });
    expect(hits).toEqual([expect.objectContaining({ entityType: 'risk', entityId: risk.id, link: { screen: 'risks', params: { id: risk.id } } })]);
    expect(hits[0]!.snippet).toContain('\u0002cryptolocker\u0003');
    await t.call('risks.update', { id: risk.id, risk: riskInput({ threat: 'Wiper malware' }) });
    expect(await t.call('search.query', { q: 'cryptolocker' })).toEqual([]);
    expect((await t.call('search.query', { q: 'wiper' })).map((h) => h.entityId)).toEqual([risk.id]);
    await t.call('risks.delete', { id: risk.id });
    expect(await t.call('search.query', { q: 'wiper' })).toEqual([]);
  });

  it('show as treating risks of their controls in the Statement of Applicability', async () => {
    const risk: Risk = await t.call('risks.create', riskInput());
    const control = await t.call('controls.get', { framework: 'iso27001', controlId: 'A.8.13' });
    expect(control.risks).toEqual([{ id: risk.id, ref: 'R-001', title: risk.title, residualScore: 8 }]);
    expect(control.control.treatingRiskCount).toBe(1);
    await t.call('risks.delete', { id: risk.id });
    expect((await t.call('controls.get', { framework: 'iso27001', controlId: 'A.8.13' })).risks).toEqual([]);
  });

  it('are evidence of the risk assessment criteria by default, until deleted', async () => {
    const risk = await t.call('risks.create', riskInput());
    const links = await t.call('evidence.forControl', { framework: 'soc2', controlId: 'CC3.2', includeCrosswalk: false });
    expect(links).toEqual([
      expect.objectContaining({ origin: 'default', effectiveDate: '2026-06-15', source: { kind: 'record', recordType: 'risk', recordId: risk.id, label: 'R-001 Ransomware encrypts production' } }),
    ]);
    await t.call('risks.delete', { id: risk.id });
    expect(await t.call('evidence.forControl', { framework: 'soc2', controlId: 'CC3.2', includeCrosswalk: false })).toEqual([]);
  });

  it('count on the dashboard while open above the appetite', async () => {
    await t.call('risks.create', riskInput({ residualLikelihood: 3, residualImpact: 4, status: 'treating' }));
    await t.call('risks.create', riskInput({ residualLikelihood: 3, residualImpact: 3, status: 'open' }));
    const accepted = await t.call('risks.create', riskInput({ treatment: 'accept', residualLikelihood: 4, residualImpact: 4, status: 'open' }));
    expect((await t.call('dashboard.summary', {})).openRisksAboveAppetite).toBe(2);
    await t.call('risks.accept', { id: accepted.id, acceptedBy: 'CEO', note: '' });
    expect((await t.call('dashboard.summary', {})).openRisksAboveAppetite).toBe(1);
  });
});
