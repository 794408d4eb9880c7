// The demo organisation's incident runbooks and drills: the six templates adopted in the workspace's
// language with Meridian's people in the roles and its insurer, counsel and forensics firm in the
// contacts, all approved; the ransomware runbook in its second version after a tabletop found gaps;
// a draft revision of the lost-device runbook; and three drills over the last year with timings,
// findings and one corrective action still open.
import type { Language } from '../../../shared/contract';
import type { RunbookContent } from '../../../shared/contract/areas/runbooks';
import { addDays } from '../../../shared/recurrence/dates';
import { RUNBOOK_TEMPLATES } from '../../../shared/runbooks/template-catalog';
import { createDrill } from '../runbooks/drill-changes';
import { approveVersion, createRunbook, saveDraft, startDraft } from '../runbooks/runbook-changes';
import { contentOf, currentVersionRow, listVersionRows } from '../runbooks/runbooks-queries';
import type { ChangeTx } from '../workspace/workspace-db';
import { META } from '../workspace/workspace-session';
import { PEOPLE } from './people';

function at(tx: ChangeTx, day: string, time = '10:00:00'): ChangeTx {
  return { db: tx.db, at: `${day}T${time}.000Z`, audit: tx.audit };
}

const ASSIGNEES: Record<string, string> = {
  incident_lead: `${PEOPLE.ciso}; deputy ${PEOPLE.itOps}`,
  it: PEOPLE.itOps,
  security: `${PEOPLE.platform} (security on-call rota)`,
  legal: PEOPLE.counsel,
  communications: 'Orla Byrne (Head of Communications)',
  dpo: PEOPLE.dpo,
};

/** Meridian's own numbers for the contacts every template lists (in template order). */
const CONTACT_DETAILS: readonly { phone: string; email: string }[] = [
  { phone: '+353 1 555 0100', email: 'ir-bridge@meridian-analytics.example' },
  { phone: '+353 1 555 0199', email: 'cyber-claims@harbourline-insurance.example' },
  { phone: '+353 1 555 0142', email: 'breach@fitzwilliam-law.example' },
  { phone: '+44 20 5550 0177', email: 'dfir@northgate-forensics.example' },
  { phone: '+353 1 765 0100', email: '' },
  { phone: '', email: '' },
];

function adopt(content: RunbookContent): RunbookContent {
  return {
    ...content,
    roles: content.roles.map((role) => ({ ...role, assignee: ASSIGNEES[role.role] ?? role.assignee })),
    contacts: content.contacts.map((contact, index) => ({ ...contact, ...(CONTACT_DETAILS[index] ?? {}) })),
  };
}

