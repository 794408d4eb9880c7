// The training screens with a fake backend: courses with their audience, the recurrence sentence and
// the rate; the generation run's result; the course form's translated refusal under the audience; the
// overdue list; and the rates report in English and Chinese.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { Assignment, Course } from '../../../shared/contract/areas/training';
import { describeSchedule } from '../../../shared/recurrence';
import { resetSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { CoursesTab } from '../../../renderer/src/features/training/CoursesTab';
import { OverdueTab } from '../../../renderer/src/features/training/OverdueTab';
import { ReportsTab } from '../../../renderer/src/features/training/ReportsTab';
import { installBridge, renderWithApp } from './render';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
}

afterEach(() => {
  cleanup();
  setBridge(null);
  resetSession();
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });
const COURSE_ID = '00000000-0000-4000-8000-000000000001';

const COURSE: Course = {
  id: COURSE_ID,
  title: 'Security awareness',
  kind: 'security_awareness',
  description: '',
  audience: { allStaff: false, departments: ['Sales'], roles: [], newJoinersWithinDays: 30 },
  schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } },
  passingScore: 80,
  materials: [],
  openAssignments: 4,
  done: 1,
  overdue: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

function assignment(overrides: Partial<Assignment>): Assignment {
  return {
    id: 'a1',
    courseId: COURSE_ID,
    courseTitle: 'Security awareness',
    personId: '00000000-0000-4000-8000-000000000002',
    personName: 'Ana Pérez',
    department: 'Sales',
    status: 'open',
    state: 'overdue',
    assignedOn: '2026-01-01',
    dueOn: '2026-02-01',
    lastCompletedOn: null,
    ...overrides,
  };
}

describe('courses', () => {
  it('shows each course’s audience, recurrence sentence and rate, and the generation result', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'training.courses.list') return ok([COURSE]);
      if (procedure === 'training.assignments.generate') return ok({ created: 12, reopened: 1, closed: 3, open: 40 });
      return ok([]);
    });
    renderWithApp(<CoursesTab onSelect={() => undefined} />);
    const card = await screen.findByRole('article', { name: 'Security awareness' });
    expect(within(card).getByText(describeSchedule(COURSE.schedule, 'en'))).toBeTruthy();
    expect(within(card).getByText('Departments: Sales · New joiners, within 30 days of starting')).toBeTruthy();
    expect(within(card).getByText('1 of 4 current (25%)')).toBeTruthy();
    expect(within(card).getByText('2 overdue')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Generate assignments' }));
    expect(await screen.findByText('Assignments generated: 12 new, 1 reopened, 3 closed; 40 open in all.')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('training.assignments.generate', {});
  });

  it('shows the backend’s refusal of a course without an audience under the audience, translated', async () => {
    installBridge((procedure) => {
      if (procedure === 'training.courses.create') {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'no audience', details: { issues: [{ path: ['audience'], code: 'audience_empty', message: 'audience_empty' }] } } };
      }
      return ok([]);
    });
    renderWithApp(<CoursesTab onSelect={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add course' }));
    const dialog = await screen.findByRole('dialog');
    // The recurrence editor says what the default schedule means.
    expect(within(dialog).getByTestId('recurrence-sentence').textContent).toBe(describeSchedule({ kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } }, 'en'));
    fireEvent.change(within(dialog).getByLabelText(/^Title/), { target: { value: 'Nobody’s course' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('choose who the course is for: all staff, departments, roles or new joiners')).toBeTruthy();
  });

  it('explains an invalid calendar rule in the recurrence editor', async () => {
    installBridge(() => ok([]));
    renderWithApp(<CoursesTab onSelect={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add course' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('On a calendar'));
    const rule = within(dialog).getByLabelText(/^Rule \(RRULE\)/);
    fireEvent.change(rule, { target: { value: 'FREQ=SOMETIMES' } });
    await waitFor(() => expect(within(dialog).getByTestId('recurrence-sentence').textContent).not.toMatch(/^Every/));
    expect(within(dialog).getByTestId('recurrence-sentence').textContent).toMatch(/FREQ|frequency/i);
  });
});

describe('overdue and reports', () => {
  it('lists the overdue and the due-soon assignments', async () => {
    installBridge((procedure, input) => {
      if (procedure === 'training.assignments.list') {
        const state = (input as { state: string }).state;
        return ok(state === 'overdue' ? [assignment({})] : [assignment({ id: 'a2', personName: 'Li Wei', state: 'due_soon', dueOn: '2026-04-01' })]);
      }
      return ok([]);
    });
    renderWithApp(<OverdueTab />);
    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    expect(await within(overdue).findByText('Ana Pérez')).toBeTruthy();
    const soon = screen.getByRole('region', { name: 'Due in the next 30 days' });
    expect(await within(soon).findByText('Li Wei')).toBeTruthy();
    expect(within(soon).getByText('Due soon')).toBeTruthy();
  });

  it('shows the rates by department and course and the monthly series, in Chinese', async () => {
    installBridge((procedure) => {
      if (procedure === 'training.rates') {
        return ok({
          today: '2026-03-03',
          total: 4,
          done: 3,
          overdue: 1,
          dueSoon: 0,
          byDepartment: [
            { key: 'Sales', label: 'Sales', total: 2, done: 1, rate: 50 },
            { key: 'Support', label: 'Support', total: 2, done: 2, rate: 100 },
          ],
          byCourse: [{ key: COURSE_ID, label: 'Security awareness', total: 4, done: 3, rate: 75 }],
        });
      }
      if (procedure === 'training.rates.monthly') return ok(Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, total: 4, done: i % 4, rate: (i % 4) * 25 })));
      return ok([]);
    });
    renderWithApp(<ReportsTab />, 'zh-CN');
    expect(await screen.findByTestId('overall-rate')).toHaveProperty('textContent', '75%');
    expect(within(screen.getByTestId('rate-Sales')).getByText('50%（2 人中 1 人）')).toBeTruthy();
    expect(within(screen.getByTestId('rate-Security awareness')).getByText('75%（4 人中 3 人）')).toBeTruthy();
    expect(await screen.findByRole('img', { name: '按月完成率，从 0% 到 75%' })).toBeTruthy();
    expect(screen.getByText('按部门')).toBeTruthy();
  });
});
