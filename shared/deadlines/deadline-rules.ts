// The legal clocks, as pure functions: when a data-subject request must be confirmed, answered and at
// the latest answered after an extension, and when a breach must be notified to whom. The rules and
// their sources are in the README ("Deadlines"); the CLI's `custos deadline` prints exactly these.
import { addMonths, addWorkingDays, endOfLocalDay, localDay, yearOf, type WorkingCalendar } from './calendar';
import { californiaCalendar, chinaCalendar } from './holidays';

export const DEADLINE_LAWS = ['gdpr', 'ccpa', 'pipl'] as const;
export type DeadlineLaw = (typeof DEADLINE_LAWS)[number];

/** The request types of each law (GDPR Arts 15–22 and 7(3); CCPA 1798.105–.121; PIPL Arts 44–48 and 15). */
export const REQUEST_TYPES = {
  gdpr: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'automated_decision', 'withdraw_consent'],
  ccpa: ['know', 'delete', 'correct', 'opt_out', 'limit'],
  pipl: ['access', 'portability', 'correction', 'deletion', 'explanation', 'restriction', 'withdraw_consent'],
} as const satisfies Record<DeadlineLaw, readonly string[]>;
export type RequestType<L extends DeadlineLaw = DeadlineLaw> = (typeof REQUEST_TYPES)[L][number];

