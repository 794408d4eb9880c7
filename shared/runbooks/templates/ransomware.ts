// Ransomware: isolate first, keep evidence, assume credentials are compromised, restore only from
// backups known to be clean, and treat encryption or theft of personal data as a personal-data
// breach (a loss of availability is a breach too: EDPB Guidelines 01/2021).
import { COMMON_CONTACTS, DAY, DEFAULT_ROLES, HOUR, L, type RunbookTemplate } from '../template-types';

export const ransomware: RunbookTemplate = {
  id: 'ransomware',
  title: L('Ransomware', '勒索软件'),
  scope: L(
    'Malware that encrypts or threatens to publish the organisation\'s data for a ransom, on any endpoint, server or cloud service. Assume the attacker has had access for some time, holds privileged credentials and may have copied data before encrypting it.',
    '在任何终端、服务器或云服务上加密组织数据或以公开数据相威胁索要赎金的恶意软件。应假定攻击者已潜伏一段时间、持有特权凭据，并可能在加密前已窃取数据。',
  ),
  roles: DEFAULT_ROLES,
  steps: [
    {
      id: 'isolate',
      role: 'it',
      targetMinutes: 30,
      title: L('Isolate affected systems', '隔离受影响系统'),
      instructions: L(
        'Disconnect affected hosts from the network (cable and Wi-Fi) but leave them powered on so memory can be captured. Disable compromised accounts, block known indicators at the firewall and EDR, and take backup systems offline from the production network.',
        '断开受影响主机的网络（有线和无线），但保持开机以便提取内存。停用已失陷账号，在防火墙和 EDR 上封禁已知威胁指标，并将备份系统与生产网络断开。',
      ),
    },
    {
      id: 'activate',
      role: 'incident_lead',
      targetMinutes: 1 * HOUR,
      title: L('Activate the response team out of band', '通过带外渠道启动响应团队'),
      instructions: L(
        'Open the incident, start the log and move the team to an out-of-band channel (personal phones, a separate tenant): assume e-mail and chat are watched. Call the insurer\'s breach hotline before engaging any vendor, as most policies require.',
        '建立事件记录、开始记录时间线，并将团队转移到带外渠道（个人电话、独立租户）：应假定电子邮件和即时通讯已被监视。按多数保单的要求，在聘请任何服务商之前先致电保险公司理赔热线。',
      ),
    },
    {
      id: 'forensics',
      role: 'security',
      targetMinutes: 4 * HOUR,
      title: L('Engage forensics and preserve evidence', '聘请取证服务商并固定证据'),
      instructions: L(
        'Engage the forensic firm through outside counsel to keep privilege. Capture memory and disk images, EDR telemetry, firewall, VPN and identity-provider logs and the ransom note. Identify the variant, the first affected host and the initial access vector.',
        '通过外部律师聘请取证服务商以保留律师保密特权。提取内存与磁盘镜像、EDR 遥测数据、防火墙、VPN 与身份提供商日志以及勒索信。识别勒索软件家族、最先受害的主机和初始入侵途径。',
      ),
    },
    {
      id: 'scope',
      role: 'security',
      targetMinutes: 8 * HOUR,
      title: L('Scope the spread and secure identities', '确定波及范围并加固身份系统'),
      instructions: L(
        'List encrypted systems and check whether backups were reached. Reset privileged and service credentials, rotate the directory\'s Kerberos key (krbtgt) twice, revoke sessions and tokens, and review new accounts, scheduled tasks and remote-access tools the attacker may have left.',
        '列出被加密的系统，核查备份是否被触及。重置特权账号和服务账号凭据，将目录服务的 Kerberos 密钥（krbtgt）轮换两次，吊销会话与令牌，并排查攻击者可能留下的新账号、计划任务和远程访问工具。',
      ),
    },
    {
      id: 'personal-data',
      role: 'dpo',
      targetMinutes: 1 * DAY,
      title: L('Decide whether personal data is affected', '判断是否涉及个人信息'),
      instructions: L(
        'Encryption of personal data without a usable backup is a loss of availability; evidence of exfiltration or a leak-site listing is a loss of confidentiality. Either is a personal-data breach.',
        '个人数据被加密且无可用备份，属于可用性丧失；有数据外泄证据或出现在泄露网站上，属于保密性丧失。两者均构成个人信息泄露。',
      ),
      decision: {
        question: L('Was personal data encrypted, accessed or exfiltrated?', '个人信息是否被加密、访问或外泄？'),
        options: [
          { answer: L('Yes — run the breach notification steps', '是——执行泄露通知步骤'), goTo: 'breach-notification' },
          { answer: L('No — continue with recovery', '否——继续恢复'), goTo: 'law-enforcement' },
        ],
      },
    },
    {
      id: 'breach-notification',
      role: 'dpo',
      targetMinutes: 72 * HOUR,
      title: L('Notify authorities and individuals as for a breach', '按泄露事件通知监管机构和个人'),
      instructions: L(
        'Follow the personal-data breach runbook: the GDPR authority within 72 hours of awareness (Art 33), individuals where the risk is high (Art 34), California residents under §1798.82, and under the PIPL the authority and individuals immediately (Art 57).',
        '按个人信息泄露手册执行：自知悉起 72 小时内通知 GDPR 监管机构（第 33 条）；风险较高时通知个人（第 34 条）；依第 1798.82 条通知加州居民；依《个人信息保护法》第五十七条立即通知主管部门和个人。',
      ),
    },
    {
      id: 'law-enforcement',
      role: 'legal',
      targetMinutes: 1 * DAY,
      title: L('Report to law enforcement; handle the ransom demand', '向执法机关报案；处理赎金要求'),
      instructions: L(
        'Report to the police or national cybercrime unit and the national CSIRT. The organisation\'s position is not to pay. Any deviation needs board approval after sanctions screening of the threat actor (e.g. OFAC, EU and UK lists), law-enforcement and insurer consultation; do not engage the attacker without counsel.',
        '向公安机关或国家网络犯罪部门以及国家网络安全应急机构报案。组织的立场是不支付赎金。如需例外，须在对攻击者进行制裁名单筛查（如 OFAC、欧盟和英国名单）并征询执法机关和保险公司意见后，由董事会批准；未经律师参与不得与攻击者接触。',
      ),
    },
    {
      id: 'communications',
      role: 'communications',
      targetMinutes: 1 * DAY,
      title: L('Brief staff, customers and partners', '向员工、客户和合作方通报'),
      instructions: L(
        'Issue an approved holding statement; tell staff what not to do (no personal devices, no talking to the press or the attacker). Keep customers informed through a status page with dated updates.',
        '发布经审定的临时声明；告知员工禁止事项（不得使用个人设备、不得接受媒体采访或与攻击者接触）。通过状态页面向客户持续发布带日期的进展。',
      ),
    },
    {
      id: 'recover',
      role: 'it',
      targetMinutes: 2 * DAY,
      title: L('Restore from clean, verified backups', '从干净且经验证的备份恢复'),
      instructions: L(
        'Rebuild rather than clean infected hosts. Restore in business-priority order from offline or immutable backups taken before the intrusion, scan them first, close the initial access vector and watch closely for reinfection for at least 30 days.',
        '重建而非清理受感染主机。按业务优先级，从入侵前的离线或不可变备份恢复，恢复前先扫描；封堵初始入侵途径，并至少在 30 天内密切监控是否再次感染。',
      ),
    },
    {
      id: 'lessons',
      role: 'incident_lead',
      targetMinutes: 30 * DAY,
      title: L('Post-incident review', '事后复盘'),
      instructions: L(
        'Review the timeline against the targets, recovery time against the business-continuity objectives, and backup coverage. Raise corrective actions and update this runbook.',
        '对照时限检视时间线，对照业务连续性目标检视恢复时间，并检查备份覆盖范围。确定纠正措施并更新本手册。',
      ),
    },
  ],
  contacts: COMMON_CONTACTS,
  drillControls: [
    { framework: 'iso27001', controlId: 'A.5.29' },
    { framework: 'iso27001', controlId: 'A.5.30' },
  ],
};
