// `custos export ropa <path>`: the record of processing (GDPR Art 30) as XLSX (both layouts, or one
// with --layout) or CSV, in the workspace's language.
import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { ROPA_LAYOUTS, type RopaLayout } from '../../../shared/contract/areas/inventory-import';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';

const FORMATS = ['xlsx', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions extends UnlockOptions {
  format?: Format;
  out: string;
  layout?: RopaLayout;
  json?: boolean;
}

function exportCommand(program: Command): Command {
  return program.commands.find((command) => command.name() === 'export') ?? program.command('export');
}

export function registerExportRopa(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const parent = exportCommand(program).description(t('commands.export'));
  const command = parent
    .command('ropa')
    .description(t('commands.exportRopa'))
    .argument('<path>', t('arguments.path'))
    .requiredOption('--out <file>', t('options.ropaOut'))
    .addOption(new Option('--format <format>', t('options.ropaFormat')).choices(FORMATS))
    .addOption(new Option('--layout <layout>', t('options.ropaLayout')).choices(ROPA_LAYOUTS))
    .option('--json', t('options.json'));
  addUnlockOptions(command, context).action(async (path: string, options: ExportOptions) => {
    const extension = extname(options.out).slice(1).toLowerCase();
    const named = (FORMATS as readonly string[]).includes(extension) ? (extension as Format) : undefined;
    if (named !== undefined && options.format !== undefined && named !== options.format) {
      command.error(t('ropaExport.formatConflict', { format: options.format, file: options.out }), { exitCode: 2 });
    }
    const format = options.format ?? named;
    if (format === undefined) command.error(t('ropaExport.unknownFormat', { file: options.out }), { exitCode: 2 });
    await openWorkspace(context, path, options);
    const backend = context.backend();
    const result = await call(backend, 'ropa.export', { format: format!, layout: options.layout, destination: resolve(options.out) });
    const activities = await call(backend, 'inventory.activities.list', {});
    if (options.json) {
      output.json({ path: result.path, fileName: result.fileName, mimeType: result.mimeType, bytes: result.bytes, activities: activities.length });
      return;
    }
    output.line(t('ropaExport.written', { path: result.path }));
    output.line(t('ropaExport.activities', { count: activities.length }));
  });
}
