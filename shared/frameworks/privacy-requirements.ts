// The privacy-law requirements the workbench tracks: GDPR articles, California CCPA/CPRA sections
// (with Civil Code 1798.82 on breach notice and the CPPA regulations) and China's PIPL articles.
// Titles are Custos's short descriptions (the official article heading where the law has one).
// The ISO 27001:2022 and SOC 2 targets are listed only where the relation is plain; an empty list
// means no control speaks to the requirement directly.
import type { IsoRef, LocalizedText } from './types';

export const PRIVACY_LAWS = ['gdpr', 'ccpa', 'pipl'] as const;
export type PrivacyLaw = (typeof PRIVACY_LAWS)[number];

export const PRIVACY_LAW_TITLES: Readonly<Record<PrivacyLaw, LocalizedText>> = {
  gdpr: { en: 'EU General Data Protection Regulation (Regulation (EU) 2016/679)', 'zh-CN': '欧盟《通用数据保护条例》（(EU) 2016/679）' },
  ccpa: { en: 'California Consumer Privacy Act as amended by the CPRA (Cal. Civ. Code 1798.100 ff.)', 'zh-CN': '经CPRA修订的《加州消费者隐私法》（加州民法典第1798.100条起）' },
  pipl: { en: 'Personal Information Protection Law of the PRC (2021)', 'zh-CN': '《中华人民共和国个人信息保护法》（2021）' },
};

export interface PrivacyRequirement {
  /** Stable id, e.g. `gdpr-art-7-3`, `ccpa-1798.105`, `ccpa-reg-7021`, `pipl-art-47`. */
  readonly id: string;
  readonly law: PrivacyLaw;
  /** The citation: `Art. 7(3)` / `第7条第3款`. */
  readonly reference: LocalizedText;
  readonly title: LocalizedText;
  /** Related ISO/IEC 27001:2022 targets (`A.x.y` controls, bare clause numbers). */
  readonly iso: readonly IsoRef[];
  /** Related SOC 2 criteria. */
  readonly soc2: readonly string[];
}

type Row = readonly [
  id: string,
  refEn: string,
  refZh: string,
  titleEn: string,
  titleZh: string,
  iso: readonly IsoRef[],
  soc2: readonly string[],
];

