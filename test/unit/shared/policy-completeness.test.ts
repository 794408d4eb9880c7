import { describe, expect, it } from 'vitest';
import { checkCompleteness, getNoticeRequirement, NOTICE_REQUIREMENTS, splitMarkdownBlocks } from '../../../shared/policies/completeness';
import { fillTemplate } from '../../../shared/policies/fill-template';
import { getTemplateBody } from '../../../shared/policies/template-bodies';
import { NOTICE_STANDARDS, POLICY_TEMPLATES, TEMPLATE_LANGUAGES, type NoticeStandard, type TemplateLanguage } from '../../../shared/policies/template-catalog';
import { createI18n } from '../../../shared/i18n';
import type { NoticeFacts } from '../../../shared/policies/notice-facts';
import { sampleNoticeFacts } from './policy-sample-facts';

const notices = POLICY_TEMPLATES.filter((template) => template.kind === 'privacy_notice');

/** The sample organisation with nothing to declare: no DPO, transfers, vendors, sensitive data, sale, legitimate interests or automated decisions. */
function quietFacts(): NoticeFacts {
  const facts = sampleNoticeFacts();
  facts.organisation.dpo = null;
  facts.organisation.piplOfficer = null;
  facts.organisation.chinaRepresentative = '';
  facts.transfers = [];
  facts.vendors = [];
  facts.supervisoryAuthority = '';
  facts.dataCategories = facts.dataCategories.map((category) => ({ ...category, sensitivity: ['ordinary'] }));
  facts.purposes = facts.purposes.map((purpose) => ({ ...purpose, gdprBasis: 'b', sold: false, shared: false, automatedDecisions: false, recipients: '' }));
  facts.ccpa.honoursOptOutPreferenceSignals = false;
  return facts;
}

const FACT_SETS: Record<string, () => NoticeFacts> = { 'full inventory': sampleNoticeFacts, 'nothing to declare': quietFacts };

function filled(standard: NoticeStandard, language: TemplateLanguage, facts: NoticeFacts = sampleNoticeFacts()): string {
  const template = notices.find((candidate) => candidate.standard === standard)!;
  return fillTemplate(getTemplateBody(template.id, language), facts, language);
}

