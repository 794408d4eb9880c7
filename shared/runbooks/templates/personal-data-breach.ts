// Personal-data breach: from the first report to notification of the authority within 72 hours (GDPR
// Art 33), of individuals where the risk is high (Art 34), of California residents (Civ. Code
// §1798.82) and, under the PIPL, of the authority and individuals immediately (Art 57).
import { COMMON_CONTACTS, DAY, DEFAULT_ROLES, HOUR, L, type RunbookTemplate } from '../template-types';

export const personalDataBreach: RunbookTemplate = {
  id: 'personal-data-breach',
  title: L('Personal-data breach', '个人信息泄露事件'),
  scope: L(
    'Any security incident that leads, or may lead, to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, personal data (GDPR Art 4(12)), including personal information under the CCPA and the PIPL. The 72-hour clock starts when the organisation is reasonably certain that a breach has occurred (awareness), not when the investigation ends.',
    '任何导致或可能导致个人数据意外或非法毁损、丢失、篡改、未经授权披露或访问的安全事件（GDPR 第 4 条第 12 项），包括 CCPA 与《个人信息保护法》所称的个人信息。72 小时时限自组织合理确信已发生泄露（知悉）之时起算，而非调查结束之时。',
  ),
  roles: DEFAULT_ROLES,
  steps: [
    {
      id: 'triage',
      role: 'incident_lead',
      targetMinutes: 1 * HOUR,
      title: L('Log the report and convene the core team', '登记报告并召集核心团队'),
      instructions: L(
        'Open an incident record with who reported what and when. Record the moment of awareness: every legal clock runs from it. Convene the incident lead, security, the DPO and legal on the bridge; use out-of-band channels if e-mail or chat may be compromised.',
        '新建事件记录，写明报告人、报告内容与时间。记录"知悉"时刻：所有法定时限都从此起算。在电话会议上召集事件负责人、安全、数据保护官和法务；如电子邮件或即时通讯可能已被攻破，使用带外渠道。',
      ),
    },
    {
      id: 'contain',
      role: 'security',
      targetMinutes: 4 * HOUR,
      title: L('Contain the breach and preserve evidence', '遏制泄露并固定证据'),
      instructions: L(
        'Stop further loss: revoke exposed credentials and tokens, close public links or buckets, isolate affected hosts. Do not wipe or rebuild yet: take images and export logs first, with hashes and a chain-of-custody note.',
        '阻止进一步损失：吊销已暴露的凭据和令牌，关闭公开链接或存储桶，隔离受影响主机。暂勿擦除或重建：先制作镜像、导出日志，并记录哈希值和证据保管链。',
      ),
    },
    {
      id: 'scope',
      role: 'security',
      targetMinutes: 12 * HOUR,
      title: L('Establish what data and whose', '查明涉及哪些数据、哪些人'),
      instructions: L(
        'From the inventory and the logs: which systems, data categories, data subjects and approximate numbers of people and records; special categories, children, financial or identity data; the countries of the people concerned (EEA, California, China).',
        '结合数据清单与日志：涉及哪些系统、数据类别、数据主体，以及大致人数和记录数；是否包含敏感个人信息、儿童信息、金融或身份信息；相关个人所在国家或地区（欧洲经济区、加利福尼亚州、中国）。',
      ),
      decision: {
        question: L('Is personal data involved?', '是否涉及个人信息？'),
        options: [
          { answer: L('Yes', '是'), goTo: 'assess-risk' },
          { answer: L('No — record as a security incident and close', '否——作为一般安全事件记录并关闭'), goTo: null },
        ],
      },
    },
    {
      id: 'assess-risk',
      role: 'dpo',
      targetMinutes: 1 * DAY,
      title: L('Assess the risk to individuals', '评估对个人的风险'),
      instructions: L(
        'Weigh the type and sensitivity of the data, volume, ease of identification, severity and permanence of consequences, vulnerable individuals, and mitigations such as strong encryption with an uncompromised key. Write the reasoning down; it goes into the breach register (Art 33(5)) whatever the outcome.',
        '综合考虑数据类型与敏感程度、数量、识别个人的难易、后果的严重性与持久性、是否涉及弱势群体，以及强加密且密钥未泄露等缓解因素。书面记录评估理由；无论结论如何，均须记入泄露登记册（GDPR 第 33 条第 5 款）。',
      ),
      decision: {
        question: L('Is the breach likely to result in a risk to individuals?', '该泄露是否可能对个人权益造成风险？'),
        options: [
          { answer: L('Yes — notify the authority', '是——通知监管机构'), goTo: 'notify-authority' },
          { answer: L('No — document the decision', '否——记录决定'), goTo: 'register' },
        ],
      },
    },
    {
      id: 'insurer-partners',
      role: 'legal',
      targetMinutes: 1 * DAY,
      title: L('Notify the insurer, controllers and law enforcement', '通知保险公司、相关控制者和执法机关'),
      instructions: L(
        'Give notice under the cyber policy before engaging paid vendors. Where we act as processor, inform each controller without undue delay (Art 33(2)) as the data processing agreement requires. Report criminal activity to the police or national cybercrime unit where appropriate.',
        '在聘请付费服务商之前，按网络安全保险条款发出通知。若我方为受托处理者，依数据处理协议毫不迟延地告知各控制者（GDPR 第 33 条第 2 款）。如涉及犯罪，视情况向公安机关或国家网络犯罪部门报案。',
      ),
    },
    {
      id: 'notify-authority',
      role: 'dpo',
      targetMinutes: 72 * HOUR,
      title: L('Notify the supervisory authority', '通知监管机构'),
      instructions: L(
        'GDPR: notify the lead supervisory authority within 72 hours of awareness with the Art 33(3) content (nature, categories and approximate numbers, DPO contact, likely consequences, measures taken); send what is known and follow up in phases (Art 33(4)); explain any delay. PIPL: report to the cyberspace administration and other competent authorities immediately (Art 57) with the information categories, cause, possible harm, remedial measures and a contact.',
        'GDPR：自知悉起 72 小时内向牵头监管机构通知第 33 条第 3 款所列内容（泄露性质、类别及大致数量、数据保护官联系方式、可能后果、已采取措施）；信息不全时先报已知内容并分阶段补充（第 33 条第 4 款）；如迟延须说明理由。个人信息保护法：立即向网信部门等履行个人信息保护职责的部门报告（第五十七条），说明涉及的个人信息种类、原因、可能造成的危害、已采取的补救措施及联系方式。',
      ),
    },
    {
      id: 'assess-individuals',
      role: 'legal',
      targetMinutes: 72 * HOUR,
      title: L('Decide whether individuals must be told', '决定是否须通知个人'),
      instructions: L(
        'GDPR Art 34: tell individuals where the risk is high, unless an Art 34(3) exemption applies (data unintelligible, risk removed, disproportionate effort — then a public communication). CCPA/§1798.82: California residents whose unencrypted personal information was acquired must be notified. PIPL Art 57: individuals are notified unless measures effectively avoid harm.',
        'GDPR 第 34 条：风险较高时须通知个人，除非适用第 34 条第 3 款的豁免（数据无法识读、风险已消除、需付出不成比例的努力——此时改为公开告知）。CCPA/《加州民法典》第 1798.82 条：未加密个人信息被获取的加州居民须获通知。个人信息保护法第五十七条：除采取措施能够有效避免危害外，应当通知个人。',
      ),
      decision: {
        question: L('Must individuals be notified under any of the laws involved?', '依所涉任一法律是否须通知个人？'),
        options: [
          { answer: L('Yes', '是'), goTo: 'notify-individuals' },
          { answer: L('No — record the exemption and reasoning', '否——记录豁免依据及理由'), goTo: 'register' },
        ],
      },
    },
    {
      id: 'notify-individuals',
      role: 'communications',
      targetMinutes: 7 * DAY,
      title: L('Notify the individuals concerned', '通知受影响的个人'),
      instructions: L(
        'Plain-language notice, approved by legal and the DPO: what happened, what data, likely consequences, what we have done and what they can do, and whom to contact. For California use the §1798.82(d) headings and send a sample copy to the Attorney General where more than 500 residents are notified. Prepare the support desk with a script and FAQ.',
        '经法务和数据保护官审定、通俗易懂的通知：发生了什么、涉及哪些数据、可能的后果、我方已采取的措施以及个人可采取的措施、联系人。加州通知使用第 1798.82 条(d)款规定的标题；通知超过 500 名加州居民时，向州总检察长提交样本。为客服准备话术和常见问题。',
      ),
    },
    {
      id: 'register',
      role: 'dpo',
      targetMinutes: 7 * DAY,
      title: L('Complete the breach register entry', '完成泄露登记'),
      instructions: L(
        'Record the facts, effects, remedial action, each decision with its reasoning and every notification made (to whom, when, reference). The register is kept for every breach, notified or not (Art 33(5)).',
        '记录事实经过、影响、补救措施、每项决定及其理由，以及已发出的所有通知（对象、时间、编号）。无论是否通知，每一起泄露都须登记（GDPR 第 33 条第 5 款）。',
      ),
    },
    {
      id: 'lessons',
      role: 'incident_lead',
      targetMinutes: 30 * DAY,
      title: L('Post-incident review', '事后复盘'),
      instructions: L(
        'Hold a blameless review: timeline against this runbook\'s targets, root cause, what worked, what did not. Raise corrective actions with owners and dates and update this runbook and the risk register.',
        '开展不追责的复盘：对照本手册的时限梳理时间线，分析根本原因、有效做法与不足。确定纠正措施的负责人和期限，并更新本手册和风险登记册。',
      ),
    },
  ],
  contacts: COMMON_CONTACTS,
  drillControls: [],
};
