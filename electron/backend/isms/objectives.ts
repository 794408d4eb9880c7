// Information security objectives (ISO 27001 6.2): what is measured, the target, who owns it, when
// it is due and how it is going.
import { randomUUID } from 'node:crypto';
import { AppError, type Objective, type ObjectiveInput } from '../../../shared/contract';
import { linkRecordByDefault, unlinkRecord } from '../evidence/default-links';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { calendarDateOf } from './record-dates';

export const OBJECTIVE_RECORD = 'isms_objective';

interface ObjectiveRow {
  id: string;
  title: string;
  measure: string;
  target: string;
  owner: string;
  due_date: string | null;
  status: Objective['status'];
  progress_note: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, title, measure, target, owner, due_date, status, progress_note, created_at, updated_at';

function toObjective(row: ObjectiveRow): Objective {
  return {
    id: row.id,
    title: row.title,
    measure: row.measure,
    target: row.target,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    progressNote: row.progress_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listObjectives(db: Db): Objective[] {
  return db.prepare<[], ObjectiveRow>(`SELECT ${COLUMNS} FROM isms_objectives ORDER BY created_at, rowid`).all().map(toObjective);
}

export function getObjective(db: Db, id: string): Objective | null {
  const row = db.prepare<[string], ObjectiveRow>(`SELECT ${COLUMNS} FROM isms_objectives WHERE id = ?`).get(id);
  return row ? toObjective(row) : null;
}

function mustGet(db: Db, id: string): Objective {
  const objective = getObjective(db, id);
  if (!objective) throw new AppError('NOT_FOUND', 'no such objective', { entity: OBJECTIVE_RECORD, id });
  return objective;
}

function save(db: Db, id: string, input: ObjectiveInput, createdAt: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO isms_objectives (id, title, measure, target, owner, due_date, status, progress_note, created_at, updated_at)
     VALUES (@id, @title, @measure, @target, @owner, @dueDate, @status, @progressNote, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, measure = excluded.measure, target = excluded.target, owner = excluded.owner,
       due_date = excluded.due_date, status = excluded.status, progress_note = excluded.progress_note, updated_at = excluded.updated_at`,
  ).run({ id, ...input, createdAt, updatedAt });
}

function afterWrite(tx: ChangeTx, objective: Objective): void {
  indexRecord(tx.db, {
    entityType: OBJECTIVE_RECORD,
    entityId: objective.id,
    title: objective.title,
    body: [objective.measure, objective.target, objective.owner, objective.progressNote].filter(Boolean).join('\n'),
  });
  // The objective's record (with its progress) is evidence of 6.2 as of its last change.
  linkRecordByDefault(tx, OBJECTIVE_RECORD, objective.id, calendarDateOf(objective.updatedAt));
}

export function createObjective(tx: ChangeTx, input: ObjectiveInput): Objective {
  const id = randomUUID();
  save(tx.db, id, input, tx.at, tx.at);
  const objective = mustGet(tx.db, id);
  tx.audit(OBJECTIVE_RECORD, id, null, objective);
  afterWrite(tx, objective);
  return objective;
}

export function updateObjective(tx: ChangeTx, id: string, input: ObjectiveInput): Objective {
  const before = mustGet(tx.db, id);
  save(tx.db, id, input, before.createdAt, tx.at);
  const objective = mustGet(tx.db, id);
  tx.audit(OBJECTIVE_RECORD, id, before, objective);
  afterWrite(tx, objective);
  return objective;
}

export function deleteObjective(tx: ChangeTx, id: string): void {
  const before = mustGet(tx.db, id);
  tx.db.prepare('DELETE FROM isms_objectives WHERE id = ?').run(id);
  tx.audit(OBJECTIVE_RECORD, id, before, null);
  removeRecord(tx.db, OBJECTIVE_RECORD, id);
  unlinkRecord(tx, OBJECTIVE_RECORD, id);
}
