// The incident register's contribution to the agenda: every open breach clock (not yet sent nor
// reasoned away), due on its local day in the organisation's time zone. PIPL's "immediately" is due
// on the day of awareness, so it shows as overdue at once; GDPR's "without undue delay" to data
// subjects is also due from that day. Titles carry the reference, law and recipient only.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import { localDate } from '../requests/request-deadlines';
import type { Db } from '../workspace/sqlcipher';
import { isOpenClock } from './breach-clocks';
import { openBreaches } from './incident-queries';

export const incidentNotificationAgenda: AgendaProvider = {
  kind: 'incident_notification',
  title: { en: 'Breach notification due', 'zh-CN': '数据泄露通知到期' },
  items(db: Db): AgendaEntry[] {
    const entries: AgendaEntry[] = [];
    for (const incident of openBreaches(db)) {
      for (const clock of incident.clocks.filter(isOpenClock)) {
        entries.push({
          id: `incident_notification:${incident.id}:${clock.law}:${clock.key}`,
          kind: 'incident_notification',
          title: `${incident.ref} ${clock.law.toUpperCase()} ${clock.recipient}`,
          due: localDate(clock.due ?? incident.becameAwareAt, incident.timeZone),
          link: { screen: 'incidents', params: { id: incident.id } },
        });
      }
    }
    return entries;
  },
};
