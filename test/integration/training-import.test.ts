// Importing people (HR exports) and completions (LMS exports) on a real SQLCipher workspace: every
// problem named by row and column, nothing written while any row is wrong, people de-duplicated by
// email and completions by person, course and date, Chinese headers, completions judged and moving
// due dates on like training.completions.record, a commit that cancels to nothing, one audit event
// per import, and completion rates over time per department and per course.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackendEvent, JobProgressEvent, ProcedureInput } from '../../shared/contract';
import type { ImportSource } from '../../shared/contract/areas/inventory-import';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const NOW = new Date('2026-03-03T10:00:00Z');
let t: TestBackend;

beforeEach(async () => {
  t = testBackend({ now: () => NOW });
  await t.call('workspace.create', { directory: t.dir, name: 'Acme', passphrase: PASSPHRASE });
});

afterEach(async () => {
  await t.cleanup();
});

const upload = (name: string, content: string | Buffer): ImportSource => ({ kind: 'upload', name, base64: Buffer.from(content).toString('base64') });

type CourseInput = ProcedureInput<'training.courses.create'>;

function course(title: string, overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    title,
    kind: 'security_awareness',
    description: '',
    audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
    schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } },
    passingScore: 80,
    materials: [],
    ...overrides,
  };
}

async function auditCount(): Promise<number> {
  const overview = await t.call('workspace.overview', {});
  return overview.recordCounts.find((count) => count.entity === 'audit_events')!.count;
}

const PEOPLE_CSV = [
  'Full name,Email,Department,Job title,Hire date,Termination date,Line manager',
  'Bo Boss,bo@acme.example,Engineering,Head of engineering,2019-04-01,,',
  'Ann Lee,ann@acme.example,Engineering,Developer,2024-02-05,,bo@acme.example',
  'Cy Chen,cy@acme.example,Support,Agent,2025-06-30,,Bo Boss',
  'Dee Left,dee@acme.example,Sales,Account manager,2021-01-04,2025-12-31,Ann Lee',
].join('\n');

