// A breach at a vendor that processes our data: the vendor's notice starts our clock as controller
// (its own duty is to tell us without undue delay, GDPR Art 33(2)); we scope the impact from the
// inventory, contain shared access, notify as controller and reassess the vendor (ISO A.5.19–A.5.22).
import { COMMON_CONTACTS, DAY, DEFAULT_ROLES, HOUR, L, type RunbookTemplate } from '../template-types';

export const vendorBreach: RunbookTemplate = {
  id: 'vendor-breach',
  title: L('Vendor or processor breach', '供应商或受托处理者泄露'),
  scope: L(
    'A security incident at a processor, sub-processor or other supplier that affects, or may affect, data or systems of the organisation, whether the vendor tells us or we learn of it elsewhere.',
    '受托处理者、转委托处理者或其他供应商发生的、影响或可能影响本组织数据或系统的安全事件，无论由供应商告知还是通过其他途径获悉。',
  ),
  roles: DEFAULT_ROLES,
  steps: [
    {
      id: 'intake',
      role: 'incident_lead',
      targetMinutes: 2 * HOUR,
      title: L('Log the vendor\'s notice', '登记供应商通知'),
      instructions: L(
        'Record when and how we learned of it and the vendor\'s incident contact. Our awareness as controller starts when we are reasonably certain our data is affected; note that moment.',
        '记录获悉的时间和方式以及供应商的事件联系人。作为控制者，我方的"知悉"自合理确信我方数据受影响时起算；记录该时刻。',
      ),
    },
    {
      id: 'contain',
      role: 'security',
      targetMinutes: 8 * HOUR,
      title: L('Contain shared access', '控制共享访问'),
      instructions: L(
        'Rotate API keys, service credentials and SSO secrets shared with the vendor, restrict or pause integrations and review recent access from the vendor\'s accounts and IP ranges.',
        '轮换与供应商共享的 API 密钥、服务凭据和单点登录密钥，限制或暂停集成，并审查来自供应商账号和 IP 段的近期访问。',
      ),
    },
    {
      id: 'request-information',
      role: 'legal',
      targetMinutes: 8 * HOUR,
      title: L('Request details under the agreement', '依协议要求提供详情'),
      instructions: L(
        'Invoke the data processing agreement\'s breach clause: nature of the incident, affected data and customers, timeline, containment, root cause, logs and their ongoing updates. Ask them not to contact our customers directly without agreement.',
        '援引数据处理协议中的泄露条款，要求说明：事件性质、受影响的数据和客户、时间线、遏制措施、根本原因、相关日志，并持续更新。要求其未经协商不得直接联系我方客户。',
      ),
    },
    {
      id: 'scope',
      role: 'dpo',
      targetMinutes: 1 * DAY,
      title: L('Map the impact from the inventory', '依据数据清单确定影响范围'),
      instructions: L(
        'From the inventory, list the processing activities, data categories, data subjects and transfers that run through this vendor, and estimate the people affected.',
        '根据数据清单，列出经由该供应商开展的处理活动、数据类别、数据主体和跨境传输，并估算受影响人数。',
      ),
      decision: {
        question: L('Is our personal data affected?', '我方个人信息是否受影响？'),
        options: [
          { answer: L('Yes', '是'), goTo: 'assess-risk' },
          { answer: L('No — reassess the vendor', '否——重新评估供应商'), goTo: 'vendor-review' },
        ],
      },
    },
    {
      id: 'assess-risk',
      role: 'dpo',
      targetMinutes: 2 * DAY,
      title: L('Assess the risk to individuals', '评估对个人的风险'),
      instructions: L(
        'Assess as for any breach; the vendor\'s own assessment is input, not a decision. Agree with the vendor who notifies whom.',
        '按一般泄露进行评估；供应商的评估仅供参考，不能代替我方决定。与供应商商定由谁通知谁。',
      ),
      decision: {
        question: L('Is the breach likely to result in a risk to individuals?', '该泄露是否可能对个人造成风险？'),
        options: [
          { answer: L('Yes — notify', '是——进行通知'), goTo: 'notify' },
          { answer: L('No — document the reasoning', '否——记录理由'), goTo: 'register' },
        ],
      },
    },
    {
      id: 'notify',
      role: 'dpo',
      targetMinutes: 72 * HOUR,
      title: L('Notify as controller', '以控制者身份进行通知'),
      instructions: L(
        'Notify the authority within 72 hours of our awareness (GDPR Art 33), individuals where the risk is high (Art 34) and California residents where unencrypted data was acquired (§1798.82; the vendor may notify on our behalf by contract). PIPL Art 57: the authority and individuals immediately; an entrusted party must tell us at once (Art 21).',
        '自我方知悉起 72 小时内通知监管机构（GDPR 第 33 条）；风险较高时通知个人（第 34 条）；未加密数据被获取的，通知加州居民（第 1798.82 条；可依合同由供应商代为通知）。个人信息保护法第五十七条：立即通知主管部门和个人；受托人应当立即告知我方（第二十一条）。',
      ),
    },
    {
      id: 'register',
      role: 'dpo',
      targetMinutes: 7 * DAY,
      title: L('Record in the breach register', '记入泄露登记册'),
      instructions: L(
        'Record the vendor\'s reports, our decisions with reasoning and each notification.',
        '记录供应商的报告、我方的决定及理由和每一次通知。',
      ),
    },
    {
      id: 'vendor-review',
      role: 'legal',
      targetMinutes: 30 * DAY,
      title: L('Reassess the vendor', '重新评估供应商'),
      instructions: L(
        'Review the vendor\'s root-cause report and remediation, contractual remedies and audit rights, and decide with the business owner whether to continue, add conditions or exit. Update the vendor record and risk register.',
        '审阅供应商的根本原因报告和整改情况、合同救济及审计权利，并与业务负责人决定继续合作、附加条件或终止合作。更新供应商记录和风险登记册。',
      ),
    },
  ],
  contacts: COMMON_CONTACTS,
  drillControls: [{ framework: 'iso27001', controlId: 'A.5.19' }],
};
