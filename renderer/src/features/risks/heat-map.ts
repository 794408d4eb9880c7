// Risk scores and the heat map: likelihood × impact on the workspace's scales, coloured against the
// risk appetite, and which risks sit in which cell (inherent or residual position).
import type { Risk } from '../../../../shared/contract';

export type RiskTone = 'low' | 'medium' | 'high' | 'critical';
export type HeatMode = 'inherent' | 'residual';

export const TONE_COLORS: Record<RiskTone, string> = { low: 'teal', medium: 'yellow', high: 'orange', critical: 'red' };

export interface ScaleSize {
  likelihood: number;
  impact: number;
  appetite: number;
}

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/**
 * Within the appetite a score is `low` (up to half of it) or `medium`; above it `high`, or
 * `critical` in the upper half of the scores beyond the appetite.
 */
export function riskTone(score: number, appetite: number, maxScore: number): RiskTone {
  if (score <= appetite) return score <= Math.max(1, Math.floor(appetite / 2)) ? 'low' : 'medium';
  const upper = appetite + (maxScore - appetite) / 2;
  return score <= upper ? 'high' : 'critical';
}

export function aboveAppetite(score: number, appetite: number): boolean {
  return score > appetite;
}

export type RiskPosition = Pick<Risk, 'id' | 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>;

export function positionOf(risk: RiskPosition, mode: HeatMode): { likelihood: number; impact: number } {
  return mode === 'inherent' ? { likelihood: risk.inherentLikelihood, impact: risk.inherentImpact } : { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  tone: RiskTone;
  riskIds: string[];
}

export interface HeatMap {
  /** Top row first: the highest likelihood, as heat maps are drawn. Columns by impact, lowest first. */
  rows: HeatCell[][];
  /** Risks whose levels fall outside the scales (should not happen; the backend refuses it). */
  outside: string[];
}

export function buildHeatMap(risks: readonly RiskPosition[], size: ScaleSize, mode: HeatMode): HeatMap {
  const maxScore = size.likelihood * size.impact;
  const rows: HeatCell[][] = [];
  for (let likelihood = size.likelihood; likelihood >= 1; likelihood--) {
    const row: HeatCell[] = [];
    for (let impact = 1; impact <= size.impact; impact++) {
      const score = riskScore(likelihood, impact);
      row.push({ likelihood, impact, score, tone: riskTone(score, size.appetite, maxScore), riskIds: [] });
    }
    rows.push(row);
  }
  const outside: string[] = [];
  for (const risk of risks) {
    const { likelihood, impact } = positionOf(risk, mode);
    if (likelihood < 1 || likelihood > size.likelihood || impact < 1 || impact > size.impact) {
      outside.push(risk.id);
      continue;
    }
    rows[size.likelihood - likelihood]![impact - 1]!.riskIds.push(risk.id);
  }
  return { rows, outside };
}

export interface CellFilter {
  mode: HeatMode;
  likelihood: number;
  impact: number;
}

export function inCell(risk: RiskPosition, filter: CellFilter): boolean {
  const { likelihood, impact } = positionOf(risk, filter.mode);
  return likelihood === filter.likelihood && impact === filter.impact;
}
