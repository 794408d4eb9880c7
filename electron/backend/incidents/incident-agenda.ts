// The incident register's contributions to the agenda:
//
// - every open breach clock (not yet sent nor reasoned away), due on its local day in the
//   organisation's time zone. PIPL's "immediately" is due on the day of awareness, so it shows as
//   overdue at once; GDPR's "without undue delay" to data subjects is also due from that day;
// - every corrective action from a post-incident review until it is done or cancelled.
//
// Titles carry the reference, law and recipient (or the action) only. The agenda runs over every
// breach each time it is built, so the clocks are computed here from a few set-wide queries (the
// same jurisdiction rule and clock rules as reading one incident), not incident by incident; and
// the open clocks' items are kept until the workspace next changes. Every change appends to the
// audit chain in its transaction, so the chain's head (sequence and hash) says whether anything
// (an incident, a notification, the inventory, the time zone) may have changed since. Which clocks
// are open and their due days do not depend on the time of day.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import { shortText } from '../isms/isms-labels';
import type { Db } from '../workspace/sqlcipher';
import { breachClocks, isOpenClock, localDayKey, type NotificationRow } from './breach-clocks';
import { jurisdictionContext, jurisdictionsOf } from './incident-derivation';
import { organisationTimeZone } from '../organisation/organisation-queries';
import type { BreachClock, BreachLaw } from '../../../shared/contract/areas/incidents';

export interface BreachClockSet {
  id: string;
  ref: string;
  becameAwareAt: string;
  clocks: BreachClock[];
}

type BreachRow = [id: string, ref: string, becameAwareAt: string, highRisk: number | null, californiaResidents: number | null, systemIds: string | null];

/** Every personal-data breach with its clocks at `now`, read set-wide. */
export function allBreachClocks(db: Db, now: Date): { timeZone: string; breaches: BreachClockSet[] } {
  const timeZone = organisationTimeZone(db);
  const breaches = db
    .prepare(
      `SELECT i.id, i.ref, i.became_aware_at, i.high_risk, i.california_residents,
              (SELECT group_concat(s.system_id, ',') FROM incident_systems s WHERE s.incident_id = i.id)
         FROM incidents i WHERE i.personal_data_breach = 1`,
    )
    .raw()
    .all() as BreachRow[];
  if (breaches.length === 0) return { timeZone, breaches: [] };
  // Per affected system: where it is and what the activities using it have (a GDPR or PIPL basis, a
  // CCPA purpose); an incident's signals are the union over its systems.
  const systems = new Map<string, { gdpr: boolean; pipl: boolean; ccpa: boolean; countries: string[] }>();
  for (const [id, country, residency, gdpr, pipl, ccpa] of db
    .prepare(
      `SELECT sys.id, sys.country, sys.data_residency, max(a.gdpr_basis IS NOT NULL), max(a.pipl_basis IS NOT NULL),
              max(a.ccpa_business_purpose <> '' OR a.sold = 1 OR a.shared = 1)
         FROM inventory_systems sys
         LEFT JOIN inventory_activity_systems x ON x.system_id = sys.id
         LEFT JOIN inventory_activities a ON a.id = x.activity_id
        WHERE sys.id IN (SELECT s.system_id FROM incident_systems s JOIN incidents i ON i.id = s.incident_id WHERE i.personal_data_breach = 1)
        GROUP BY sys.id`,
    )
    .raw()
    .all() as [string, string | null, string | null, number | null, number | null, number | null][]) {
    systems.set(id, { gdpr: gdpr === 1, pipl: pipl === 1, ccpa: ccpa === 1, countries: [country, residency].filter((value): value is string => value !== null) });
  }
  const notifications = new Map<string, NotificationRow[]>();
  for (const row of db
    .prepare<[], NotificationRow & { incident_id: string }>(
      `SELECT n.incident_id, n.law, n.key, n.outcome, n.sent_at, n.content, n.reference, n.reason, n.recorded_at
         FROM incident_notifications n WHERE n.incident_id IN (SELECT id FROM incidents WHERE personal_data_breach = 1)`,
    )
    .all()) {
    let list = notifications.get(row.incident_id);
    if (!list) notifications.set(row.incident_id, (list = []));
    list.push(row);
  }
  const context = jurisdictionContext(db);
  // Incidents touching the same systems have the same laws.
  const lawsBySystems = new Map<string, BreachLaw[]>();
  const lawsOf = (systemIds: string | null): BreachLaw[] => {
    const key = systemIds ?? '';
    let laws = lawsBySystems.get(key);
    if (!laws) {
      const signals = { gdprBasis: false, piplBasis: false, ccpaPurpose: false, countries: new Set<string>() };
      for (const id of key === '' ? [] : key.split(',')) {
        const system = systems.get(id);
        if (!system) continue;
        signals.gdprBasis ||= system.gdpr;
        signals.piplBasis ||= system.pipl;
        signals.ccpaPurpose ||= system.ccpa;
        for (const country of system.countries) signals.countries.add(country);
      }
      lawsBySystems.set(key, (laws = jurisdictionsOf(signals, context)));
    }
    return laws;
  };
  return {
    timeZone,
    breaches: breaches.map(([id, ref, becameAwareAt, highRisk, californiaResidents, systemIds]) => {
      const clocks = breachClocks(
        { personalDataBreach: true, becameAwareAt, highRisk: highRisk === null ? null : highRisk === 1, californiaResidents, jurisdictions: lawsOf(systemIds) },
        notifications.get(id) ?? [],
        timeZone,
        now,
      );
      return { id, ref, becameAwareAt, clocks };
    }),
  };
}

