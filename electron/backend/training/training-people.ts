// The people list, shared with policy acknowledgements: name, email, department, role, start and
// leave dates and manager. A person who has left keeps their history but gets no new assignments.
import { randomUUID } from 'node:crypto';
import type { TrainingPerson, TrainingPersonInput } from '../../../shared/contract/areas/training';
import { PERSON_RECORD } from '../policies/policies-queries';
import { indexRecord, removeRecord } from '../search/search-index';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { invalid, notFound } from './training-errors';

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  department: string;
  role: string;
  start_date: string | null;
  leave_date: string | null;
  manager_id: string | null;
  manager_name: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT p.*, m.name AS manager_name FROM people p LEFT JOIN people m ON m.id = p.manager_id`;

function toPerson(row: PersonRow, today: string): TrainingPerson {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    department: row.department,
    role: row.role,
    startDate: row.start_date,
    leaveDate: row.leave_date,
    managerId: row.manager_id,
    managerName: row.manager_name,
    left: row.leave_date !== null && row.leave_date <= today,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listTrainingPeople(db: Db, today: string): TrainingPerson[] {
  return db.prepare<[], PersonRow>(`${SELECT} ORDER BY p.name COLLATE NOCASE, p.id`).all().map((row) => toPerson(row, today));
}

export function getTrainingPerson(db: Db, id: string, today: string): TrainingPerson | null {
  const row = db.prepare<[string], PersonRow>(`${SELECT} WHERE p.id = ?`).get(id);
  return row ? toPerson(row, today) : null;
}

function auditView(input: TrainingPersonInput): Record<string, unknown> {
  return { ...input };
}

function check(db: Db, id: string | null, input: TrainingPersonInput): void {
  if (input.startDate && input.leaveDate && input.leaveDate < input.startDate) throw invalid(['leaveDate'], 'leave_before_start', 'the leave date is before the start date');
  if (input.managerId !== null) {
    if (input.managerId === id) throw invalid(['managerId'], 'manager_self', 'a person cannot be their own manager');
    if (!db.prepare('SELECT 1 FROM people WHERE id = ?').get(input.managerId)) throw invalid(['managerId'], 'unknown_record', 'no such manager');
  }
}

export function indexPerson(db: Db, id: string, input: TrainingPersonInput): void {
  indexRecord(db, { entityType: PERSON_RECORD, entityId: id, title: input.name, body: [input.email, input.department, input.role].filter(Boolean).join('\n') });
}

export function writePersonRow(db: Db, id: string, input: TrainingPersonInput, at: string): void {
  db.prepare(
    `INSERT INTO people (id, name, email, department, role, start_date, leave_date, manager_id, created_at, updated_at)
     VALUES (@id, @name, @email, @department, @role, @startDate, @leaveDate, @managerId, @at, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, department = excluded.department, role = excluded.role,
       start_date = excluded.start_date, leave_date = excluded.leave_date, manager_id = excluded.manager_id, updated_at = excluded.updated_at`,
  ).run({ id, ...input, at });
}

export function createTrainingPerson(tx: ChangeTx, input: TrainingPersonInput, today: string): TrainingPerson {
  check(tx.db, null, input);
  const id = randomUUID();
  writePersonRow(tx.db, id, input, tx.at);
  tx.audit(PERSON_RECORD, id, null, auditView(input));
  indexPerson(tx.db, id, input);
  return getTrainingPerson(tx.db, id, today)!;
}

export function updateTrainingPerson(tx: ChangeTx, id: string, input: TrainingPersonInput, today: string): TrainingPerson {
  const before = getTrainingPerson(tx.db, id, today);
  if (!before) throw notFound(PERSON_RECORD, id);
  check(tx.db, id, input);
  writePersonRow(tx.db, id, input, tx.at);
  const { name, email, department, role, startDate, leaveDate, managerId } = before;
  tx.audit(PERSON_RECORD, id, { name, email, department, role, startDate, leaveDate, managerId }, auditView(input));
  indexPerson(tx.db, id, input);
  return getTrainingPerson(tx.db, id, today)!;
}

export function deleteTrainingPerson(tx: ChangeTx, id: string, today: string): void {
  const before = getTrainingPerson(tx.db, id, today);
  if (!before) throw notFound(PERSON_RECORD, id);
  if (tx.db.prepare('SELECT 1 FROM training_completions WHERE person_id = ? LIMIT 1').get(id)) throw invalid(['id'], 'person_has_training', 'the person has training completions');
  if (tx.db.prepare('SELECT 1 FROM policy_acknowledgements WHERE person_id = ? LIMIT 1').get(id)) throw invalid(['id'], 'person_has_acknowledgements', 'the person has acknowledged policies');
  tx.db.prepare('DELETE FROM training_assignments WHERE person_id = ?').run(id);
  tx.db.prepare('DELETE FROM people WHERE id = ?').run(id);
  removeRecord(tx.db, PERSON_RECORD, id);
  const { name, email, department, role, startDate, leaveDate, managerId } = before;
  tx.audit(PERSON_RECORD, id, { name, email, department, role, startDate, leaveDate, managerId }, null);
}
