// What report.pdf says beyond the pack's contents, read from the workspace as it stood at the end of
// the period: the ISMS scope, the Statement of Applicability, the information security policy in
// force, risks, objectives, training rates, internal audits with findings and corrective actions,
// management reviews, and the framework's coverage for the period.
import type { Coverage, CorrectiveAction, Finding, InternalAudit, IsmsScope, ManagementReview, Objective, Risk } from '../../../../shared/contract';
import { buildSoa, type Soa } from '../../exports/soa-export';
import { computeCoverage } from '../../frameworks/coverage';
import { listControlRows } from '../../frameworks/controls-queries';
import { readFrameworkSettings } from '../../frameworks/framework-settings';
import { ACTION_RECORD, listActions } from '../../isms/corrective-actions';
import { AUDIT_RECORD, FINDING_RECORD, listAudits, listFindings } from '../../isms/internal-audits';
import { getIsmsScope, SCOPE_RECORD } from '../../isms/isms-scope';
import { listReviews, REVIEW_RECORD } from '../../isms/management-reviews';
import { listObjectives, OBJECTIVE_RECORD } from '../../isms/objectives';
import { RISK_RECORD } from '../../risks/risk-changes';
import { getRiskScales, listRisks } from '../../risks/risks-queries';
import { monthlyRates, rateHistory } from '../../training/training-rates';
import { controlEntityId } from '../../search/search-links';
import type { Db } from '../../workspace/sqlcipher';
import type { AsOf } from '../contents/as-of';
import type { PackContext } from '../pack-types';

export interface PolicyInForce {
  title: string;
  version: number;
  approvedBy: string | null;
  approvedAt: string | null;
  sha256: string | null;
}

export interface TrainingFigures {
  total: number;
  done: number;
  rate: number;
  byCourse: { label: string; total: number; done: number; rate: number }[];
  /** The rate at the end of each of the 12 months up to the end of the period. */
  monthly: { month: string; total: number; done: number; rate: number }[];
}

export interface ReportData {
  scope: IsmsScope | null;
  soc2Categories: readonly string[];
  soa: Soa | null;
  policy: PolicyInForce | null;
  risks: Risk[];
  riskAppetite: number;
  objectives: Objective[];
  training: TrainingFigures;
  audits: (InternalAudit & { findings: number })[];
  findings: (Finding & { auditRef: string })[];
  actions: CorrectiveAction[];
  reviews: ManagementReview[];
  coverage: Coverage;
}

function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

const INFORMATION_SECURITY_TEMPLATE = 'information-security-policy';

/**
 * The information security policy (ISO 27001 5.2) in force at `asOf`: the policy made from the
 * information security template (else one whose slug says so), and of it the newest version
 * approved by then and not yet superseded or retired.
 */
function policyInForce(db: Db, asOf: string): PolicyInForce | null {
  if (!tableExists(db, 'policies') || !tableExists(db, 'policy_versions')) return null;
  const row = db
    .prepare<[string, string, string], { title: string; number: number; approved_by: string | null; approved_at: string | null; sha256: string | null }>(
      `SELECT v.title, v.number, v.approved_by, v.approved_at, v.sha256
         FROM policies p JOIN policy_versions v ON v.policy_id = p.id
        WHERE p.kind = 'policy' AND (p.template_id = ? OR p.slug LIKE '%information-security%')
          AND v.approved_at IS NOT NULL AND v.approved_at <= ? AND (v.ended_at IS NULL OR v.ended_at > ?)
        ORDER BY p.template_id IS NULL, p.created_at, p.id, v.number DESC
        LIMIT 1`,
    )
    .get(INFORMATION_SECURITY_TEMPLATE, asOf, asOf);
  if (!row) return null;
  return { title: row.title, version: row.number, approvedBy: row.approved_by, approvedAt: row.approved_at, sha256: row.sha256 };
}

export function readReportData(ctx: PackContext, history: AsOf): ReportData {
  const { db, asOf, period } = ctx;
  const framework = ctx.options.framework;
  const rollBack = <T extends { id: string }>(entityType: string, current: readonly T[]): T[] => history.rollBack([entityType], current);
  const currentScope = getIsmsScope(db);
  const scope = rollBack(SCOPE_RECORD, currentScope.updatedAt === null ? [] : [{ ...currentScope, id: '1' }])[0] ?? null;

  const soa =
    framework === 'iso27001'
      ? buildSoa({
          language: ctx.options.locale,
          organisation: ctx.workspace.organisationName,
          date: period.to,
          generatedAt: new Date(ctx.generatedAt),
          // Decisions (applicability, justification, reasons, status) as they stood at the end of the period.
          rows: rollBack(
            'control',
            listControlRows(db, 'iso27001', period.to).map((row) => ({ ...row, id: controlEntityId('iso27001', row.controlId) })),
          ),
        })
      : null;

  const risks = rollBack(RISK_RECORD, listRisks(db)).sort((a, b) => a.ref.length - b.ref.length || a.ref.localeCompare(b.ref));
  const objectives = rollBack(OBJECTIVE_RECORD, listObjectives(db));
  // The audit programme and the reviews as recorded at the end of the period, including audits then
  // still planned: the programme looks ahead.
  const audits = rollBack(AUDIT_RECORD, listAudits(db)).sort((a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.ref.length - b.ref.length || a.ref.localeCompare(b.ref));
  const auditRefs = new Map(audits.map((audit) => [audit.id, audit.ref]));
  const currentFindings = listAudits(db).flatMap((audit) => listFindings(db, audit.id));
  const findings = rollBack(FINDING_RECORD, currentFindings)
    .filter((finding) => auditRefs.has(finding.auditId))
    .map((finding) => ({ ...finding, auditRef: auditRefs.get(finding.auditId) ?? '' }))
    .sort((a, b) => a.ref.length - b.ref.length || a.ref.localeCompare(b.ref));
  const findingIds = new Set(findings.map((finding) => finding.id));
  const actions = rollBack<CorrectiveAction>(ACTION_RECORD, listActions(db, false)).filter((action) => findingIds.has(action.findingId));
  const reviews = rollBack(REVIEW_RECORD, listReviews(db)).sort((a, b) => a.date.localeCompare(b.date));
  const audited = audits.map((audit) => ({ ...audit, findings: findings.filter((finding) => finding.auditId === audit.id).length }));

  // Rates from the completions on record at the end of the period (not today's due dates).
  const monthly = monthlyRates(db, period.to);
  const atEnd = monthly.at(-1) ?? { total: 0, done: 0, rate: 0 };
  const training: TrainingFigures = {
    total: atEnd.total,
    done: atEnd.done,
    rate: atEnd.rate,
    byCourse: rateHistory(db, period.to, 'course').series.map((series) => {
      const point = series.points.at(-1) ?? { total: 0, done: 0, rate: 0 };
      return { label: series.label, total: point.total, done: point.done, rate: point.rate };
    }),
    monthly: monthly.map((point) => ({ month: point.month, total: point.total, done: point.done, rate: point.rate })),
  };

  return {
    scope,
    soc2Categories: readFrameworkSettings(db).soc2Categories,
    soa,
    policy: policyInForce(db, asOf),
    risks,
    riskAppetite: getRiskScales(db).appetite,
    objectives,
    training,
    audits: audited,
    findings,
    actions,
    reviews,
    coverage: computeCoverage(db, framework, { from: period.from, to: period.to }, period.to),
  };
}
