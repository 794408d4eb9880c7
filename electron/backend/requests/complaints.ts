// The privacy complaints and inquiries log (SOC 2 P8.1): what came in, when and how, what it was
// about, and how and when it was resolved.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import type { Complaint, ComplaintInput } from '../../../shared/contract/areas/requests';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { formatRef, nextSequence } from '../isms/record-sequences';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';

export const COMPLAINT_RECORD = 'privacy_complaint';

interface ComplaintRow {
  id: string;
  ref: string;
  kind: Complaint['kind'];
  received_on: string;
  channel: Complaint['channel'];
  topic: Complaint['topic'];
  summary: string;
  resolution: string;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

function toComplaint(row: ComplaintRow): Complaint {
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    receivedOn: row.received_on,
    channel: row.channel,
    topic: row.topic,
    summary: row.summary,
    resolution: row.resolution,
    closedOn: row.closed_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listComplaints(db: Db): Complaint[] {
  return db.prepare<[], ComplaintRow>('SELECT * FROM privacy_complaints ORDER BY received_on DESC, ref DESC').all().map(toComplaint);
}

function mustGet(tx: ChangeTx, id: string): Complaint {
  const row = tx.db.prepare<[string], ComplaintRow>('SELECT * FROM privacy_complaints WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', 'no such complaint', { entity: COMPLAINT_RECORD, id });
  return toComplaint(row);
}

function afterWrite(tx: ChangeTx, complaint: Complaint): void {
  indexRecord(tx.db, { entityType: COMPLAINT_RECORD, entityId: complaint.id, title: `${complaint.ref} ${complaint.topic}`, body: [complaint.summary, complaint.resolution].join('\n') });
  // A logged and resolved complaint or inquiry evidences P8.1 and the privacy requirements of A.5.34.
  linkRecordByDefault(tx, COMPLAINT_RECORD, complaint.id, complaint.closedOn ?? complaint.receivedOn);
}

export function createComplaint(tx: ChangeTx, input: ComplaintInput): Complaint {
  const id = randomUUID();
  const year = input.receivedOn.slice(0, 4);
  const ref = formatRef(`PC-${year}-`, nextSequence(tx.db, `complaint-${year}`));
  tx.db
    .prepare(
      `INSERT INTO privacy_complaints (id, ref, kind, received_on, channel, topic, summary, resolution, closed_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, ref, input.kind, input.receivedOn, input.channel, input.topic, input.summary, input.resolution, input.closedOn, tx.at, tx.at);
  const complaint = mustGet(tx, id);
  tx.audit(COMPLAINT_RECORD, id, null, { ...complaint });
  afterWrite(tx, complaint);
  return complaint;
}

export function updateComplaint(tx: ChangeTx, id: string, input: ComplaintInput): Complaint {
  const before = mustGet(tx, id);
  tx.db
    .prepare('UPDATE privacy_complaints SET kind = ?, received_on = ?, channel = ?, topic = ?, summary = ?, resolution = ?, closed_on = ?, updated_at = ? WHERE id = ?')
    .run(input.kind, input.receivedOn, input.channel, input.topic, input.summary, input.resolution, input.closedOn, tx.at, id);
  const after = mustGet(tx, id);
  tx.audit(COMPLAINT_RECORD, id, { ...before }, { ...after });
  afterWrite(tx, after);
  return after;
}

export function deleteComplaint(tx: ChangeTx, id: string): void {
  const before = mustGet(tx, id);
  tx.db.prepare('DELETE FROM privacy_complaints WHERE id = ?').run(id);
  tx.audit(COMPLAINT_RECORD, id, { ...before }, null);
  removeRecord(tx.db, COMPLAINT_RECORD, id);
  unlinkRecord(tx, COMPLAINT_RECORD, id);
}
