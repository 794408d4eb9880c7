// The demo organisation's policies and notices, with history: an information security policy in
// its second published version (the first superseded, acknowledged by staff), an access control
// policy with a revision in review, a backup policy overdue for review, an acceptable use policy
// still in draft, a retired remote-working policy, a PIPL personal-information processing rules
// document in Chinese, and a GDPR privacy notice approved before the website analytics activity was
// recorded in the inventory, so it shows as drifted. Owners are roles; approvers are people.
import type { PersonInput } from '../../../shared/contract';
import { fillTemplate } from '../../../shared/policies/fill-template';
import type { NoticeFacts } from '../../../shared/policies/notice-facts';
import { getTemplateBody } from '../../../shared/policies/template-bodies';
import { addDays } from '../frameworks/calendar-dates';
import { factsHash } from '../policies/notice-facts-builder';
import { getPolicyRow, getVersionRow, POLICY_VERSION_RECORD, updateDraftRow } from '../policies/policies-queries';
import {
  acknowledge,
  approveVersion,
  createPolicy,
  publishVersion,
  retirePolicy,
  sha256Hex,
  saveDraft,
  startDraft,
  submitForReview,
} from '../policies/policy-changes';
import { completenessOf } from '../policies/policy-generation';
import { createTrainingPerson } from '../training/training-people';
import type { ChangeTx } from '../workspace/workspace-db';
import { PEOPLE } from './people';

const STAFF: readonly PersonInput[] = [
  { name: 'Ciarán Walsh', email: 'ciaran.walsh@meridian-analytics.example', department: 'Executive' },
  { name: 'Niamh O’Connor', email: 'niamh.oconnor@meridian-analytics.example', department: 'Information Security' },
  { name: 'Aoife Brennan', email: 'dpo@meridian-analytics.example', department: 'Legal and Privacy' },
  { name: 'Emma Fitzgerald', email: 'emma.fitzgerald@meridian-analytics.example', department: 'Legal and Privacy' },
  { name: 'Daniel Okafor', email: 'daniel.okafor@meridian-analytics.example', department: 'Platform Engineering' },
  { name: 'Priya Raman', email: 'priya.raman@meridian-analytics.example', department: 'Engineering (San Francisco)' },
  { name: 'Tomás Ryan', email: 'tomas.ryan@meridian-analytics.example', department: 'IT Operations' },
  { name: 'Sarah Kim', email: 'sarah.kim@meridian-analytics.example', department: 'People Operations' },
  { name: '李伟', email: 'li.wei@meridian-analytics.example', department: '上海办公室' },
  { name: '王芳', email: 'wang.fang@meridian-analytics.example', department: '上海办公室 客户支持' },
  { name: 'Seán Murphy', email: 'sean.murphy@meridian-analytics.example', department: 'Customer Support' },
  { name: 'Maria Rossi', email: 'maria.rossi@meridian-analytics.example', department: 'Data Science' },
];

const REMOTE_WORKING = `# Remote Working Policy

## 1. Purpose

This policy sets the conditions under which Meridian staff may work away from the Dublin, San Francisco and Shanghai offices.

## 2. Rules

- Work only on a company-managed laptop with full-disk encryption.
- Connect through the company VPN before opening any customer environment.
- Never print patient data at home.
- Lock the screen whenever you leave the device.

## 3. Exceptions

The CISO may approve exceptions in writing for a limited period.
`;

/** A change transaction whose records are dated `instant` (the audit trail keeps the real time). */
function at(tx: ChangeTx, day: string, time = '10:00:00'): ChangeTx {
  return { db: tx.db, at: `${day}T${time}.000Z`, audit: tx.audit };
}

