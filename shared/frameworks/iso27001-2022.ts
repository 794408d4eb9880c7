// ISO/IEC 27001:2022 catalog: management-system clauses 4–10, the 93 Annex A controls and the
// documented information the clauses require. Titles are the standard's short identifiers; the
// Chinese titles follow the terminology of the GB/T 22080 / GB/T 22081 national adoptions (审查,
// 鉴别, 事态/事件, 处置, 特许 …) and otherwise a careful translation. The evidence guidance is
// Custos's own wording: what an auditor usually asks to see, not the text of the standard.
import type { LocalizedText } from './types';

export const ISO27001_EDITION = '2022';

export const ISO_THEMES = ['organizational', 'people', 'physical', 'technological'] as const;
export type IsoTheme = (typeof ISO_THEMES)[number];

export const ISO_THEME_TITLES: Readonly<Record<IsoTheme, LocalizedText>> = {
  organizational: { en: 'Organizational controls', 'zh-CN': '组织控制' },
  people: { en: 'People controls', 'zh-CN': '人员控制' },
  physical: { en: 'Physical controls', 'zh-CN': '物理控制' },
  technological: { en: 'Technological controls', 'zh-CN': '技术控制' },
};

// ---------------------------------------------------------------------------------------------
// Clauses 4–10

export interface IsoClause {
  readonly id: string;
  /** The enclosing clause (`6.1` for `6.1.2`, `6` for `6.1`), null for the top-level clauses. */
  readonly parent: string | null;
  readonly heading: LocalizedText;
}

type ClauseRow = readonly [id: string, en: string, zh: string];

const CLAUSE_ROWS: readonly ClauseRow[] = [
  ['4', 'Context of the organization', '组织环境'],
  ['4.1', 'Understanding the organization and its context', '理解组织及其环境'],
  ['4.2', 'Understanding the needs and expectations of interested parties', '理解相关方的需求和期望'],
  ['4.3', 'Determining the scope of the information security management system', '确定信息安全管理体系的范围'],
  ['4.4', 'Information security management system', '信息安全管理体系'],
  ['5', 'Leadership', '领导'],
  ['5.1', 'Leadership and commitment', '领导和承诺'],
  ['5.2', 'Policy', '方针'],
  ['5.3', 'Organizational roles, responsibilities and authorities', '组织的角色、责任和权限'],
  ['6', 'Planning', '规划'],
  ['6.1', 'Actions to address risks and opportunities', '应对风险和机会的措施'],
  ['6.1.1', 'General', '总则'],
  ['6.1.2', 'Information security risk assessment', '信息安全风险评估'],
  ['6.1.3', 'Information security risk treatment', '信息安全风险处置'],
  ['6.2', 'Information security objectives and planning to achieve them', '信息安全目标及其实现的规划'],
  ['6.3', 'Planning for changes', '变更的规划'],
  ['7', 'Support', '支持'],
  ['7.1', 'Resources', '资源'],
  ['7.2', 'Competence', '能力'],
  ['7.3', 'Awareness', '意识'],
  ['7.4', 'Communication', '沟通'],
  ['7.5', 'Documented information', '文件化信息'],
  ['7.5.1', 'General', '总则'],
  ['7.5.2', 'Creating and updating documented information', '文件化信息的创建和更新'],
  ['7.5.3', 'Control of documented information', '文件化信息的控制'],
  ['8', 'Operation', '运行'],
  ['8.1', 'Operational planning and control', '运行的规划和控制'],
  ['8.2', 'Information security risk assessment', '信息安全风险评估'],
  ['8.3', 'Information security risk treatment', '信息安全风险处置'],
  ['9', 'Performance evaluation', '绩效评价'],
  ['9.1', 'Monitoring, measurement, analysis and evaluation', '监视、测量、分析和评价'],
  ['9.2', 'Internal audit', '内部审核'],
  ['9.2.1', 'General', '总则'],
  ['9.2.2', 'Internal audit programme', '内部审核方案'],
  ['9.3', 'Management review', '管理评审'],
  ['9.3.1', 'General', '总则'],
  ['9.3.2', 'Management review inputs', '管理评审输入'],
  ['9.3.3', 'Management review results', '管理评审结果'],
  ['10', 'Improvement', '改进'],
  ['10.1', 'Continual improvement', '持续改进'],
  ['10.2', 'Nonconformity and corrective action', '不符合及纠正措施'],
];

function parentOf(id: string): string | null {
  const cut = id.lastIndexOf('.');
  return cut < 0 ? null : id.slice(0, cut);
}

export const ISO_CLAUSES: readonly IsoClause[] = Object.freeze(
  CLAUSE_ROWS.map(([id, en, zh]) => Object.freeze({ id, parent: parentOf(id), heading: { en, 'zh-CN': zh } })),
);

// ---------------------------------------------------------------------------------------------
// Annex A controls

