import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { getControl } from '../../../shared/frameworks';
import { controlIdSchema } from '../../../shared/contract/procedure';
import * as inventory from '../../../shared/contract/areas/inventory';
import { createI18n, resources } from '../../../shared/i18n';
import {
  BLOCK_PLACEHOLDERS,
  escapeMarkdown,
  fillTemplate,
  findUnknownPlaceholders,
  formatDate,
  lintTemplate,
  VALUE_PLACEHOLDERS,
} from '../../../shared/policies/fill-template';
import { getTemplateBody } from '../../../shared/policies/template-bodies';
import { getPolicyTemplate, isPolicyTemplateId, POLICY_TEMPLATE_IDS, POLICY_TEMPLATES, TEMPLATE_LANGUAGES } from '../../../shared/policies/template-catalog';
import { ACTIVITY_HR, sampleNoticeFacts, samplePolicyFacts } from './policy-sample-facts';

const markdown = new MarkdownIt({ html: false, linkify: true });

describe('template catalog', () => {
  it('has one entry per template id, with the expected kinds and laws', () => {
    expect(POLICY_TEMPLATES.map((template) => template.id)).toEqual([...POLICY_TEMPLATE_IDS]);
    expect(POLICY_TEMPLATES.filter((template) => template.kind === 'privacy_notice').map((template) => [template.id, template.law, template.standard])).toEqual([
      ['gdpr-privacy-notice', 'gdpr', 'gdpr'],
      ['ccpa-privacy-policy', 'ccpa', 'ccpa_privacy_policy'],
      ['ccpa-notice-at-collection', 'ccpa', 'ccpa_notice_at_collection'],
      ['pipl-processing-rules', 'pipl', 'pipl'],
    ]);
    for (const template of POLICY_TEMPLATES.filter((candidate) => candidate.kind === 'policy')) expect(template.law).toBeNull();
    expect(getPolicyTemplate('access-control-policy').controls).toContainEqual({ framework: 'iso27001', controlId: 'A.5.15' });
    expect(isPolicyTemplateId('backup-policy')).toBe(true);
    expect(isPolicyTemplateId('nope')).toBe(false);
  });

  it('names only controls that exist in the shipped ISO 27001 and SOC 2 catalogs, written as the contract expects', () => {
    for (const template of POLICY_TEMPLATES) {
      expect(template.controls.length, template.id).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const control of template.controls) {
        expect(controlIdSchema.safeParse(control.controlId).success, `${template.id} ${control.controlId}`).toBe(true);
        expect(getControl(control.framework, control.controlId), `${template.id} ${control.framework} ${control.controlId}`).toBeDefined();
        expect(seen.has(`${control.framework}:${control.controlId}`)).toBe(false);
        seen.add(`${control.framework}:${control.controlId}`);
      }
      expect(template.reviewCycleMonths).toBeGreaterThan(0);
    }
    // The information security policy evidences ISO A.5.1 and SOC 2 CC5.3.
    expect(getPolicyTemplate('information-security-policy').controls).toEqual(expect.arrayContaining([{ framework: 'iso27001', controlId: 'A.5.1' }, { framework: 'soc2', controlId: 'CC5.3' }]));
  });

  it('has a title and description in both languages', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const t = createI18n({ language }).t;
      for (const template of POLICY_TEMPLATES) {
        expect(t(template.titleKey)).not.toBe(template.titleKey.split(':')[1]);
        expect(t(template.descriptionKey).length).toBeGreaterThan(10);
      }
    }
    expect(createI18n({ language: 'zh-CN' }).t(getPolicyTemplate('pipl-processing-rules').titleKey)).toBe('个人信息处理规则（个人信息保护法）');
  });
});

