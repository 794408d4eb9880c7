// Text generated from a template and the workspace's facts, the completeness check of a notice, and
// drift: whether the text the current inventory would generate differs from what an approved notice
// was generated from.
import type { Completeness, NoticeDrift, NoticeStandard } from '../../../shared/contract';
import { checkCompleteness } from '../../../shared/policies/completeness';
import { fillTemplate } from '../../../shared/policies/fill-template';
import type { DocumentFacts, NoticeFacts, PolicyFacts } from '../../../shared/policies/notice-facts';
import { redline } from '../../../shared/policies/redline';
import { getTemplateBody } from '../../../shared/policies/template-bodies';
import { getPolicyTemplate, isPolicyTemplateId, type PolicyTemplate } from '../../../shared/policies/template-catalog';
import type { Db } from '../workspace/sqlcipher';
import { factsHash, noticeFacts, policyFacts } from './notice-facts-builder';
import type { PolicyRow, VersionRow } from './policies-queries';

export interface Generated {
  templateId: string;
  markdown: string;
  facts: string;
  factsHash: string;
}

export function templateOf(templateId: string | null): PolicyTemplate | null {
  return templateId && isPolicyTemplateId(templateId) ? getPolicyTemplate(templateId) : null;
}

/** The default requirement list of a law, for notices written without a template. */
export function defaultStandard(law: 'gdpr' | 'ccpa' | 'pipl'): NoticeStandard {
  return law === 'ccpa' ? 'ccpa_privacy_policy' : law;
}

function factsFor(db: Db, kind: PolicyRow['kind'], document: DocumentFacts, lastUpdated: string): PolicyFacts | NoticeFacts {
  return kind === 'privacy_notice' ? noticeFacts(db, document, lastUpdated) : policyFacts(db, document);
}

function render(template: PolicyTemplate, language: PolicyRow['language'], facts: PolicyFacts | NoticeFacts): string {
  return fillTemplate(getTemplateBody(template.id, language), facts, language);
}

/** Fills a template with the workspace's facts as of `date` (YYYY-MM-DD). */
export function generate(
  db: Db,
  policy: Pick<PolicyRow, 'kind' | 'language' | 'owner' | 'review_cycle_months'>,
  template: PolicyTemplate,
  date: string,
  versionNumber: number,
): Generated {
  const document: DocumentFacts = { effectiveDate: date, reviewCycleMonths: policy.review_cycle_months, owner: policy.owner, version: String(versionNumber) };
  const facts = factsFor(db, policy.kind, document, date);
  return { templateId: template.id, markdown: render(template, policy.language, facts), facts: JSON.stringify(facts), factsHash: factsHash(facts) };
}

/** The notice's completeness checklist; null for internal policies. */
export function completenessOf(policy: Pick<PolicyRow, 'kind' | 'law' | 'standard' | 'language'>, markdown: string): Completeness | null {
  if (policy.kind !== 'privacy_notice' || !policy.law) return null;
  const standard = policy.standard ?? defaultStandard(policy.law);
  const report = checkCompleteness(standard, markdown, policy.language);
  const items = report.items.map((item) => ({
    id: item.requirement.id,
    labelKey: item.requirement.labelKey,
    referenceKey: item.requirement.referenceKey,
    hintKey: item.requirement.hintKey,
    conditional: item.requirement.conditional,
    covered: item.covered,
    match: item.match,
  }));
  const missing = items.filter((item) => !item.covered && !item.conditional).map((item) => item.id);
  return { law: policy.law, standard, items, covered: report.covered, total: report.total, missing, complete: missing.length === 0 };
}

export interface DriftCheck extends NoticeDrift {
  regenerated: string | null;
}

const NO_DRIFT: DriftCheck = { drifted: false, version: null, ops: [], inserted: 0, deleted: 0, baselineAt: null, regenerated: null };

/**
 * Drift of a notice's version: the current facts (with the version's own document facts, so dates
 * and version labels do not count) regenerate the template; when that text differs from the text
 * generated at the time, the inventory has drifted. `withRedline` adds the redline from the version's
 * text to the regenerated one.
 */
export function driftOf(db: Db, policy: PolicyRow, version: VersionRow | null, withRedline: boolean): DriftCheck {
  if (policy.kind !== 'privacy_notice' || !version) return NO_DRIFT;
  const template = templateOf(version.template_id);
  const base = { ...NO_DRIFT, version: { id: version.id, number: version.number }, baselineAt: version.generated_at };
  if (!template || !version.facts || version.generated_markdown === null) return base;
  const baseline = JSON.parse(version.facts) as NoticeFacts;
  const current = noticeFacts(db, baseline.document, baseline.lastUpdated);
  if (factsHash(current) === version.facts_hash) return base;
  const regenerated = render(template, policy.language, current);
  if (regenerated === version.generated_markdown) return base;
  if (!withRedline) return { ...base, drifted: true, regenerated };
  const diff = redline(version.markdown, regenerated);
  return { ...base, drifted: true, regenerated, ops: diff.ops, inserted: diff.inserted, deleted: diff.deleted };
}