export interface AnnexAControl {
  /** `5.1` … `8.34`, without the `A.` prefix. */
  readonly id: string;
  readonly theme: IsoTheme;
  readonly title: LocalizedText;
  /** What evidence an auditor usually asks for. Custos's own wording. */
  readonly guidance: LocalizedText;
}

type ControlRow = readonly [id: string, titleEn: string, titleZh: string, guidanceEn: string, guidanceZh: string];

const ORGANIZATIONAL: readonly ControlRow[] = [
  ['5.1', 'Policies for information security', '信息安全策略',
    'The approved information security policy and topic-specific policies with version history, evidence they were communicated to and acknowledged by staff, and the record of the last scheduled review.',
    '经批准的信息安全方针和专题策略（含版本记录），向员工传达并获得确认的证据，以及最近一次定期评审的记录。'],
  ['5.2', 'Information security roles and responsibilities', '信息安全角色和责任',
    'A roles-and-responsibilities matrix (e.g. RACI) for security activities, an appointment letter or job description naming the security lead, and evidence that asset and risk owners are assigned.',
    '信息安全活动的角色和职责矩阵（如RACI）、指定安全负责人的任命文件或岗位说明书，以及资产和风险责任人已分配的证据。'],
  ['5.3', 'Segregation of duties', '职责分离',
    'A segregation-of-duties matrix listing conflicting duties, access listings showing nobody holds a conflicting pair (e.g. developer and production deployer), and compensating controls where separation is impractical.',
    '列明冲突职责的职责分离矩阵，显示无人同时持有冲突角色（如开发人员兼生产发布人员）的权限清单，以及无法分离时采取的补偿性控制。'],
  ['5.4', 'Management responsibilities', '管理责任',
    'Evidence that managers require staff and contractors to follow security policies: onboarding briefings, policy acknowledgements tracked by management, and management follow-up on non-compliance.',
    '管理者要求员工和承包方遵守安全策略的证据：入职说明、由管理层跟踪的策略确认记录，以及管理层对不合规情况的跟进。'],
  ['5.5', 'Contact with authorities', '与职能机构的联系',
    'A maintained list of authorities (regulators, the data protection authority, law enforcement, national CERT) with contact details and when to contact them, plus records of contacts made in the period.',
    '维护中的主管机构清单（监管机构、数据保护机构、执法部门、国家应急响应组织），含联系方式和联络时机，以及期内实际联络的记录。'],
  ['5.6', 'Contact with special interest groups', '与特定相关方的联系',
    'Memberships of security forums, subscriptions to vendor advisories or industry groups, and examples of information received from them being acted on.',
    '参加安全论坛、订阅厂商安全通告或行业组织的证明，以及根据所获信息采取行动的实例。'],
  ['5.7', 'Threat intelligence', '威胁情报',
    'The threat intelligence sources used, how they are analysed, and examples where intelligence led to a concrete action such as a blocked indicator or an adjusted control.',
    '所用的威胁情报来源、分析方式，以及情报促成具体行动（如封禁威胁指标或调整控制）的实例。'],
  ['5.8', 'Information security in project management', '项目管理中的信息安全',
    'The project methodology showing a security checkpoint (risk assessment, security requirements, sign-off), and completed security checklists for a sample of projects in the period.',
    '体现安全检查点（风险评估、安全需求、签核）的项目管理方法，以及期内抽样项目已完成的安全检查单。'],
  ['5.9', 'Inventory of information and other associated assets', '信息及其他相关资产的清单',
    'The asset inventory (hardware, software, data stores, cloud services) with an owner for each asset, evidence of periodic reconciliation, and how new assets are added.',
    '资产清单（硬件、软件、数据存储、云服务）及每项资产的责任人，定期核对的证据，以及新增资产的登记方式。'],
  ['5.10', 'Acceptable use of information and other associated assets', '信息及其他相关资产的可接受使用',
    'The acceptable use rules, signed acknowledgements from staff, and handling rules for information at each classification level.',
    '可接受使用规则、员工签署的确认书，以及各分级级别信息的处理规则。'],
  ['5.11', 'Return of assets', '资产的归还',
    'Offboarding checklists for leavers in the period showing laptops, badges and tokens returned, reconciled against the asset inventory.',
    '期内离职人员的离职检查单，显示笔记本电脑、门禁卡和令牌已归还，并与资产清单核对一致。'],
  ['5.12', 'Classification of information', '信息的分级',
    'The classification scheme with levels and criteria, evidence that information assets are classified (e.g. a classification field in the inventory), and the scheme\'s periodic review.',
    '包含级别和判定准则的分级方案，信息资产已分级的证据（如资产清单中的分级字段），以及方案的定期评审记录。'],
  ['5.13', 'Labelling of information', '信息的标记',
    'The labelling procedure, samples of labelled documents, e-mails or system records, and any automatic labelling configuration.',
    '标记规程，已标记的文件、邮件或系统记录样本，以及自动标记的配置。'],
  ['5.14', 'Information transfer', '信息传输',
    'Transfer rules for each channel (e-mail, file sharing, removable media, APIs), encryption settings for transfers, and signed transfer agreements with external parties.',
    '各传输渠道（邮件、文件共享、可移动介质、API）的传输规则、传输加密配置，以及与外部方签署的信息传输协议。'],
  ['5.15', 'Access control', '访问控制',
    'The access control policy (need-to-know, least privilege), role definitions for each key system, and evidence the rules are implemented in those systems.',
    '访问控制策略（按需知悉、最小权限）、各关键系统的角色定义，以及这些系统中已落实规则的证据。'],
  ['5.16', 'Identity management', '身份管理',
    'The joiner-mover-leaver procedure, a sample of created and disabled accounts traced to HR records, and the list of shared and service accounts with their owners.',
    '入职、调岗、离职的账号管理规程，可追溯至人事记录的新建和停用账号样本，以及共享账号和服务账号清单及其责任人。'],
  ['5.17', 'Authentication information', '鉴别信息',
    'Password and secret-handling rules, configuration showing the password policy is enforced, how initial credentials are issued securely, and the secrets management tool in use.',
    '口令和机密信息处理规则、体现口令策略强制执行的配置、初始鉴别信息的安全发放方式，以及所用的机密信息管理工具。'],
  ['5.18', 'Access rights', '访问权限',
    'Approved access requests for a sample of grants, completed periodic access reviews with the removals they led to, and timely revocation for leavers.',
    '抽样授权的访问申请及审批记录、已完成的定期权限复核及由此撤销的权限，以及离职人员权限及时回收的证据。'],
  ['5.19', 'Information security in supplier relationships', '供应商关系中的信息安全',
    'The supplier security policy, a supplier register with risk ratings, and due-diligence records (questionnaires, certificates) for critical suppliers.',
    '供应商安全策略、带风险评级的供应商登记册，以及关键供应商的尽职调查记录（问卷、认证证书）。'],
  ['5.20', 'Addressing information security within supplier agreements', '在供应商协议中处理信息安全',
    'Signed contracts or data processing agreements with critical suppliers containing security clauses: confidentiality, incident notification, audit rights, subcontracting rules and return of data.',
    '与关键供应商签署的合同或数据处理协议，其中包含安全条款：保密、事件通知、审计权、分包规则和数据返还。'],
  ['5.21', 'Managing information security in the ICT supply chain', '管理ICT供应链中的信息安全',
    'Requirements passed to ICT suppliers about their own sub-suppliers, checks on component provenance (e.g. software bills of materials, signed packages), and reviews of critical component suppliers.',
    '向ICT供应商提出的关于其下级供应商的要求、组件来源检查（如软件物料清单、签名软件包），以及对关键组件供应商的评审。'],
  ['5.22', 'Monitoring, review and change management of supplier services', '供应商服务的监视、评审和变更管理',
    'Periodic supplier reviews (SLA reports, SOC 2 reports or ISO certificates read and their exceptions followed up), and supplier change notices assessed for security impact.',
    '定期供应商评审（服务级别报告、已审阅的SOC 2报告或ISO证书及其例外事项的跟进），以及对供应商变更通知所做的安全影响评估。'],
  ['5.23', 'Information security for use of cloud services', '使用云服务的信息安全',
    'The cloud services policy, the list of cloud services in use with owners, a shared-responsibility analysis, and exit or data-retrieval plans for critical services.',
    '云服务策略、在用云服务清单及其责任人、责任共担分析，以及关键服务的退出或数据取回计划。'],
  ['5.24', 'Information security incident management planning and preparation', '信息安全事件管理的策划和准备',
    'The incident response plan with roles, severity levels and contact lists, evidence the response team was trained, and a tabletop exercise or test held in the period.',
    '包含角色、严重等级和联络清单的事件响应计划，响应团队接受培训的证据，以及期内开展的桌面推演或测试。'],
  ['5.25', 'Assessment and decision on information security events', '信息安全事态的评估和决策',
    'The triage criteria for deciding whether an event is an incident, and an event log showing each reported event was assessed and the decision recorded.',
    '判定事态是否构成事件的分诊准则，以及显示每个已报告事态均经评估并记录决定的事态日志。'],
  ['5.26', 'Response to information security incidents', '信息安全事件的响应',
    'Incident tickets for the period showing containment, eradication, recovery and communication steps with timestamps, and escalation to management or authorities where required.',
    '期内的事件工单，显示带时间戳的遏制、根除、恢复和沟通步骤，以及按要求向管理层或主管机构的升级报告。'],
  ['5.27', 'Learning from information security incidents', '从信息安全事件中学习',
    'Post-incident reviews with root cause and follow-up actions, and evidence those actions were tracked to completion or fed into the risk assessment.',
    '包含根本原因和后续措施的事件复盘报告，以及这些措施被跟踪至完成或纳入风险评估的证据。'],
  ['5.28', 'Collection of evidence', '证据的收集',
    'The evidence-handling procedure (chain of custody, integrity hashes, retention) and, for any incident that needed it, the preserved evidence with its custody log.',
    '证据处理规程（保管链、完整性哈希、保存期限），以及需要时为事件保全的证据及其保管记录。'],
  ['5.29', 'Information security during disruption', '中断期间的信息安全',
    'Continuity plans stating how security controls are kept in place during a disruption (e.g. emergency access, fallback sites), and results of exercises.',
    '说明中断期间如何保持安全控制（如应急访问、备用场地）的连续性计划，以及演练结果。'],
  ['5.30', 'ICT readiness for business continuity', '业务连续性的ICT就绪',
    'A business impact analysis with recovery time and recovery point objectives, ICT continuity plans for critical systems, and failover or recovery test results measured against those objectives.',
    '包含恢复时间目标和恢复点目标的业务影响分析、关键系统的ICT连续性计划，以及对照这些目标的切换或恢复测试结果。'],
  ['5.31', 'Legal, statutory, regulatory and contractual requirements', '法律、法定、监管和合同要求',
    'A register of applicable laws, regulations and contractual obligations with owners and a review date, showing how each requirement is met.',
    '适用的法律、法规和合同义务登记册，含责任人和评审日期，并说明每项要求的满足方式。'],
  ['5.32', 'Intellectual property rights', '知识产权',
    'A software licence inventory reconciled against installations, the rules for using licensed and open-source material, and results of licence compliance checks.',
    '与实际安装核对的软件许可清单、使用许可材料和开源材料的规则，以及许可合规检查结果。'],
  ['5.33', 'Protection of records', '记录的保护',
    'The records retention schedule, storage controls protecting records from loss or tampering (access restrictions, immutable storage), and disposal records at the end of retention.',
    '记录保存期限表，防止记录丢失或被篡改的存储控制（访问限制、不可更改存储），以及保存期满时的销毁记录。'],
  ['5.34', 'Privacy and protection of PII', '隐私和个人可识别信息（PII）保护',
    'The privacy policy and records of processing, data protection impact assessments, the data subject request log, and a mapping of applicable privacy laws to the controls that meet them.',
    '隐私政策和处理活动记录、个人信息保护影响评估、数据主体请求台账，以及适用隐私法规与所对应控制之间的映射。'],
  ['5.35', 'Independent review of information security', '信息安全的独立评审',
    'Reports of independent reviews of the ISMS (internal audit by staff independent of the area, or external assessments) with findings and management responses.',
    '对信息安全管理体系的独立评审报告（由独立于被审领域的人员开展的内部审核或外部评估），以及发现项和管理层回复。'],
  ['5.36', 'Compliance with policies, rules and standards for information security', '符合信息安全的策略、规则和标准',
    'Reviews by managers or the compliance team checking that policies are followed (including technical compliance scans), with non-compliance logged and corrected.',
    '管理者或合规团队检查策略遵守情况的复查记录（含技术合规扫描），以及不合规项的登记和纠正。'],
  ['5.37', 'Documented operating procedures', '文件化的操作规程',
    'Operating procedures for key activities (backup, patching, onboarding, incident handling) with owners and review dates, available to the staff who need them.',
    '关键活动（备份、补丁、入职、事件处理）的操作规程，含责任人和评审日期，并可供需要的人员取用。'],
];