describe('people', () => {
  it('imports an HR export: mapping from the headers, managers by email or name, one audit event and one assignment run', async () => {
    await t.call('training.courses.create', course('Security basics'));
    const inspection = await t.call('trainingImport.inspect', { source: upload('hr.csv', PEOPLE_CSV) });
    expect(inspection.suggestedKind).toBe('people');
    expect(inspection.proposals.people).toEqual(['name', 'email', 'department', 'role', 'startDate', 'leaveDate', 'manager']);

    const preview = await t.call('trainingImport.dryRun', { source: upload('hr.csv', PEOPLE_CSV), kind: 'people' });
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toMatchObject({ new: 4, error: 0 });
    expect(await t.call('training.people.list', {})).toEqual([]);

    const before = await auditCount();
    const result = await t.call('trainingImport.commit', { source: upload('hr.csv', PEOPLE_CSV), kind: 'people', jobId: 'people-0001' });
    expect(result).toMatchObject({ kind: 'people', created: 4, updated: 0, skipped: 0 });
    // Dee has left: three active people get the all-staff course.
    expect(result.assignments).toMatchObject({ created: 3, open: 3 });
    const people = await t.call('training.people.list', {});
    const byName = Object.fromEntries(people.map((p) => [p.name, p]));
    expect(byName['Ann Lee']).toMatchObject({ email: 'ann@acme.example', department: 'Engineering', role: 'Developer', startDate: '2024-02-05', managerName: 'Bo Boss' });
    expect(byName['Cy Chen']!.managerName).toBe('Bo Boss');
    expect(byName['Dee Left']).toMatchObject({ leaveDate: '2025-12-31', left: true, managerName: 'Ann Lee' });
    // One event for the import and one for the assignment run, none per row.
    expect((await auditCount()) - before).toBe(2);
    const events = await t.call('audit.list', { limit: 10 });
    const importEvent = events.find((e) => e.entityType === 'training_import')!;
    expect(importEvent.procedure).toBe('trainingImport.commit');
    expect(importEvent.summary.after).toMatchObject({ kind: 'people', created: 4 });
    expect(events.some((e) => e.entityType === 'person')).toBe(false);
    // Imported people are searchable like people added by hand.
    const hits = await t.call('search.query', { q: 'Cy Chen' });
    expect(JSON.stringify(hits)).toContain('Cy Chen');
  });

  it('de-duplicates by email: skipped by default, updated on request, repeats in the file are notes', async () => {
    await t.call('trainingImport.commit', { source: upload('hr.csv', PEOPLE_CSV), kind: 'people', jobId: 'people-0001' });
    const changed = [
      'Name,E-mail,Department,Role',
      'Ann Lee,ANN@acme.example,Security,Developer',
      'Eve New,eve@acme.example,Security,Analyst',
      'Eve Again,eve@acme.example,Security,Analyst',
      'Bo Boss,bo@acme.example,Engineering,Head of engineering',
    ].join('\n');
    const skip = await t.call('trainingImport.dryRun', { source: upload('hr2.csv', changed), kind: 'people' });
    expect(skip.counts).toMatchObject({ new: 1, duplicate: 3, error: 0 });
    expect(skip.problems).toEqual([expect.objectContaining({ row: 4, severity: 'warning', code: 'duplicate_in_file', params: { other: 3 }, column: expect.objectContaining({ letter: 'B' }) })]);

    const update = await t.call('trainingImport.dryRun', { source: upload('hr2.csv', changed), kind: 'people', onDuplicate: 'update' });
    expect(update.counts).toMatchObject({ new: 1, updated: 1, unchanged: 1, duplicate: 1 });
    const result = await t.call('trainingImport.commit', { source: upload('hr2.csv', changed), kind: 'people', onDuplicate: 'update', jobId: 'people-0002' });
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 1, skipped: 1 });
    const people = await t.call('training.people.list', {});
    expect(people).toHaveLength(5);
    // Columns the file does not have keep their values (Ann's start date and manager).
    expect(people.find((p) => p.name === 'Ann Lee')).toMatchObject({ department: 'Security', startDate: '2024-02-05', managerName: 'Bo Boss' });
  });

  it('names every problem by row, column letter and header, and writes nothing', async () => {
    const bad = [
      '姓名,邮箱,部门,入职日期,离职日期,直属上级',
      '王芳,wang@acme.example,研发部,2024-01-08,,',
      ',nobody@acme.example,研发部,,,',
      '李雷,not-an-email,研发部,2024/13/01,,',
      '韩梅梅,han@acme.example,销售部,2024-03-01,2024-02-01,王芳',
      '赵强,zhao@acme.example,销售部,,,无名氏',
    ].join('\n');
    const preview = await t.call('trainingImport.dryRun', { source: upload('花名册.csv', bad), kind: 'people' });
    const found = preview.problems.map((p) => [p.row, p.column?.letter, p.column?.header, p.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, 'A', '姓名', 'required'],
        [4, 'B', '邮箱', 'invalid_email'],
        [4, 'D', '入职日期', 'invalid_date'],
        [5, 'E', '离职日期', 'leave_before_start'],
        [6, 'F', '直属上级', 'manager_unknown'],
      ]),
    );
    expect(preview.counts).toMatchObject({ new: 1, error: 4 });
    const refused = await t.fail('trainingImport.commit', { source: upload('花名册.csv', bad), kind: 'people', jobId: 'people-0003' });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.details?.problemCount).toBe(5);
    expect(await t.call('training.people.list', {})).toEqual([]);
  });
});

async function seedPeopleAndCourses() {
  await t.call('trainingImport.commit', { source: upload('hr.csv', PEOPLE_CSV), kind: 'people', jobId: 'people-0001' });
  const security = await t.call('training.courses.create', course('Security basics'));
  const privacy = await t.call('training.courses.create', course('Privacy 101', { kind: 'privacy', passingScore: null, schedule: { kind: 'after_completion', every: { months: 24 }, firstDueWithin: { days: 30 } } }));
  await t.call('training.assignments.generate', {});
  return { security, privacy };
}