const openClockItems = new WeakMap<Db, { head: string; entries: readonly AgendaEntry[] }>();

function auditHead(db: Db): string {
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').raw().get() as [number, string] | undefined;
  return head ? `${head[0]}:${head[1]}` : '';
}

export const incidentNotificationAgenda: AgendaProvider = {
  kind: 'incident_notification',
  title: { en: 'Breach notification due', 'zh-CN': '数据泄露通知到期' },
  items(db: Db): AgendaEntry[] {
    const head = auditHead(db);
    const cached = openClockItems.get(db);
    if (cached && cached.head === head) return [...cached.entries];
    const entries = openClockEntries(db);
    openClockItems.set(db, { head, entries });
    return [...entries];
  },
};

function openClockEntries(db: Db): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  const { timeZone, breaches } = allBreachClocks(db, new Date());
  const days = new Map<string, string>();
  const day = (instant: string) => {
    let date = days.get(instant);
    if (date === undefined) days.set(instant, (date = localDayKey(new Date(instant), timeZone)));
    return date;
  };
  for (const incident of breaches) {
    for (const clock of incident.clocks) {
      if (!isOpenClock(clock)) continue;
      entries.push({
        id: `incident_notification:${incident.id}:${clock.law}:${clock.key}`,
        kind: 'incident_notification',
        title: `${incident.ref} ${clock.law.toUpperCase()} ${clock.recipient}`,
        due: day(clock.due ?? incident.becameAwareAt),
        link: { screen: 'incidents', params: { id: incident.id } },
      });
    }
  }
  return entries;
}

export const incidentActionAgenda: AgendaProvider = {
  kind: 'incident_action',
  title: { en: 'Incident corrective action due', 'zh-CN': '事件纠正措施到期' },
  items(db: Db): AgendaEntry[] {
    const rows = db
      .prepare(
        `SELECT a.id, i.id, i.ref, a.description, a.due_date FROM incident_actions a JOIN incidents i ON i.id = a.incident_id
          WHERE a.status IN ('open', 'in_progress')`,
      )
      .raw()
      .all() as [string, string, string, string, string][];
    return rows.map(([id, incidentId, ref, description, due]) => ({
      id: `incident_action:${id}`,
      kind: 'incident_action',
      title: `${ref} ${shortText(description)}`,
      due,
      link: { screen: 'incidents', params: { id: incidentId } },
    }));
  },
};