describe('template bodies', () => {
  for (const template of POLICY_TEMPLATES) {
    for (const language of TEMPLATE_LANGUAGES) {
      it(`${template.id} (${language}) exists, is substantial and uses only known placeholders`, () => {
        const body = getTemplateBody(template.id, language);
        const minimum = template.kind === 'policy' ? { en: 3000, 'zh-CN': 1200 } : { en: 1200, 'zh-CN': 500 };
        expect(body.length).toBeGreaterThan(minimum[language]);
        expect(body.startsWith('# ')).toBe(true);
        expect(lintTemplate(body)).toEqual([]);
        expect(findUnknownPlaceholders(body)).toEqual([]);
        expect(body).toContain('{{organisation.legalName}}');
        if (template.kind === 'policy') {
          expect(body).toContain('{{document.reviewCycleMonths}}');
          // Policies must be fillable with organisation facts alone.
          expect(findUnknownPlaceholders(body, samplePolicyFacts())).toEqual([]);
        } else {
          expect(body).toContain('{{notice.lastUpdated}}');
          expect(body).toMatch(/\{\{inventory\./);
        }
        // Chinese bodies are written in Chinese, English bodies in English.
        const han = (body.match(/[\u4e00-\u9fff]/g) ?? []).length;
        if (language === 'zh-CN') expect(han).toBeGreaterThan(300);
        else expect(han).toBe(0);
      });
    }
  }

  it('uses the same placeholders in both languages of a template', () => {
    const names = (body: string) => [...new Set([...body.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]))].sort();
    for (const template of POLICY_TEMPLATES) expect(names(getTemplateBody(template.id, 'zh-CN')), template.id).toEqual(names(getTemplateBody(template.id, 'en')));
  });

  it('uses every block placeholder in at least one template', () => {
    const all = POLICY_TEMPLATES.map((template) => getTemplateBody(template.id, 'en')).join('\n');
    for (const name of BLOCK_PLACEHOLDERS) expect(all, name).toContain(`{{${name}}}`);
  });
});

describe('fillTemplate', () => {
  it('fills every template in both languages without leaving a placeholder', () => {
    for (const template of POLICY_TEMPLATES) {
      for (const language of TEMPLATE_LANGUAGES) {
        const facts = template.kind === 'policy' ? samplePolicyFacts() : sampleNoticeFacts();
        const text = fillTemplate(getTemplateBody(template.id, language), facts, language);
        expect(text, `${template.id} ${language}`).not.toMatch(/\{\{/);
        expect(text).toContain('Harbour Analytics Ltd');
        expect(text.endsWith('\n')).toBe(true);
        expect(text).not.toMatch(/(fill|enum)\.[a-zA-Z]+\.[a-zA-Z]/);
      }
    }
  });

  it('renders organisation values, localized dates and translated enums', () => {
    const en = fillTemplate(getTemplateBody('gdpr-privacy-notice', 'en'), sampleNoticeFacts(), 'en');
    expect(en).toContain('Last updated: 1 March 2026');
    expect(en).toContain('Our data protection officer is Aoife Byrne, who can be reached at dpo\\@harbour.example.');
    expect(en).toContain('Performance of a contract (Art. 6(1)(b))');
    expect(en).toContain('Employment and social security law (Art. 9(2)(b))');
    expect(en).toContain('Standard contractual clauses (Art. 46(2)(c))');
    expect(en).toContain('| **Payroll and HR** | 7 years |');
    expect(en).toContain('| **Fraud screening** | Until the account is closed |');
    expect(en).toContain('**Fraud screening**: Protecting our service and customers against fraud');
    expect(en).toContain('Our lead supervisory authority is the Data Protection Commission (Ireland).');
    // The law-specific sensitive block lists only that law's markings.
    expect(en).toContain('- **Health data**: Special category (GDPR Art. 9)\n\n');
    expect(fillTemplate('{{inventory.sensitiveData.pipl}}', sampleNoticeFacts(), 'zh-CN')).toBe('- **Bank details**：敏感个人信息（个人信息保护法第二十八条）\n- **Health data**：敏感个人信息（个人信息保护法第二十八条）\n');

    const zh = fillTemplate(getTemplateBody('gdpr-privacy-notice', 'zh-CN'), sampleNoticeFacts(), 'zh-CN');
    expect(zh).toContain('最近更新：2026年3月1日');
    expect(zh).toContain('履行合同所必需（第6条第1款(b)项）');
    expect(zh).toContain('标准合同条款（第46条第2款(c)项）');
    expect(zh).toContain('| **Payroll and HR** | 7年 |');
    expect(zh).toContain('我们的数据保护官为Aoife Byrne');

    const pipl = fillTemplate(getTemplateBody('pipl-processing-rules', 'zh-CN'), sampleNoticeFacts(), 'zh-CN');
    expect(pipl).toContain('订立、履行合同或实施人力资源管理所必需（第十三条第一款第（二）项）');
    expect(pipl).toContain('个人信息出境标准合同');
    expect(pipl).toContain('| Mailer Inc. | US | privacy\\@mailer.example |');
    expect(pipl).toContain('我们的个人信息保护负责人为王敏');
  });

  it('states absences in words instead of leaving gaps', () => {
    const facts = sampleNoticeFacts();
    facts.transfers = [];
    facts.organisation.dpo = null;
    facts.purposes = facts.purposes.map((purpose) => ({ ...purpose, sold: false, shared: false, gdprBasis: purpose.gdprBasis === 'f' ? 'b' : purpose.gdprBasis, automatedDecisions: false }));
    const en = fillTemplate(getTemplateBody('gdpr-privacy-notice', 'en'), facts, 'en');
    expect(en).toContain('We do not send your personal data to countries outside the European Economic Area.');
    expect(en).toContain('We have not appointed a data protection officer');
    expect(en).toContain('We do not rely on legitimate interests for any of our processing.');
    expect(en).toContain('We do not make decisions about you based solely on automated processing');
    const ccpa = fillTemplate(getTemplateBody('ccpa-privacy-policy', 'en'), facts, 'en');
    expect(ccpa).toContain('We have not sold or shared personal information in the preceding 12 months.');
    facts.purposes[0]!.retentionMonths = null;
    facts.purposes[0]!.retentionCriteria = '';
    expect(fillTemplate('{{inventory.retention}}', facts, 'zh-CN')).toContain('*（待补充）*');
  });

  it('is deterministic: the order of the facts does not change the text', () => {
    const facts = sampleNoticeFacts();
    const reversed = sampleNoticeFacts();
    reversed.purposes.reverse();
    reversed.dataCategories.reverse();
    reversed.subjectCategories.reverse();
    for (const template of POLICY_TEMPLATES.filter((candidate) => candidate.kind === 'privacy_notice')) {
      for (const language of TEMPLATE_LANGUAGES) {
        const body = getTemplateBody(template.id, language);
        expect(fillTemplate(body, reversed, language)).toBe(fillTemplate(body, facts, language));
      }
    }
    const purposes = fillTemplate('{{inventory.retention}}', facts, 'en');
    expect(purposes.indexOf('Fraud screening')).toBeLessThan(purposes.indexOf('Newsletter'));
    expect(purposes.indexOf('Newsletter')).toBeLessThan(purposes.indexOf('Payroll and HR'));
  });

  it('leaves unknown placeholders visible and reports them', () => {
    const body = 'Dear {{organisation.legalName}},\n\n{{organisation.ceo}} and {{ inventory.purposes.gdpr }} inline.\n\n{{notice.lastUpdated}}\n';
    expect(findUnknownPlaceholders(body)).toEqual(['organisation.ceo']);
    expect(findUnknownPlaceholders(body, samplePolicyFacts())).toEqual(['inventory.purposes.gdpr', 'notice.lastUpdated', 'organisation.ceo']);
    expect(lintTemplate(body)).toEqual([
      { kind: 'unknown', placeholder: 'organisation.ceo', line: 3 },
      { kind: 'block_not_alone', placeholder: 'inventory.purposes.gdpr', line: 3 },
    ]);
    const policy = fillTemplate(body, samplePolicyFacts(), 'en');
    expect(policy).toContain('{{organisation.ceo}}');
    expect(policy).toContain('{{ inventory.purposes.gdpr }}');
    expect(policy).toContain('{{notice.lastUpdated}}');
    expect(policy).toContain('Dear Harbour Analytics Ltd,');
  });

  it('knows the documented placeholder names', () => {
    expect(VALUE_PLACEHOLDERS).toEqual(expect.arrayContaining(['organisation.legalName', 'organisation.dpoStatement', 'document.owner', 'notice.lastUpdated']));
    expect(BLOCK_PLACEHOLDERS).toEqual(expect.arrayContaining(['inventory.purposes.gdpr', 'inventory.transfers.pipl', 'inventory.ccpa.soldShared']));
    for (const name of [...VALUE_PLACEHOLDERS, ...BLOCK_PLACEHOLDERS]) expect(name).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
  });
});

describe('escaping user-entered values', () => {
  const HOSTILE = [
    '[Click here](https://evil.example)',
    '![x](https://evil.example/x.png)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'Visit https://evil.example now',
    'www.evil.example',
    'mail attacker@evil.example',
    'a | b | c',
    '**bold** _em_ `code`',
    '# Heading',
    '- list\n\n## injected heading',
    '1. first',
    '{{organisation.legalName}}',
    '&lt;b&gt;entity&#60;',
    'back\\slash',
  ];

  it('keeps every hostile string inert when rendered with markdown-it (html off, linkify on)', () => {
    for (const value of HOSTILE) {
      const escaped = escapeMarkdown(value);
      const html = markdown.renderInline(escaped);
      expect(html, value).not.toMatch(/<a |<img|<script|<strong>|<em>|<code>|<h\d/);
      const block = markdown.render(`- ${escaped}`);
      expect(block, value).not.toMatch(/<a |<img|<script|<h\d|<ol|<ul>\s*<li>\s*<ul/);
    }
    expect(markdown.renderInline(escapeMarkdown('Tom & Jerry <Ltd>'))).toBe('Tom &amp; Jerry &lt;Ltd&gt;');
    expect(markdown.renderInline(escapeMarkdown('&lt;b&gt;'))).toBe('&amp;lt;b&amp;gt;');
  });

  it('escapes record names in filled notices: no links, images, HTML, extra table cells or headings', () => {
    const facts = sampleNoticeFacts();
    const hr = facts.purposes.find((purpose) => purpose.id === ACTIVITY_HR)!;
    hr.name = '[Win a prize](https://evil.example) <img src=x onerror=alert(1)> | extra cell';
    hr.recipients = '## Injected heading\n<script>alert(1)</script>';
    facts.dataCategories[0]!.name = '![tracker](https://evil.example/t.png) **loud**';
    facts.organisation.legalName = 'Evil <b>Corp</b> {{organisation.address}}';
    for (const template of POLICY_TEMPLATES.filter((candidate) => candidate.kind === 'privacy_notice')) {
      for (const language of TEMPLATE_LANGUAGES) {
        const text = fillTemplate(getTemplateBody(template.id, language), facts, language);
        const html = markdown.render(text);
        expect(html, template.id).not.toMatch(/<a |<img|<script|<b>/);
        expect(html).not.toContain('Injected heading</h');
        expect(text).not.toContain('{{organisation.address}}');
        // Table rows keep their column count.
        for (const table of html.split('<table>').slice(1)) {
          const head = (table.split('</thead>')[0]!.match(/<th[ >]/g) ?? []).length;
          expect(head).toBeGreaterThan(1);
          for (const row of table.split('</thead>')[1]!.split('</table>')[0]!.split('<tr>').slice(1)) expect((row.match(/<td[ >]/g) ?? []).length).toBe(head);
        }
      }
    }
  });

  it('renders the escaped text readably', () => {
    expect(markdown.renderInline(escapeMarkdown('Smith & Sons [UK] Ltd.'))).toBe('Smith &amp; Sons [UK] Ltd.');
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
  });
});

describe('dates and translations', () => {
  it('formats dates per language and escapes anything else', () => {
    expect(formatDate('2026-12-05', 'en')).toBe('5 December 2026');
    expect(formatDate('2026-12-05', 'zh-CN')).toBe('2026年12月5日');
    expect(formatDate('soon <b>', 'en')).toBe('soon \\<b\\>');
  });

  it('translates every enum value the inventory can hold', () => {
    type Enums = Record<'gdprBasis' | 'gdprArt9' | 'piplBasis' | 'gdprMechanism' | 'piplMechanism' | 'sensitivity' | 'source', Record<string, string>>;
    for (const language of TEMPLATE_LANGUAGES) {
      const ns = resources[language].policyTemplates as unknown as { enum: Enums };
      expect(Object.keys(ns.enum.gdprBasis)).toEqual([...inventory.GDPR_BASES]);
      expect(Object.keys(ns.enum.gdprArt9)).toEqual([...inventory.GDPR_ART9_CONDITIONS]);
      expect(Object.keys(ns.enum.piplBasis)).toEqual([...inventory.PIPL_BASES]);
      expect(Object.keys(ns.enum.gdprMechanism)).toEqual([...inventory.GDPR_TRANSFER_MECHANISMS]);
      expect(Object.keys(ns.enum.piplMechanism)).toEqual([...inventory.PIPL_TRANSFER_MECHANISMS]);
      expect(Object.keys(ns.enum.sensitivity)).toEqual([...inventory.SENSITIVITIES]);
      expect(Object.keys(ns.enum.source)).toEqual([...inventory.DATA_SOURCES]);
    }
  });
});
