// The risk register's reads and writes: pure functions over a database handle, no rules (those are
// in risk-rules.ts and risk-changes.ts). Column names `risks.id, ref, title, residual_likelihood,
// residual_impact, status` and `risk_controls (risk_id, framework, control_id)` are read by the
// controls area for the Statement of Applicability: keep them.
import type { Framework, Risk, RiskInput, RiskScales } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';

interface RiskRow {
  id: string;
  ref: string;
  title: string;
  asset_or_process: string;
  threat: string;
  vulnerability: string;
  owner: string;
  inherent_likelihood: number;
  inherent_impact: number;
  inherent_score: number;
  treatment: Risk['treatment'];
  treatment_plan: string;
  residual_likelihood: number;
  residual_impact: number;
  residual_score: number;
  review_date: string | null;
  status: Risk['status'];
  accepted_by: string | null;
  accepted_at: string | null;
  acceptance_note: string | null;
  accepted_score: number | null;
  created_at: string;
  updated_at: string;
}

interface RiskControlRow {
  risk_id: string;
  framework: Framework;
  control_id: string;
}

/** A stored risk with the score its acceptance covered (not part of the contract's record). */
export interface StoredRisk {
  risk: Risk;
  acceptedScore: number | null;
}

const RISK_COLUMNS = `id, ref, title, asset_or_process, threat, vulnerability, owner, inherent_likelihood, inherent_impact, inherent_score,
  treatment, treatment_plan, residual_likelihood, residual_impact, residual_score, review_date, status,
  accepted_by, accepted_at, acceptance_note, accepted_score, created_at, updated_at`;

