// The requests screen with a fake backend: the register's countdowns and overdue highlighting, the
// detail's deadline in force before and after an extension, the backend's translated refusal of a
// late extension shown under the field, and the countdown arithmetic itself.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { DataSubjectRequest, RequestSummary } from '../../../shared/contract/areas/requests';
import { resetSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { CalendarsTab } from '../../../renderer/src/features/requests/CalendarsTab';
import { RequestDetail } from '../../../renderer/src/features/requests/RequestDetail';
import { RequestList } from '../../../renderer/src/features/requests/RequestList';
import { availableActions, countdown, filterRequests, sortRequests } from '../../../renderer/src/features/requests/request-view';
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
const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function summary(overrides: Partial<RequestSummary>): RequestSummary {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    ref: 'DSR-2026-0001',
    law: 'ccpa',
    type: 'know',
    status: 'in_progress',
    channel: 'email',
    receivedAt: iso(-10 * DAY),
    requesterName: 'Dana Whitaker',
    subjectCategoryId: null,
    subjectCategoryName: null,
    respondDue: iso(35 * DAY),
    confirmDue: null,
    confirmedAt: iso(-9 * DAY),
    extended: false,
    closedAt: null,
    redactedAt: null,
    redactionDueOn: null,
    ...overrides,
  };
}

function detail(overrides: Partial<DataSubjectRequest> = {}): DataSubjectRequest {
  return {
    ...summary({}),
    language: 'en',
    requesterContact: 'dana@example.com',
    relationship: 'self',
    details: '',
    deadlines: [
      { key: 'confirm_receipt', due: iso(-1 * DAY), basis: 'CCPA regs 7021(a)', immediate: false },
      { key: 'respond', due: iso(35 * DAY), basis: 'Cal. Civ. Code 1798.130(a)(2)', immediate: false },
      { key: 'extension_notice', due: iso(35 * DAY), basis: 'CCPA regs 7021(b)', immediate: false },
      { key: 'respond_extended', due: iso(80 * DAY), basis: 'Cal. Civ. Code 1798.130(a)(2)', immediate: false },
    ],
    timeZone: 'UTC',
    extension: null,
    respondedAt: null,
    refusal: null,
    withdrawal: null,
    verifications: [],
    systems: [],
    letters: [],
    timeline: [{ at: iso(-10 * DAY), event: 'received', detail: 'email' }],
    createdAt: iso(-10 * DAY),
    updatedAt: iso(-10 * DAY),
    ...overrides,
  };
}