const PEOPLE: readonly ControlRow[] = [
  ['6.1', 'Screening', '审查',
    'The screening rules proportionate to role risk and, for a sample of hires in the period, background or reference checks completed before the start date.',
    '与岗位风险相称的背景审查规则，以及期内抽样新员工在入职日期前完成的背景调查或证明人核查记录。'],
  ['6.2', 'Terms and conditions of employment', '任用条款及条件',
    'Employment and contractor agreements containing security and confidentiality obligations, signed by a sample of new hires before access was granted.',
    '包含安全和保密义务的劳动合同及承包方协议，以及抽样新员工在获得访问权限前的签署记录。'],
  ['6.3', 'Information security awareness, education and training', '信息安全意识、教育和培训',
    'The training plan and content, completion records for all staff (onboarding and annual), role-specific training such as secure coding for developers, and phishing-simulation results where used.',
    '培训计划和内容、全体员工（入职和年度）的完成记录、面向特定岗位的培训（如开发人员的安全编码培训），以及如有开展的钓鱼演练结果。'],
  ['6.4', 'Disciplinary process', '违规处理过程',
    'The documented disciplinary process for security violations, evidence it was communicated to staff, and anonymised records showing it was applied consistently when needed.',
    '针对安全违规的成文违规处理过程、已向员工传达的证据，以及必要时一致执行的匿名化记录。'],
  ['6.5', 'Responsibilities after termination or change of employment', '任用终止或变更后的责任',
    'Exit documents reminding leavers of continuing confidentiality duties, and role-change records showing security responsibilities were handed over.',
    '提醒离职人员持续承担保密义务的离职文件，以及显示岗位变动后安全职责已交接的记录。'],
  ['6.6', 'Confidentiality or non-disclosure agreements', '保密或不泄露协议',
    'NDA templates reviewed against current needs, and signed NDAs from employees, contractors and third parties who access confidential information.',
    '按当前需要评审过的保密协议模板，以及接触保密信息的员工、承包方和第三方签署的保密协议。'],
  ['6.7', 'Remote working', '远程工作',
    'The remote-working rules, VPN or zero-trust access configuration, device requirements for working from home, and acknowledgements from remote staff.',
    '远程工作规则、VPN或零信任访问配置、居家办公的设备要求，以及远程员工的确认记录。'],
  ['6.8', 'Information security event reporting', '信息安全事态报告',
    'The reporting channel (form, mailbox, hotline) known to staff, training that explains it, and the log of events reported through it in the period.',
    '员工知晓的报告渠道（表单、邮箱、热线）、讲解该渠道的培训，以及期内通过该渠道报告的事态记录。'],
];

