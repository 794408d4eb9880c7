// `custos import people <path> <file>` and `custos import completions <path> <file>`: the people list
// from an HR export, completions from an LMS export. Every row is checked first; on any problem each
// one is printed as `row N, column X (Header): message` and nothing is written (exit 1).
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { Option, type Command } from 'commander';
import type { Language } from '../../../shared/contract';
import { DUPLICATE_POLICIES, type DuplicatePolicy, type ImportProblem } from '../../../shared/contract/areas/inventory-import';
import type { TrainingImportKind } from '../../../shared/contract/areas/training-import';
import enTraining from '../../../shared/i18n/locales/en/trainingImport.json';
import zhTraining from '../../../shared/i18n/locales/zh-CN/trainingImport.json';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import { CliError } from '../output';

interface TrainingImportOptions extends UnlockOptions {
  dryRun?: boolean;
  onDuplicate: DuplicatePolicy;
  sheet?: string;
  json?: boolean;
}

function trainingTranslator(language: Language): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({ lng: language, fallbackLng: 'en', ns: ['trainingImport'], defaultNS: 'trainingImport', resources: { en: { trainingImport: enTraining }, 'zh-CN': { trainingImport: zhTraining } }, interpolation: { escapeValue: false }, initAsync: false });
  return i18n.t.bind(i18n) as TFunction;
}

export function trainingProblemMessage(tTraining: TFunction, problem: ImportProblem): string {
  return tTraining(problem.messageKey.replace(/^trainingImport:/, ''), { ...problem.params, field: problem.field ? tTraining(`field.${problem.field}`) : '' });
}

export function registerTrainingImport(parent: Command, context: CliContext, kind: TrainingImportKind): void {
  const { output } = context;
  const { t } = output;
  const command = parent
    .command(kind)
    .description(t(kind === 'people' ? 'commands.importPeople' : 'commands.importCompletions'))
    .argument('<path>', t('arguments.path'))
    .argument('<file>', t('arguments.importFile'))
    .option('--dry-run', t('options.dryRun'))
    .option('--sheet <name>', t('options.sheet'))
    .option('--json', t('options.json'));
  if (kind === 'people') command.addOption(new Option('--on-duplicate <policy>', t('options.onDuplicatePeople')).choices(DUPLICATE_POLICIES).default('skip'));
  addUnlockOptions(command, context).action(async (path: string, file: string, options: TrainingImportOptions) => {
    await openWorkspace(context, path, options);
    const backend = context.backend();
    const request = { source: { kind: 'path' as const, path: resolve(file) }, sheet: options.sheet, kind, onDuplicate: options.onDuplicate ?? 'skip' };
    const preview = await call(backend, 'trainingImport.dryRun', request);
    const errors = preview.problems.filter((problem) => problem.severity === 'error');
    const tTraining = trainingTranslator(output.language);
    const jobId = `cli-${randomBytes(8).toString('hex')}`;
    if (options.json) {
      if (errors.length > 0 || options.dryRun) {
        output.json({ ...preview, problems: preview.problems.map((problem) => ({ ...problem, message: trainingProblemMessage(tTraining, problem) })) });
        if (errors.length > 0) throw new CliError(t('importInventory.refused', { count: errors.length }));
        return;
      }
      output.json(await call(backend, 'trainingImport.commit', { ...request, jobId }));
      return;
    }
    const describe = (problem: ImportProblem) => {
      const message = trainingProblemMessage(tTraining, problem);
      if (problem.row === null) return problem.column ? t('importInventory.columnProblem', { letter: problem.column.letter, header: problem.column.header, message }) : message;
      return problem.column ? t('importInventory.problem', { row: problem.row, letter: problem.column.letter, header: problem.column.header, message }) : t('importInventory.rowProblem', { row: problem.row, message });
    };
    output.line(t('importInventory.counts', { rows: preview.totalRows, ...preview.counts }));
    if (kind === 'completions') output.line(t('importTraining.passed', { passed: preview.passed, count: preview.counts.new }));
    for (const problem of preview.problems) (problem.severity === 'error' ? output.warn : output.line)(describe(problem));
    if (errors.length > 0) throw new CliError(t('importInventory.refused', { count: errors.length }));
    if (options.dryRun) {
      output.line(t('importInventory.dryRunDone'));
      return;
    }
    const result = await call(backend, 'trainingImport.commit', { ...request, jobId });
    output.line(t('importInventory.done', { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped }));
    output.line(t('importTraining.assignments', { ...result.assignments }));
  });
}
