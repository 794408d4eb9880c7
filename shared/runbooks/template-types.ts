// The shape of a runbook template: one definition holds both languages side by side, so a step's
// English and Chinese wording, its role, target and decisions can never drift apart.
import type { Framework } from '../contract/procedure';
import type { RunbookRole } from '../contract/areas/runbooks';

export interface Localized {
  en: string;
  'zh-CN': string;
}

export const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

export interface TemplateStep {
  id: string;
  role: RunbookRole;
  /** Minutes from awareness. */
  targetMinutes: number | null;
  title: Localized;
  instructions: Localized;
  decision?: { question: Localized; options: { answer: Localized; goTo: string | null }[] };
}

export interface RunbookTemplate {
  id: string;
  title: Localized;
  scope: Localized;
  roles: { role: RunbookRole; assignee: Localized }[];
  steps: TemplateStep[];
  contacts: { name: Localized; role: Localized; phone: string; email: string; external: boolean }[];
  /** Controls a drill of this runbook evidences beyond the drill defaults (e.g. continuity for ransomware). */
  drillControls: { framework: Framework; controlId: string }[];
}

export const HOUR = 60;
export const DAY = 24 * HOUR;

/** Who fills each role in a template until the organisation names its own people. */
export const DEFAULT_ROLES: RunbookTemplate['roles'] = [
  { role: 'incident_lead', assignee: L('Head of Information Security (deputy: IT Operations Manager)', '信息安全负责人（副手：IT 运维经理）') },
  { role: 'it', assignee: L('IT Operations on-call engineer', 'IT 运维值班工程师') },
  { role: 'security', assignee: L('Security operations analyst on duty', '当班安全运营分析师') },
  { role: 'legal', assignee: L('General Counsel (or outside breach counsel)', '法务总监（或外部数据泄露律师）') },
  { role: 'communications', assignee: L('Head of Communications', '公关与传播负责人') },
  { role: 'dpo', assignee: L('Data Protection Officer', '数据保护官（个人信息保护负责人）') },
];

/** Contacts every runbook starts with; numbers and addresses are the organisation's to fill in. */
export const COMMON_CONTACTS: RunbookTemplate['contacts'] = [
  { name: L('Incident response bridge', '事件响应电话会议'), role: L('Standing conference line for the core team', '核心团队常设电话会议'), phone: '', email: '', external: false },
  { name: L('Cyber insurer', '网络安全保险公司'), role: L('24/7 breach hotline; notify before engaging vendors', '7×24 小时理赔热线；聘请外部服务商前须先通知'), phone: '', email: '', external: true },
  { name: L('Outside breach counsel', '外部数据泄露律师'), role: L('Legal privilege over the investigation; notification advice', '为调查提供律师保密特权；就通知义务提供意见'), phone: '', email: '', external: true },
  { name: L('Forensics and incident response firm', '取证与应急响应服务商'), role: L('Retainer: evidence capture and investigation', '常年服务：证据固定与调查'), phone: '', email: '', external: true },
  {
    name: L('Lead supervisory authority', '牵头监管机构'),
    role: L('GDPR Art 33 notification (e.g. Data Protection Commission, Ireland)', 'GDPR 第 33 条通知（例如爱尔兰数据保护委员会）'),
    phone: '',
    email: '',
    external: true,
  },
  {
    name: L('Cyberspace administration (网信部门)', '网信部门'),
    role: L('PIPL Art 57 report for personal information processed in China', '就在中国境内处理的个人信息依《个人信息保护法》第五十七条报告'),
    phone: '',
    email: '',
    external: true,
  },
];
