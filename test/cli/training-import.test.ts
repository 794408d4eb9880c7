// `custos import people` and `custos import completions` on a real encrypted workspace, through the
// built command (`npm run build:node` first): every problem printed by row, column letter and header
// with exit 1 and nothing written; a dry run that writes nothing; then the import, read back through
// the backend; Chinese output.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, testBackend } from '../support/backend';
import { runCli, type CliResult } from '../support/cli';

const ROOT = resolve(import.meta.dirname, '../..');
let work = '';
let bundle = '';

function run(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  return runCli(work, args, { CUSTOS_PASSPHRASE: PASSPHRASE, ...env });
}

async function read<T>(fn: (t: ReturnType<typeof testBackend>) => Promise<T>): Promise<T> {
  const t = testBackend({ dir: work });
  try {
    await t.call('workspace.open', { path: bundle, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    return await fn(t);
  } finally {
    await t.backend.dispose();
  }
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'custos.mjs'))) throw new Error('dist/cli/custos.mjs is missing: run `npm run build:node` first');
  work = mkdtempSync(join(tmpdir(), 'custos-cli-training-'));
  const t = testBackend({ dir: work });
  try {
    bundle = (await t.call('workspace.create', { directory: work, name: 'Training', passphrase: PASSPHRASE })).path;
    await t.call('training.courses.create', {
      title: 'Security basics',
      kind: 'security_awareness',
      description: '',
      audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
      schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } },
      passingScore: 80,
      materials: [],
    });
    await t.call('workspace.lock', { reason: 'manual' });
  } finally {
    await t.backend.dispose();
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('custos import people|completions', () => {
  it('refuses a people file with problems, naming row, column and header, and writes nothing', async () => {
    const file = join(work, 'bad-people.csv');
    writeFileSync(file, ['Name,Email,Department,Start date', 'Ann Lee,ann@acme.example,Engineering,2024-02-05', 'Bo,not-an-email,Engineering,2024-02-30'].join('\n'));
    const result = run(['import', 'people', bundle, file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('row 3, column B (Email): “not-an-email” is not an email address.');
    expect(result.stderr).toContain('row 3, column D (Start date): “2024-02-30” is not a date');
    expect(result.stderr).toContain('Nothing was imported: 2 problem(s) to correct first.');
    expect(await read((t) => t.call('training.people.list', {}))).toEqual([]);
  });

  it('checks with --dry-run, then imports people and completions', async () => {
    const people = join(work, 'hr-export.csv');
    writeFileSync(people, ['姓名,邮箱,部门,职位,入职日期,直属上级', 'Ann Lee,ann@acme.example,Engineering,Developer,2024-02-05,Bo Boss', 'Bo Boss,bo@acme.example,Engineering,Head,2019-04-01,'].join('\n'));
    const dry = run(['import', 'people', bundle, people, '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('2 rows: 2 new');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await read((t) => t.call('training.people.list', {}))).toEqual([]);

    const imported = run(['import', 'people', bundle, people]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('Imported: 2 created, 0 updated, 0 unchanged, 0 skipped.');
    expect(imported.stdout).toContain('Assignments regenerated: 2 created');

    const completions = join(work, 'lms.csv');
    writeFileSync(completions, ['Learner email,Course,Completion date,Score', 'ann@acme.example,Security basics,2026-01-15,92', 'zed@acme.example,Security basics,2026-01-15,92'].join('\n'));
    const refused = run(['import', 'completions', bundle, completions]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('row 3, column A (Learner email): No one on the people list has “zed@acme.example”');
    expect(await read((t) => t.call('training.completions.list', {}))).toEqual([]);

    writeFileSync(completions, ['Learner email,Course,Completion date,Score', 'ann@acme.example,Security basics,2026-01-15,92', 'bo@acme.example,Security basics,2026-01-20,50'].join('\n'));
    const done = run(['import', 'completions', bundle, completions], { LANG: 'zh_CN.UTF-8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('2 条新完成记录中有 1 条达到课程及格线。');
    const [list, assignments] = await read(async (t) => [await t.call('training.completions.list', {}), await t.call('training.assignments.list', {})] as const);
    expect(list.map((c) => [c.personName, c.passed]).sort()).toEqual([
      ['Ann Lee', true],
      ['Bo Boss', false],
    ]);
    expect(assignments.find((a) => a.personName === 'Ann Lee')).toMatchObject({ lastCompletedOn: '2026-01-15', dueOn: '2027-01-15' });
  });
});