const GDPR: readonly Row[] = [
  ['gdpr-art-5', 'Art. 5', '第5条', 'Principles relating to processing of personal data', '与个人数据处理相关的原则', ['A.5.34', 'A.5.33'], ['P3.1', 'P4.1', 'P4.2', 'P7.1']],
  ['gdpr-art-6', 'Art. 6', '第6条', 'Lawfulness of processing (lawful bases)', '处理的合法性（合法依据）', ['A.5.34'], ['P3.1']],
  ['gdpr-art-7-3', 'Art. 7(3)', '第7条第3款', 'Right to withdraw consent at any time', '随时撤回同意的权利', ['A.5.34'], ['P2.1']],
  ['gdpr-art-9', 'Art. 9', '第9条', 'Processing of special categories of personal data', '特殊类别个人数据的处理', ['A.5.34', 'A.5.12'], ['P3.2']],
  ['gdpr-art-10', 'Art. 10', '第10条', 'Processing of personal data relating to criminal convictions and offences', '与刑事定罪和犯罪相关的个人数据的处理', ['A.5.34', 'A.6.1'], []],
  ['gdpr-art-12', 'Art. 12', '第12条', 'Transparent information, communication and modalities for exercising rights', '透明的信息、沟通以及行使权利的方式', ['A.5.34'], ['P5.1', 'P8.1']],
  ['gdpr-art-13', 'Art. 13', '第13条', 'Information to provide where data is collected from the data subject', '从数据主体处收集个人数据时应提供的信息', ['A.5.34'], ['P1.1']],
  ['gdpr-art-14', 'Art. 14', '第14条', 'Information to provide where data is not obtained from the data subject', '非从数据主体处获得个人数据时应提供的信息', ['A.5.34'], ['P1.1']],
  ['gdpr-art-15', 'Art. 15', '第15条', 'Right of access by the data subject', '数据主体的访问权', ['A.5.34'], ['P5.1', 'P6.7']],
  ['gdpr-art-16', 'Art. 16', '第16条', 'Right to rectification', '更正权', ['A.5.34'], ['P5.2', 'P7.1']],
  ['gdpr-art-17', 'Art. 17', '第17条', 'Right to erasure', '删除权', ['A.5.34', 'A.8.10'], ['P4.3']],
  ['gdpr-art-18', 'Art. 18', '第18条', 'Right to restriction of processing', '限制处理权', ['A.5.34'], ['P4.1']],
  ['gdpr-art-19', 'Art. 19', '第19条', 'Notifying recipients of rectification, erasure or restriction', '关于更正、删除或限制处理的通知义务', ['A.5.34'], ['P5.2']],
  ['gdpr-art-20', 'Art. 20', '第20条', 'Right to data portability', '数据可携带权', ['A.5.34', 'A.5.14'], ['P5.1']],
  ['gdpr-art-21', 'Art. 21', '第21条', 'Right to object', '反对权', ['A.5.34'], ['P2.1']],
  ['gdpr-art-22', 'Art. 22', '第22条', 'Automated individual decision-making, including profiling', '自动化个人决策（包括画像）', ['A.5.34'], []],
  ['gdpr-art-24', 'Art. 24', '第24条', 'Responsibility of the controller', '控制者的责任', ['5.1', 'A.5.1', 'A.5.34'], ['CC5.3']],
  ['gdpr-art-25', 'Art. 25', '第25条', 'Data protection by design and by default', '通过设计和默认的数据保护', ['A.5.34', 'A.8.25', 'A.8.26', 'A.8.27'], ['CC8.1', 'P3.1']],
  ['gdpr-art-28', 'Art. 28', '第28条', 'Processor contracts and obligations', '处理者（合同与义务）', ['A.5.19', 'A.5.20', 'A.5.22'], ['CC9.2', 'P6.4', 'P6.5']],
  ['gdpr-art-30', 'Art. 30', '第30条', 'Records of processing activities', '处理活动的记录', ['A.5.9', 'A.5.34'], []],
  ['gdpr-art-32', 'Art. 32', '第32条', 'Security of processing', '处理的安全', ['6.1.2', '6.1.3', 'A.8.24', 'A.8.13', 'A.5.30'], ['CC3.2', 'CC5.1', 'CC6.1', 'CC6.7', 'A1.2']],
  ['gdpr-art-33', 'Art. 33', '第33条', 'Notification of a personal data breach to the supervisory authority', '向监管机构通知个人数据泄露', ['A.5.24', 'A.5.26', 'A.5.5'], ['CC7.4', 'P6.3', 'P6.6']],
  ['gdpr-art-34', 'Art. 34', '第34条', 'Communication of a personal data breach to the data subject', '向数据主体告知个人数据泄露', ['A.5.26'], ['P6.6']],
  ['gdpr-art-35', 'Art. 35', '第35条', 'Data protection impact assessment', '数据保护影响评估', ['6.1.2', '8.2', 'A.5.34'], ['CC3.2']],
  ['gdpr-art-36', 'Art. 36', '第36条', 'Prior consultation with the supervisory authority', '事先咨询监管机构', ['A.5.5', 'A.5.34'], []],
  ['gdpr-art-37', 'Art. 37', '第37条', 'Designation of the data protection officer', '数据保护官的指定', ['5.3', 'A.5.2'], ['CC1.3']],
  ['gdpr-art-38', 'Art. 38', '第38条', 'Position of the data protection officer', '数据保护官的地位', ['5.3', 'A.5.2'], ['CC1.3']],
  ['gdpr-art-39', 'Art. 39', '第39条', 'Tasks of the data protection officer', '数据保护官的任务', ['A.5.2', 'A.5.34'], ['CC1.3']],
  ['gdpr-art-44', 'Art. 44', '第44条', 'General principle for transfers to third countries', '向第三国转移的一般原则', ['A.5.14', 'A.5.34'], ['P6.1']],
  ['gdpr-art-45', 'Art. 45', '第45条', 'Transfers on the basis of an adequacy decision', '基于充分性决定的转移', ['A.5.14', 'A.5.34'], ['P6.1']],
  ['gdpr-art-46', 'Art. 46', '第46条', 'Transfers subject to appropriate safeguards (e.g. standard contractual clauses)', '基于适当保障措施的转移（如标准合同条款）', ['A.5.14', 'A.5.20', 'A.5.34'], ['P6.1', 'P6.4']],
  ['gdpr-art-47', 'Art. 47', '第47条', 'Binding corporate rules', '有约束力的公司规则', ['A.5.14', 'A.5.34'], ['P6.1']],
  ['gdpr-art-48', 'Art. 48', '第48条', 'Transfers or disclosures not authorised by Union law', '未经欧盟法律授权的转移或披露', ['A.5.31', 'A.5.34'], ['P6.1']],
  ['gdpr-art-49', 'Art. 49', '第49条', 'Derogations for specific situations', '特定情形下的例外', ['A.5.14', 'A.5.34'], ['P6.1']],
];