describe('completions', () => {
  it('records completions like training.completions.record: pass or fail, next due dates, evidence', async () => {
    const { security, privacy } = await seedPeopleAndCourses();
    const csv = [
      'Learner email,Learner name,Course title,Completion date,Score,Certificate number',
      'ann@acme.example,,Security basics,2026-01-15,92,CERT-1',
      ',Cy Chen,security basics,2026-02-01,55,',
      'bo@acme.example,,Privacy 101,2025-11-20,,',
      `ann@acme.example,,${privacy.id},2026-02-10,,`,
    ].join('\n');
    const preview = await t.call('trainingImport.dryRun', { source: upload('lms.csv', csv), kind: 'completions' });
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ counts: { new: 4, error: 0 }, passed: 3 });
    const before = await auditCount();
    const result = await t.call('trainingImport.commit', { source: upload('lms.csv', csv), kind: 'completions', jobId: 'lms-00000001' });
    expect(result).toMatchObject({ created: 4, passed: 3 });
    // The import's event and the one assignment run; no event per completion or per evidence link.
    expect((await auditCount()) - before).toBe(2);

    const completions = await t.call('training.completions.list', {});
    expect(completions.map((c) => [c.personName, c.courseTitle, c.completedOn, c.score, c.passed, c.certificateRef]).sort()).toEqual(
      [
        ['Ann Lee', 'Privacy 101', '2026-02-10', null, true, ''],
        ['Ann Lee', 'Security basics', '2026-01-15', 92, true, 'CERT-1'],
        ['Bo Boss', 'Privacy 101', '2025-11-20', null, true, ''],
        ['Cy Chen', 'Security basics', '2026-02-01', 55, false, ''],
      ].sort(),
    );
    // Due dates moved on by the recurrence from the last pass; a fail leaves it where it was.
    const assignments = await t.call('training.assignments.list', {});
    const due = (personName: string, courseId: string) => assignments.find((a) => a.personName === personName && a.courseId === courseId)!;
    expect(due('Ann Lee', security.id)).toMatchObject({ lastCompletedOn: '2026-01-15', dueOn: '2027-01-15', state: 'done' });
    expect(due('Bo Boss', privacy.id)).toMatchObject({ lastCompletedOn: '2025-11-20', dueOn: '2027-11-20' });
    expect(due('Cy Chen', security.id)).toMatchObject({ lastCompletedOn: null, dueOn: '2026-04-02' });
    // A pass is evidence for A.6.3 until the course is due again.
    const evidence = await t.call('evidence.forControl', { framework: 'iso27001', controlId: 'A.6.3' });
    expect(JSON.stringify(evidence)).toContain('2027-01-15');

    // The same file again: every row is already on record.
    const again = await t.call('trainingImport.dryRun', { source: upload('lms.csv', csv), kind: 'completions' });
    expect(again.counts).toMatchObject({ new: 0, duplicate: 4 });
  });

  it('reads Chinese headers from an XLSX export and names unknown people and courses by row and column', async () => {
    await seedPeopleAndCourses();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('完成记录');
    sheet.addRow(['学习平台导出 2026-03']);
    sheet.addRow([]);
    sheet.addRow(['学员姓名', '课程名称', '完成日期', '成绩', '证书编号']);
    sheet.addRow(['Ann Lee', 'Security basics', new Date(Date.UTC(2026, 0, 20)), 88, 'ZS-001']);
    sheet.addRow(['无此人', 'Security basics', '2026-01-20', 90, '']);
    sheet.addRow(['Cy Chen', '不存在的课程', '2026-01-20', 90, '']);
    sheet.addRow(['Cy Chen', 'Security basics', '2026-01-21', '', '']);
    sheet.addRow(['Cy Chen', 'Security basics', '2026-09-01', 95, '']);
    sheet.addRow(['Cy Chen', 'Security basics', '2026-01-22', 130, '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const inspection = await t.call('trainingImport.inspect', { source: upload('lms.xlsx', bytes) });
    expect(inspection).toMatchObject({ headerRow: 3, suggestedKind: 'completions', rowCount: 6 });
    expect(inspection.proposals.completions).toEqual(['personName', 'course', 'completedOn', 'score', 'certificateRef']);

    const preview = await t.call('trainingImport.dryRun', { source: upload('lms.xlsx', bytes), kind: 'completions' });
    expect(preview.problems.map((p) => [p.row, p.column?.letter, p.column?.header, p.code])).toEqual([
      [5, 'A', '学员姓名', 'person_unknown'],
      [6, 'B', '课程名称', 'course_unknown'],
      [7, 'D', '成绩', 'score_required'],
      [8, 'C', '完成日期', 'in_future'],
      [9, 'D', '成绩', 'out_of_range'],
    ]);
    expect(preview.counts).toMatchObject({ new: 1, error: 5 });
    const refused = await t.fail('trainingImport.commit', { source: upload('lms.xlsx', bytes), kind: 'completions', jobId: 'lms-00000002' });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(await t.call('training.completions.list', {})).toEqual([]);
  });

  it('de-duplicates by person, course and date within the file', async () => {
    await seedPeopleAndCourses();
    const csv = ['Email,Course,Completed,Score', 'ann@acme.example,Security basics,2026-01-15,90', 'ann@acme.example,Security basics,2026-01-15,95', 'ann@acme.example,Security basics,2026-01-16,95'].join('\n');
    const preview = await t.call('trainingImport.dryRun', { source: upload('lms.csv', csv), kind: 'completions' });
    expect(preview.counts).toMatchObject({ new: 2, duplicate: 1 });
    expect(preview.problems).toEqual([expect.objectContaining({ row: 3, code: 'duplicate_in_file', severity: 'warning', params: { other: 2 } })]);
    await t.call('trainingImport.commit', { source: upload('lms.csv', csv), kind: 'completions', jobId: 'lms-00000003' });
    expect(await t.call('training.completions.list', {})).toHaveLength(2);
  });

  it('reports progress and cancels to nothing written', async () => {
    await seedPeopleAndCourses();
    const lines = ['Email,Course,Completed,Score'];
    for (let day = 0; day < 6000; day++) {
      const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      if (date > '2026-03-03') break;
      lines.push(`ann@acme.example,Security basics,${date},90`);
      lines.push(`cy@acme.example,Security basics,${date},70`);
    }
    const csv = lines.join('\n');
    const events: JobProgressEvent[] = [];
    const jobId = 'lms-cancel-0001';
    const unsubscribe = t.backend.subscribe((event: BackendEvent) => {
      if (event.type !== 'job.progress' || event.jobId !== jobId) return;
      events.push(event);
      if (event.phase === 'write' && event.done >= 1000) void t.backend.invoke('jobs.cancel', { jobId });
    });
    const before = await auditCount();
    const cancelled = await t.fail('trainingImport.commit', { source: upload('lms.csv', csv), kind: 'completions', jobId });
    unsubscribe();
    expect(cancelled.code).toBe('CANCELLED');
    expect(events.every((e) => e.kind === 'training_import')).toBe(true);
    expect(events.some((e) => e.phase === 'write' && e.done >= 1000)).toBe(true);
    expect(await t.call('training.completions.list', {})).toEqual([]);
    expect(await auditCount()).toBe(before);
    // The workspace takes other changes again at once.
    await t.call('training.courses.create', course('After cancel'));
  });
});