const PHYSICAL: readonly ControlRow[] = [
  ['7.1', 'Physical security perimeters', '物理安全边界',
    'Site plans marking secure areas and their boundaries, and evidence the perimeters (walls, doors, locks) are in place and inspected.',
    '标明安全区域及其边界的场地平面图，以及边界（墙体、门、锁）已到位并经检查的证据。'],
  ['7.2', 'Physical entry', '物理入口',
    'Badge or key access lists reviewed periodically, visitor logs showing escorts, and entry records for a sample of days.',
    '定期复核的门禁卡或钥匙授权名单、显示陪同情况的访客登记，以及抽样日期的出入记录。'],
  ['7.3', 'Securing offices, rooms and facilities', '办公室、房间和设施的安全保护',
    'Walkthrough evidence that offices and rooms holding sensitive information are locked and not publicly signposted, and the access list for those rooms.',
    '现场巡查证据，表明存放敏感信息的办公室和房间已上锁且无公开指示标识，以及这些房间的授权名单。'],
  ['7.4', 'Physical security monitoring', '物理安全监视',
    'CCTV coverage and retention settings, intrusion alarm configuration and test records, and who reviews the alerts.',
    '视频监控覆盖范围和保存设置、入侵报警配置及测试记录，以及告警的复核人员。'],
  ['7.5', 'Protecting against physical and environmental threats', '防范物理和环境威胁',
    'A site risk assessment covering fire, flood, power loss and other environmental threats, with inspection certificates for fire detection and suppression.',
    '涵盖火灾、水浸、断电等环境威胁的场所风险评估，以及火灾探测和灭火设施的检验证书。'],
  ['7.6', 'Working in secure areas', '在安全区域工作',
    'Rules for working in secure areas (no unsupervised third parties, no recording devices), posted or acknowledged, and spot-check records.',
    '在安全区域工作的规则（第三方不得无人监督、禁止录音录像设备），张贴或确认的证据，以及抽查记录。'],
  ['7.7', 'Clear desk and clear screen', '清理桌面和屏幕',
    'The clear desk and clear screen rules, automatic screen-lock settings pushed by device management, and results of office sweeps.',
    '清理桌面和屏幕规则、由设备管理系统下发的自动锁屏设置，以及办公区巡检结果。'],
  ['7.8', 'Equipment siting and protection', '设备安置和保护',
    'Server room or rack layout showing equipment protected from environmental hazards and from being overlooked, and temperature and humidity monitoring.',
    '显示设备免受环境危害和被窥视的机房或机柜布局，以及温湿度监控记录。'],
  ['7.9', 'Security of assets off-premises', '场所外资产的安全',
    'Rules for laptops and equipment used off-site, full-disk encryption status reports, and a sign-out log for equipment taken off the premises.',
    '在场所外使用笔记本电脑和设备的规则、全盘加密状态报告，以及设备带离场所的登记记录。'],
  ['7.10', 'Storage media', '存储介质',
    'The removable media rules, technical controls (USB blocking or enforced encryption), a register of authorised media, and destruction certificates.',
    '可移动介质规则、技术控制（禁用USB或强制加密）、授权介质登记册，以及销毁证明。'],
  ['7.11', 'Supporting utilities', '支持性设施',
    'UPS and generator test records, redundant power and cooling for critical rooms, and maintenance contracts for these utilities.',
    'UPS和发电机测试记录、关键机房的冗余供电和制冷，以及这些设施的维护合同。'],
  ['7.12', 'Cabling security', '布缆安全',
    'Cabling diagrams, evidence that power and network cables are protected (conduits, locked patch panels), and separation of power from data cabling.',
    '布缆图、电源线和网络线缆受保护的证据（线管、上锁的配线架），以及电源线缆与数据线缆的分离。'],
  ['7.13', 'Equipment maintenance', '设备维护',
    'A maintenance schedule following manufacturer guidance, maintenance logs, and supervision or data-removal records when third parties service equipment.',
    '依据制造商建议的维护计划、维护日志，以及第三方维修设备时的监督或数据清除记录。'],
  ['7.14', 'Secure disposal or re-use of equipment', '设备的安全处置或再利用',
    'The disposal and re-use procedure, and wipe or destruction certificates for devices disposed of in the period, reconciled against the asset inventory.',
    '处置和再利用规程，以及期内已处置设备的擦除或销毁证明，并与资产清单核对一致。'],
];