function toRisk(row: RiskRow, controls: Risk['controls']): Risk {
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    assetOrProcess: row.asset_or_process,
    threat: row.threat,
    vulnerability: row.vulnerability,
    owner: row.owner,
    inherentLikelihood: row.inherent_likelihood,
    inherentImpact: row.inherent_impact,
    inherentScore: row.inherent_score,
    treatment: row.treatment,
    treatmentPlan: row.treatment_plan,
    controls,
    residualLikelihood: row.residual_likelihood,
    residualImpact: row.residual_impact,
    residualScore: row.residual_score,
    reviewDate: row.review_date,
    status: row.status,
    acceptance: row.accepted_by !== null && row.accepted_at !== null ? { acceptedBy: row.accepted_by, acceptedAt: row.accepted_at, note: row.acceptance_note ?? '' } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function controlsOf(db: Db, riskId: string): Risk['controls'] {
  return db
    .prepare<[string], RiskControlRow>('SELECT risk_id, framework, control_id FROM risk_controls WHERE risk_id = ? ORDER BY position')
    .all(riskId)
    .map((row) => ({ framework: row.framework, controlId: row.control_id }));
}

export function getStoredRisk(db: Db, id: string): StoredRisk | null {
  const row = db.prepare<[string], RiskRow>(`SELECT ${RISK_COLUMNS} FROM risks WHERE id = ?`).get(id);
  return row ? { risk: toRisk(row, controlsOf(db, id)), acceptedScore: row.accepted_score } : null;
}

export function getRisk(db: Db, id: string): Risk | null {
  return getStoredRisk(db, id)?.risk ?? null;
}

/** The register in reference order (R-999 before R-1000), each risk with its treating controls (two queries in all). */
export function listRisks(db: Db): Risk[] {
  const controls = new Map<string, Risk['controls']>();
  for (const row of db.prepare<[], RiskControlRow>('SELECT risk_id, framework, control_id FROM risk_controls ORDER BY risk_id, position').all()) {
    const list = controls.get(row.risk_id) ?? [];
    list.push({ framework: row.framework, controlId: row.control_id });
    controls.set(row.risk_id, list);
  }
  return db
    .prepare<[], RiskRow>(`SELECT ${RISK_COLUMNS} FROM risks ORDER BY length(ref), ref`)
    .all()
    .map((row) => toRisk(row, controls.get(row.id) ?? []));
}

export interface RiskAcceptance {
  acceptedBy: string;
  acceptedAt: string;
  note: string;
  score: number;
}

/** Inserts or replaces a risk's row and its treating controls. */
export function saveRisk(db: Db, record: { id: string; ref: string; input: RiskInput; acceptance: RiskAcceptance | null; createdAt: string; updatedAt: string }): void {
  const { input, acceptance } = record;
  db.prepare(
    `INSERT INTO risks (id, ref, title, asset_or_process, threat, vulnerability, owner, inherent_likelihood, inherent_impact, treatment,
       treatment_plan, residual_likelihood, residual_impact, review_date, status, accepted_by, accepted_at, acceptance_note, accepted_score, created_at, updated_at)
     VALUES (@id, @ref, @title, @assetOrProcess, @threat, @vulnerability, @owner, @inherentLikelihood, @inherentImpact, @treatment,
       @treatmentPlan, @residualLikelihood, @residualImpact, @reviewDate, @status, @acceptedBy, @acceptedAt, @acceptanceNote, @acceptedScore, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, asset_or_process = excluded.asset_or_process, threat = excluded.threat,
       vulnerability = excluded.vulnerability, owner = excluded.owner, inherent_likelihood = excluded.inherent_likelihood,
       inherent_impact = excluded.inherent_impact, treatment = excluded.treatment, treatment_plan = excluded.treatment_plan,
       residual_likelihood = excluded.residual_likelihood, residual_impact = excluded.residual_impact, review_date = excluded.review_date,
       status = excluded.status, accepted_by = excluded.accepted_by, accepted_at = excluded.accepted_at,
       acceptance_note = excluded.acceptance_note, accepted_score = excluded.accepted_score, updated_at = excluded.updated_at`,
  ).run({
    id: record.id,
    ref: record.ref,
    title: input.title,
    assetOrProcess: input.assetOrProcess,
    threat: input.threat,
    vulnerability: input.vulnerability,
    owner: input.owner,
    inherentLikelihood: input.inherentLikelihood,
    inherentImpact: input.inherentImpact,
    treatment: input.treatment,
    treatmentPlan: input.treatmentPlan,
    residualLikelihood: input.residualLikelihood,
    residualImpact: input.residualImpact,
    reviewDate: input.reviewDate,
    status: input.status,
    acceptedBy: acceptance?.acceptedBy ?? null,
    acceptedAt: acceptance?.acceptedAt ?? null,
    acceptanceNote: acceptance?.note ?? null,
    acceptedScore: acceptance?.score ?? null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
  db.prepare('DELETE FROM risk_controls WHERE risk_id = ?').run(record.id);
  const insert = db.prepare('INSERT INTO risk_controls (risk_id, framework, control_id, position) VALUES (?, ?, ?, ?)');
  input.controls.forEach((control, position) => insert.run(record.id, control.framework, control.controlId, position));
}

export function deleteRiskRow(db: Db, id: string): void {
  db.prepare('DELETE FROM risks WHERE id = ?').run(id);
}

/** Every risk's levels, for checking a change of scales. */
export function riskLevels(db: Db): { ref: string; inherentLikelihood: number; inherentImpact: number; residualLikelihood: number; residualImpact: number }[] {
  return db
    .prepare<[], { ref: string; inherentLikelihood: number; inherentImpact: number; residualLikelihood: number; residualImpact: number }>(
      `SELECT ref, inherent_likelihood AS inherentLikelihood, inherent_impact AS inherentImpact,
         residual_likelihood AS residualLikelihood, residual_impact AS residualImpact
       FROM risks ORDER BY length(ref), ref`,
    )
    .all();
}

interface ScalesRow {
  likelihood: string;
  impact: string;
  appetite: number;
}

export function getRiskScales(db: Db): RiskScales {
  const row = db.prepare<[], ScalesRow>('SELECT likelihood, impact, appetite FROM risk_scales WHERE id = 1').get();
  // Migration 003 writes the row and nothing deletes it.
  if (!row) throw new Error('risk_scales row is missing');
  return { likelihood: JSON.parse(row.likelihood) as RiskScales['likelihood'], impact: JSON.parse(row.impact) as RiskScales['impact'], appetite: row.appetite };
}

export function saveRiskScales(db: Db, scales: RiskScales, at: string): void {
  db.prepare('UPDATE risk_scales SET likelihood = ?, impact = ?, appetite = ?, updated_at = ? WHERE id = 1').run(
    JSON.stringify(scales.likelihood.map((level) => ({ value: level.value, label: { en: level.label.en, 'zh-CN': level.label['zh-CN'] } }))),
    JSON.stringify(scales.impact.map((level) => ({ value: level.value, label: { en: level.label.en, 'zh-CN': level.label['zh-CN'] } }))),
    scales.appetite,
    at,
  );
}