/** Removes the section a match points at: a heading with everything up to the next heading of the same or a higher level, or a paragraph. */
function removeAt(markdown: string, line: number, kind: 'heading' | 'text'): string {
  const lines = markdown.split('\n');
  const start = line - 1;
  let end = start + 1;
  if (kind === 'heading') {
    const level = /^(#+)/.exec(lines[start]!)?.[1]?.length ?? 6;
    while (end < lines.length && !(/^(#+)\s/.test(lines[end]!) && (/^(#+)/.exec(lines[end]!)![1]!.length <= level))) end++;
  } else {
    while (end < lines.length && lines[end]!.trim() !== '') end++;
  }
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

describe('notice requirements', () => {
  it('lists every standard with unique ids and translated labels, references and hints', () => {
    const ids = new Set<string>();
    for (const language of TEMPLATE_LANGUAGES) {
      const t = createI18n({ language }).t;
      for (const standard of NOTICE_STANDARDS) {
        expect(NOTICE_REQUIREMENTS[standard].length).toBeGreaterThanOrEqual(5);
        for (const requirement of NOTICE_REQUIREMENTS[standard]) {
          if (language === 'en') {
            expect(ids.has(requirement.id), requirement.id).toBe(false);
            ids.add(requirement.id);
          }
          for (const key of [requirement.labelKey, requirement.referenceKey, requirement.hintKey]) {
            const text = t(key);
            expect(text, key).not.toBe(key.replace('policyTemplates:', ''));
            expect(text, key).not.toBe(key);
          }
        }
      }
    }
    // GDPR Art 13(1)(a)-(f), 13(2)(a)-(f), Art 14(1)(d), 14(2)(f).
    expect(NOTICE_REQUIREMENTS.gdpr.map((r) => r.id)).toEqual([
      'gdpr-13-1-a', 'gdpr-13-1-b', 'gdpr-13-1-c', 'gdpr-13-1-d', 'gdpr-13-1-e', 'gdpr-13-1-f',
      'gdpr-13-2-a', 'gdpr-13-2-b', 'gdpr-13-2-c', 'gdpr-13-2-d', 'gdpr-13-2-e', 'gdpr-13-2-f',
      'gdpr-14-1-d', 'gdpr-14-2-f',
    ]);
    expect(NOTICE_REQUIREMENTS.pipl.map((r) => r.id)).toEqual(expect.arrayContaining(['pipl-17-1-1', 'pipl-17-1-3', 'pipl-30', 'pipl-39']));
    expect(getNoticeRequirement('ccpa-nc-retention')).toMatchObject({ standard: 'ccpa_notice_at_collection', labelKey: 'policyTemplates:requirement.ccpa-nc-retention.label' });
    expect(getNoticeRequirement('nope')).toBeUndefined();
  });
});

describe('filled notice templates', () => {
  for (const [factsName, facts] of Object.entries(FACT_SETS)) {
    for (const standard of NOTICE_STANDARDS) {
      for (const language of TEMPLATE_LANGUAGES) {
        it(`${standard} (${language}, ${factsName}) is complete, each item in its own section, and removing a section flags exactly that item`, () => {
          const markdown = filled(standard, language, facts());
          const report = checkCompleteness(standard, markdown, language);
          expect(report.items.filter((item) => !item.covered).map((item) => item.requirement.id)).toEqual([]);
          for (const item of report.items) {
            expect(item.match?.kind, item.requirement.id).toBe(item.requirement.id === 'ccpa-pp-updated' ? 'text' : 'heading');
            const without = removeAt(markdown, item.match!.line, item.match!.kind);
            const missing = checkCompleteness(standard, without, language).items.filter((entry) => !entry.covered).map((entry) => entry.requirement.id);
            expect(missing, `removed ${item.requirement.id} at line ${item.match!.line}`).toEqual([item.requirement.id]);
          }
        });
      }
    }
  }

  for (const standard of NOTICE_STANDARDS) {
    for (const language of TEMPLATE_LANGUAGES) {
      it(`${standard} (${language}) points each match at its heading line`, () => {
        const markdown = filled(standard, language);
        const lines = markdown.split('\n');
        const report = checkCompleteness(standard, markdown, language);
        expect(report.covered).toBe(report.total);
        expect(report.standard).toBe(standard);
        for (const item of report.items) {
          const line = lines[item.match!.line - 1]!;
          if (item.match!.kind === 'heading') expect(line).toBe(`## ${item.match!.excerpt}`);
          else expect(line).toContain(item.match!.excerpt.slice(0, 10));
        }
      });
    }
  }

  it('an empty document covers nothing', () => {
    for (const standard of NOTICE_STANDARDS) {
      const report = checkCompleteness(standard, '', 'en');
      expect(report.covered).toBe(0);
      expect(report.items.every((item) => item.match === null)).toBe(true);
    }
  });

  it('an internal policy is not mistaken for a privacy notice', () => {
    const body = getTemplateBody('backup-policy', 'en');
    expect(checkCompleteness('gdpr', body, 'en').covered).toBeLessThan(NOTICE_REQUIREMENTS.gdpr.length / 2);
  });
});

const HANDWRITTEN_EN = `Privacy at Northwind
====================

Northwind Traders GmbH, Hauptstrasse 5, Berlin, is the controller for the personal data described below.
Our data protection officer can be reached at dpo@northwind.example.

**What information we collect**

We collect the following types of information: your name, address, order history and payment card details.
Some of it comes from credit reference agencies; we obtain it from third parties only where you have ordered on account.

We use your data to deliver orders (legal basis: performance of a contract) and to prevent fraud, where our legitimate interests are preventing losses.
We share your data with parcel carriers and our payment processor.
Some processors are in third countries; we rely on standard contractual clauses, which you may request from us.
We keep your data for 10 years because of commercial and tax law.

You have the right to access, rectify or erase your data, to restrict processing, to object and the right to data portability.
You can withdraw your consent at any time.
You may lodge a complaint with the Berlin data protection authority.
You are not obliged to provide your data, but if you do not provide it we cannot take your order.
We do not use automated decision-making.
`;

const HANDWRITTEN_ZH = `# 星河科技个人信息保护政策

上海星河科技有限公司（以下简称“我们”）为本政策所述处理活动的个人信息处理者，联系邮箱：privacy@xinghe.example。

我们收集下列类别的个人信息：姓名、手机号码、收货地址和支付记录。

我们出于以下目的处理您的个人信息：完成订单交付、提供售后服务以及履行法定的税务义务。

您的个人信息的保存期限为订单完成后三年，法律另有规定的除外。

**您的权利**

您可以查阅、复制、更正、删除您的个人信息，也可以撤回同意。请发送邮件至privacy@xinghe.example行使上述权利，我们将在十五个工作日内答复。
`;

const HANDWRITTEN_CCPA = `# Acme Privacy Policy

Effective Date: January 1, 2026

## Information We Collect

In the last 12 months, we have collected identifiers, commercial information and internet activity.

## Where We Get Information

We collect personal information directly from you, from your devices and from our service providers.

## How We Use Your Information

We use personal information to provide, secure and improve our services.

## How We Share Information

We disclose personal information for a business purpose to hosting and payment providers. We do not sell or share personal information.

## Children

We do not knowingly sell or share the personal information of consumers under 16.

## Sensitive Personal Information

We only use sensitive personal information for purposes permitted by the CCPA regulations.

## Your California Privacy Rights

You have the right to know, the right to delete, the right to correct, the right to opt out and the right to limit, and we will not discriminate against you.

## Exercising Your Rights

Submit a request by e-mail to privacy@acme.example or call our toll-free number 1-800-555-0199. We will verify your identity by matching the details you give with our records. You may use an authorized agent. We honour Global Privacy Control signals.

## Contact Us

Questions about this policy? Write to privacy@acme.example.
`;

describe('hand-written notices', () => {
  it('finds every CCPA privacy-policy item in a typical US policy, and names what a notice at collection lacks', () => {
    const report = checkCompleteness('ccpa_privacy_policy', HANDWRITTEN_CCPA, 'en');
    expect(report.items.filter((item) => !item.covered).map((item) => item.requirement.id)).toEqual([]);
    const byId = new Map(report.items.map((item) => [item.requirement.id, item.match]));
    expect(byId.get('ccpa-pp-sold-shared')).toMatchObject({ kind: 'heading', excerpt: 'How We Share Information' });
    expect(byId.get('ccpa-pp-disclosed')).toMatchObject({ kind: 'text' });
    expect(byId.get('ccpa-pp-verification')?.excerpt).toContain('verify your identity');
    expect(byId.get('ccpa-pp-updated')).toMatchObject({ kind: 'text', line: 3 });
    // Used as a notice at collection, the same text (which is itself the privacy policy) lacks only retention.
    const atCollection = checkCompleteness('ccpa_notice_at_collection', HANDWRITTEN_CCPA, 'en');
    expect(atCollection.items.filter((item) => !item.covered).map((item) => item.requirement.id)).toEqual(['ccpa-nc-retention']);
    expect(atCollection.items.find((item) => item.requirement.id === 'ccpa-nc-privacy-policy')!.match).toMatchObject({ kind: 'heading', excerpt: 'Acme Privacy Policy', line: 1 });
  });

  it('finds every GDPR item in an English notice without numbered sections', () => {
    const report = checkCompleteness('gdpr', HANDWRITTEN_EN, 'en');
    expect(report.items.filter((item) => !item.covered).map((item) => item.requirement.id)).toEqual([]);
    const legitimate = report.items.find((item) => item.requirement.id === 'gdpr-13-1-d')!;
    expect(legitimate.match?.kind).toBe('text');
    expect(legitimate.match?.excerpt).toContain('legitimate interests are');
    // The setext title and the bold line are headings, the rest are paragraphs.
    expect(splitMarkdownBlocks(HANDWRITTEN_EN).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Privacy at Northwind', 'What information we collect']);
  });

  it('reports what a short Chinese notice leaves out', () => {
    const report = checkCompleteness('pipl', HANDWRITTEN_ZH, 'zh-CN');
    const missing = report.items.filter((item) => !item.covered).map((item) => item.requirement.id);
    expect(missing).toEqual(['pipl-23', 'pipl-24', 'pipl-30', 'pipl-39']);
    const rights = report.items.find((item) => item.requirement.id === 'pipl-17-1-3')!;
    expect(rights.match).toMatchObject({ kind: 'heading', excerpt: '您的权利' });
    expect(report.items.find((item) => item.requirement.id === 'pipl-17-1-1')!.match?.kind).toBe('text');
    expect(report.covered).toBe(5);
  });

  it('adding the missing paragraphs to the Chinese notice completes it', () => {
    const extended = `${HANDWRITTEN_ZH}
我们不会向其他个人信息处理者提供您的个人信息。我们不进行自动化决策。我们不处理敏感个人信息，因此不涉及其必要性和影响的评估。我们不会向境外提供您的个人信息。
`;
    const report = checkCompleteness('pipl', extended, 'zh-CN');
    expect(report.items.filter((item) => !item.covered).map((item) => item.requirement.id)).toEqual([]);
  });
});
