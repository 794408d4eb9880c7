import { describe, expect, it } from 'vitest';
import { aboveAppetite, buildHeatMap, inCell, riskScore, riskTone, type RiskPosition } from '../../../renderer/src/features/risks/heat-map';

const risk = (id: string, inherent: [number, number], residual: [number, number]): RiskPosition => ({
  id,
  inherentLikelihood: inherent[0],
  inherentImpact: inherent[1],
  residualLikelihood: residual[0],
  residualImpact: residual[1],
});

describe('risk scores against the appetite', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(1, 1)).toBe(1);
  });

  it('is within the appetite up to and including it', () => {
    expect(aboveAppetite(9, 9)).toBe(false);
    expect(aboveAppetite(10, 9)).toBe(true);
  });

  it('bands scores: low up to half the appetite, medium up to it, then high and critical', () => {
    // 5×5 scales, appetite 9: low 1–4, medium 5–9, high 10–17, critical 18–25.
    expect([1, 4, 5, 9, 10, 17, 18, 25].map((score) => riskTone(score, 9, 25))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
    // The smallest appetite still has a low band.
    expect(riskTone(1, 1, 9)).toBe('low');
    expect(riskTone(2, 1, 9)).toBe('high');
    expect(riskTone(9, 1, 9)).toBe('critical');
  });
});

describe('heat map grid', () => {
  const risks = [risk('a', [4, 5], [2, 4]), risk('b', [3, 5], [2, 4]), risk('c', [1, 1], [1, 1])];

  it('draws the highest likelihood on top and impact left to right', () => {
    const map = buildHeatMap([], { likelihood: 5, impact: 5, appetite: 9 }, 'inherent');
    expect(map.rows).toHaveLength(5);
    expect(map.rows.map((row) => row[0]!.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(map.rows[0]!.map((cell) => cell.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(map.rows[0]![4]).toMatchObject({ likelihood: 5, impact: 5, score: 25, tone: 'critical' });
    expect(map.rows[4]![0]).toMatchObject({ likelihood: 1, impact: 1, score: 1, tone: 'low' });
  });

  it('places each risk at its inherent or residual position', () => {
    const inherent = buildHeatMap(risks, { likelihood: 5, impact: 5, appetite: 9 }, 'inherent');
    expect(inherent.rows[1]![4]!.riskIds).toEqual(['a']); // likelihood 4, impact 5
    expect(inherent.rows[2]![4]!.riskIds).toEqual(['b']); // likelihood 3, impact 5
    expect(inherent.rows[4]![0]!.riskIds).toEqual(['c']);
    const residual = buildHeatMap(risks, { likelihood: 5, impact: 5, appetite: 9 }, 'residual');
    expect(residual.rows[3]![3]!.riskIds).toEqual(['a', 'b']); // likelihood 2, impact 4
    const counted = residual.rows.flat().reduce((sum, cell) => sum + cell.riskIds.length, 0);
    expect(counted).toBe(3);
  });

  it('follows the size of the scales and reports risks beyond them', () => {
    const map = buildHeatMap(risks, { likelihood: 3, impact: 4, appetite: 4 }, 'inherent');
    expect(map.rows).toHaveLength(3);
    expect(map.rows.every((row) => row.length === 4)).toBe(true);
    expect(map.outside.sort()).toEqual(['a', 'b']);
    expect(map.rows[2]![0]!.riskIds).toEqual(['c']);
    expect(map.rows[0]![3]).toMatchObject({ score: 12, tone: 'critical' });
  });

  it('filters risks by a selected cell in the same mode', () => {
    expect(risks.filter((r) => inCell(r, { mode: 'residual', likelihood: 2, impact: 4 })).map((r) => r.id)).toEqual(['a', 'b']);
    expect(risks.filter((r) => inCell(r, { mode: 'inherent', likelihood: 2, impact: 4 }))).toEqual([]);
  });
});
