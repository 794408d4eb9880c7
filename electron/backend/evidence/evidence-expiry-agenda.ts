// Agenda items for evidence that has expired or expires within the warning window. A link whose
// control already has evidence lasting longer (a renewal) is not listed. One item per piece of
// evidence and expiry date, however many controls it is linked to.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import { addDays } from '../frameworks/calendar-dates';
import { NO_EXPIRY, type FrameworkKey } from '../frameworks/controls-queries';
import { readFrameworkSettings } from '../frameworks/framework-settings';
import { controlLink } from '../search/search-links';
import { resolveRecordLabel } from './record-labels';

interface ExpiringLink {
  framework: FrameworkKey;
  controlId: string;
  fileId: string | null;
  fileName: string | null;
  recordType: string | null;
  recordId: string | null;
  due: string;
}

export const evidenceExpiryAgenda: AgendaProvider = {
  kind: 'evidence_expiry',
  title: { en: 'Evidence expires', 'zh-CN': '证据到期' },
  items(db, today) {
    const horizon = addDays(today, readFrameworkSettings(db).expiringWithinDays);
    const rows = db
      .prepare<[{ horizon: string; never: string }], ExpiringLink>(
        `SELECT l.framework AS framework, l.control_id AS controlId, l.file_id AS fileId, f.name AS fileName,
                l.record_type AS recordType, l.record_id AS recordId, l.expiry_date AS due
         FROM evidence_links l LEFT JOIN evidence_files f ON f.id = l.file_id
         WHERE l.expiry_date IS NOT NULL AND l.expiry_date <= @horizon
           AND NOT EXISTS (
             SELECT 1 FROM evidence_links n
             WHERE n.framework = l.framework AND n.control_id = l.control_id AND n.id <> l.id
               AND coalesce(n.expiry_date, @never) > l.expiry_date)
         ORDER BY l.expiry_date, l.created_at`,
      )
      .all({ horizon, never: NO_EXPIRY });
    const items = new Map<string, AgendaEntry>();
    for (const row of rows) {
      const source = row.fileId !== null ? `file:${row.fileId}` : `record:${row.recordType}:${row.recordId}`;
      const id = `evidence_expiry:${source}:${row.due}`;
      if (items.has(id)) continue;
      const title = row.fileId !== null ? (row.fileName ?? row.fileId) : (resolveRecordLabel(db, row.recordType ?? '', row.recordId ?? '') ?? row.recordId ?? '');
      items.set(id, {
        id,
        kind: 'evidence_expiry',
        title,
        due: row.due,
        link: row.fileId !== null ? { screen: 'evidence', params: { fileId: row.fileId } } : controlLink(row.framework, row.controlId),
      });
    }
    return [...items.values()];
  },
};
