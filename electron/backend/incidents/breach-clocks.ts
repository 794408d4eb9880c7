// The breach clocks of a personal-data breach: for each law that applies to the data (see
// incident-derivation.ts), the notifications shared/deadlines says it requires, counted in the
// organisation's time zone (the request register's setting), each with the notification recorded
// against it or its state: due, overdue, or without a fixed time ("without undue delay").
//
// GDPR Art 34 (data subjects) applies only once the breach is assessed as likely to result in a high
// risk. CCPA applies where California residents are affected (an unknown number counts as some; zero
// means none). A notification recorded against a clock that no longer applies stays listed, so the
// record of what was sent is never lost.
import { breachDeadlines, type Deadline } from '../../../shared/deadlines/deadline-rules';
import type { BreachClock, BreachLaw, NotificationKey, NotificationRecipient } from '../../../shared/contract/areas/incidents';
import type { Db } from '../workspace/sqlcipher';

const RECIPIENTS: Readonly<Record<BreachLaw, Partial<Record<NotificationKey, NotificationRecipient>>>> = {
  gdpr: { notify_authority: 'authority', notify_subjects: 'data_subjects' },
  ccpa: { notify_residents: 'california_residents', notify_attorney_general: 'attorney_general' },
  pipl: { notify_authority: 'pipl_authority', notify_subjects: 'individuals' },
};

export function recipientOf(law: BreachLaw, key: NotificationKey): NotificationRecipient | null {
  return RECIPIENTS[law][key] ?? null;
}

export interface NotificationRow {
  law: BreachLaw;
  key: NotificationKey;
  outcome: 'sent' | 'not_needed';
  sent_at: string | null;
  content: string;
  reference: string;
  reason: string;
  recorded_at: string;
}

export function notificationRows(db: Db, incidentId: string): NotificationRow[] {
  return db
    .prepare<[string], NotificationRow>('SELECT law, key, outcome, sent_at, content, reference, reason, recorded_at FROM incident_notifications WHERE incident_id = ?')
    .all(incidentId);
}

// California's clocks depend only on calendar days in the organisation's time zone (the day of
// awareness and of notifying residents), and converting a local day back to an instant is the
// costly part of computing them; the agenda computes them for every breach each time it is built.
// So they are kept per (time zone, day of awareness, day notified, residents over 500).
const CCPA_CACHE_LIMIT = 20_000;
const ccpaCache = new Map<string, Deadline[]>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone, with one cached formatter per zone. */
export function localDayKey(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(instant);
}

function deadlinesOf(law: BreachLaw, aware: Date, facts: { californiaResidents?: number; residentsNotifiedAt?: Date }, timeZone: string): Deadline[] {
  if (law !== 'ccpa') return breachDeadlines(law, aware, facts, { timeZone });
  const residents = facts.californiaResidents === undefined ? 'unknown' : facts.californiaResidents > 500 ? 'over500' : 'upTo500';
  const key = `${timeZone}|${localDayKey(aware, timeZone)}|${facts.residentsNotifiedAt ? localDayKey(facts.residentsNotifiedAt, timeZone) : ''}|${residents}`;
  let deadlines = ccpaCache.get(key);
  if (!deadlines) {
    if (ccpaCache.size >= CCPA_CACHE_LIMIT) ccpaCache.clear();
    ccpaCache.set(key, (deadlines = breachDeadlines(law, aware, facts, { timeZone })));
  }
  return deadlines;
}

export interface ClockFacts {
  personalDataBreach: boolean;
  becameAwareAt: string;
  highRisk: boolean | null;
  californiaResidents: number | null;
  jurisdictions: readonly BreachLaw[];
}

/** The deadlines that apply, before notifications are matched to them. */
export function applicableDeadlines(facts: ClockFacts, notifications: readonly NotificationRow[], timeZone: string): { law: BreachLaw; deadline: Deadline }[] {
  if (!facts.personalDataBreach) return [];
  const aware = new Date(facts.becameAwareAt);
  const out: { law: BreachLaw; deadline: Deadline }[] = [];
  for (const law of facts.jurisdictions) {
    if (law === 'ccpa' && facts.californiaResidents === 0) continue;
    const residents = notifications.find((row) => row.law === 'ccpa' && row.key === 'notify_residents' && row.outcome === 'sent');
    const deadlines = deadlinesOf(
      law,
      aware,
      {
        ...(facts.californiaResidents !== null ? { californiaResidents: facts.californiaResidents } : {}),
        ...(residents?.sent_at ? { residentsNotifiedAt: new Date(residents.sent_at) } : {}),
      },
      timeZone,
    );
    for (const deadline of deadlines) {
      if (deadline.condition === 'high_risk' && facts.highRisk !== true) continue;
      out.push({ law, deadline });
    }
  }
  return out;
}

export function breachClocks(facts: ClockFacts, notifications: readonly NotificationRow[], timeZone: string, now: Date): BreachClock[] {
  const clocks: BreachClock[] = [];
  const answered = (law: BreachLaw, key: NotificationKey) => notifications.find((row) => row.law === law && row.key === key);
  const at = now.toISOString();
  for (const { law, deadline } of applicableDeadlines(facts, notifications, timeZone)) {
    const key = deadline.key as NotificationKey;
    const row = answered(law, key);
    const state = row ? row.outcome : deadline.due === null ? 'no_fixed_time' : deadline.due < at ? 'overdue' : 'due';
    clocks.push({
      law,
      key,
      recipient: recipientOf(law, key)!,
      due: deadline.due,
      basis: deadline.basis,
      immediate: deadline.immediate,
      ...(deadline.condition ? { condition: deadline.condition } : {}),
      state,
      sentAt: row?.sent_at ?? null,
      content: row?.content ?? '',
      reference: row?.reference ?? '',
      reason: row?.reason ?? '',
      recordedAt: row?.recorded_at ?? null,
    });
  }
  for (const row of notifications) {
    if (clocks.some((clock) => clock.law === row.law && clock.key === row.key)) continue;
    clocks.push({
      law: row.law,
      key: row.key,
      recipient: recipientOf(row.law, row.key)!,
      due: null,
      basis: '',
      immediate: false,
      state: row.outcome,
      sentAt: row.sent_at,
      content: row.content,
      reference: row.reference,
      reason: row.reason,
      recordedAt: row.recorded_at,
    });
  }
  return clocks;
}

/** Open clocks: neither sent nor reasoned away. */
export function isOpenClock(clock: BreachClock): boolean {
  return clock.state === 'due' || clock.state === 'overdue' || clock.state === 'no_fixed_time';
}

/** The open clock to act on first: overdue and immediate ones, then by due time; "without undue delay" last. */
export function nextOpenClock(clocks: readonly BreachClock[]): BreachClock | null {
  const open = clocks.filter(isOpenClock);
  open.sort((a, b) => (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff'));
  return open[0] ?? null;
}