const CCPA: readonly Row[] = [
  ['ccpa-1798.100', '§ 1798.100', '第1798.100条', 'General duties: notice at collection, purpose and retention limits, reasonable security', '一般义务：收集时告知、目的和保存期限限制、合理安全措施', ['A.5.34'], ['P1.1', 'P3.1', 'P4.1', 'P4.2']],
  ['ccpa-1798.105', '§ 1798.105', '第1798.105条', 'Right to delete', '删除权', ['A.5.34', 'A.8.10'], ['P4.3']],
  ['ccpa-1798.106', '§ 1798.106', '第1798.106条', 'Right to correct inaccurate personal information', '更正不准确个人信息的权利', ['A.5.34'], ['P5.2', 'P7.1']],
  ['ccpa-1798.110', '§ 1798.110', '第1798.110条', 'Right to know what personal information is collected', '知悉所收集个人信息的权利', ['A.5.34'], ['P5.1', 'P6.7']],
  ['ccpa-1798.115', '§ 1798.115', '第1798.115条', 'Right to know what personal information is sold or shared and to whom', '知悉个人信息被出售或共享及其对象的权利', ['A.5.34'], ['P6.2', 'P6.7']],
  ['ccpa-1798.120', '§ 1798.120', '第1798.120条', 'Right to opt out of sale or sharing', '选择退出出售或共享的权利', ['A.5.34'], ['P2.1', 'P6.1']],
  ['ccpa-1798.121', '§ 1798.121', '第1798.121条', 'Right to limit use and disclosure of sensitive personal information', '限制使用和披露敏感个人信息的权利', ['A.5.34'], ['P2.1', 'P4.1']],
  ['ccpa-1798.125', '§ 1798.125', '第1798.125条', 'No discrimination or retaliation for exercising rights', '不得因行使权利而歧视或报复', ['A.5.34'], []],
  ['ccpa-1798.130', '§ 1798.130', '第1798.130条', 'Request methods, response deadlines and privacy policy content', '请求提交方式、答复时限和隐私政策内容', ['A.5.34'], ['P1.1', 'P5.1', 'P8.1']],
  ['ccpa-1798.135', '§ 1798.135', '第1798.135条', 'Opt-out and limit links and opt-out preference signals', '选择退出和限制使用链接及选择退出偏好信号', ['A.5.34'], ['P2.1']],
  ['ccpa-1798.150', '§ 1798.150', '第1798.150条', 'Private right of action for breaches caused by unreasonable security', '因安全措施不合理导致泄露的私人诉权', ['6.1.3', 'A.5.15', 'A.8.24'], ['CC6.1', 'CC6.7', 'CC7.4']],
  ['ccpa-1798.82', 'Civ. Code § 1798.82', '民法典第1798.82条', 'Data breach notification to residents and the Attorney General', '向居民和州总检察长通知数据泄露', ['A.5.24', 'A.5.26', 'A.5.5'], ['CC7.4', 'P6.6']],
  ['ccpa-reg-7011', 'Cal. Code Regs. tit. 11, § 7011', '加州法规第11编第7011条', 'Requirements for the privacy policy', '隐私政策的要求', ['A.5.34'], ['P1.1']],
  ['ccpa-reg-7021', 'Cal. Code Regs. tit. 11, § 7021', '加州法规第11编第7021条', 'Timelines for responding to requests to delete, correct and know', '答复删除、更正和知悉请求的时限', ['A.5.34'], ['P5.1', 'P5.2', 'P8.1']],
  ['ccpa-reg-7026', 'Cal. Code Regs. tit. 11, § 7026', '加州法规第11编第7026条', 'Requests to opt out of sale or sharing', '选择退出出售或共享的请求', ['A.5.34'], ['P2.1']],
  ['ccpa-reg-7027', 'Cal. Code Regs. tit. 11, § 7027', '加州法规第11编第7027条', 'Requests to limit use and disclosure of sensitive personal information', '限制使用和披露敏感个人信息的请求', ['A.5.34'], ['P2.1', 'P4.1']],
];