export function populateDemoPolicies(tx: ChangeTx, today: string): void {
  const day = (offset: number) => addDays(today, offset);
  const people = STAFF.map((person) => createTrainingPerson(at(tx, day(-420)), { ...person, role: '', startDate: null, leaveDate: null, managerId: null }, today));
  const everyone = people.map((person) => person.id);

  /** Submits and approves the version, then publishes it, all on `date`. */
  const approveAndPublish = (policyId: string, versionId: string, date: string, approver: string, note: string, override?: string) => {
    submitForReview(at(tx, date, '09:00:00'), policyId, versionId);
    approveVersion(at(tx, date, '15:30:00'), { policyId, versionId, approver, note, override: override ? { reason: override } : undefined });
    publishVersion(at(tx, date, '16:00:00'), policyId, versionId);
  };

  // Information security policy: v1 a year ago, v2 last month; most staff acknowledged v2.
  const isp = createPolicy(at(tx, day(-400)), {
    title: 'Information Security Policy',
    kind: 'policy',
    language: 'en',
    owner: 'Chief Information Security Officer',
    reviewCycleMonths: 12,
    templateId: 'information-security-policy',
  });
  const ispV1 = isp.versions[0]!;
  approveAndPublish(isp.policy.id, ispV1.id, day(-390), PEOPLE.ceo, 'Approved at the board meeting of the first ISMS cycle.');
  acknowledge(at(tx, day(-380)), { policyId: isp.policy.id, versionId: ispV1.id, personIds: everyone.slice(0, 10) });
  const ispV2 = startDraft(at(tx, day(-60)), isp.policy.id);
  saveDraft(at(tx, day(-45)), {
    policyId: isp.policy.id,
    versionId: ispV2.id,
    markdown: `${ispV2.markdown.trimEnd()}\n\n## Artificial intelligence tools\n\nStaff may use only AI tools approved by the CISO. Patient data, customer data and source code must never be entered into a public AI service.\n`,
    changeNote: 'Added rules for AI tools after the 2026 risk assessment.',
  });
  approveAndPublish(isp.policy.id, ispV2.id, day(-30), PEOPLE.ceo, 'Annual review; AI tools section added.');
  acknowledge(at(tx, day(-20)), { policyId: isp.policy.id, versionId: ispV2.id, personIds: everyone.slice(0, 8) });

  // Access control policy: published; a revision is waiting for approval.
  const acp = createPolicy(at(tx, day(-210)), { title: 'Access Control Policy', kind: 'policy', language: 'en', owner: 'IT Operations Lead', reviewCycleMonths: 12, templateId: 'access-control-policy' });
  approveAndPublish(acp.policy.id, acp.versions[0]!.id, day(-200), PEOPLE.ciso, 'Approved by the information security committee.');
  acknowledge(at(tx, day(-190)), { policyId: acp.policy.id, versionId: acp.versions[0]!.id, personIds: everyone.slice(3, 9) });
  const acpV2 = startDraft(at(tx, day(-12)), acp.policy.id);
  saveDraft(at(tx, day(-10)), {
    policyId: acp.policy.id,
    versionId: acpV2.id,
    markdown: acpV2.markdown.replace(/\n## /, '\n> Privileged access to production now requires a hardware security key (FIDO2).\n\n## '),
    changeNote: 'Hardware keys for privileged access.',
  });
  submitForReview(at(tx, day(-9)), acp.policy.id, acpV2.id);

  // Backup policy: approved more than a year ago and not reviewed since.
  const backup = createPolicy(at(tx, day(-400)), { title: 'Backup Policy', kind: 'policy', language: 'en', owner: 'Head of Platform Engineering', reviewCycleMonths: 12, templateId: 'backup-policy' });
  approveAndPublish(backup.policy.id, backup.versions[0]!.id, day(-385), PEOPLE.ciso, '');

  // Acceptable use policy: a first draft.
  createPolicy(at(tx, day(-5)), { title: 'Acceptable Use Policy', kind: 'policy', language: 'en', owner: 'People Operations', reviewCycleMonths: 12, templateId: 'acceptable-use-policy' });

  // Remote working policy: retired when its rules moved into the acceptable use policy.
  const remote = createPolicy(at(tx, day(-700)), { title: 'Remote Working Policy', kind: 'policy', language: 'en', owner: 'Chief Information Security Officer', reviewCycleMonths: 24, markdown: REMOTE_WORKING });
  approveAndPublish(remote.policy.id, remote.versions[0]!.id, day(-690), PEOPLE.ceo, '');
  retirePolicy(at(tx, day(-100)), remote.policy.id, 'Its rules are part of the Acceptable Use Policy from the next version on.');

  // PIPL personal-information processing rules, in Chinese.
  const pipl = createPolicy(at(tx, day(-90)), {
    title: '个人信息处理规则',
    slug: 'pipl-processing-rules',
    kind: 'privacy_notice',
    language: 'zh-CN',
    owner: '上海办公室负责人',
    reviewCycleMonths: 12,
    templateId: 'pipl-processing-rules',
  });
  approveNotice(tx, pipl.policy.id, pipl.versions[0]!.id, day(-80), PEOPLE.dpo);

  // GDPR privacy notice: approved before website analytics was recorded, so it has drifted since.
  const notice = createPolicy(at(tx, day(-75)), {
    title: 'Privacy Notice',
    slug: 'privacy-notice',
    kind: 'privacy_notice',
    language: 'en',
    owner: 'Data Protection Officer',
    reviewCycleMonths: 12,
    templateId: 'gdpr-privacy-notice',
  });
  backdateNoticeBaseline(tx, notice.versions[0]!.id, 'Website analytics');
  approveNotice(tx, notice.policy.id, notice.versions[0]!.id, day(-70), PEOPLE.dpo);
}

/** Approves and publishes a notice; with the override its completeness check asks for, if any. */
function approveNotice(tx: ChangeTx, policyId: string, versionId: string, date: string, approver: string): void {
  const version = getVersionRow(tx.db, versionId)!;
  const policy = getPolicyRow(tx.db, policyId)!;
  const missing = completenessOf(policy, version.markdown)?.missing ?? [];
  submitForReview(at(tx, date, '09:00:00'), policyId, versionId);
  approveVersion(at(tx, date, '15:30:00'), {
    policyId,
    versionId,
    approver,
    note: 'Reviewed against the record of processing.',
    override: missing.length > 0 ? { reason: 'Items completed in the cookie banner and the customer contract; to be added at the next revision.' } : undefined,
  });
  publishVersion(at(tx, date, '16:00:00'), policyId, versionId);
}

/**
 * Rewrites a generated draft as it read before the activity `activityName` was recorded: the text
 * and the generation baseline both leave that purpose out, as they did when the notice was drafted.
 */
function backdateNoticeBaseline(tx: ChangeTx, versionId: string, activityName: string): void {
  const version = getVersionRow(tx.db, versionId)!;
  if (!version.facts || !version.template_id) return;
  const facts = JSON.parse(version.facts) as NoticeFacts;
  const dropped = facts.purposes.find((purpose) => purpose.name === activityName) ?? facts.purposes.at(-1);
  if (!dropped) return;
  const earlier: NoticeFacts = {
    ...facts,
    purposes: facts.purposes.filter((purpose) => purpose.id !== dropped.id),
    transfers: facts.transfers.filter((transfer) => transfer.purposeId !== dropped.id),
  };
  const markdown = fillTemplate(getTemplateBody(version.template_id as Parameters<typeof getTemplateBody>[0], 'en'), earlier, 'en');
  updateDraftRow(tx.db, { ...version, markdown, generated_markdown: markdown, facts: JSON.stringify(earlier), facts_hash: factsHash(earlier) });
  tx.audit(POLICY_VERSION_RECORD, versionId, { contentSha256: sha256Hex(version.markdown) }, { contentSha256: sha256Hex(markdown), length: markdown.length });
}
