// The dry run of a people file (an HR export): each row parsed into the people list's contract input
// and checked against its schema; people already on the list are found by email (skipped or updated);
// managers are named by email or name, on the list or in the file. Reads only.
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTick } from 'node:timers/promises';
import { AppError } from '../../../shared/contract';
import type { ColumnMapping, DuplicatePolicy, ImportProblem, RowOutcome } from '../../../shared/contract/areas/inventory-import';
import { trainingPersonInputSchema, type TrainingPersonInput } from '../../../shared/contract/areas/training';
import type { TrainingImportPreview } from '../../../shared/contract/areas/training-import';
import { nameKey, parseDate } from '../inventory-import/import-values';
import type { ImportTable } from '../inventory-import/read-table';
import type { Db } from '../workspace/sqlcipher';
import { cellOf, emptyCounts, prepareTable, problem, SAMPLE_ROWS, YIELD_EVERY } from './plan-common';

export interface PlannedPerson {
  row: number;
  id: string;
  outcome: RowOutcome;
  input: TrainingPersonInput;
}

export interface PeoplePlan {
  preview: TrainingImportPreview;
  rows: PlannedPerson[];
}

export interface PeoplePlanOptions {
  mapping?: ColumnMapping;
  onDuplicate: DuplicatePolicy;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

interface ExistingPerson {
  id: string;
  name: string;
  email: string;
  department: string;
  role: string;
  start_date: string | null;
  leave_date: string | null;
  manager_id: string | null;
}

const DATE_FIELDS = ['startDate', 'leaveDate'] as const;

/** A schema issue on a person's field as an import problem code. */
function issueCode(field: string, code: string, origin: unknown, maximum: unknown): { code: string; params: Record<string, string | number> } {
  if (field === 'email') return { code: 'invalid_email', params: {} };
  if (code === 'too_small') return { code: 'required', params: {} };
  if (code === 'too_big' && origin === 'string') return { code: 'too_long', params: { max: Number(maximum) } };
  return { code: 'invalid', params: {} };
}

export async function planPeople(db: Db, table: ImportTable, options: PeoplePlanOptions): Promise<PeoplePlan> {
  const prepared = prepareTable(table, 'people', options.mapping, (fields) => (fields.has('name') ? [] : [problem(null, null, 'name', 'mapping_missing_name')]));
  const { rows, columnOf } = prepared;
  const counts = emptyCounts();
  const problems: ImportProblem[] = [...prepared.problems];
  if (problems.length > 0) return { preview: { kind: 'people', totalRows: rows.length, counts, problems, passed: 0, sample: [] }, rows: [] };

  const existing = db.prepare('SELECT id, name, email, department, role, start_date, leave_date, manager_id FROM people').all() as ExistingPerson[];
  const byEmail = new Map<string, ExistingPerson>();
  for (const person of existing) if (person.email !== '' && !byEmail.has(person.email.toLowerCase())) byEmail.set(person.email.toLowerCase(), person);

  // First pass: the id each row will have, so managers can be named anywhere in the file.
  const fileEmails = new Map<string, { row: number; id: string }>();
  const ids: string[] = [];
  const repeatOf: (number | null)[] = [];
  for (const row of rows) {
    const email = cellOf(prepared, row, 'email').toLowerCase();
    const earlier = email !== '' ? fileEmails.get(email) : undefined;
    const id = earlier?.id ?? byEmail.get(email)?.id ?? randomUUID();
    if (email !== '' && !earlier) fileEmails.set(email, { row: row.number, id });
    ids.push(id);
    repeatOf.push(earlier ? earlier.row : null);
  }
  // Managers by email, then by name: the file's names after the list's (a row may name a new manager).
  const managerByEmail = new Map<string, string>();
  for (const [email, person] of byEmail) managerByEmail.set(email, person.id);
  for (const [email, entry] of fileEmails) managerByEmail.set(email, entry.id);
  const managerByName = new Map<string, Set<string>>();
  const addName = (name: string, id: string) => {
    const key = nameKey(name);
    if (key === '') return;
    const set = managerByName.get(key) ?? new Set<string>();
    set.add(id);
    managerByName.set(key, set);
  };
  const updatesExisting = new Set(rows.map((_, index) => ids[index]!));
  for (const person of existing) if (!(options.onDuplicate === 'update' && updatesExisting.has(person.id) && columnOf.has('name'))) addName(person.name, person.id);
  rows.forEach((row, index) => {
    if (repeatOf[index] === null) addName(cellOf(prepared, row, 'name'), ids[index]!);
  });
  const existingById = new Map(existing.map((person) => [person.id, person]));

  const planned: PlannedPerson[] = [];
  const total = rows.length;
  for (const [index, row] of rows.entries()) {
    if (index % YIELD_EVERY === 0 && index > 0) {
      options.onProgress?.(index, total);
      await nextTick();
      if (options.signal?.aborted) throw new AppError('CANCELLED', 'the import was cancelled');
    }
    const id = ids[index]!;
    const rowProblems: ImportProblem[] = [];
    if (repeatOf[index] !== null) {
      const column = columnOf.get('email') ?? null;
      problems.push(problem(row.number, column, 'email', 'duplicate_in_file', { other: repeatOf[index]! }, 'warning'));
      counts.duplicate += 1;
      planned.push({ row: row.number, id, outcome: 'duplicate', input: { ...emptyPerson(), name: cellOf(prepared, row, 'name') } });
      continue;
    }
    const current = existingById.get(id);
    const base: TrainingPersonInput = current
      ? { name: current.name, email: current.email, department: current.department, role: current.role, startDate: current.start_date, leaveDate: current.leave_date, managerId: current.manager_id }
      : emptyPerson();
    const input: TrainingPersonInput = { ...base };
    for (const field of ['name', 'email', 'department', 'role'] as const) if (columnOf.has(field)) input[field] = cellOf(prepared, row, field);
    for (const field of DATE_FIELDS) {
      if (!columnOf.has(field)) continue;
      const parsed = parseDate(cellOf(prepared, row, field));
      if (parsed.ok) input[field] = parsed.value;
      else rowProblems.push(problem(row.number, columnOf.get(field)!, field, 'invalid_date', { value: cellOf(prepared, row, field) }));
    }
    if (columnOf.has('manager')) {
      const text = cellOf(prepared, row, 'manager');
      const column = columnOf.get('manager')!;
      if (text === '') input.managerId = null;
      else {
        const byMail = text.includes('@') ? managerByEmail.get(text.toLowerCase()) : undefined;
        const named = byMail ? new Set([byMail]) : (managerByName.get(nameKey(text)) ?? new Set<string>());
        if (named.size === 0) rowProblems.push(problem(row.number, column, 'manager', 'manager_unknown', { value: text }));
        else if (named.size > 1) rowProblems.push(problem(row.number, column, 'manager', 'manager_ambiguous', { value: text, count: named.size }));
        else if (named.has(id)) rowProblems.push(problem(row.number, column, 'manager', 'manager_self'));
        else input.managerId = [...named][0]!;
      }
    }
    const checked = trainingPersonInputSchema.safeParse(input);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (DATE_FIELDS.includes(field as (typeof DATE_FIELDS)[number]) && rowProblems.some((p) => p.field === field)) continue;
        const { code, params } = issueCode(field, issue.code, (issue as { origin?: unknown }).origin, (issue as { maximum?: unknown }).maximum);
        rowProblems.push(problem(row.number, columnOf.get(field) ?? null, field, code, field === 'email' ? { value: input.email } : params));
      }
    } else if (checked.data.startDate && checked.data.leaveDate && checked.data.leaveDate < checked.data.startDate) {
      rowProblems.push(problem(row.number, columnOf.get('leaveDate') ?? columnOf.get('startDate') ?? null, 'leaveDate', 'leave_before_start'));
    }
    let outcome: RowOutcome;
    if (rowProblems.length > 0) outcome = 'error';
    else if (!current) outcome = 'new';
    else if (options.onDuplicate === 'skip') outcome = 'duplicate';
    else outcome = samePerson(base, checked.data!) ? 'unchanged' : 'updated';
    counts[outcome] += 1;
    problems.push(...rowProblems);
    planned.push({ row: row.number, id, outcome, input: checked.success ? checked.data : input });
  }
  options.onProgress?.(total, total);
  return {
    preview: { kind: 'people', totalRows: total, counts, problems, passed: 0, sample: planned.slice(0, SAMPLE_ROWS).map(({ row, input, outcome }) => ({ row, name: input.name, outcome })) },
    rows: planned,
  };
}

function emptyPerson(): TrainingPersonInput {
  return { name: '', email: '', department: '', role: '', startDate: null, leaveDate: null, managerId: null };
}

function samePerson(a: TrainingPersonInput, b: TrainingPersonInput): boolean {
  return (Object.keys(a) as (keyof TrainingPersonInput)[]).every((key) => (a[key] ?? null) === (b[key] ?? null));
}