const TECHNOLOGICAL: readonly ControlRow[] = [
  ['8.1', 'User end point devices', '用户终端设备',
    'Device management enrolment and compliance reports showing encryption, screen lock, patch level and endpoint protection on company devices and approved personal devices.',
    '设备管理系统的注册和合规报告，显示公司设备及经批准个人设备的加密、锁屏、补丁级别和终端防护状态。'],
  ['8.2', 'Privileged access rights', '特许访问权限',
    'A list of privileged accounts with justification and owner, approval records, periodic reviews of administrator rights, and use of separate admin accounts or just-in-time elevation.',
    '特许账号清单（含理由和责任人）、审批记录、管理员权限的定期复核，以及独立管理员账号或即时提权的使用情况。'],
  ['8.3', 'Information access restriction', '信息访问限制',
    'Application and storage permission settings matching the access control policy, e.g. bucket policies, database grants and file-share permissions for sensitive data.',
    '与访问控制策略相符的应用和存储权限设置，如敏感数据的存储桶策略、数据库授权和文件共享权限。'],
  ['8.4', 'Access to source code', '源代码的访问',
    'Repository access lists, branch protection and mandatory review settings, and removal of leavers from the code hosting platform.',
    '代码仓库访问名单、分支保护和强制评审设置，以及从代码托管平台移除离职人员的记录。'],
  ['8.5', 'Secure authentication', '安全鉴别',
    'Identity provider settings showing multi-factor authentication enforced, lockout and session timeout values, and the list of approved exceptions.',
    '身份提供方设置，显示已强制多因素鉴别、账号锁定和会话超时参数，以及经批准的例外清单。'],
  ['8.6', 'Capacity management', '容量管理',
    'Capacity monitoring dashboards and thresholds, capacity alerts raised in the period, and capacity planning reviews or auto-scaling configuration.',
    '容量监控仪表盘及阈值、期内产生的容量告警，以及容量规划评审或自动扩缩容配置。'],
  ['8.7', 'Protection against malware', '恶意软件防范',
    'Endpoint protection coverage measured against the asset inventory, signature and engine update status, and handling of detections in the period.',
    '对照资产清单的终端防护覆盖率、特征库和引擎更新状态，以及期内检出事件的处理记录。'],
  ['8.8', 'Management of technical vulnerabilities', '技术脆弱性管理',
    'Vulnerability scan and penetration test reports, the patching rules with remediation deadlines by severity, and evidence that findings were fixed within those deadlines.',
    '漏洞扫描和渗透测试报告、按严重程度规定修复期限的补丁规则，以及在期限内完成修复的证据。'],
  ['8.9', 'Configuration management', '配置管理',
    'Approved configuration baselines (e.g. CIS benchmarks), infrastructure-as-code or configuration management records, and configuration drift reports.',
    '经批准的配置基线（如CIS基准）、基础设施即代码或配置管理记录，以及配置漂移报告。'],
  ['8.10', 'Information deletion', '信息删除',
    'The deletion procedure tied to the retention schedule, records of deletion jobs or deletion requests carried out, and providers\' confirmations of deletion.',
    '与保存期限表挂钩的删除规程、已执行的删除任务或删除请求记录，以及服务商出具的删除确认。'],
  ['8.11', 'Data masking', '数据脱敏',
    'Rules stating where masking, pseudonymisation or tokenisation is required, and configuration or screenshots showing masked data in non-production environments, reports and support tools.',
    '规定何处须进行脱敏、假名化或令牌化的规则，以及显示非生产环境、报表和支持工具中数据已脱敏的配置或截图。'],
  ['8.12', 'Data leakage prevention', '数据防泄露',
    'Data leakage prevention policies for e-mail, web and endpoints, alerts reviewed in the period, and the approved channels for sensitive data.',
    '针对邮件、网页和终端的数据防泄露策略、期内已复核的告警，以及敏感数据的批准传输渠道。'],
  ['8.13', 'Information backup', '信息备份',
    'The backup policy, backup job configuration and logs, and results of restore tests carried out within the period.',
    '备份策略、备份任务配置和日志，以及期内开展的恢复测试结果。'],
  ['8.14', 'Redundancy of information processing facilities', '信息处理设施的冗余',
    'Architecture diagrams showing redundant components (multiple zones, clustering, spare links), and failover test results.',
    '显示冗余组件（多可用区、集群、备用链路）的架构图，以及故障切换测试结果。'],
  ['8.15', 'Logging', '日志',
    'The logging standard (events, fields, retention), log configuration for key systems, protection of logs against alteration, and sample log extracts.',
    '日志标准（事件类型、字段、保存期限）、关键系统的日志配置、防止日志被篡改的保护措施，以及日志样本摘录。'],
  ['8.16', 'Monitoring activities', '监视活动',
    'Monitoring or SIEM rules and alert thresholds, alert tickets raised and triaged in the period, and the on-call or review rota.',
    '监视或SIEM规则及告警阈值、期内产生并已分诊的告警工单，以及值班或复核安排。'],
  ['8.17', 'Clock synchronization', '时钟同步',
    'Configuration pointing systems to approved time sources (NTP), and evidence that clock drift is monitored.',
    '将系统指向经批准时间源（NTP）的配置，以及时钟偏差受到监控的证据。'],
  ['8.18', 'Use of privileged utility programs', '特许实用程序的使用',
    'The list of privileged utility programs, who may run them, installation restrictions, and logs of their use.',
    '特许实用程序清单、允许运行的人员、安装限制，以及使用日志。'],
  ['8.19', 'Installation of software on operational systems', '在运行系统上安装软件',
    'Rules on who may install software on production systems, allow-listing or package controls, and deployment records for installed software.',
    '关于谁可以在生产系统上安装软件的规则、白名单或软件包控制，以及软件安装的部署记录。'],
  ['8.20', 'Networks security', '网络安全',
    'Network diagrams, firewall and router configurations with rule reviews, and restricted management access to network devices.',
    '网络拓扑图、防火墙和路由器配置及规则复核记录，以及对网络设备管理访问的限制。'],
  ['8.21', 'Security of network services', '网络服务的安全',
    'Security requirements and SLAs for network services (ISP, CDN, DNS, VPN), and evidence the providers meet them (reports, configuration).',
    '网络服务（运营商、CDN、DNS、VPN）的安全要求和服务级别协议，以及服务商满足这些要求的证据（报告、配置）。'],
  ['8.22', 'Segregation of networks', '网络隔离',
    'The network zoning design (production, corporate, guest, management), VLAN or security group configuration, and tests showing the zones are separated.',
    '网络分区设计（生产、办公、访客、管理）、VLAN或安全组配置，以及证明分区相互隔离的测试。'],
  ['8.23', 'Web filtering', 'Web过滤',
    'The web filtering rules and blocked categories, coverage of remote devices, and logs of blocked access.',
    'Web过滤规则和封禁类别、对远程设备的覆盖情况，以及访问被拦截的日志。'],
  ['8.24', 'Use of cryptography', '密码技术的使用',
    'The cryptography and key management standard, evidence of encryption at rest and in transit (TLS configuration, storage encryption settings), and key rotation records.',
    '密码使用和密钥管理标准、静态加密和传输加密的证据（TLS配置、存储加密设置），以及密钥轮换记录。'],
  ['8.25', 'Secure development life cycle', '安全开发生命周期',
    'The description of the secure development life cycle and, for a sample of releases, the security activities performed (threat modelling, reviews, scans).',
    '安全开发生命周期说明，以及抽样发布版本所执行的安全活动（威胁建模、评审、扫描）。'],
  ['8.26', 'Application security requirements', '应用安全要求',
    'Security requirements captured in specifications or user stories (authentication, input validation, logging, privacy) together with their acceptance criteria.',
    '记录在需求规格或用户故事中的安全要求（鉴别、输入校验、日志、隐私）及其验收标准。'],
  ['8.27', 'Secure system architecture and engineering principles', '安全系统架构和工程原则',
    'Documented secure engineering principles (defence in depth, least privilege, zero trust), and architecture reviews applying them to new or changed systems.',
    '成文的安全工程原则（纵深防御、最小权限、零信任），以及对新建或变更系统应用这些原则的架构评审。'],
  ['8.28', 'Secure coding', '安全编码',
    'Secure coding guidelines, code review records, and static analysis and dependency scanning results with findings addressed.',
    '安全编码规范、代码评审记录，以及静态分析和依赖项扫描结果及问题处理情况。'],
  ['8.29', 'Security testing in development and acceptance', '开发和验收中的安全测试',
    'Security test plans and results for releases (automated tests, dynamic scans, penetration tests), with acceptance sign-off before go-live.',
    '发布版本的安全测试计划和结果（自动化测试、动态扫描、渗透测试），以及上线前的验收签核。'],
  ['8.30', 'Outsourced development', '外包开发',
    'Contracts with development suppliers that set secure development, code ownership and testing obligations, and evidence their deliverables were reviewed.',
    '与开发供应商签订的、规定安全开发、代码所有权和测试义务的合同，以及其交付物经过评审的证据。'],
  ['8.31', 'Separation of development, test and production environments', '开发、测试和生产环境的分离',
    'The environment inventory, separate accounts or networks for development, test and production, and restrictions on developer access to production.',
    '环境清单、开发、测试和生产环境各自独立的账号或网络，以及对开发人员访问生产环境的限制。'],
  ['8.32', 'Change management', '变更管理',
    'The change procedure, and a sample of changes with request, risk assessment, testing, approval and deployment records, including emergency changes.',
    '变更规程，以及抽样变更的申请、风险评估、测试、审批和部署记录，包括紧急变更。'],
  ['8.33', 'Test information', '测试信息',
    'Rules for selecting test data, approvals where production data is copied into test, and evidence that such data was masked and deleted after use.',
    '测试数据选取规则、将生产数据复制到测试环境时的审批，以及这些数据已脱敏并在使用后删除的证据。'],
  ['8.34', 'Protection of information systems during audit testing', '审计测试期间信息系统的保护',
    'Agreed scope and timing of audit tests on operational systems, read-only accounts issued to auditors, and their removal after the audit.',
    '对运行系统开展审计测试时商定的范围和时间、为审计人员开立的只读账号，以及审计结束后的账号撤销记录。'],
];