export function populateDemoRunbooks(tx: ChangeTx, today: string): void {
  const day = (offset: number) => addDays(today, offset);
  const language = ((tx.db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(META.language) as string | undefined) ?? 'en') as Language;
  const ids: Record<string, string> = {};
  for (const [index, template] of RUNBOOK_TEMPLATES.entries()) {
    const created = createRunbook(at(tx, day(-400)), { owner: PEOPLE.ciso, language, templateId: template.id });
    const draft = created.versions[0]!;
    const content = adopt(contentOf(listVersionRows(tx.db, created.runbook.id)[0]!));
    saveDraft(at(tx, day(-395)), { runbookId: created.runbook.id, versionId: draft.id, content, changeNote: 'Adopted from the template with our people and contacts.' });
    approveVersion(at(tx, day(-390 + index)), { runbookId: created.runbook.id, versionId: draft.id, approver: PEOPLE.ceo });
    ids[template.id] = created.runbook.id;
  }

  const people = new Map(tx.db.prepare<[], { id: string; name: string }>('SELECT id, name FROM people').all().map((row) => [row.name, row.id]));
  const person = (name: string) => people.get(name);
  const present = (...names: string[]) => names.map(person).filter((id): id is string => id !== undefined);
  const current = (templateId: string) => currentVersionRow(listVersionRows(tx.db, ids[templateId]!))!;

  // 1. A ransomware tabletop eleven months ago: slow isolation and an unknown insurer hotline.
  const ransomwareV1 = current('ransomware');
  createDrill(
    at(tx, day(-330), '16:00:00'),
    {
      runbookId: ids.ransomware!,
      versionId: ransomwareV1.id,
      heldOn: day(-330),
      kind: 'tabletop',
      scenario: 'Friday 18:40: the analytics file shares in Dublin show encrypted files and a ransom note; the on-call engineer is alone. Injects: a leak-site post naming Meridian at T+6 h, a journalist call at T+20 h.',
      participantIds: present('Niamh O’Connor', 'Tomás Ryan', 'Aoife Brennan', 'Emma Fitzgerald', 'Daniel Okafor'),
      externalParticipants: ['Breach coach, Harbourline Insurance', 'Northgate Forensics (facilitator)'],
      timings: [
        { stepId: 'isolate', actualMinutes: 55, note: 'Engineer looked for the network diagram first.' },
        { stepId: 'activate', actualMinutes: 70, note: 'Nobody had the insurer hotline number.' },
        { stepId: 'forensics', actualMinutes: 210, note: '' },
        { stepId: 'scope', actualMinutes: 460, note: '' },
        { stepId: 'personal-data', actualMinutes: 900, note: 'Leak-site post settled it.' },
        { stepId: 'communications', actualMinutes: 1380, note: '' },
      ],
      findings: [
        { description: 'The insurer’s breach hotline was not in the runbook, and the policy requires notice before engaging forensics.', action: { description: 'Add the insurer, counsel and forensics contacts to the runbook and the on-call card.', owner: PEOPLE.ciso, dueDate: day(-300), status: 'done' } },
        { description: 'Isolation took 55 minutes against a 30-minute target: the on-call engineer did not know which switch ports serve the file servers.', action: { description: 'Label the file-server ports and add an isolation checklist to the on-call wiki.', owner: PEOPLE.itOps, dueDate: day(-290), status: 'done' } },
        { description: 'The out-of-band channel worked well once set up.', action: null },
      ],
      summary: 'The team reached a ransom decision in time, but the first hour was slow. Version 2 of the runbook adds the missing contacts.',
    },
    day(-330),
  );
  const v2 = startDraft(at(tx, day(-300)), ids.ransomware!);
  saveDraft(at(tx, day(-300)), {
    runbookId: ids.ransomware!,
    versionId: v2.id,
    content: { ...v2.content, contacts: [...v2.content.contacts, { name: 'Garda National Cyber Crime Bureau', role: 'Law enforcement report', phone: '+353 1 555 0160', email: '', external: true }] },
    changeNote: 'Contacts after the tabletop: insurer hotline, counsel, forensics retainer and the Garda cyber-crime bureau.',
  });
  approveVersion(at(tx, day(-298)), { runbookId: ids.ransomware!, versionId: v2.id, approver: PEOPLE.ceo, note: 'Findings of the ransomware tabletop addressed.' });

  // 2. A personal-data breach simulation five months ago: the authority notice ran past 72 hours.
  createDrill(
    at(tx, day(-150), '17:00:00'),
    {
      runbookId: ids['personal-data-breach']!,
      versionId: current('personal-data-breach').id,
      heldOn: day(-150),
      kind: 'simulation',
      scenario: 'A support engineer exports 4,800 patient-linked analytics records to a personal cloud drive; found by the DLP alert two days later. EU and California data subjects involved.',
      participantIds: present('Aoife Brennan', 'Emma Fitzgerald', 'Niamh O’Connor', 'Seán Murphy'),
      externalParticipants: ['Fitzwilliam Law (outside counsel)'],
      timings: [
        { stepId: 'triage', actualMinutes: 45, note: '' },
        { stepId: 'contain', actualMinutes: 200, note: '' },
        { stepId: 'scope', actualMinutes: 840, note: 'Mapping records to people took longest.' },
        { stepId: 'assess-risk', actualMinutes: 1500, note: '' },
        { stepId: 'notify-authority', actualMinutes: 4700, note: 'Only one person holds the regulator portal login.' },
        { stepId: 'notify-individuals', actualMinutes: 8000, note: '' },
      ],
      findings: [
        { description: 'The authority notification came 6 hours after the 72-hour deadline because one person held the regulator portal credentials.', action: { description: 'Give the DPO’s deputy access to the regulator portal and test it.', owner: PEOPLE.dpo, dueDate: day(-120), status: 'done' } },
        { description: 'Notice letters for California residents lacked the §1798.82 headings.', action: { description: 'Add a California notice letter template with the statutory headings.', owner: PEOPLE.counsel, dueDate: day(-100), status: 'done' } },
      ],
      summary: 'Scoping and assessment worked; the notification path depends on too few people.',
    },
    day(-150),
  );

  // 3. A misdirected e-mail tabletop six weeks ago, with an action still open.
  createDrill(
    at(tx, day(-45), '15:00:00'),
    {
      runbookId: ids['misdirected-email']!,
      versionId: current('misdirected-email').id,
      heldOn: day(-45),
      kind: 'tabletop',
      scenario: 'A customer-success manager sends a spreadsheet with 230 clinicians’ names and e-mails to the wrong hospital contact.',
      participantIds: present('Aoife Brennan', 'Seán Murphy', 'Tomás Ryan'),
      externalParticipants: [],
      timings: [
        { stepId: 'report', actualMinutes: 30, note: '' },
        { stepId: 'recall', actualMinutes: 150, note: 'Recall does not work for external recipients.' },
        { stepId: 'contact-recipient', actualMinutes: 200, note: '' },
        { stepId: 'assess', actualMinutes: 600, note: '' },
      ],
      findings: [
        { description: 'Address auto-complete for external domains caused the error and is still on for all staff.', action: { description: 'Turn off auto-complete for external addresses and add an external-recipient warning.', owner: PEOPLE.itOps, dueDate: day(20), status: 'open' } },
      ],
      summary: 'Handled within targets; the cause is a tooling default.',
    },
    day(-45),
  );

  // A revision in progress: the lost-device runbook gains a step for leavers' devices.
  const lostDevice = startDraft(at(tx, day(-10)), ids['lost-device']!);
  const leaverStep = {
    id: 'leaver-device',
    title: language === 'zh-CN' ? '追回离职人员设备' : 'Recover devices from leavers',
    instructions: language === 'zh-CN' ? '离职人员最后工作日未归还设备的，人力资源当日通知 IT，IT 远程锁定并启动本手册。' : 'Where a leaver has not returned a device on their last day, People Operations tells IT the same day and IT locks it remotely and starts this runbook.',
    role: 'it' as const,
    targetMinutes: 24 * 60,
    decision: null,
  };
  saveDraft(at(tx, day(-10)), { runbookId: ids['lost-device']!, versionId: lostDevice.id, content: { ...lostDevice.content, steps: [...lostDevice.content.steps, leaverStep] }, changeNote: 'Leavers’ devices, after the internal audit.' });
}