describe('while the import is written', () => {
  it('refuses other changes, and a lock rolls the import back and the workspace reopens clean', async () => {
    await seedPeopleAndCourses();
    const lines = ['Email,Course,Completed,Score'];
    for (let day = 0; day < 2000; day++) {
      const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      lines.push(`ann@acme.example,Security basics,${date},90`, `bo@acme.example,Security basics,${date},90`);
    }
    const csv = lines.join('\n');
    const status = await t.call('workspace.status', {});
    const path = status.state === 'unlocked' ? status.path : '';
    const before = await auditCount();
    let refused: unknown = null;
    let locked = false;
    const unsubscribe = t.backend.subscribe((event: BackendEvent) => {
      if (event.type !== 'job.progress' || event.jobId !== 'lms-lock-0001' || event.phase !== 'write' || event.done < 1000 || locked) return;
      locked = true;
      void (async () => {
        refused = await t.backend.invoke('training.courses.create', course('Meanwhile'));
        await t.call('workspace.lock', { reason: 'idle' });
      })();
    });
    const outcome = await t.fail('trainingImport.commit', { source: upload('lms.csv', csv), kind: 'completions', jobId: 'lms-lock-0001' });
    unsubscribe();
    expect(outcome.code).toBe('CANCELLED');
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRITE_IN_PROGRESS', details: { writing: 'trainingImport.commit' } } });
    await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(await t.call('training.completions.list', {})).toEqual([]);
    expect(await auditCount()).toBe(before);
    expect(await t.call('workspace.verify', {})).toMatchObject({ ok: true });
  });
});

describe('rates over time', () => {
  it('gives one series per department and per course at the last 12 month ends', async () => {
    const { security } = await seedPeopleAndCourses();
    const csv = ['Email,Course,Completed,Score', 'ann@acme.example,Security basics,2025-10-15,90', 'cy@acme.example,Security basics,2026-01-20,85'].join('\n');
    await t.call('trainingImport.commit', { source: upload('lms.csv', csv), kind: 'completions', jobId: 'lms-00000004' });
    const byDepartment = await t.call('training.rates.history', { by: 'department' });
    expect(byDepartment.months).toHaveLength(12);
    expect(byDepartment.months[0]).toBe('2025-04');
    expect(byDepartment.months[11]).toBe('2026-03');
    const engineering = byDepartment.series.find((s) => s.key === 'Engineering')!;
    // Ann and Bo, two courses each: Ann's security pass counts from October 2025.
    expect(engineering.points.find((p) => p.month === '2025-09')).toMatchObject({ total: 4, done: 0 });
    expect(engineering.points.find((p) => p.month === '2025-10')).toMatchObject({ total: 4, done: 1, rate: 25 });
    const support = byDepartment.series.find((s) => s.key === 'Support')!;
    // Cy started on 2025-06-30: not counted before the end of June.
    expect(support.points.find((p) => p.month === '2025-05')).toMatchObject({ total: 0 });
    expect(support.points.find((p) => p.month === '2026-01')).toMatchObject({ total: 2, done: 1, rate: 50 });

    const byCourse = await t.call('training.rates.history', { by: 'course' });
    const securitySeries = byCourse.series.find((s) => s.key === security.id)!;
    expect(securitySeries.label).toBe('Security basics');
    expect(securitySeries.points[11]).toMatchObject({ total: 3, done: 2 });
    // The overall monthly rates are the sum of the per-course series.
    const monthly = await t.call('training.rates.monthly', {});
    for (const [i, point] of monthly.entries()) expect(point.done).toBe(byCourse.series.reduce((sum, s) => sum + s.points[i]!.done, 0));
  });
});
