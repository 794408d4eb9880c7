// SOC 2: the 2017 Trust Services Criteria (with the revised points of focus of 2022). The English
// short titles are Custos's identifiers for each criterion, not the criterion text. The evidence
// guidance is Custos's own wording: what a service auditor usually asks to see.
import type { LocalizedText } from './types';

export const SOC2_TSC_EDITION = '2017 (revised points of focus 2022)';

export const SOC2_CATEGORIES = ['security', 'availability', 'confidentiality', 'processing-integrity', 'privacy'] as const;
export type Soc2Category = (typeof SOC2_CATEGORIES)[number];

/** The nine common-criteria groups (security) plus one group per additional category. */
export const SOC2_GROUPS = [
  'CC1',
  'CC2',
  'CC3',
  'CC4',
  'CC5',
  'CC6',
  'CC7',
  'CC8',
  'CC9',
  'A1',
  'C1',
  'PI1',
  'P',
] as const;
export type Soc2Group = (typeof SOC2_GROUPS)[number];

export interface Soc2GroupInfo {
  readonly category: Soc2Category;
  readonly title: LocalizedText;
}

export const SOC2_GROUP_INFO: Readonly<Record<Soc2Group, Soc2GroupInfo>> = {
  CC1: { category: 'security', title: { en: 'Control environment', 'zh-CN': '控制环境' } },
  CC2: { category: 'security', title: { en: 'Information and communication', 'zh-CN': '信息与沟通' } },
  CC3: { category: 'security', title: { en: 'Risk assessment', 'zh-CN': '风险评估' } },
  CC4: { category: 'security', title: { en: 'Monitoring activities', 'zh-CN': '监督活动' } },
  CC5: { category: 'security', title: { en: 'Control activities', 'zh-CN': '控制活动' } },
  CC6: { category: 'security', title: { en: 'Logical and physical access controls', 'zh-CN': '逻辑和物理访问控制' } },
  CC7: { category: 'security', title: { en: 'System operations', 'zh-CN': '系统运营' } },
  CC8: { category: 'security', title: { en: 'Change management', 'zh-CN': '变更管理' } },
  CC9: { category: 'security', title: { en: 'Risk mitigation', 'zh-CN': '风险缓解' } },
  A1: { category: 'availability', title: { en: 'Availability', 'zh-CN': '可用性' } },
  C1: { category: 'confidentiality', title: { en: 'Confidentiality', 'zh-CN': '保密性' } },
  PI1: { category: 'processing-integrity', title: { en: 'Processing integrity', 'zh-CN': '处理完整性' } },
  P: { category: 'privacy', title: { en: 'Privacy', 'zh-CN': '隐私' } },
};

export const SOC2_CATEGORY_TITLES: Readonly<Record<Soc2Category, LocalizedText>> = {
  security: { en: 'Security (common criteria)', 'zh-CN': '安全性（通用准则）' },
  availability: { en: 'Availability', 'zh-CN': '可用性' },
  confidentiality: { en: 'Confidentiality', 'zh-CN': '保密性' },
  'processing-integrity': { en: 'Processing integrity', 'zh-CN': '处理完整性' },
  privacy: { en: 'Privacy', 'zh-CN': '隐私' },
};

export interface Soc2Criterion {
  /** `CC1.1` … `P8.1`. */
  readonly id: string;
  readonly group: Soc2Group;
  readonly category: Soc2Category;
  readonly title: LocalizedText;
  /** What evidence an auditor usually asks for. Custos's own wording. */
  readonly guidance: LocalizedText;
}

type CriterionRow = readonly [id: string, titleEn: string, titleZh: string, guidanceEn: string, guidanceZh: string];

