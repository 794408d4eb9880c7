// The policy and privacy-notice templates Custos ships: what each one is, which controls a adopted
// copy evidences and how often it is reviewed. The Markdown bodies live in ./templates/<language>/
// and are reached through ./template-bodies.ts, so screens that only list templates stay light.
// Titles and descriptions are translation keys in the `policyTemplates` namespace.
import type { Framework } from '../contract/procedure';

export const POLICY_TEMPLATE_IDS = [
  'information-security-policy',
  'access-control-policy',
  'acceptable-use-policy',
  'backup-policy',
  'cryptography-policy',
  'incident-response-policy',
  'data-retention-policy',
  'supplier-security-policy',
  'training-awareness-policy',
  'gdpr-privacy-notice',
  'ccpa-privacy-policy',
  'ccpa-notice-at-collection',
  'pipl-processing-rules',
] as const;
export type PolicyTemplateId = (typeof POLICY_TEMPLATE_IDS)[number];

export const TEMPLATE_KINDS = ['policy', 'privacy_notice'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const NOTICE_LAWS = ['gdpr', 'ccpa', 'pipl'] as const;
export type NoticeLaw = (typeof NOTICE_LAWS)[number];

/**
 * The requirement list a notice is checked against (./completeness.ts). CCPA has two: the privacy
 * policy (1798.130(a)(5), regs 7011) and the notice at collection (1798.100(a), regs 7012).
 */
export const NOTICE_STANDARDS = ['gdpr', 'ccpa_privacy_policy', 'ccpa_notice_at_collection', 'pipl'] as const;
export type NoticeStandard = (typeof NOTICE_STANDARDS)[number];

export const TEMPLATE_LANGUAGES = ['en', 'zh-CN'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export interface TemplateControlRef {
  readonly framework: Framework;
  /** As the contract writes it: `A.5.1` for ISO Annex A, `CC6.1` for SOC 2. */
  readonly controlId: string;
}

export interface PolicyTemplate {
  readonly id: PolicyTemplateId;
  readonly kind: TemplateKind;
  /** The law a privacy notice serves; null for internal policies. */
  readonly law: NoticeLaw | null;
  /** The completeness requirement list for a notice; null for internal policies. */
  readonly standard: NoticeStandard | null;
  /** Controls an approved copy of the document evidences. */
  readonly controls: readonly TemplateControlRef[];
  /** Default review cycle in months. */
  readonly reviewCycleMonths: number;
  /** `policyTemplates:template.<id>.title`. */
  readonly titleKey: string;
  /** `policyTemplates:template.<id>.description`: one sentence on what the document is for. */
  readonly descriptionKey: string;
}

const iso = (controlId: string): TemplateControlRef => ({ framework: 'iso27001', controlId });
const soc2 = (controlId: string): TemplateControlRef => ({ framework: 'soc2', controlId });

function entry(id: PolicyTemplateId, kind: TemplateKind, standard: NoticeStandard | null, reviewCycleMonths: number, controls: TemplateControlRef[]): PolicyTemplate {
  const law: NoticeLaw | null = standard === null ? null : standard.startsWith('ccpa') ? 'ccpa' : (standard as NoticeLaw);
  return Object.freeze({
    id,
    kind,
    law,
    standard,
    controls: Object.freeze(controls),
    reviewCycleMonths,
    titleKey: `policyTemplates:template.${id}.title`,
    descriptionKey: `policyTemplates:template.${id}.description`,
  });
}

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = Object.freeze([
  // A.5.1 asks for the policy itself; A.5.2 / A.5.4 for the roles and management direction it sets;
  // A.5.36 for checking compliance with it. SOC 2 CC5.3 is control activities deployed through
  // policies; CC1.3 reporting lines and authorities; CC2.2 communicating objectives and duties.
  entry('information-security-policy', 'policy', null, 12, [iso('A.5.1'), iso('A.5.2'), iso('A.5.4'), iso('A.5.36'), soc2('CC5.3'), soc2('CC1.3'), soc2('CC2.2')]),
  entry('access-control-policy', 'policy', null, 12, [
    iso('A.5.15'),
    iso('A.5.16'),
    iso('A.5.17'),
    iso('A.5.18'),
    iso('A.8.2'),
    iso('A.8.3'),
    iso('A.8.5'),
    soc2('CC6.1'),
    soc2('CC6.2'),
    soc2('CC6.3'),
  ]),
  entry('acceptable-use-policy', 'policy', null, 12, [iso('A.5.10'), iso('A.5.11'), iso('A.6.7'), iso('A.7.7'), iso('A.8.1'), soc2('CC2.2'), soc2('CC5.3'), soc2('CC6.8')]),
  entry('backup-policy', 'policy', null, 12, [iso('A.8.13'), iso('A.5.30'), soc2('A1.2'), soc2('A1.3'), soc2('CC7.5')]),
  entry('cryptography-policy', 'policy', null, 12, [iso('A.8.24'), iso('A.5.14'), soc2('CC6.1'), soc2('CC6.7')]),
  entry('incident-response-policy', 'policy', null, 12, [
    iso('A.5.24'),
    iso('A.5.25'),
    iso('A.5.26'),
    iso('A.5.27'),
    iso('A.5.28'),
    iso('A.5.5'),
    iso('A.6.8'),
    soc2('CC7.3'),
    soc2('CC7.4'),
    soc2('CC7.5'),
    soc2('P6.6'),
  ]),
  entry('data-retention-policy', 'policy', null, 12, [iso('A.5.33'), iso('A.8.10'), iso('A.7.14'), iso('A.5.34'), soc2('C1.1'), soc2('C1.2'), soc2('P4.2'), soc2('P4.3'), soc2('CC6.5')]),
  entry('supplier-security-policy', 'policy', null, 12, [iso('A.5.19'), iso('A.5.20'), iso('A.5.21'), iso('A.5.22'), iso('A.5.23'), soc2('CC9.2'), soc2('P6.4'), soc2('P6.5')]),
  entry('training-awareness-policy', 'policy', null, 12, [iso('A.6.3'), iso('A.6.2'), soc2('CC1.4'), soc2('CC2.2')]),
  entry('gdpr-privacy-notice', 'privacy_notice', 'gdpr', 12, [iso('A.5.34'), soc2('P1.1'), soc2('P2.1')]),
  // Cal. Civ. Code 1798.130(a)(5): the privacy policy is updated at least once every 12 months.
  entry('ccpa-privacy-policy', 'privacy_notice', 'ccpa_privacy_policy', 12, [iso('A.5.34'), soc2('P1.1')]),
  entry('ccpa-notice-at-collection', 'privacy_notice', 'ccpa_notice_at_collection', 12, [iso('A.5.34'), soc2('P1.1')]),
  entry('pipl-processing-rules', 'privacy_notice', 'pipl', 12, [iso('A.5.34'), soc2('P1.1'), soc2('P2.1'), soc2('P3.2')]),
]);

const BY_ID: ReadonlyMap<string, PolicyTemplate> = new Map(POLICY_TEMPLATES.map((template) => [template.id, template]));

export function isPolicyTemplateId(value: unknown): value is PolicyTemplateId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function getPolicyTemplate(id: PolicyTemplateId): PolicyTemplate {
  const template = BY_ID.get(id);
  if (!template) throw new Error(`unknown policy template ${id}`);
  return template;
}
