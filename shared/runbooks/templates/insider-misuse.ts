// Insider misuse: an employee or contractor who accesses or takes data without authorisation.
// Evidence is preserved before the person is alerted, HR and legal lead the personal side, and
// monitoring stays within employment and data-protection law.
import { COMMON_CONTACTS, DAY, DEFAULT_ROLES, HOUR, L, type RunbookTemplate } from '../template-types';

export const insiderMisuse: RunbookTemplate = {
  id: 'insider-misuse',
  title: L('Insider misuse of data or access', '内部人员滥用数据或权限'),
  scope: L(
    'An employee, contractor or former staff member who accesses, copies, discloses or alters data beyond their authorisation, maliciously or carelessly — for example browsing customer records out of curiosity or taking a client list to a competitor.',
    '员工、外包人员或前员工超出授权范围访问、复制、披露或篡改数据，无论出于恶意还是疏忽——例如出于好奇浏览客户记录，或将客户名单带往竞争对手。',
  ),
  roles: DEFAULT_ROLES,
  steps: [
    {
      id: 'intake',
      role: 'incident_lead',
      targetMinutes: 4 * HOUR,
      title: L('Take the report confidentially', '保密受理报告'),
      instructions: L(
        'Record the report on a need-to-know basis with HR and legal; protect the reporter under the whistleblowing policy. Do not confront the person yet.',
        '在仅限必要知情人员（人力资源和法务）范围内登记报告；依举报政策保护举报人。暂不与当事人对质。',
      ),
    },
    {
      id: 'preserve',
      role: 'security',
      targetMinutes: 8 * HOUR,
      title: L('Preserve evidence before acting', '采取行动前先固定证据'),
      instructions: L(
        'Place a legal hold on the mailbox and files, export access and audit logs, DLP alerts and endpoint telemetry. Use only monitoring the staff have been told about and the law allows (employment law, works council agreements, PIPL notice to employees).',
        '对邮箱和文件实施诉讼保全，导出访问和审计日志、数据防泄漏告警和终端遥测数据。只采用已告知员工且法律允许的监控方式（劳动法、职工代表协议、依《个人信息保护法》向员工告知）。',
      ),
    },
    {
      id: 'restrict',
      role: 'it',
      targetMinutes: 1 * DAY,
      title: L('Restrict access in step with HR', '与人力资源同步限制访问'),
      instructions: L(
        'When HR and legal agree, suspend or narrow the person\'s access, recover company devices and revoke remote access and tokens.',
        '经人力资源和法务同意后，暂停或收窄当事人权限，收回公司设备，吊销远程访问和令牌。',
      ),
    },
    {
      id: 'investigate',
      role: 'security',
      targetMinutes: 2 * DAY,
      title: L('Establish what was accessed or taken', '查明被访问或带走的内容'),
      instructions: L(
        'Reconstruct which records were accessed, when and with what justification, and whether data left the organisation (personal e-mail, USB, cloud storage, printing).',
        '还原访问了哪些记录、何时访问、有无正当理由，以及数据是否流出组织（个人邮箱、U 盘、云存储、打印）。',
      ),
      decision: {
        question: L('Was personal data accessed or disclosed without authorisation?', '个人信息是否被未经授权访问或披露？'),
        options: [
          { answer: L('Yes', '是'), goTo: 'assess-risk' },
          { answer: L('No — continue with HR action', '否——继续人事处理'), goTo: 'hr-action' },
        ],
      },
    },
    {
      id: 'assess-risk',
      role: 'dpo',
      targetMinutes: 2 * DAY,
      title: L('Assess the risk to individuals', '评估对个人的风险'),
      instructions: L(
        'Consider what the person could do with the data (sale, fraud, harassment), its sensitivity and whether it has been recovered with a signed undertaking of deletion.',
        '考虑当事人可能如何利用这些数据（出售、诈骗、骚扰）、数据的敏感程度，以及数据是否已收回并取得签署的删除承诺。',
      ),
      decision: {
        question: L('Is the breach likely to result in a risk to individuals?', '该泄露是否可能对个人造成风险？'),
        options: [
          { answer: L('Yes — notify', '是——进行通知'), goTo: 'notify' },
          { answer: L('No — document the reasoning', '否——记录理由'), goTo: 'hr-action' },
        ],
      },
    },
    {
      id: 'notify',
      role: 'dpo',
      targetMinutes: 72 * HOUR,
      title: L('Notify the authority and individuals', '通知监管机构和个人'),
      instructions: L(
        'GDPR Art 33 within 72 hours of awareness and Art 34 where the risk is high; §1798.82 for California residents; PIPL Art 57 immediately. Record everything in the breach register.',
        '依 GDPR 第 33 条自知悉起 72 小时内通知，风险较高时依第 34 条通知个人；涉及加州居民的依第 1798.82 条通知；依《个人信息保护法》第五十七条立即通知。全部记入泄露登记册。',
      ),
    },
    {
      id: 'hr-action',
      role: 'legal',
      targetMinutes: 7 * DAY,
      title: L('HR action and legal remedies', '人事处理与法律救济'),
      instructions: L(
        'Run the disciplinary process with HR; seek return or deletion of the data with a written undertaking; consider a police report where the conduct is an offence (e.g. unlawfully obtaining personal data).',
        '会同人力资源执行纪律处分程序；要求返还或删除数据并签署书面承诺；如行为构成违法犯罪（例如非法获取个人信息），考虑向公安机关报案。',
      ),
    },
    {
      id: 'lessons',
      role: 'security',
      targetMinutes: 30 * DAY,
      title: L('Review access and controls', '复核权限与控制措施'),
      instructions: L(
        'Review least privilege for the role, access reviews, logging and alerting on bulk access, and leaver processes. Raise corrective actions.',
        '复核该岗位的最小权限、权限审查、批量访问的日志与告警以及离职流程。确定纠正措施。',
      ),
    },
  ],
  contacts: COMMON_CONTACTS,
  drillControls: [],
};