function toControls(theme: IsoTheme, rows: readonly ControlRow[]): AnnexAControl[] {
  return rows.map(([id, titleEn, titleZh, guidanceEn, guidanceZh]) =>
    Object.freeze({
      id,
      theme,
      title: { en: titleEn, 'zh-CN': titleZh },
      guidance: { en: guidanceEn, 'zh-CN': guidanceZh },
    }),
  );
}

export const ANNEX_A_CONTROLS: readonly AnnexAControl[] = Object.freeze([
  ...toControls('organizational', ORGANIZATIONAL),
  ...toControls('people', PEOPLE),
  ...toControls('physical', PHYSICAL),
  ...toControls('technological', TECHNOLOGICAL),
]);

// ---------------------------------------------------------------------------------------------
// Documented information required by the clauses

export interface RequiredDocument {
  readonly id: string;
  /** The clause reference as printed, e.g. `6.1.3 d` or `6.1.3 e / 6.2 / 8.3`. */
  readonly clause: string;
  /** The clause ids the item comes from (all present in ISO_CLAUSES). */
  readonly clauseIds: readonly string[];
  readonly item: LocalizedText;
  /** A document is maintained (kept current); a record is retained (kept as evidence). */
  readonly type: 'document' | 'record';
}

type RequiredDocumentRow = readonly [id: string, clause: string, en: string, zh: string, type: RequiredDocument['type']];

