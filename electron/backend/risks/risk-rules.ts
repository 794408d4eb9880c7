// The risk register's rules as pure functions over plain values, so they can be tested without a
// database: scores, fitting a risk to the scales, catalog controls, and when an acceptance is needed.
import type { InputIssue, RiskInput, RiskScales } from '../../../shared/contract';
import { getControl } from '../../../shared/frameworks';

/** Where a problem sits in a procedure's input, as zod would name it. */
export type IssuePath = InputIssue['path'];

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The highest score the scales allow. */
export function maxScore(scales: Pick<RiskScales, 'likelihood' | 'impact'>): number {
  return scales.likelihood.length * scales.impact.length;
}

const LIKELIHOOD_FIELDS = ['inherentLikelihood', 'residualLikelihood'] as const;
const IMPACT_FIELDS = ['inherentImpact', 'residualImpact'] as const;

type RiskLevels = Pick<RiskInput, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>;

/** One issue per level that the current scales do not have. */
export function scaleIssues(risk: RiskLevels, scales: RiskScales, prefix: IssuePath = []): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const field of LIKELIHOOD_FIELDS) {
    if (risk[field] > scales.likelihood.length) {
      issues.push({ path: [...prefix, field], code: 'out_of_scale', message: `${field} ${risk[field]} is beyond the likelihood scale (1–${scales.likelihood.length})` });
    }
  }
  for (const field of IMPACT_FIELDS) {
    if (risk[field] > scales.impact.length) {
      issues.push({ path: [...prefix, field], code: 'out_of_scale', message: `${field} ${risk[field]} is beyond the impact scale (1–${scales.impact.length})` });
    }
  }
  return issues;
}

/** Treating controls must be catalog controls of the framework they name. */
export function controlIssues(controls: RiskInput['controls'], prefix: IssuePath = []): InputIssue[] {
  const issues: InputIssue[] = [];
  controls.forEach((control, index) => {
    if (!getControl(control.framework, control.controlId)) {
      issues.push({ path: [...prefix, 'controls', index, 'controlId'], code: 'unknown_control', message: `${control.controlId} is not a ${control.framework} control` });
    }
  });
  return issues;
}

/** The same control named twice is one treating control; the first mention keeps its place. */
export function uniqueControls(controls: RiskInput['controls']): RiskInput['controls'] {
  const seen = new Set<string>();
  return controls.filter((control) => {
    const key = `${control.framework}:${control.controlId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A risk left above the appetite on purpose (treatment `accept`) may only be marked `accepted` once
 * the risk owner has signed the acceptance off (ISO 27001 6.1.3 f); `risks.accept` records that.
 */
export function needsAcceptance(risk: Pick<RiskInput, 'treatment' | 'residualLikelihood' | 'residualImpact'>, appetite: number): boolean {
  return risk.treatment === 'accept' && riskScore(risk.residualLikelihood, risk.residualImpact) > appetite;
}

export function acceptanceIssues(
  risk: Pick<RiskInput, 'treatment' | 'residualLikelihood' | 'residualImpact' | 'status'>,
  appetite: number,
  accepted: boolean,
  prefix: IssuePath = [],
): InputIssue[] {
  if (risk.status !== 'accepted' || accepted || !needsAcceptance(risk, appetite)) return [];
  return [
    {
      path: [...prefix, 'status'],
      code: 'acceptance_required',
      message: `residual score ${riskScore(risk.residualLikelihood, risk.residualImpact)} is above the appetite (${appetite}): record the owner's acceptance first`,
    },
  ];
}

/**
 * Whether a recorded acceptance still covers the risk after a change: the sign-off was for a given
 * residual score, so a higher one needs a new sign-off; a lower one stays covered.
 */
export function acceptanceStillCovers(acceptedScore: number | null, risk: Pick<RiskInput, 'residualLikelihood' | 'residualImpact'>): boolean {
  return acceptedScore !== null && riskScore(risk.residualLikelihood, risk.residualImpact) <= acceptedScore;
}

/** Problems with the scales themselves that zod cannot see (the appetite must be reachable). */
export function scalesIssues(scales: RiskScales): InputIssue[] {
  const max = maxScore(scales);
  if (scales.appetite > max) return [{ path: ['appetite'], code: 'above_max_score', message: `the appetite ${scales.appetite} is above the highest score the scales allow (${max})` }];
  return [];
}

/** The references of the risks that use a level the new scales would not have. */
export function risksBeyondScales(risks: readonly (RiskLevels & { ref: string })[], scales: Pick<RiskScales, 'likelihood' | 'impact'>): string[] {
  return risks
    .filter(
      (risk) =>
        Math.max(risk.inherentLikelihood, risk.residualLikelihood) > scales.likelihood.length || Math.max(risk.inherentImpact, risk.residualImpact) > scales.impact.length,
    )
    .map((risk) => risk.ref);
}
