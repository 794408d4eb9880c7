// The dashboard's incident and request figures: open incidents, open breach clocks and how many of
// them are overdue, this calendar year's incidents by severity (by the day of awareness in the
// organisation's time zone), open corrective actions, and open and overdue data-subject requests.
import { INCIDENT_SEVERITIES, type IncidentFigures, type IncidentSeverity } from '../../../shared/contract/areas/incidents';
import { OPEN_REQUEST_STATUSES } from '../../../shared/contract/areas/requests';
import { localDate } from '../requests/request-deadlines';
import type { Db } from '../workspace/sqlcipher';
import { isOpenClock } from './breach-clocks';
import { allBreachClocks } from './incident-agenda';

export function incidentFigures(db: Db, now: Date): Omit<IncidentFigures, 'openRequests' | 'overdueRequests'> {
  const { timeZone, breaches } = allBreachClocks(db, now);
  const open = breaches.flatMap((breach) => breach.clocks.filter(isOpenClock));
  const year = localDate(now.toISOString(), timeZone).slice(0, 4);
  const thisYearBySeverity = Object.fromEntries(INCIDENT_SEVERITIES.map((severity) => [severity, 0])) as Record<IncidentSeverity, number>;
  // A day either side of the UTC year catches every time zone; the local day decides.
  const rows = db
    .prepare('SELECT became_aware_at, severity FROM incidents WHERE became_aware_at >= ? AND became_aware_at < ?')
    .raw()
    .all(`${Number(year) - 1}-12-31`, `${Number(year) + 1}-01-02`) as [string, IncidentSeverity][];
  for (const [aware, severity] of rows) if (localDate(aware, timeZone).startsWith(year)) thisYearBySeverity[severity] += 1;
  return {
    openIncidents: db.prepare("SELECT count(*) FROM incidents WHERE status <> 'closed'").pluck().get() as number,
    openClocks: open.length,
    overdueClocks: open.filter((clock) => clock.state === 'overdue').length,
    thisYearBySeverity,
    openActions: db.prepare("SELECT count(*) FROM incident_actions WHERE status IN ('open', 'in_progress')").pluck().get() as number,
  };
}

export function requestFigures(db: Db, now: Date): Pick<IncidentFigures, 'openRequests' | 'overdueRequests'> {
  const open = OPEN_REQUEST_STATUSES.map((status) => `'${status}'`).join(', ');
  const row = db
    .prepare(`SELECT count(*), count(CASE WHEN respond_due IS NOT NULL AND respond_due < ? THEN 1 END) FROM data_subject_requests WHERE status IN (${open})`)
    .raw()
    .get(now.toISOString()) as [number, number];
  return { openRequests: row[0], overdueRequests: row[1] };
}
