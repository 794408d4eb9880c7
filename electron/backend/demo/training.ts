// The demo organisation's training records: about 240 staff across departments (the policies demo's
// people get roles and start dates, the rest are added), a few who have left and a dozen new joiners;
// six courses (security awareness, privacy, secure development, request handling, induction and a
// quarterly phishing debrief on a calendar rule); two years of completions, with some failed attempts
// retaken, some people overdue and some due soon; and the assignments generated from the rules.
// Everything is drawn from a seeded generator, so the demo is the same every time it is made on the
// same day.
import type { Course, CourseInput, TrainingPersonInput } from '../../../shared/contract/areas/training';
import { addDays, addMonths } from '../../../shared/recurrence/dates';
import { generateAssignments } from '../training/training-assignments';
import { recordCompletion } from '../training/training-completions';
import { createCourse } from '../training/training-courses';
import { createTrainingPerson, listTrainingPeople, updateTrainingPerson } from '../training/training-people';
import type { ChangeTx } from '../workspace/workspace-db';

/** mulberry32: a small seeded generator, so the demo does not change between runs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS: readonly { name: string; roles: readonly string[]; size: number; chinese?: boolean }[] = [
  { name: 'Platform Engineering', roles: ['Software engineer', 'Site reliability engineer', 'Engineering manager'], size: 48 },
  { name: 'Engineering (San Francisco)', roles: ['Software engineer', 'Engineering manager'], size: 30 },
  { name: 'Data Science', roles: ['Data scientist', 'Analyst'], size: 26 },
  { name: 'Customer Support', roles: ['Support agent', 'Support lead'], size: 34 },
  { name: '上海办公室 客户支持', roles: ['Support agent', 'Support lead'], size: 20, chinese: true },
  { name: 'Sales', roles: ['Account executive', 'Sales manager'], size: 28 },
  { name: 'People Operations', roles: ['HR partner', 'Recruiter'], size: 10 },
  { name: 'Finance', roles: ['Accountant', 'Finance manager'], size: 10 },
  { name: 'IT Operations', roles: ['IT administrator', 'Service desk analyst'], size: 10 },
  { name: 'Information Security', roles: ['Security engineer', 'Security analyst'], size: 6 },
  { name: 'Legal and Privacy', roles: ['Privacy counsel', 'Privacy analyst'], size: 6 },
];

const FIRST = ['Aisling', 'Conor', 'Orla', 'Darragh', 'Siobhán', 'Liam', 'Ciara', 'Eoin', 'Róisín', 'Cillian', 'Jordan', 'Alex', 'Sam', 'Taylor', 'Morgan', 'Priya', 'Ravi', 'Fatima', 'Omar', 'Elena', 'Lucas', 'Sofia', 'Mateo', 'Hannah', 'Noah', 'Grace', 'Jack', 'Chloe', 'Adam', 'Zoe'];
const LAST = ['Byrne', 'Kelly', 'Doyle', 'Nolan', 'Quinn', 'Keane', 'Farrell', 'Lynch', 'Carroll', 'Daly', 'Nguyen', 'Patel', 'Garcia', 'Silva', 'Novak', 'Cohen', 'Meyer', 'Andersen', 'Rossi', 'Kowalski'];
const SURNAMES_ZH = ['张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马'];
const GIVEN_ZH = ['伟', '静', '敏', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '婷', '强', '霞'];

const ENGINEERING = ['Platform Engineering', 'Engineering (San Francisco)', 'Data Science'];

function courses(twoYearsAgo: string): CourseInput[] {
  const yearly = { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } } as const;
  return [
    {
      title: 'Security awareness',
      kind: 'security_awareness',
      description: 'Phishing, passwords and multi-factor authentication, clear desk, reporting incidents. Annual, for everyone.',
      audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
      schedule: yearly,
      passingScore: 80,
      materials: [{ label: 'Course on the learning platform', url: 'https://learning.meridian-analytics.example/security-awareness' }],
    },
    {
      title: 'Privacy fundamentals (GDPR, CCPA, PIPL)',
      kind: 'privacy',
      description: 'Personal data, lawful bases, data-subject rights, breaches and transfers. Every two years.',
      audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
      schedule: { kind: 'after_completion', every: { months: 24 }, firstDueWithin: { days: 45 } },
      passingScore: 75,
      materials: [{ label: 'Privacy handbook', url: 'https://intranet.meridian-analytics.example/privacy-handbook' }],
    },
    {
      title: 'Secure development',
      kind: 'role_specific',
      description: 'OWASP Top 10, secrets handling, code review and dependency hygiene.',
      audience: { allStaff: false, departments: ENGINEERING, roles: ['Site reliability engineer'], newJoinersWithinDays: null },
      schedule: yearly,
      passingScore: 70,
      materials: [{ label: 'OWASP Top 10', url: 'https://owasp.org/www-project-top-ten/' }],
    },
    {
      title: 'Handling data-subject requests',
      kind: 'operating_procedure',
      description: 'Recognising a request, verifying identity, the legal clocks and escalating to the privacy team.',
      audience: { allStaff: false, departments: ['Customer Support', '上海办公室 客户支持', 'Legal and Privacy'], roles: [], newJoinersWithinDays: null },
      schedule: yearly,
      passingScore: null,
      materials: [{ label: 'Request procedure', url: 'https://intranet.meridian-analytics.example/dsr-procedure' }],
    },
    {
      title: 'New joiner induction: security and privacy',
      kind: 'security_awareness',
      description: 'Acceptable use, the information security policy and who to ask. Within 30 days of starting.',
      audience: { allStaff: false, departments: [], roles: [], newJoinersWithinDays: 30 },
      schedule: { kind: 'after_completion', every: { months: 120 } },
      passingScore: null,
      materials: [],
    },
    {
      title: 'Quarterly phishing simulation debrief',
      kind: 'security_awareness',
      description: 'The results of the quarter’s phishing simulation and what to change.',
      audience: { allStaff: false, departments: ['IT Operations', 'Information Security'], roles: [], newJoinersWithinDays: null },
      schedule: { kind: 'calendar', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', tzid: 'Europe/Dublin', start: twoYearsAgo },
      passingScore: null,
      materials: [],
    },
  ];
}

export function populateDemoTraining(tx: ChangeTx, today: string): void {
  const random = seeded(20260101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const twoYearsAgo = addMonths(today, -24);

  // The policies demo's people get a role and a start date; the departments are filled up to size.
  const people: { id: string; department: string; startDate: string | null; leaveDate: string | null }[] = [];
  const counts = new Map<string, number>();
  for (const person of listTrainingPeople(tx.db, today)) {
    const department = DEPARTMENTS.find((candidate) => candidate.name === person.department);
    const input: TrainingPersonInput = {
      name: person.name,
      email: person.email,
      department: person.department,
      role: department ? department.roles[department.roles.length - 1]! : 'Manager',
      startDate: addDays(today, -900 - Math.floor(random() * 1500)),
      leaveDate: null,
      managerId: null,
    };
    updateTrainingPerson(tx, person.id, input, today);
    people.push({ id: person.id, department: person.department, startDate: input.startDate, leaveDate: null });
    counts.set(person.department, (counts.get(person.department) ?? 0) + 1);
  }
  let serial = 0;
  for (const department of DEPARTMENTS) {
    for (let n = counts.get(department.name) ?? 0; n < department.size; n++) {
      serial += 1;
      const name = department.chinese ? `${pick(SURNAMES_ZH)}${pick(GIVEN_ZH)}${pick(GIVEN_ZH)}` : `${pick(FIRST)} ${pick(LAST)}`;
      // One in twenty joined within the last six weeks; one in thirty has left.
      const joiner = serial % 20 === 7;
      const startDate = joiner ? addDays(today, -Math.floor(random() * 42)) : addDays(today, -60 - Math.floor(random() * 2400));
      const leaveDate = serial % 30 === 11 ? addDays(today, -Math.floor(random() * 200)) : null;
      const email = department.chinese ? `staff${serial}@meridian-analytics.example` : `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${serial}@meridian-analytics.example`;
      const person = createTrainingPerson(tx, { name, email, department: department.name, role: pick(department.roles), startDate, leaveDate: leaveDate && leaveDate > startDate ? leaveDate : null, managerId: null }, today);
      people.push({ id: person.id, department: department.name, startDate, leaveDate: person.leaveDate });
    }
  }

  const [awareness, privacy, secureDev, requests, induction, phishing] = courses(twoYearsAgo).map((input) => createCourse(tx, input, today)) as [Course, Course, Course, Course, Course, Course];

  const record = (personId: string, courseId: string, completedOn: string, passingScore: number | null) => {
    if (completedOn > today) return;
    let score: number | null = passingScore === null ? null : Math.min(100, passingScore + Math.floor(random() * (101 - passingScore)));
    // Now and then a first attempt fails and is retaken a few days later.
    if (passingScore !== null && random() < 0.05) {
      recordCompletion(tx, { personId, courseId, completedOn, score: Math.max(0, passingScore - 5 - Math.floor(random() * 30)), evidenceFileId: null, certificateRef: '' }, today);
      completedOn = addDays(completedOn, 3 + Math.floor(random() * 10));
      if (completedOn > today) return;
      score = passingScore + Math.floor(random() * (101 - passingScore));
    }
    recordCompletion(tx, { personId, courseId, completedOn, score: score === null ? null : Math.min(100, score), evidenceFileId: null, certificateRef: `CERT-${completedOn.slice(0, 4)}-${String(serial++).padStart(5, '0')}` }, today);
  };

  for (const person of people) {
    const start = person.startDate ?? twoYearsAgo;
    const from = start > twoYearsAgo ? start : twoYearsAgo;
    const end = person.leaveDate ?? today;
    // Yearly courses: done roughly every 12 months, some a little late; about one in eight has let the latest lapse (overdue).
    const cycles = (courseId: string, passingScore: number | null, months: number) => {
      const lapsed = random() < 0.12;
      let on = addDays(from, 5 + Math.floor(random() * 40));
      while (on <= end) {
        const next = addMonths(on, months);
        if (lapsed && next > today) break;
        record(person.id, courseId, on, passingScore);
        on = addDays(next, -25 + Math.floor(random() * 40));
      }
    };
    const isNew = person.startDate !== null && person.startDate > addDays(today, -42);
    if (isNew) {
      // New joiners: about half have done their induction already.
      if (random() < 0.5) record(person.id, induction.id, addDays(person.startDate!, Math.floor(random() * 10)), null);
      continue;
    }
    cycles(awareness.id, awareness.passingScore, 12);
    cycles(privacy.id, privacy.passingScore, 24);
    if (ENGINEERING.includes(person.department)) cycles(secureDev.id, secureDev.passingScore, 12);
    if (['Customer Support', '上海办公室 客户支持', 'Legal and Privacy'].includes(person.department)) cycles(requests.id, null, 12);
    if (['IT Operations', 'Information Security'].includes(person.department)) {
      // The last year's quarterly debriefs.
      for (let on = addDays(addMonths(today, -12), 20); on <= today; on = addMonths(on, 3)) if (random() < 0.9) record(person.id, phishing.id, on, null);
    }
  }
  generateAssignments(tx, today);
}
