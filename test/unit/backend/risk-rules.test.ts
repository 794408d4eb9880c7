// The risk register's rules without a database: scores, scales, catalog controls, acceptance.
import { describe, expect, it } from 'vitest';
import type { RiskInput, RiskScales } from '../../../shared/contract';
import {
  acceptanceIssues,
  acceptanceStillCovers,
  controlIssues,
  maxScore,
  needsAcceptance,
  risksBeyondScales,
  riskScore,
  scaleIssues,
  scalesIssues,
  uniqueControls,
} from '../../../electron/backend/risks/risk-rules';
import { DEFAULT_RISK_SCALES } from '../../../electron/backend/workspace/migrations/003-risks-isms';

const scales: RiskScales = {
  likelihood: DEFAULT_RISK_SCALES.likelihood.map((l) => ({ ...l, label: { ...l.label } })),
  impact: DEFAULT_RISK_SCALES.impact.map((l) => ({ ...l, label: { ...l.label } })),
  appetite: DEFAULT_RISK_SCALES.appetite,
};

const risk: RiskInput = {
  title: 'Ransomware on the analytics cluster',
  assetOrProcess: '',
  threat: '',
  vulnerability: '',
  owner: '',
  inherentLikelihood: 4,
  inherentImpact: 5,
  treatment: 'accept',
  treatmentPlan: '',
  controls: [],
  residualLikelihood: 3,
  residualImpact: 4,
  reviewDate: null,
  status: 'open',
};

describe('scores', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(1, 1)).toBe(1);
    expect(maxScore(scales)).toBe(25);
  });
});

describe('fitting the scales', () => {
  it('accepts levels within the scales', () => {
    expect(scaleIssues(risk, scales)).toEqual([]);
  });

  it('names each level beyond the scales, under the given prefix', () => {
    const issues = scaleIssues({ ...risk, inherentLikelihood: 6, residualImpact: 7 }, scales, ['risk']);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['risk', 'inherentLikelihood'], 'out_of_scale'],
      [['risk', 'residualImpact'], 'out_of_scale'],
    ]);
  });

  it('lists the risks a smaller scale would not fit', () => {
    const levels = [
      { ref: 'R-001', inherentLikelihood: 5, inherentImpact: 2, residualLikelihood: 2, residualImpact: 2 },
      { ref: 'R-002', inherentLikelihood: 3, inherentImpact: 3, residualLikelihood: 1, residualImpact: 1 },
      { ref: 'R-003', inherentLikelihood: 1, inherentImpact: 1, residualLikelihood: 1, residualImpact: 4 },
    ];
    const three = { likelihood: scales.likelihood.slice(0, 3), impact: scales.impact.slice(0, 3) };
    expect(risksBeyondScales(levels, three)).toEqual(['R-001', 'R-003']);
    expect(risksBeyondScales(levels, scales)).toEqual([]);
  });

  it('refuses an appetite no score can exceed', () => {
    expect(scalesIssues({ ...scales, appetite: 26 })[0]).toMatchObject({ path: ['appetite'], code: 'above_max_score' });
    expect(scalesIssues({ ...scales, appetite: 25 })).toEqual([]);
  });
});

describe('treating controls', () => {
  it('accepts catalog controls of either framework', () => {
    expect(
      controlIssues([
        { framework: 'iso27001', controlId: 'A.8.7' },
        { framework: 'soc2', controlId: 'CC6.1' },
      ]),
    ).toEqual([]);
  });

  it('names the control that is not in its framework', () => {
    const issues = controlIssues([
      { framework: 'iso27001', controlId: 'A.8.7' },
      { framework: 'iso27001', controlId: 'A.8.99' },
      { framework: 'iso27001', controlId: 'CC6.1' },
    ]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['controls', 1, 'controlId'], 'unknown_control'],
      [['controls', 2, 'controlId'], 'unknown_control'],
    ]);
  });

  it('keeps one of each control, in first-mention order', () => {
    expect(
      uniqueControls([
        { framework: 'iso27001', controlId: 'A.8.13' },
        { framework: 'iso27001', controlId: 'A.8.7' },
        { framework: 'iso27001', controlId: 'A.8.13' },
      ]),
    ).toEqual([
      { framework: 'iso27001', controlId: 'A.8.13' },
      { framework: 'iso27001', controlId: 'A.8.7' },
    ]);
  });
});

describe('acceptance', () => {
  it('is needed for an accepted risk left above the appetite', () => {
    expect(needsAcceptance(risk, 9)).toBe(true); // 3 × 4 = 12 > 9
    expect(needsAcceptance({ ...risk, residualImpact: 3 }, 9)).toBe(false); // 9 is within the appetite
    expect(needsAcceptance({ ...risk, treatment: 'mitigate' }, 9)).toBe(false);
  });

  it('blocks the accepted status until signed off', () => {
    expect(acceptanceIssues({ ...risk, status: 'accepted' }, 9, false, ['risk'])[0]).toMatchObject({ path: ['risk', 'status'], code: 'acceptance_required' });
    expect(acceptanceIssues({ ...risk, status: 'accepted' }, 9, true)).toEqual([]);
    expect(acceptanceIssues({ ...risk, status: 'treating' }, 9, false)).toEqual([]);
  });

  it('covers the signed-off score and anything lower, not a higher one', () => {
    expect(acceptanceStillCovers(12, risk)).toBe(true);
    expect(acceptanceStillCovers(12, { residualLikelihood: 2, residualImpact: 4 })).toBe(true);
    expect(acceptanceStillCovers(12, { residualLikelihood: 4, residualImpact: 4 })).toBe(false);
    expect(acceptanceStillCovers(null, risk)).toBe(false);
  });
});