const ROWS: readonly CriterionRow[] = [
  // CC1 Control environment
  ['CC1.1', 'Commitment to integrity and ethics', '对诚信和道德价值观的承诺',
    'A code of conduct with annual acknowledgements, tone-at-the-top communications, and records of how reported violations were investigated and resolved.',
    '行为准则及年度确认记录、管理层传达基调的沟通材料，以及所报告违规事项的调查和处理记录。'],
  ['CC1.2', 'Board independence and oversight of controls', '董事会的独立性及对控制的监督',
    'The board or governance committee charter, minutes showing security and risk oversight during the period, and evidence that members are independent of management.',
    '董事会或治理委员会章程、显示期内对安全和风险进行监督的会议纪要，以及成员独立于管理层的证据。'],
  ['CC1.3', 'Structures reporting lines and authorities', '组织架构、汇报关系和权限',
    'The organization chart, job descriptions that include security responsibilities, and delegation-of-authority documents reviewed in the period.',
    '组织架构图、包含安全职责的岗位说明书，以及期内经评审的授权文件。'],
  ['CC1.4', 'Attract develop and retain competent staff', '吸引、培养和留住胜任人员',
    'For a sample of staff: role requirements, hiring and background check records, training completion and performance reviews.',
    '抽样员工的岗位任职要求、招聘和背景调查记录、培训完成情况以及绩效考核。'],
  ['CC1.5', 'Individual accountability for control duties', '个人对控制职责的问责',
    'Performance objectives or reviews that include control responsibilities, and corrective or disciplinary measures taken when controls were not performed.',
    '包含控制职责的绩效目标或考核，以及控制未被执行时采取的纠正或纪律措施。'],
  // CC2 Information and communication
  ['CC2.1', 'Quality information to support controls', '支持控制运行的高质量信息',
    'The system description, data flow diagrams, the inventory of system components, and how reports used to operate controls are checked for completeness and accuracy.',
    '系统描述、数据流图、系统组件清单，以及如何核查用于执行控制的报表的完整性和准确性。'],
  ['CC2.2', 'Internal communication of control objectives and duties', '内部沟通控制目标和职责',
    'Policies published to staff, security awareness material, onboarding communications, and an internal channel for raising concerns, including anonymously.',
    '向员工发布的策略、安全意识材料、入职沟通内容，以及可匿名反映问题的内部渠道。'],
  ['CC2.3', 'Communication with external parties', '与外部各方的沟通',
    'Security commitments communicated to customers (contracts, terms, trust page), a channel for external parties to report problems, and notices sent about significant changes or incidents.',
    '向客户传达的安全承诺（合同、服务条款、信任中心页面）、供外部方报告问题的渠道，以及就重大变更或事件发出的通知。'],
  // CC3 Risk assessment
  ['CC3.1', 'Objectives defined clearly enough to assess risk', '目标明确到足以评估风险',
    'Documented operational, reporting and compliance objectives, including service commitments and system requirements, that the risk assessment refers to.',
    '风险评估所依据的成文运营、报告和合规目标，包括服务承诺和系统要求。'],
  ['CC3.2', 'Risk identification and analysis', '风险识别与分析',
    'The risk assessment method and the current risk register with likelihood, impact, owners and treatment decisions, approved by management during the period.',
    '风险评估方法，以及期内经管理层批准的当前风险登记册（含可能性、影响、责任人和处置决定）。'],
  ['CC3.3', 'Fraud risk consideration', '舞弊风险的考虑',
    'A fraud risk assessment, or fraud scenarios in the risk register, considering incentives, opportunities and management override, with the controls that address them.',
    '舞弊风险评估或风险登记册中的舞弊场景，考虑动机、机会和管理层凌驾于控制之上的情形，以及相应的控制。'],
  ['CC3.4', 'Assessment of significant changes', '重大变化的评估',
    'Records showing significant changes (new products, acquisitions, key vendors, leadership, regulation) were identified and their effect on risk assessed.',
    '显示已识别重大变化（新产品、并购、关键供应商、领导层、法规）并评估其对风险影响的记录。'],
  // CC4 Monitoring activities
  ['CC4.1', 'Ongoing and separate control evaluations', '持续和单独的控制评价',
    'The internal audit plan and reports, continuous monitoring output (e.g. compliance dashboards), and penetration test or external assessment results.',
    '内部审核计划和报告、持续监控结果（如合规仪表盘），以及渗透测试或外部评估结果。'],
  ['CC4.2', 'Deficiency evaluation and timely reporting', '缺陷评价与及时报告',
    'A findings tracker with owners and due dates, reports of significant deficiencies to management or the board, and evidence of remediation.',
    '带责任人和截止日期的发现项跟踪表、向管理层或董事会报告重大缺陷的记录，以及整改证据。'],
  // CC5 Control activities
  ['CC5.1', 'Selection of risk-mitigating control activities', '选择缓解风险的控制活动',
    'A risk and control matrix linking each significant risk to the controls that address it, showing that segregation of duties was considered in the design.',
    '将每项重大风险与应对控制关联的风险控制矩阵，并显示设计时已考虑职责分离。'],
  ['CC5.2', 'General controls over technology', '信息技术一般控制',
    'IT general controls for infrastructure, security management and system acquisition and development, shown in the control matrix and the IT policies.',
    '控制矩阵和信息技术策略中体现的、覆盖基础设施、安全管理以及系统获取和开发的信息技术一般控制。'],
  ['CC5.3', 'Controls deployed via policies and procedures', '通过策略和程序部署控制',
    'Policies and procedures with owners, approval and review dates, and evidence that the responsible staff carry them out.',
    '带责任人、批准和评审日期的策略和程序，以及责任人员实际执行的证据。'],
  // CC6 Logical and physical access controls
  ['CC6.1', 'Logical access security software and architecture', '逻辑访问安全软件与架构',
    'For the in-scope systems: the asset inventory, identity provider and MFA configuration, network segmentation, encryption-at-rest settings and key management.',
    '范围内系统的资产清单、身份提供方和多因素鉴别配置、网络分段、静态加密设置及密钥管理。'],
  ['CC6.2', 'User registration and authorization before access', '授予访问前的用户注册和授权',
    'For a sample of new users, an approved access request dated before the account was created; for a sample of leavers, account removal within the agreed time.',
    '抽样新用户在账号创建前已获批准的访问申请；抽样离职人员在约定时间内删除账号的记录。'],
  ['CC6.3', 'Role-based granting change and removal of access', '基于角色的访问授予、变更和撤销',
    'Role definitions, approved access changes, and periodic user access reviews with the corrections they led to.',
    '角色定义、经批准的访问变更，以及定期用户权限复核及由此进行的修正。'],
  ['CC6.4', 'Physical access restriction', '限制物理访问',
    'Badge access lists for offices and data centres reviewed periodically, visitor logs, and the hosting provider\'s SOC 2 report for facilities it runs.',
    '定期复核的办公室和数据中心门禁名单、访客记录，以及托管服务商所运营设施的SOC 2报告。'],
  ['CC6.5', 'Protection until data on retired assets is unrecoverable', '在退役资产数据不可恢复前持续保护',
    'The disposal procedure and wipe or destruction certificates for devices and media retired during the period.',
    '处置规程，以及期内退役设备和介质的擦除或销毁证明。'],
  ['CC6.6', 'Protection against threats from outside system boundaries', '防范来自系统边界外部的威胁',
    'Firewall or security group rules with periodic review, intrusion detection or web application firewall configuration, and MFA for remote and administrative access.',
    '防火墙或安全组规则及定期复核、入侵检测或Web应用防火墙配置，以及远程和管理访问的多因素鉴别。'],
  ['CC6.7', 'Restriction and protection of data in transmission and movement', '限制和保护传输及移动中的数据',
    'TLS configuration of external endpoints, encryption of laptops and removable media, and data leakage prevention rules.',
    '外部端点的TLS配置、笔记本电脑和可移动介质的加密，以及数据防泄露规则。'],
  ['CC6.8', 'Prevention and detection of unauthorized or malicious software', '防范和检测未经授权或恶意的软件',
    'Anti-malware deployment and update status, restrictions on installing software, and file integrity or allow-list monitoring.',
    '防恶意软件的部署和更新状态、软件安装限制，以及文件完整性或白名单监控。'],
  // CC7 System operations
  ['CC7.1', 'Detection of configuration changes and new vulnerabilities', '检测配置变更和新漏洞',
    'Configuration baselines with drift detection, vulnerability scans at the defined frequency, and tickets showing findings remediated.',
    '配置基线及漂移检测、按规定频率执行的漏洞扫描，以及显示问题已修复的工单。'],
  ['CC7.2', 'Monitoring for anomalies', '监控异常',
    'Logging and monitoring configuration (SIEM, intrusion detection, cloud alerts), alert rules, and evidence that alerts were reviewed in the period.',
    '日志和监控配置（SIEM、入侵检测、云告警）、告警规则，以及期内告警已被复核的证据。'],
  ['CC7.3', 'Evaluation of security events', '安全事态的评价',
    'The triage procedure and a sample of security events showing each was analysed and classified as an incident or not, with the reasoning.',
    '分诊规程，以及显示每个安全事态均经分析并判定是否构成事件（附理由）的样本。'],
  ['CC7.4', 'Incident response', '事件响应',
    'The incident response plan, its annual test, and incident tickets for the period showing containment, communication and remediation.',
    '事件响应计划及其年度测试，以及期内显示遏制、沟通和整改过程的事件工单。'],
  ['CC7.5', 'Recovery from incidents', '事件后的恢复',
    'Recovery steps and root-cause analysis for incidents in the period, confirmation that service was restored, and changes made to prevent recurrence.',
    '期内事件的恢复步骤和根本原因分析、服务已恢复的确认，以及为防止再次发生所做的变更。'],
  // CC8 Change management
  ['CC8.1', 'Controlled changes to infrastructure data software and procedures', '对基础设施、数据、软件和程序的受控变更',
    'The change management policy and a sample of changes with ticket, peer review, testing, approval and deployment records, including emergency changes.',
    '变更管理策略，以及抽样变更的工单、同行评审、测试、审批和部署记录，包括紧急变更。'],
  // CC9 Risk mitigation
  ['CC9.1', 'Mitigation of business disruption risk', '缓解业务中断风险',
    'Business continuity and disaster recovery plans, the business impact analysis, and insurance considered for residual risk.',
    '业务连续性和灾难恢复计划、业务影响分析，以及针对剩余风险考虑的保险安排。'],
  ['CC9.2', 'Vendor and business partner risk management', '供应商和业务合作伙伴风险管理',
    'A vendor inventory with risk ratings, due diligence and contract review for new vendors, and annual review of critical vendors\' assurance reports.',
    '带风险评级的供应商清单、新供应商的尽职调查和合同审查，以及关键供应商鉴证报告的年度审阅。'],
  // A1 Availability
  ['A1.1', 'Capacity planning and monitoring', '容量规划与监控',
    'Capacity monitoring dashboards and thresholds, capacity review notes, and scaling actions taken in the period.',
    '容量监控仪表盘和阈值、容量评审记录，以及期内采取的扩容措施。'],
  ['A1.2', 'Environmental protection backup and recovery infrastructure', '环境保护、备份和恢复基础设施',
    'Environmental protections at facilities (or the hosting provider\'s report), backup configuration and monitoring, and multi-zone or secondary-site recovery infrastructure.',
    '设施的环境保护措施（或托管服务商的报告）、备份配置和监控，以及多可用区或备用站点的恢复基础设施。'],
  ['A1.3', 'Recovery plan testing', '恢复计划测试',
    'The disaster recovery test plan and results, backup restore tests, and follow-up of issues the tests found.',
    '灾难恢复测试计划和结果、备份恢复测试，以及对测试中发现问题的跟进。'],
  // C1 Confidentiality
  ['C1.1', 'Identification and retention of confidential information', '保密信息的识别和保留',
    'The data classification policy, an inventory identifying where confidential information is held, and the retention rules applied to it.',
    '数据分级策略、标明保密信息存放位置的清单，以及适用于这些信息的保存规则。'],
  ['C1.2', 'Disposal of confidential information', '保密信息的处置',
    'Procedures for deleting confidential information at the end of retention or on customer request, and deletion logs or certificates.',
    '在保存期满或应客户要求时删除保密信息的规程，以及删除日志或证明。'],
  // PI1 Processing integrity
  ['PI1.1', 'Processing objectives data definitions and specifications', '处理目标、数据定义和规格',
    'System specifications and data definitions describing inputs, processing and outputs, and how they are made available to users.',
    '描述输入、处理和输出的系统规格和数据定义，以及向用户提供这些内容的方式。'],
  ['PI1.2', 'Input completeness and accuracy controls', '输入完整性和准确性控制',
    'Input validation rules in the application, edit checks and rejected-input reports, and reconciliations of records received.',
    '应用中的输入校验规则、编辑检查和被拒输入报告，以及对所接收记录的核对。'],
  ['PI1.3', 'Processing controls', '处理控制',
    'Job monitoring and error queues, reconciliations between processing stages, and tickets showing processing errors were corrected.',
    '作业监控和错误队列、各处理阶段之间的核对，以及显示处理错误已更正的工单。'],
  ['PI1.4', 'Output delivery controls', '输出交付控制',
    'Output reconciliations or checksums, distribution lists restricting who receives output, and delivery logs.',
    '输出核对或校验和、限定输出接收人的分发清单，以及交付日志。'],
  ['PI1.5', 'Storage of inputs in-process items and outputs', '输入、处理中项目和输出的存储',
    'Storage and retention settings for inputs and outputs, integrity checks on stored records, and backups of processing data.',
    '输入和输出的存储及保存设置、对存储记录的完整性检查，以及处理数据的备份。'],
  // P Privacy
  ['P1.1', 'Privacy notice to data subjects', '向数据主体提供的隐私声明',
    'The published privacy notice with its version history, and evidence it is presented at or before the point of collection.',
    '已发布的隐私声明及其版本历史，以及在收集时或收集前展示该声明的证据。'],
  ['P2.1', 'Choice and consent communication', '选择与同意的沟通',
    'Consent screens or forms, time-stamped consent records, and the mechanism for withdrawing consent or opting out.',
    '同意界面或表单、带时间戳的同意记录，以及撤回同意或选择退出的机制。'],
  ['P3.1', 'Collection limited to privacy objectives', '收集限于隐私目标',
    'A data inventory or record of processing tying each category of personal information to a stated purpose, and reviews of collection forms.',
    '将每类个人信息与所声明目的相对应的数据清单或处理活动记录，以及对收集表单的审查。'],
  ['P3.2', 'Explicit consent where required', '必要时取得明示同意',
    'Identification of data that needs explicit consent (e.g. sensitive personal information) and explicit consent records for a sample of individuals.',
    '对需要明示同意的数据（如敏感个人信息）的识别，以及抽样个人的明示同意记录。'],
  ['P4.1', 'Use limitation', '使用限制',
    'Rules limiting use of personal information to the purposes in the notice, access restrictions that enforce them, and review of new uses before they start.',
    '将个人信息使用限制在声明目的范围内的规则、落实这些规则的访问限制，以及新用途启用前的审查。'],
  ['P4.2', 'Retention', '保留',
    'The retention schedule for personal information and reports or job logs showing that data past its retention period is identified.',
    '个人信息保存期限表，以及显示已识别超期数据的报告或任务日志。'],
  ['P4.3', 'Secure disposal', '安全处置',
    'The deletion or anonymisation procedure and logs showing personal information was disposed of when due, including on request.',
    '删除或匿名化规程，以及显示个人信息按期（包括应请求）处置的日志。'],
  ['P5.1', 'Data subject access and copies', '数据主体的访问和获取副本',
    'The data subject request log with identity verification and response dates within the legal deadlines, and copies of responses for a sample.',
    '包含身份核验和在法定时限内答复日期的数据主体请求台账，以及抽样答复副本。'],
  ['P5.2', 'Correction and amendment with onward notice', '更正和修改并通知第三方',
    'Correction requests and how they were handled, including notices passed on to third parties who had received the data.',
    '更正请求及其处理情况，包括向已接收数据的第三方转达的通知。'],
  ['P6.1', 'Disclosure to third parties with consent', '经同意向第三方披露',
    'A list of third parties receiving personal information with the purpose of each, and the consent or notice that covers each disclosure.',
    '接收个人信息的第三方清单及各自目的，以及覆盖每项披露的同意或告知。'],
  ['P6.2', 'Record of authorized disclosures', '授权披露的记录',
    'A disclosure log recording which personal information was shared, with whom, when and on what basis.',
    '记录共享了哪些个人信息、与谁共享、何时共享及依据何种基础的披露日志。'],
  ['P6.3', 'Record of unauthorized disclosures and breaches', '未授权披露和泄露事件的记录',
    'A register of privacy incidents and breaches with facts, effects and remedial actions, including those that were not notified.',
    '隐私事件和泄露事件登记册，记录事实、影响和补救措施，包括未通知的事件。'],
  ['P6.4', 'Vendor privacy commitments and compliance checks', '供应商的隐私承诺及合规检查',
    'Data processing agreements containing privacy commitments, and periodic assessments of whether vendors keep them.',
    '包含隐私承诺的数据处理协议，以及对供应商是否遵守承诺的定期评估。'],
  ['P6.5', 'Vendor commitment to report unauthorized disclosures', '供应商报告未授权披露的承诺',
    'Contract clauses requiring vendors to report unauthorized disclosures within a set time, and records of any such reports received.',
    '要求供应商在规定时间内报告未授权披露的合同条款，以及收到此类报告的记录。'],
  ['P6.6', 'Breach notification to data subjects and regulators', '向数据主体和监管机构通知泄露事件',
    'The breach notification procedure with the legal timelines, and notification letters or regulator filings for breaches in the period.',
    '包含法定时限的泄露通知规程，以及期内泄露事件的通知函或向监管机构报送的材料。'],
  ['P6.7', 'Accounting of PI held and disclosed on request', '应请求说明所持有和披露的个人信息',
    'The procedure and sample responses giving individuals an account of the personal information held about them and the third parties it was disclosed to.',
    '向个人说明所持有的其个人信息以及这些信息被披露给哪些第三方的规程和抽样答复。'],
  ['P7.1', 'Accurate complete and relevant PI', '个人信息准确、完整且相关',
    'Data quality checks, the means for individuals to update their details, and periodic reviews of records for accuracy.',
    '数据质量检查、供个人更新其信息的途径，以及对记录准确性的定期审查。'],
  ['P8.1', 'Inquiries complaints and disputes handling and monitoring', '咨询、投诉和争议的处理与监督',
    'A log of privacy inquiries and complaints with resolutions and dates, the escalation path, and periodic review of privacy compliance and complaint trends.',
    '包含处理结果和日期的隐私咨询及投诉台账、升级路径，以及对隐私合规情况和投诉趋势的定期审查。'],
];

function groupOf(id: string): Soc2Group {
  const prefix = /^(CC\d|A1|C1|PI1|P)/.exec(id)?.[1];
  const group = SOC2_GROUPS.find((candidate) => candidate === prefix);
  if (!group) throw new Error(`SOC 2 criterion with no group: ${id}`);
  return group;
}

export const SOC2_CRITERIA: readonly Soc2Criterion[] = Object.freeze(
  ROWS.map(([id, titleEn, titleZh, guidanceEn, guidanceZh]) => {
    const group = groupOf(id);
    return Object.freeze({
      id,
      group,
      category: SOC2_GROUP_INFO[group].category,
      title: { en: titleEn, 'zh-CN': titleZh },
      guidance: { en: guidanceEn, 'zh-CN': guidanceZh },
    });
  }),
);
