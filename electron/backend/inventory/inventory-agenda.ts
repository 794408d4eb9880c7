// The inventory's contribution to the agenda: processing activities and vendors due for review on
// their review dates, and vendor certifications on the day they expire (after which the vendor
// shows the `vendor_certification_expired` finding); and the open high-severity findings.
import type { AgendaEntry, AgendaProvider } from '../agenda/agenda-providers';
import type { Db } from '../workspace/sqlcipher';
import { findingContext, loadFindingInventory } from './finding-context';
import { computeFindings } from './inventory-findings';

export const inventoryReviewAgenda: AgendaProvider = {
  kind: 'inventory_review',
  title: { en: 'Inventory review', 'zh-CN': '数据清单评审' },
  items(db: Db): AgendaEntry[] {
    return db
      .prepare<[], { tab: string; id: string; name: string; review_date: string }>(
        `SELECT 'activities' AS tab, id, name, review_date FROM inventory_activities WHERE review_date IS NOT NULL
         UNION ALL
         SELECT 'vendors' AS tab, id, name, review_date FROM inventory_vendors WHERE review_date IS NOT NULL
         ORDER BY review_date, name, id`,
      )
      .all()
      .map((row) => ({ id: `inventory_review:${row.id}`, kind: 'inventory_review', title: row.name, due: row.review_date, link: { screen: 'inventory', params: { tab: row.tab, id: row.id } } }));
  },
};

export const vendorCertificationAgenda: AgendaProvider = {
  kind: 'vendor_certification_expiry',
  title: { en: 'Vendor certification expiry', 'zh-CN': '供应商认证到期' },
  items(db: Db): AgendaEntry[] {
    // One item per vendor and certification (its position keeps the id stable while the list is unchanged).
    return db
      .prepare<[], { id: string; name: string; position: number; kind: string; expires: string }>(
        `SELECT v.id, v.name, c.key AS position, json_extract(c.value, '$.kind') AS kind, json_extract(c.value, '$.expires') AS expires
         FROM inventory_vendors v, json_each(v.certifications) c
         WHERE json_extract(c.value, '$.expires') IS NOT NULL
         ORDER BY expires, v.name, v.id, c.key`,
      )
      .all()
      .map((row) => ({
        id: `vendor_certification_expiry:${row.id}:${row.position}`,
        kind: 'vendor_certification_expiry',
        title: `${row.name} (${row.kind})`,
        due: row.expires,
        link: { screen: 'inventory', params: { tab: 'vendors', id: row.id } },
      }));
  },
};

/**
 * The inventory's open high-severity gaps as one item due today (a missing legal basis, transfer
 * mechanism or impact assessment, sensitive data on an unprotected system): they have no date of
 * their own, yet they are what most needs doing. The title is the count; the item links to the
 * findings. Nothing shows once they are fixed.
 */
export const inventoryFindingsAgenda: AgendaProvider = {
  kind: 'inventory_findings',
  title: { en: 'High-severity inventory gaps', 'zh-CN': '高严重度数据清单缺口' },
  items(db: Db, today: string): AgendaEntry[] {
    const context = findingContext(db, today);
    const high = computeFindings(loadFindingInventory(db, context), context).filter((finding) => finding.severity === 'high').length;
    if (high === 0) return [];
    return [{ id: 'inventory_findings', kind: 'inventory_findings', title: String(high), due: today, link: { screen: 'inventory', params: { tab: 'findings' } } }];
  },
};
