// The demo organisation's data-subject requests and privacy complaints: requests under the GDPR,
// the CCPA and the PIPL in every state of the flow, received over the last two months so that some
// are overdue, one extended and one refused, with verification steps and the letters sent; and a
// few complaints and inquiries. Requesters are fictional.
import type { LetterKind, RequestInput } from '../../../shared/contract/areas/requests';
import { createComplaint } from '../requests/complaints';
import {
  addVerification,
  closeRequest,
  confirmReceipt,
  createRequest,
  extendRequest,
  refuseRequest,
  respondToRequest,
  withdrawRequest,
} from '../requests/request-changes';
import { draftLetter } from '../requests/request-letters';
import { getRequest } from '../requests/request-queries';
import { addDays } from '../frameworks/calendar-dates';
import type { ChangeTx } from '../workspace/workspace-db';

const DAY = 86_400_000;

type Step =
  | { verify: 'passed' | 'failed' | 'pending'; afterDays: number }
  | { confirm: number }
  | { extend: number; reason: string }
  | { respond: number }
  | { refuse: number; reason: 'manifestly_unfounded' | 'excessive' | 'identity_not_verified' | 'exemption'; explanation: string }
  | { withdraw: number }
  | { close: true };

interface DemoRequest {
  daysAgo: number;
  input: Omit<RequestInput, 'receivedAt' | 'subjectCategoryId'>;
  steps: Step[];
}

const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    daysAgo: 40,
    input: { channel: 'email', law: 'gdpr', type: 'access', language: 'en', requesterName: 'Siobhán Kearney', requesterContact: 'siobhan.kearney@example.ie', relationship: 'self', details: 'Copy of all data held, including the analytics profile.' },
    steps: [{ confirm: 1 }, { verify: 'passed', afterDays: 3 }],
  },
  {
    daysAgo: 6,
    input: { channel: 'web_form', law: 'gdpr', type: 'erasure', language: 'en', requesterName: 'Lukas Brandt', requesterContact: 'l.brandt@example.de', relationship: 'self', details: 'Delete my trial account and newsletter subscription.' },
    steps: [],
  },
  {
    daysAgo: 50,
    input: { channel: 'letter', law: 'gdpr', type: 'portability', language: 'en', requesterName: 'Marie Dubois', requesterContact: '12 rue des Lilas, 69003 Lyon', relationship: 'self', details: 'Export of the health-programme data in a machine-readable format.' },
    steps: [{ confirm: 2 }, { verify: 'passed', afterDays: 6 }, { extend: 20, reason: 'The data is spread over three archived studies that must be restored before it can be exported.' }],
  },
  {
    daysAgo: 60,
    input: { channel: 'email', law: 'gdpr', type: 'rectification', language: 'en', requesterName: 'Tomás Ó Briain', requesterContact: 'tobriain@example.ie', relationship: 'self', details: 'Date of birth recorded wrongly.' },
    steps: [{ confirm: 1 }, { verify: 'passed', afterDays: 2 }, { respond: 9 }, { close: true }],
  },
  {
    daysAgo: 20,
    input: { channel: 'email', law: 'gdpr', type: 'objection', language: 'en', requesterName: 'Harold Finch', requesterContact: 'h.finch@example.co.uk', relationship: 'self', details: 'Twelfth objection this year to the same processing, already answered.' },
    steps: [{ verify: 'passed', afterDays: 1 }, { refuse: 4, reason: 'excessive', explanation: 'You have made the same objection eleven times this year; each was answered in full and nothing has changed since our reply of last month.' }],
  },
  {
    daysAgo: 3,
    input: { channel: 'web_form', law: 'ccpa', type: 'know', language: 'en', requesterName: 'Dana Whitaker', requesterContact: 'dana.w@example.com', relationship: 'self', details: 'Categories and specific pieces of personal information collected.' },
    steps: [{ verify: 'pending', afterDays: 1 }],
  },
  {
    daysAgo: 50,
    input: { channel: 'agent', law: 'ccpa', type: 'delete', language: 'en', requesterName: 'Carlos Mendoza', requesterContact: 'privacy-agent@example.com (agent)', relationship: 'authorised_agent', details: 'Deletion through an authorised agent.' },
    steps: [{ confirm: 4 }, { verify: 'passed', afterDays: 8 }],
  },
  {
    daysAgo: 9,
    input: { channel: 'web_form', law: 'ccpa', type: 'opt_out', language: 'en', requesterName: 'Priya Raman', requesterContact: 'priya.raman@example.com', relationship: 'self', details: 'Do not sell or share my personal information.' },
    steps: [{ respond: 2 }],
  },
  {
    daysAgo: 30,
    input: { channel: 'phone', law: 'ccpa', type: 'correct', language: 'en', requesterName: 'Kevin Osei', requesterContact: '+1 415 555 0142', relationship: 'self', details: 'Wrong employer recorded.' },
    steps: [{ confirm: 3 }, { withdraw: 10 }],
  },
  {
    daysAgo: 8,
    input: { channel: 'email', law: 'pipl', type: 'access', language: 'zh-CN', requesterName: '王芳', requesterContact: 'wangfang@example.cn', relationship: 'self', details: '查阅本人在健康管理项目中的个人信息。' },
    steps: [{ verify: 'passed', afterDays: 2 }],
  },
  {
    daysAgo: 40,
    input: { channel: 'web_form', law: 'pipl', type: 'deletion', language: 'zh-CN', requesterName: '李强', requesterContact: '138 0000 1234', relationship: 'self', details: '注销账户并删除个人信息。' },
    steps: [],
  },
  {
    daysAgo: 35,
    input: { channel: 'letter', law: 'pipl', type: 'access', language: 'zh-CN', requesterName: '陈静', requesterContact: '上海市徐汇区漕溪北路 88 号', relationship: 'close_relative_deceased', details: '作为近亲属，查阅已故父亲的就诊数据（个人信息保护法第四十九条）。' },
    steps: [{ verify: 'passed', afterDays: 5 }, { respond: 15 }, { close: true }],
  },
];