const REQUIRED_DOCUMENT_ROWS: readonly RequiredDocumentRow[] = [
  ['isms-scope', '4.3', 'Scope of the ISMS', '信息安全管理体系的范围', 'document'],
  ['security-policy', '5.2', 'Information security policy', '信息安全方针', 'document'],
  ['risk-assessment-process', '6.1.2', 'Information security risk assessment process (incl. risk acceptance criteria)', '信息安全风险评估过程（含风险接受准则）', 'document'],
  ['risk-treatment-process', '6.1.3', 'Information security risk treatment process', '信息安全风险处置过程', 'document'],
  ['statement-of-applicability', '6.1.3 d', 'Statement of Applicability', '适用性声明', 'document'],
  ['risk-treatment-plan', '6.1.3 e / 6.2 / 8.3', 'Risk treatment plan', '风险处置计划', 'document'],
  ['security-objectives', '6.2', 'Information security objectives', '信息安全目标', 'document'],
  ['competence-evidence', '7.2 d', 'Evidence of competence', '能力的证据', 'record'],
  ['isms-effectiveness-documents', '7.5.1 b', 'Documented information the organization judges necessary for ISMS effectiveness', '组织确定的为确保信息安全管理体系有效性所必需的文件化信息', 'document'],
  ['operational-records', '8.1', 'Operational documented information (enough to show processes ran as planned)', '运行的文件化信息（足以证明过程已按策划实施）', 'record'],
  ['risk-assessment-results', '8.2', 'Results of information security risk assessments', '信息安全风险评估结果', 'record'],
  ['risk-treatment-results', '8.3', 'Results of information security risk treatment', '信息安全风险处置结果', 'record'],
  ['monitoring-results', '9.1', 'Evidence of monitoring and measurement results', '监视和测量结果的证据', 'record'],
  ['audit-programme-results', '9.2.2', 'Audit programme(s) and audit results', '审核方案和审核结果', 'record'],
  ['management-review-results', '9.3.3', 'Results of management reviews', '管理评审结果', 'record'],
  ['nonconformities-corrective-actions', '10.2', 'Nature of nonconformities and actions taken; results of corrective action', '不符合的性质及所采取的措施；纠正措施的结果', 'record'],
];

/** `6.1.3 e / 6.2 / 8.3` → ['6.1.3', '6.2', '8.3']: drops the list-item letters. */
function clauseIdsOf(clause: string): string[] {
  return clause.split('/').map((part) => part.trim().split(' ')[0] ?? '');
}

export const ISO_REQUIRED_DOCUMENTS: readonly RequiredDocument[] = Object.freeze(
  REQUIRED_DOCUMENT_ROWS.map(([id, clause, en, zh, type]) =>
    Object.freeze({ id, clause, clauseIds: Object.freeze(clauseIdsOf(clause)), item: { en, 'zh-CN': zh }, type }),
  ),
);