const PIPL: readonly Row[] = [
  ['pipl-art-13', 'Art. 13', '第十三条', 'Legal bases for processing personal information', '处理个人信息的合法性基础', ['A.5.34'], ['P3.1']],
  ['pipl-art-14', 'Art. 14', '第十四条', 'Informed, voluntary and explicit consent; renewed consent on change', '充分知情、自愿、明确的同意；变更时重新取得同意', ['A.5.34'], ['P2.1', 'P3.2']],
  ['pipl-art-15', 'Art. 15', '第十五条', 'Right to withdraw consent', '撤回同意的权利', ['A.5.34'], ['P2.1']],
  ['pipl-art-16', 'Art. 16', '第十六条', 'No refusal of products or services for refusing non-essential consent', '不得以个人不同意为由拒绝提供产品或服务', ['A.5.34'], ['P2.1']],
  ['pipl-art-17', 'Art. 17', '第十七条', 'Notice to individuals before processing', '处理前向个人告知的事项', ['A.5.34'], ['P1.1']],
  ['pipl-art-23', 'Art. 23', '第二十三条', 'Providing personal information to another processor (separate consent)', '向其他个人信息处理者提供个人信息（单独同意）', ['A.5.14', 'A.5.34'], ['P6.1']],
  ['pipl-art-24', 'Art. 24', '第二十四条', 'Automated decision-making', '自动化决策', ['A.5.34'], []],
  ['pipl-art-28', 'Art. 28', '第二十八条', 'Sensitive personal information and the conditions for processing it', '敏感个人信息及其处理条件', ['A.5.12', 'A.5.34'], ['P3.2']],
  ['pipl-art-29', 'Art. 29', '第二十九条', 'Separate consent for sensitive personal information', '处理敏感个人信息应取得单独同意', ['A.5.34'], ['P3.2']],
  ['pipl-art-30', 'Art. 30', '第三十条', 'Additional notice for sensitive personal information (necessity and impact)', '处理敏感个人信息的额外告知（必要性及影响）', ['A.5.34'], ['P1.1']],
  ['pipl-art-31', 'Art. 31', '第三十一条', 'Personal information of minors under 14 (guardian consent, specific rules)', '不满十四周岁未成年人的个人信息（监护人同意、专门规则）', ['A.5.34'], ['P3.2']],
  ['pipl-art-38', 'Art. 38', '第三十八条', 'Conditions for providing personal information outside China', '向境外提供个人信息的条件', ['A.5.14', 'A.5.31', 'A.5.34'], ['P6.1']],
  ['pipl-art-39', 'Art. 39', '第三十九条', 'Notice and separate consent for cross-border provision', '跨境提供的告知和单独同意', ['A.5.34'], ['P1.1', 'P6.1']],
  ['pipl-art-40', 'Art. 40', '第四十条', 'Storage in China for CII operators and processors above thresholds', '关键信息基础设施运营者及达到规定数量的处理者境内存储', ['A.5.31', 'A.5.34'], []],
  ['pipl-art-44', 'Art. 44', '第四十四条', 'Right to know and decide, restrict or refuse processing', '知情权、决定权，限制或拒绝处理的权利', ['A.5.34'], ['P2.1']],
  ['pipl-art-45', 'Art. 45', '第四十五条', 'Right to consult and copy, and portability', '查阅、复制权及可携带权', ['A.5.34', 'A.5.14'], ['P5.1']],
  ['pipl-art-46', 'Art. 46', '第四十六条', 'Right to correct or supplement', '更正、补充权', ['A.5.34'], ['P5.2', 'P7.1']],
  ['pipl-art-47', 'Art. 47', '第四十七条', 'Deletion, on request and on the processor\'s own initiative', '删除（应个人请求及处理者主动删除）', ['A.5.34', 'A.8.10'], ['P4.2', 'P4.3']],
  ['pipl-art-48', 'Art. 48', '第四十八条', 'Right to an explanation of processing rules', '要求解释说明个人信息处理规则的权利', ['A.5.34'], ['P8.1']],
  ['pipl-art-49', 'Art. 49', '第四十九条', 'Rights of close relatives over a deceased person\'s information', '近亲属对死者个人信息的权利', ['A.5.34'], ['P5.1']],
  ['pipl-art-50', 'Art. 50', '第五十条', 'Convenient mechanism to accept and handle requests; reasons for refusal', '便捷的申请受理和处理机制；拒绝须说明理由', ['A.5.34'], ['P5.1', 'P8.1']],
  ['pipl-art-51', 'Art. 51', '第五十一条', 'Security obligations of the processor (rules, classification, technical measures, training, contingency plans)', '处理者的安全保护义务（制度、分类管理、技术措施、培训、应急预案）', ['A.5.1', 'A.5.12', 'A.5.15', 'A.5.24', 'A.6.3', 'A.8.24'], ['CC1.4', 'CC5.3', 'CC6.1', 'CC7.4']],
  ['pipl-art-52', 'Art. 52', '第五十二条', 'Personal information protection officer', '个人信息保护负责人', ['5.3', 'A.5.2'], ['CC1.3']],
  ['pipl-art-53', 'Art. 53', '第五十三条', 'Representative in China for foreign processors', '境外处理者在境内的专门机构或代表', ['A.5.5'], []],
  ['pipl-art-54', 'Art. 54', '第五十四条', 'Regular compliance audits', '定期合规审计', ['9.2', 'A.5.35', 'A.5.36'], ['CC4.1']],
  ['pipl-art-55', 'Art. 55', '第五十五条', 'Personal information protection impact assessment: when required', '个人信息保护影响评估：适用情形', ['6.1.2', '8.2', 'A.5.34'], ['CC3.2']],
  ['pipl-art-56', 'Art. 56', '第五十六条', 'Impact assessment contents; keep reports and records for at least 3 years', '影响评估的内容；报告和处理情况记录至少保存三年', ['6.1.2', '7.5', 'A.5.33'], ['CC3.2']],
  ['pipl-art-57', 'Art. 57', '第五十七条', 'Remedial measures and notice of personal information incidents', '个人信息泄露等事件的补救措施和通知', ['A.5.24', 'A.5.26', 'A.5.5'], ['CC7.4', 'P6.6']],
];

function toRequirements(law: PrivacyLaw, rows: readonly Row[]): PrivacyRequirement[] {
  return rows.map(([id, refEn, refZh, titleEn, titleZh, iso, soc2]) =>
    Object.freeze({
      id,
      law,
      reference: { en: refEn, 'zh-CN': refZh },
      title: { en: titleEn, 'zh-CN': titleZh },
      iso: Object.freeze([...iso]),
      soc2: Object.freeze([...soc2]),
    }),
  );
}

export const PRIVACY_REQUIREMENTS: readonly PrivacyRequirement[] = Object.freeze([
  ...toRequirements('gdpr', GDPR),
  ...toRequirements('ccpa', CCPA),
  ...toRequirements('pipl', PIPL),
]);
