// `custos import inventory <path> <file>`: imports processing activities, systems, vendors or data
// categories from CSV or XLSX. Every row is checked first; on any problem each one is printed as
// `row N, column X (Header): message` and nothing is written (exit 1).
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { Option, type Command } from 'commander';
import { DUPLICATE_POLICIES, IMPORT_RECORD_TYPES, type DuplicatePolicy, type ImportProblem, type ImportRecordType } from '../../../shared/contract/areas/inventory-import';
import enImport from '../../../shared/i18n/locales/en/inventoryImport.json';
import zhImport from '../../../shared/i18n/locales/zh-CN/inventoryImport.json';
import type { Language } from '../../../shared/contract';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import { CliError } from '../output';
import { registerTrainingImport } from './import-training';

interface ImportOptions extends UnlockOptions {
  dryRun?: boolean;
  type: ImportRecordType;
  onDuplicate: DuplicatePolicy;
  sheet?: string;
  json?: boolean;
}

/** The import's own wording (field names, problem messages), shared with the app. */
function importTranslator(language: Language): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({ lng: language, fallbackLng: 'en', ns: ['inventoryImport'], defaultNS: 'inventoryImport', resources: { en: { inventoryImport: enImport }, 'zh-CN': { inventoryImport: zhImport } }, interpolation: { escapeValue: false }, initAsync: false });
  return i18n.t.bind(i18n) as TFunction;
}

export function problemMessage(tImport: TFunction, problem: ImportProblem): string {
  return tImport(problem.messageKey.replace(/^inventoryImport:/, ''), { ...problem.params, field: problem.field ? tImport(`field.${problem.field}`) : '' });
}

const cliJobId = () => `cli-${randomBytes(8).toString('hex')}`;

function importCommand(program: Command): Command {
  return program.commands.find((command) => command.name() === 'import') ?? program.command('import');
}

export function registerImport(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const parent = importCommand(program).description(t('commands.import'));
  registerTrainingImport(parent, context, 'people');
  registerTrainingImport(parent, context, 'completions');
  const command = parent
    .command('inventory')
    .description(t('commands.importInventory'))
    .argument('<path>', t('arguments.path'))
    .argument('<file>', t('arguments.importFile'))
    .option('--dry-run', t('options.dryRun'))
    .addOption(new Option('--type <type>', t('options.importType')).choices(IMPORT_RECORD_TYPES).default('activities'))
    .addOption(new Option('--on-duplicate <policy>', t('options.onDuplicate')).choices(DUPLICATE_POLICIES).default('skip'))
    .option('--sheet <name>', t('options.sheet'))
    .option('--json', t('options.json'));
  addUnlockOptions(command, context).action(async (path: string, file: string, options: ImportOptions) => {
    await openWorkspace(context, path, options);
    const backend = context.backend();
    const source = { kind: 'path' as const, path: resolve(file) };
    const request = { source, sheet: options.sheet, recordType: options.type, onDuplicate: options.onDuplicate };
    const preview = await call(backend, 'inventoryImport.dryRun', request);
    const errors = preview.problems.filter((problem) => problem.severity === 'error');
    const tImport = importTranslator(output.language);
    const describe = (problem: ImportProblem) => {
      const message = problemMessage(tImport, problem);
      if (problem.row === null) return problem.column ? t('importInventory.columnProblem', { letter: problem.column.letter, header: problem.column.header, message }) : message;
      return problem.column ? t('importInventory.problem', { row: problem.row, letter: problem.column.letter, header: problem.column.header, message }) : t('importInventory.rowProblem', { row: problem.row, message });
    };
    if (options.json) {
      if (errors.length > 0 || options.dryRun) {
        output.json({ ...preview, problems: preview.problems.map((problem) => ({ ...problem, message: problemMessage(tImport, problem) })) });
        if (errors.length > 0) throw new CliError(t('importInventory.refused', { count: errors.length }));
        return;
      }
      output.json(await call(backend, 'inventoryImport.commit', { ...request, jobId: cliJobId() }));
      return;
    }
    const counts = preview.counts;
    output.line(t('importInventory.counts', { rows: preview.totalRows, ...counts }));
    for (const problem of preview.problems) (problem.severity === 'error' ? output.warn : output.line)(describe(problem));
    if (errors.length > 0) throw new CliError(t('importInventory.refused', { count: errors.length }));
    for (const [kind, names] of Object.entries(preview.createdReferences)) {
      if (names.length > 0) output.line(t('importInventory.willCreate', { kind: tImport(`reference.${kind}`), names: names.join(', ') }));
    }
    if (options.dryRun) {
      output.line(t('importInventory.dryRunDone'));
      return;
    }
    const result = await call(backend, 'inventoryImport.commit', { ...request, jobId: cliJobId() });
    output.line(t('importInventory.done', { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped }));
  });
}
