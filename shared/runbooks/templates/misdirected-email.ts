// A misdirected e-mail or file share: the most frequent breach reported to European authorities.
// Recall and purge, ask the recipient to delete and confirm, and decide on notification on the
// risk (sensitivity, volume, who the recipient is, whether deletion is confirmed).
import { COMMON_CONTACTS, DAY, DEFAULT_ROLES, HOUR, L, type RunbookTemplate } from '../template-types';

export const misdirectedEmail: RunbookTemplate = {
  id: 'misdirected-email',
  title: L('Misdirected e-mail or file share', '邮件或文件误发'),
  scope: L(
    'Personal data sent to the wrong recipient by e-mail, messaging or a file-sharing link, including open CC lists that disclose recipients\' addresses to each other.',
    '通过电子邮件、即时通讯或文件共享链接将个人信息发送给错误的收件人，包括以公开抄送方式使收件人相互看到邮箱地址。',
  ),
  roles: DEFAULT_ROLES,
  steps: [
    {
      id: 'report',
      role: 'incident_lead',
      targetMinutes: 1 * HOUR,
      title: L('Capture what was sent to whom', '查明发送内容和对象'),
      instructions: L(
        'Ask the sender for the message, recipients, attachments and time sent. Record the moment of awareness.',
        '请发件人提供邮件、收件人、附件及发送时间。记录知悉时刻。',
      ),
    },
    {
      id: 'recall',
      role: 'it',
      targetMinutes: 2 * HOUR,
      title: L('Recall, purge and revoke links', '撤回、清除邮件并撤销链接'),
      instructions: L(
        'Purge the message from internal mailboxes with an administrative search, try a recall where the recipient is on our tenant, and revoke or expire any sharing links.',
        '通过管理员搜索从内部邮箱清除该邮件；收件人在本组织租户内的尝试撤回；撤销共享链接或使其失效。',
      ),
    },
    {
      id: 'contact-recipient',
      role: 'incident_lead',
      targetMinutes: 4 * HOUR,
      title: L('Ask the recipient to delete and confirm', '请收件人删除并书面确认'),
      instructions: L(
        'Call, then e-mail the recipient asking them to delete the message and any copies without forwarding, and to confirm this in writing. Keep the confirmation.',
        '先致电、再发邮件，请收件人删除邮件及所有副本且不得转发，并书面确认。保存确认记录。',
      ),
    },
    {
      id: 'assess',
      role: 'dpo',
      targetMinutes: 1 * DAY,
      title: L('Assess the risk', '评估风险'),
      instructions: L(
        'Consider the data (special categories, financial, identity), the number of people, who received it (a trusted professional or an unknown party) and whether deletion is confirmed.',
        '考虑数据类型（敏感个人信息、金融、身份信息）、涉及人数、接收方身份（可信的专业人士或身份不明者）以及是否已确认删除。',
      ),
      decision: {
        question: L('Is there a risk to the individuals?', '是否对个人存在风险？'),
        options: [
          { answer: L('Yes — notify the authority', '是——通知监管机构'), goTo: 'notify-authority' },
          { answer: L('No — document the reasoning', '否——记录理由'), goTo: 'register' },
        ],
      },
    },
    {
      id: 'notify-authority',
      role: 'dpo',
      targetMinutes: 72 * HOUR,
      title: L('Notify the authority', '通知监管机构'),
      instructions: L(
        'GDPR Art 33 within 72 hours of awareness; PIPL Art 57 immediately. Include the recipient\'s confirmation of deletion as a mitigating measure.',
        '依 GDPR 第 33 条自知悉起 72 小时内通知；依《个人信息保护法》第五十七条立即报告。将收件人的删除确认作为缓解措施一并说明。',
      ),
    },
    {
      id: 'notify-individuals',
      role: 'communications',
      targetMinutes: 7 * DAY,
      title: L('Tell the individuals where required', '依法通知个人'),
      instructions: L(
        'Where the risk is high (GDPR Art 34), unencrypted data of California residents was acquired (§1798.82) or the PIPL requires it, send an apology and notice with what was disclosed and what they can do.',
        '风险较高（GDPR 第 34 条）、加州居民的未加密信息被获取（第 1798.82 条）或《个人信息保护法》要求时，发送致歉和通知，说明披露的内容及个人可采取的措施。',
      ),
    },
    {
      id: 'register',
      role: 'dpo',
      targetMinutes: 7 * DAY,
      title: L('Record in the breach register', '记入泄露登记册'),
      instructions: L(
        'Record facts, effects, the recipient\'s confirmation, decisions with reasoning and notifications (GDPR Art 33(5)).',
        '记录事实、影响、收件人确认、各项决定及理由和已发出的通知（GDPR 第 33 条第 5 款）。',
      ),
    },
    {
      id: 'lessons',
      role: 'security',
      targetMinutes: 14 * DAY,
      title: L('Prevent a repeat', '防止再次发生'),
      instructions: L(
        'Consider turning off address auto-complete for external domains, a send delay, external-recipient warnings, data-loss-prevention rules for identifiers, and a refresher for the team concerned.',
        '考虑对外部域名关闭地址自动补全、设置延迟发送、外部收件人提醒、针对证件号码等标识符的数据防泄漏规则，并对相关团队进行复训。',
      ),
    },
  ],
  contacts: COMMON_CONTACTS,
  drillControls: [],
};
