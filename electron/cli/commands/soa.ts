import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';

const FORMATS = ['xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

interface SoaOptions extends UnlockOptions {
  out?: string;
  format?: Format;
  json?: boolean;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function formatOfFile(file: string): Format | undefined {
  const extension = extname(file).slice(1).toLowerCase();
  return (FORMATS as readonly string[]).includes(extension) ? (extension as Format) : undefined;
}

export function registerSoa(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const command = program
    .command('soa')
    .description(t('commands.soa'))
    .argument('<path>', t('arguments.path'))
    .option('--out <file>', t('options.out'))
    .addOption(new Option('--format <format>', t('options.format')).choices(FORMATS))
    .option('--json', t('options.json'));
  addUnlockOptions(command, context).action(async (path: string, options: SoaOptions) => {
    // The format is settled before anything is unlocked, so a usage mistake never asks for a passphrase.
    const destination = resolve(options.out ?? '.');
    const named = options.out !== undefined && !isFolder(destination) ? formatOfFile(destination) : undefined;
    if (options.out !== undefined && !isFolder(destination) && named === undefined && options.format === undefined) {
      command.error(t('soaExport.unknownFormat', { file: options.out }), { exitCode: 2 });
    }
    if (named !== undefined && options.format !== undefined && named !== options.format) {
      command.error(t('soaExport.formatConflict', { format: options.format, file: options.out }), { exitCode: 2 });
    }
    const format: Format = options.format ?? named ?? 'xlsx';

    await openWorkspace(context, path, options);
    const backend = context.backend();
    const result = await call(backend, 'soa.export', { format, destination });
    const { rows } = await call(backend, 'soa.get', {});
    const applicable = rows.filter((row) => row.applicable).length;
    if (options.json) {
      output.json({ path: result.path, fileName: result.fileName, mimeType: result.mimeType, bytes: result.bytes, controls: rows.length, applicable });
      return;
    }
    output.line(t('soaExport.written', { path: result.path }));
    output.line(t('soaExport.controls', { count: rows.length, applicable }));
  });
}
