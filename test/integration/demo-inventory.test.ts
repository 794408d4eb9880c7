// The demo organisation's data inventory: its size, the deliberate gaps the findings show, the
// assessments in each state, and that it keeps the rules (audit chain, evidence, agenda).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-06-15T10:00:00Z');
let t: TestBackend;
let elapsed = 0;

beforeAll(async () => {
  t = testBackend({ now: () => NOW });
  const started = performance.now();
  await t.call('workspace.createDemo', { directory: t.dir, passphrase: PASSPHRASE });
  elapsed = performance.now() - started;
});

afterAll(async () => {
  await t.cleanup();
});

describe('the demo inventory', () => {
  it('is a full record of processing, made quickly', async () => {
    // The whole demo (workspace creation at test KDF cost included).
    expect(elapsed).toBeLessThan(5000);
    expect((await t.call('inventory.activities.list', {})).length).toBeGreaterThanOrEqual(40);
    expect(await t.call('inventory.systems.list', {})).toHaveLength(20);
    const categories = await t.call('inventory.dataCategories.list', {});
    expect(categories.length).toBeGreaterThanOrEqual(25);
    const sensitivities = new Set(categories.flatMap((c) => c.sensitivity));
    for (const s of ['gdpr_art9', 'gdpr_art10', 'pipl_sensitive', 'pipl_minor_under_14', 'ccpa_sensitive']) expect(sensitivities).toContain(s);
    const vendors = await t.call('inventory.vendors.list', {});
    expect(vendors).toHaveLength(15);
    expect(vendors.filter((v) => v.dpaSignedOn !== null).length).toBe(14);
    const transfers = await t.call('inventory.transfers.list', {});
    expect(transfers).toHaveLength(15);
    const routes = new Set(transfers.map((tr) => `${tr.fromCountry}→${tr.toCountry}`));
    for (const route of ['IE→US', 'IE→CN', 'CN→IE', 'CN→US']) expect(routes).toContain(route);
    expect(transfers.some((tr) => tr.fromCountry === 'CN' && tr.piplMechanism === 'standard_contract' && tr.standardContractFiledOn !== null)).toBe(true);
  });

  it('shows the deliberate gaps as findings', async () => {
    const findings = await t.call('inventory.findings', {});
    const names = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => f.recordName);
    expect(names('retention_exceeded')).toEqual(['Website analytics']);
    expect(names('vendor_without_dpa')).toEqual(['SurveyPro Analytics']);
    expect(names('vendor_certification_expired')).toEqual(['ScribeMed Transcription Ltd']);
    expect(names('sensitive_system_unencrypted')).toEqual(['Legacy SFTP referral server']);
    expect(names('transfer_without_gdpr_mechanism')).toEqual(['IE→IN Bengaluru QA Partners Pvt Ltd']);
    expect(names('transfer_without_pipl_mechanism')).toEqual(['CN→US Meridian Health Analytics Inc. (model engineering)']);
    expect(names('activity_without_separate_consent')).toEqual(expect.arrayContaining(['Shanghai staff wellness programme']));
    expect(names('retention_missing')).toEqual(['Recorded support calls']);
    expect(names('category_without_purpose')).toEqual(['Referral documents (fax)']);
    // The signed-off assessments clear their findings; the one in review does not yet.
    expect(names('dpia_missing')).toContain('Clinical risk-scoring models');
    expect(names('dpia_missing')).not.toContain('Benchmarking with pseudonymised data');
    expect(names('pipia_missing')).not.toContain('Customer support from Shanghai');
    expect(findings.length).toBeLessThan(60);
  });

  it('holds assessments in each state, on the agenda and as evidence', async () => {
    const assessments = await t.call('assessments.list', {});
    expect(assessments.map((a) => [a.ref, a.status]).sort()).toEqual([
      ['DPIA-001', 'in_review'],
      ['DPIA-002', 'signed_off'],
      ['PIPIA-001', 'signed_off'],
      ['PIPIA-002', 'draft'],
    ]);
    const pipia = assessments.find((a) => a.ref === 'PIPIA-001')!;
    expect(pipia).toMatchObject({ retainUntil: '2029-06-15', residualRisk: 'low', unanswered: [] });
    expect(assessments.find((a) => a.ref === 'DPIA-001')).toMatchObject({ residualRisk: 'medium', priorConsultation: false });
    const agenda = await t.call('agenda.list', {});
    expect(agenda.filter((item) => item.kind === 'assessment_review').length).toBe(4);
    expect(agenda.find((item) => item.kind === 'inventory_findings')).toMatchObject({ due: '2026-06-15' });
    const evidence = await t.call('evidence.forControl', { framework: 'soc2', controlId: 'CC3.2', includeCrosswalk: false });
    expect(evidence.filter((e) => e.source.kind === 'record' && e.source.recordType === 'assessment')).toHaveLength(4);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
  });
});