export const DEADLINE_KEYS = [
  'confirm_receipt',
  'respond',
  'extension_notice',
  'respond_extended',
  'notify_authority',
  'notify_subjects',
  'notify_residents',
  'notify_attorney_general',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface Deadline {
  key: DeadlineKey;
  /** The last moment (ISO 8601, UTC); null where the law sets no fixed time ("without undue delay"). */
  due: string | null;
  /** The legal source, e.g. "GDPR Art 12(3)". */
  basis: string;
  /** The law says "immediately" (立即): due from the moment of awareness. */
  immediate: boolean;
  /** Applies only if this holds (recorded on the incident or request). */
  condition?: 'high_risk' | 'more_than_500_residents';
  /** Working days were counted in a year whose holidays the calendar does not know (weekends only). */
  calendarIncomplete?: boolean;
}

export interface DeadlineOptions {
  /** The IANA time zone whose calendar days count (the organisation's); default UTC. */
  timeZone?: string;
  /** China's working days (default: the State Council calendars shipped with the app). */
  chinaCalendar?: WorkingCalendar;
  /** California's business days (default: state holidays computed for the years concerned). */
  californiaCalendar?: WorkingCalendar;
}

const DEFAULT_CHINA = chinaCalendar();
const californiaCache = new Map<number, WorkingCalendar>();
function defaultCalifornia(year: number): WorkingCalendar {
  let calendar = californiaCache.get(year);
  if (!calendar) californiaCache.set(year, (calendar = californiaCalendar(year, year + 1)));
  return calendar;
}

function endOfDay(day: number, timeZone: string): string {
  return endOfLocalDay(day, timeZone).toISOString();
}

function workingDeadline(start: number, count: number, calendar: WorkingCalendar, timeZone: string): { due: string; calendarIncomplete?: boolean } {
  const day = addWorkingDays(start, count, calendar);
  const complete = calendar.coveredYears.has(yearOf(start)) && calendar.coveredYears.has(yearOf(day));
  return complete ? { due: endOfDay(day, timeZone) } : { due: endOfDay(day, timeZone), calendarIncomplete: true };
}

/** Every deadline the register sets for a request received at `receivedAt`. */
export function requestDeadlines(law: DeadlineLaw, type: RequestType, receivedAt: Date, options: DeadlineOptions = {}): Deadline[] {
  if (!(REQUEST_TYPES[law] as readonly string[]).includes(type)) throw new RangeError(`unknown ${law} request type: ${type}`);
  const timeZone = options.timeZone ?? 'UTC';
  const received = localDay(receivedAt, timeZone);
  const plain = { immediate: false };
  switch (law) {
    case 'gdpr': {
      // One month, extendable by two further months with notice and reasons inside the first (Art 12(3)).
      const oneMonth = endOfDay(addMonths(received, 1), timeZone);
      return [
        { key: 'respond', due: oneMonth, basis: 'GDPR Art 12(3)', ...plain },
        { key: 'extension_notice', due: oneMonth, basis: 'GDPR Art 12(3)', ...plain },
        { key: 'respond_extended', due: endOfDay(addMonths(received, 3), timeZone), basis: 'GDPR Art 12(3)', ...plain },
      ];
    }
    case 'ccpa': {
      const calendar = options.californiaCalendar ?? defaultCalifornia(yearOf(received));
      if (type === 'opt_out' || type === 'limit') {
        const basis = type === 'opt_out' ? 'CCPA regs 7026(f)' : 'CCPA regs 7027(g)';
        return [{ key: 'respond', ...workingDeadline(received, 15, calendar, timeZone), basis, ...plain }];
      }
      return [
        { key: 'confirm_receipt', ...workingDeadline(received, 10, calendar, timeZone), basis: 'CCPA regs 7021(a)', ...plain },
        { key: 'respond', due: endOfDay(received + 45, timeZone), basis: 'Cal. Civ. Code 1798.130(a)(2); regs 7021(b)', ...plain },
        { key: 'extension_notice', due: endOfDay(received + 45, timeZone), basis: 'CCPA regs 7021(b)', ...plain },
        { key: 'respond_extended', due: endOfDay(received + 90, timeZone), basis: 'Cal. Civ. Code 1798.130(a)(2); regs 7021(b)', ...plain },
      ];
    }
    case 'pipl':
      // PIPL says "timely"; 15 working days is the regulators' yardstick (国信办秘字〔2019〕191号).
      return [{ key: 'respond', ...workingDeadline(received, 15, options.chinaCalendar ?? DEFAULT_CHINA, timeZone), basis: 'PIPL Art 50; 国信办秘字〔2019〕191号', ...plain }];
  }
}

export interface BreachFacts {
  /** California residents to be notified, when known. */
  californiaResidents?: number;
  /** When the California residents were notified, once they have been (starts the Attorney General's clock). */
  residentsNotifiedAt?: Date;
}

/** Every notification a breach may require under one law, from the moment the organisation became aware. */
export function breachDeadlines(law: DeadlineLaw, becameAwareAt: Date, facts: BreachFacts = {}, options: DeadlineOptions = {}): Deadline[] {
  const timeZone = options.timeZone ?? 'UTC';
  switch (law) {
    case 'gdpr':
      return [
        { key: 'notify_authority', due: new Date(becameAwareAt.getTime() + 72 * 3_600_000).toISOString(), basis: 'GDPR Art 33(1)', immediate: false },
        { key: 'notify_subjects', due: null, basis: 'GDPR Art 34(1)', immediate: false, condition: 'high_risk' },
      ];
    case 'ccpa': {
      const discovered = localDay(becameAwareAt, timeZone);
      const residentsDue = discovered + 30;
      const notified = facts.residentsNotifiedAt ? localDay(facts.residentsNotifiedAt, timeZone) : residentsDue;
      const deadlines: Deadline[] = [{ key: 'notify_residents', due: endOfDay(residentsDue, timeZone), basis: 'Cal. Civ. Code 1798.82(a)', immediate: false }];
      if (facts.californiaResidents === undefined || facts.californiaResidents > 500) {
        deadlines.push({
          key: 'notify_attorney_general',
          due: endOfDay(notified + 15, timeZone),
          basis: 'Cal. Civ. Code 1798.82(f)',
          immediate: false,
          ...(facts.californiaResidents === undefined ? { condition: 'more_than_500_residents' as const } : {}),
        });
      }
      return deadlines;
    }
    case 'pipl': {
      const now = becameAwareAt.toISOString();
      return [
        { key: 'notify_authority', due: now, basis: 'PIPL Art 57', immediate: true },
        { key: 'notify_subjects', due: now, basis: 'PIPL Art 57', immediate: true },
      ];
    }
  }
}
