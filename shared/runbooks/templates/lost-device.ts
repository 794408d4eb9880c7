// A lost or stolen laptop, phone or storage medium: lock and wipe it remotely, establish whether it
// was encrypted (strong encryption with an uncompromised key is the GDPR Art 34(3)(a) exemption and
// takes encrypted data out of CCPA §1798.82), and run the breach steps where data is at risk.
import { COMMON_CONTACTS, DAY, DEFAULT_ROLES, HOUR, L, type RunbookTemplate } from '../template-types';

export const lostDevice: RunbookTemplate = {
  id: 'lost-device',
  title: L('Lost or stolen device', '设备丢失或被盗'),
  scope: L(
    'A company or personally owned device used for work (laptop, phone, tablet, USB drive, backup disk) that is lost, stolen or not returned by a leaver.',
    '用于工作的公司或个人设备（笔记本电脑、手机、平板、U 盘、备份硬盘）丢失、被盗或离职人员未归还。',
  ),
  roles: DEFAULT_ROLES,
  steps: [
    {
      id: 'report',
      role: 'incident_lead',
      targetMinutes: 1 * HOUR,
      title: L('Take the report', '受理报告'),
      instructions: L(
        'Record the device, asset tag, owner, when and where it was last seen, whether it was switched on or locked, and what the owner kept on it (local files, synced folders, cached mail). If stolen, ask the owner to report it to the police and note the reference.',
        '记录设备、资产编号、使用人、最后出现的时间和地点、当时是否开机或锁屏，以及设备上存有的内容（本地文件、同步文件夹、缓存邮件）。如被盗，请使用人向公安机关报案并记录回执编号。',
      ),
    },
    {
      id: 'lock-wipe',
      role: 'it',
      targetMinutes: 2 * HOUR,
      title: L('Lock, wipe and revoke access', '远程锁定、擦除并撤销访问'),
      instructions: L(
        'Send a remote lock and wipe through device management, revoke the device\'s certificates and sessions, reset the owner\'s password and re-register multi-factor authentication. Keep the MDM logs showing when the commands were acknowledged.',
        '通过设备管理平台发出远程锁定和擦除指令，吊销设备证书和会话，重置使用人密码并重新绑定多因素认证。保留显示指令被接收时间的 MDM 日志。',
      ),
    },
    {
      id: 'encryption',
      role: 'it',
      targetMinutes: 4 * HOUR,
      title: L('Verify encryption at the time of loss', '核实丢失时的加密状态'),
      instructions: L(
        'From device management and key-escrow records, confirm full-disk encryption was on, compliant and protected by a strong credential, and that the recovery key was not stored with the device.',
        '根据设备管理和密钥托管记录，确认全盘加密已开启且合规、由强口令保护，且恢复密钥未与设备一同存放。',
      ),
      decision: {
        question: L('Was the device strongly encrypted with an uncompromised key?', '设备是否经过强加密且密钥未泄露？'),
        options: [
          { answer: L('Yes — record the exemption', '是——记录豁免依据'), goTo: 'record' },
          { answer: L('No or unknown — assess the data', '否或无法确认——评估所涉数据'), goTo: 'assess-data' },
        ],
      },
    },
    {
      id: 'assess-data',
      role: 'dpo',
      targetMinutes: 1 * DAY,
      title: L('Assess the personal data at risk', '评估面临风险的个人信息'),
      instructions: L(
        'Establish what personal data could be read from the device, whose and how much, its sensitivity, and the likelihood that a finder or thief accesses it.',
        '查明可从设备读取的个人信息：涉及谁、数量多少、敏感程度，以及拾获者或窃贼访问这些信息的可能性。',
      ),
      decision: {
        question: L('Is personal data at risk?', '个人信息是否面临风险？'),
        options: [
          { answer: L('Yes — run the breach steps', '是——执行泄露处置步骤'), goTo: 'breach-notification' },
          { answer: L('No', '否'), goTo: 'record' },
        ],
      },
    },
    {
      id: 'breach-notification',
      role: 'dpo',
      targetMinutes: 72 * HOUR,
      title: L('Notify as for a personal-data breach', '按个人信息泄露进行通知'),
      instructions: L(
        'Follow the personal-data breach runbook: authority within 72 hours of awareness (GDPR Art 33), individuals where the risk is high (Art 34), California residents for unencrypted data (§1798.82), PIPL Art 57 immediately.',
        '按个人信息泄露手册执行：自知悉起 72 小时内通知监管机构（GDPR 第 33 条）；风险较高时通知个人（第 34 条）；未加密数据涉及加州居民的依第 1798.82 条通知；依《个人信息保护法》第五十七条立即通知。',
      ),
    },
    {
      id: 'record',
      role: 'incident_lead',
      targetMinutes: 3 * DAY,
      title: L('Record the outcome and replace the device', '记录处理结果并更换设备'),
      instructions: L(
        'Record the decisions and evidence (encryption status, wipe confirmation) in the incident and, where personal data was involved, the breach register. Update the asset register and issue a replacement from the standard build.',
        '在事件记录中登记各项决定和证据（加密状态、擦除确认）；涉及个人信息的，同时记入泄露登记册。更新资产登记并按标准镜像发放替换设备。',
      ),
    },
    {
      id: 'lessons',
      role: 'security',
      targetMinutes: 14 * DAY,
      title: L('Close gaps', '弥补漏洞'),
      instructions: L(
        'Check how many devices lack compliant encryption or MDM enrolment, whether data was kept locally against policy, and whether leavers\' devices are recovered on time. Raise corrective actions.',
        '检查有多少设备未合规加密或未纳入 MDM 管理、是否存在违规本地存储数据、离职人员设备是否按时收回。确定纠正措施。',
      ),
    },
  ],
  contacts: COMMON_CONTACTS,
  drillControls: [],
};
