// Changes to the risk register, each inside a caller's transaction (a procedure's, or the demo's):
// validate against the scales and the catalog, write, audit, keep the search index and the default
// evidence links in step. The procedures and the demo organisation both go through these.
import { randomUUID } from 'node:crypto';
import { AppError, type InputIssue, type Risk, type RiskInput, type RiskScales } from '../../../shared/contract';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { calendarDateOf } from '../isms/record-dates';
import { formatRef, nextSequence } from '../isms/record-sequences';
import { indexRecord, removeRecord } from '../search/search-index';
import type { ChangeTx } from '../workspace/workspace-db';
import { acceptanceIssues, acceptanceStillCovers, controlIssues, type IssuePath, risksBeyondScales, scaleIssues, scalesIssues, uniqueControls } from './risk-rules';
import { deleteRiskRow, getRiskScales, getStoredRisk, riskLevels, saveRisk, saveRiskScales, type RiskAcceptance, type StoredRisk } from './risks-queries';

/** The record type under which risks are audited, indexed and linked as evidence. */
export const RISK_RECORD = 'risk';

function invalid(message: string, issues: InputIssue[]): AppError {
  return new AppError('INVALID_INPUT', message, { issues });
}

function mustGet(tx: ChangeTx, id: string): StoredRisk {
  const stored = getStoredRisk(tx.db, id);
  if (!stored) throw new AppError('NOT_FOUND', 'no such risk', { entity: RISK_RECORD, id });
  return stored;
}

/** `prefix` is where the risk sits in the procedure's input (`['risk']` for an update), so issue paths name the form's field. */
function validate(input: RiskInput, scales: RiskScales, accepted: boolean, prefix: IssuePath): void {
  const issues = [...scaleIssues(input, scales, prefix), ...controlIssues(input.controls, prefix), ...acceptanceIssues(input, scales.appetite, accepted, prefix)];
  if (issues.length > 0) throw invalid('the risk does not fit the register', issues);
}

function afterWrite(tx: ChangeTx, risk: Risk): void {
  indexRecord(tx.db, {
    entityType: RISK_RECORD,
    entityId: risk.id,
    title: `${risk.ref} ${risk.title}`,
    body: [risk.assetOrProcess, risk.threat, risk.vulnerability, risk.treatmentPlan, risk.owner, risk.controls.map((c) => c.controlId).join(' ')].filter(Boolean).join('\n'),
  });
  // A risk assessment is evidence as of its last change (ISO 27001 8.2 / 8.3 records).
  linkRecordByDefault(tx, RISK_RECORD, risk.id, calendarDateOf(risk.updatedAt));
}

function reread(tx: ChangeTx, id: string): Risk {
  return mustGet(tx, id).risk;
}

export function createRisk(tx: ChangeTx, raw: RiskInput, prefix: IssuePath = []): Risk {
  // Validated as sent, so that an issue's index points at the control in the caller's list.
  validate(raw, getRiskScales(tx.db), false, prefix);
  const input = { ...raw, controls: uniqueControls(raw.controls) };
  const id = randomUUID();
  const ref = formatRef('R-', nextSequence(tx.db, 'risk'));
  saveRisk(tx.db, { id, ref, input, acceptance: null, createdAt: tx.at, updatedAt: tx.at });
  const risk = reread(tx, id);
  tx.audit(RISK_RECORD, id, null, risk);
  afterWrite(tx, risk);
  return risk;
}

export function updateRisk(tx: ChangeTx, id: string, raw: RiskInput, prefix: IssuePath = ['risk']): Risk {
  const before = mustGet(tx, id);
  const previous = before.risk.acceptance;
  // An acceptance covers the residual score that was signed off; a higher score needs a new one.
  const acceptance: RiskAcceptance | null =
    previous && before.acceptedScore !== null && acceptanceStillCovers(before.acceptedScore, raw) ? { ...previous, score: before.acceptedScore } : null;
  validate(raw, getRiskScales(tx.db), acceptance !== null, prefix);
  const input = { ...raw, controls: uniqueControls(raw.controls) };
  saveRisk(tx.db, { id, ref: before.risk.ref, input, acceptance, createdAt: before.risk.createdAt, updatedAt: tx.at });
  const risk = reread(tx, id);
  tx.audit(RISK_RECORD, id, before.risk, risk);
  afterWrite(tx, risk);
  return risk;
}

export function deleteRisk(tx: ChangeTx, id: string): void {
  const before = mustGet(tx, id);
  // risk_controls rows go with the risk (ON DELETE CASCADE).
  deleteRiskRow(tx.db, id);
  tx.audit(RISK_RECORD, id, before.risk, null);
  removeRecord(tx.db, RISK_RECORD, id);
  unlinkRecord(tx, RISK_RECORD, id);
}

/** Records the owner's sign-off of the residual risk (ISO 27001 6.1.3 f) and marks the risk accepted. */
export function acceptRisk(tx: ChangeTx, id: string, acceptedBy: string, note: string): Risk {
  const before = mustGet(tx, id);
  if (before.risk.status === 'closed') throw new AppError('CONFLICT', 'a closed risk cannot be accepted', { entity: RISK_RECORD, id, ref: before.risk.ref, status: 'closed' });
  const { createdAt, ref } = before.risk;
  const input: RiskInput = { ...toInput(before.risk), status: 'accepted' };
  const acceptance: RiskAcceptance = { acceptedBy, acceptedAt: tx.at, note, score: before.risk.residualScore };
  saveRisk(tx.db, { id, ref, input, acceptance, createdAt, updatedAt: tx.at });
  const risk = reread(tx, id);
  tx.audit(RISK_RECORD, id, before.risk, risk);
  afterWrite(tx, risk);
  return risk;
}

/** The input fields of a stored risk (what an update would send to leave it unchanged). */
export function toInput(risk: Risk): RiskInput {
  return {
    title: risk.title,
    assetOrProcess: risk.assetOrProcess,
    threat: risk.threat,
    vulnerability: risk.vulnerability,
    owner: risk.owner,
    inherentLikelihood: risk.inherentLikelihood,
    inherentImpact: risk.inherentImpact,
    treatment: risk.treatment,
    treatmentPlan: risk.treatmentPlan,
    controls: risk.controls,
    residualLikelihood: risk.residualLikelihood,
    residualImpact: risk.residualImpact,
    reviewDate: risk.reviewDate,
    status: risk.status,
  };
}

/**
 * Replaces the scales. Refused while a risk uses a level the new scales drop: re-rating those risks
 * is a judgement for their owners, not something to do silently by clamping.
 */
export function updateRiskScales(tx: ChangeTx, scales: RiskScales): RiskScales {
  const issues = scalesIssues(scales);
  if (issues.length > 0) throw invalid('the scales are not consistent', issues);
  const conflicting = risksBeyondScales(riskLevels(tx.db), scales);
  if (conflicting.length > 0) {
    throw new AppError('CONFLICT', `${conflicting.length} risk(s) use levels beyond the new scales`, {
      risks: conflicting,
      likelihoodLevels: scales.likelihood.length,
      impactLevels: scales.impact.length,
    });
  }
  const before = getRiskScales(tx.db);
  saveRiskScales(tx.db, scales, tx.at);
  const after = getRiskScales(tx.db);
  tx.audit('risk_scales', '1', before, after);
  return after;
}