function letter(tx: ChangeTx, id: string, kind: LetterKind): string {
  return draftLetter(tx.db, getRequest(tx.db, id)!, kind);
}

function demoSubjectCategory(tx: ChangeTx): string | null {
  return (tx.db.prepare("SELECT id FROM inventory_subject_categories ORDER BY (name LIKE '%atient%') DESC, name LIMIT 1").pluck().get() as string | undefined) ?? null;
}

export function populateDemoRequests(tx: ChangeTx, today: string): void {
  const now = new Date(tx.at).getTime();
  const subjectCategoryId = demoSubjectCategory(tx);
  for (const demo of DEMO_REQUESTS) {
    const received = now - demo.daysAgo * DAY;
    const at = (days: number) => new Date(received + days * DAY).toISOString();
    const request = createRequest(tx, { ...demo.input, receivedAt: new Date(received).toISOString(), subjectCategoryId });
    for (const step of demo.steps) {
      if ('verify' in step) {
        const method = demo.input.relationship === 'authorised_agent' ? 'agent_authorisation' : demo.input.channel === 'web_form' ? 'account_login' : 'email_confirmation';
        addVerification(tx, request.id, { method, performedOn: at(step.afterDays).slice(0, 10), outcome: step.verify, note: '' });
      } else if ('confirm' in step) confirmReceipt(tx, request.id, at(step.confirm), letter(tx, request.id, 'acknowledgement'));
      else if ('extend' in step) {
        // The notice gives the reasons the extension records.
        const notice = draftLetter(tx.db, { ...getRequest(tx.db, request.id)!, extension: { reason: step.reason, noticeSentAt: at(step.extend) } }, 'extension');
        extendRequest(tx, request.id, step.reason, at(step.extend), notice);
      } else if ('respond' in step) respondToRequest(tx, request.id, at(step.respond), letter(tx, request.id, 'response'));
      else if ('refuse' in step) refuseRequest(tx, request.id, step.reason, step.explanation, at(step.refuse), '');
      else if ('withdraw' in step) withdrawRequest(tx, request.id, at(step.withdraw), 'Resolved on the phone.');
      else closeRequest(tx, request.id);
    }
  }
  const complaints = [
    { kind: 'complaint' as const, receivedOn: addDays(today, -45), channel: 'email' as const, topic: 'marketing' as const, summary: 'Received a product newsletter after unsubscribing.', resolution: 'Suppression list fixed in the e-mail platform; apology sent.', closedOn: addDays(today, -41) },
    { kind: 'complaint' as const, receivedOn: addDays(today, -12), channel: 'web_form' as const, topic: 'request_handling' as const, summary: 'No answer yet to an access request sent five weeks ago.', resolution: '', closedOn: null },
    { kind: 'inquiry' as const, receivedOn: addDays(today, -4), channel: 'phone' as const, topic: 'data_use' as const, summary: 'Asked whether study data is shared with insurers.', resolution: 'Explained that it is not; pointed to the privacy notice.', closedOn: addDays(today, -4) },
  ];
  for (const complaint of complaints) createComplaint(tx, complaint);
}