describe('countdown and list logic', () => {
  it('counts days, hours and minutes either side of the deadline', () => {
    const now = Date.parse('2026-03-01T00:00:00Z');
    expect(countdown('2026-03-03T05:30:00Z', now)).toEqual({ overdue: false, days: 2, hours: 5, minutes: 30 });
    expect(countdown('2026-02-28T23:00:00Z', now)).toEqual({ overdue: true, days: 0, hours: 1, minutes: 0 });
  });

  it('sorts open requests by deadline before answered ones, and filters by law, status and text', () => {
    const late = summary({ id: 'a', ref: 'DSR-2026-0002', respondDue: iso(-2 * DAY) });
    const soon = summary({ id: 'b', ref: 'DSR-2026-0003', respondDue: iso(2 * DAY), law: 'gdpr' });
    const done = summary({ id: 'c', ref: 'DSR-2026-0004', status: 'responded' });
    expect(sortRequests([done, soon, late]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(filterRequests([late, soon, done], { text: '', status: null, law: 'gdpr', openOnly: false }).map((r) => r.id)).toEqual(['b']);
    expect(filterRequests([late, soon, done], { text: '', status: null, law: null, openOnly: true }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(filterRequests([late, soon, done], { text: '0004', status: null, law: null, openOnly: false }).map((r) => r.id)).toEqual(['c']);
  });

  it('offers an extension only once and only before the first deadline', () => {
    const now = Date.now();
    expect(availableActions(detail(), now)).toContain('extend');
    expect(availableActions(detail({ extension: { reason: 'x', noticeSentAt: iso(-DAY) }, status: 'extended' }), now)).not.toContain('extend');
    expect(availableActions(detail(), now + 40 * DAY)).not.toContain('extend');
    expect(availableActions(detail({ status: 'responded' }), now)).toEqual(['close']);
  });
});

describe('requests screen', () => {
  it('lists requests with live countdowns and highlights the overdue ones', async () => {
    installBridge((procedure) => {
      if (procedure === 'requests.list') return ok([summary({ id: 'x', ref: 'DSR-2026-0009', respondDue: iso(-3 * DAY - 3_600_000) }), summary({ ref: 'DSR-2026-0001' })]);
      return ok([]);
    });
    renderWithApp(<RequestList onOpen={() => undefined} />);
    const overdue = await screen.findByTestId('request-DSR-2026-0009');
    expect(within(overdue).getByText(/^Overdue by 3 days [01] hours?$/)).toBeTruthy();
    expect(within(screen.getByTestId('request-DSR-2026-0001')).getByText(/^3[45] days \d+ hours? left$/)).toBeTruthy();
    expect(screen.getByText('1 overdue')).toBeTruthy();
  });

  it('speaks Chinese: statuses, laws, types and the countdown', async () => {
    installBridge((procedure) => (procedure === 'requests.list' ? ok([summary({ law: 'pipl', type: 'deletion', respondDue: iso(-2 * DAY - 7_200_000) })]) : ok([])));
    renderWithApp(<RequestList onOpen={() => undefined} />, 'zh-CN');
    const row = await screen.findByTestId('request-DSR-2026-0001');
    expect(within(row).getByText('个人信息保护法')).toBeTruthy();
    expect(within(row).getByText('删除')).toBeTruthy();
    expect(within(row).getByText('处理中')).toBeTruthy();
    expect(within(row).getByText(/^已逾期 2 天 [12] 小时$/)).toBeTruthy();
  });

  it('shows the extended deadline in force after an extension, and a late extension’s refusal under its field', async () => {
    const extended = detail({
      status: 'extended',
      extension: { reason: 'Three archives', noticeSentAt: iso(-DAY) },
      respondDue: iso(80 * DAY),
    });
    let answer: DataSubjectRequest = detail();
    const invoke = installBridge((procedure) => {
      if (procedure === 'requests.get') return ok(answer);
      if (procedure === 'requests.letters.draft') return ok({ kind: 'extension', language: 'en', text: 'Dear Dana Whitaker,' });
      if (procedure === 'requests.extend') {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'late', details: { issues: [{ path: ['noticeSentAt'], code: 'custom', message: 'extension_too_late' }] } } };
      }
      return ok(null);
    });
    const view = renderWithApp(<RequestDetail id="00000000-0000-4000-8000-000000000001" onBack={() => undefined} />);
    expect(await screen.findByText(/^3[45] days \d+ hours? left$/)).toBeTruthy();
    expect(within(screen.getByTestId('deadline-respond')).getByText('In force')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Extend the deadline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the deadline' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Three archives' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record as sent' }));
    expect(await within(dialog).findByText('the extension had to be notified before the first deadline, which has passed')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('requests.extend', expect.objectContaining({ reason: 'Three archives', letter: 'Dear Dana Whitaker,' }));

    view.unmount();
    answer = extended;
    renderWithApp(<RequestDetail id="00000000-0000-4000-8000-000000000001" onBack={() => undefined} />);
    await waitFor(() => expect(within(screen.getByTestId('deadline-respond_extended')).getByText('In force')).toBeTruthy());
    expect(within(screen.getByTestId('deadline-respond')).getByText('Replaced by the extension')).toBeTruthy();
    expect(screen.getByText(/^(79|80) days \d+ hours? left$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Extend the deadline' })).toBeNull();
  });
});

describe('calendars editor', () => {
  it('removes an adjusted working day from China’s year and saves the year’s lists', async () => {
    const year = new Date().getFullYear();
    const calendars = {
      year,
      china: { holidays: [`${year}-10-01`], workedWeekendDays: [`${year}-10-10`, `${year}-09-20`].sort(), customised: false, known: true },
      california: { holidays: [`${year}-12-25`], workedWeekendDays: [], customised: false, known: true },
    };
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'requests.settings.get') return ok({ timeZone: 'Asia/Shanghai', redactionRetentionMonths: 24 });
      if (procedure === 'requests.calendars.get') return ok(calendars);
      if (procedure === 'requests.calendars.update') {
        const { holidays, workedWeekendDays } = input as { holidays: string[]; workedWeekendDays: string[] };
        return ok({ ...calendars, china: { holidays, workedWeekendDays, customised: true, known: true } });
      }
      return ok(null);
    });
    renderWithApp(<CalendarsTab />);
    fireEvent.click(await screen.findByRole('button', { name: `Remove ${year}-10-10` }));
    const china = screen.getByText('Mainland China (PIPL working days)').closest('section') ?? document.body;
    fireEvent.click(within(china as HTMLElement).getByRole('button', { name: 'Save calendar' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('requests.calendars.update', { year, region: 'china', holidays: [`${year}-10-01`], workedWeekendDays: [`${year}-09-20`] }),
    );
    expect(await screen.findByText('Edited for this workspace')).toBeTruthy();
  });
});
