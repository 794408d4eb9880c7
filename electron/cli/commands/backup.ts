// `custos backup <path> --out F`: an encrypted, verified backup file of the workspace (a folder as
// --out gets a file named after the workspace and the time).
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';

interface BackupOptions extends UnlockOptions {
  out: string;
  keep?: number;
  json?: boolean;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function registerBackup(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const parseKeep = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 365) throw new InvalidArgumentError(t('backup.keepRange'));
    return n;
  };
  const command = program
    .command('backup')
    .description(t('backup.commands.backup'))
    .argument('<path>', t('arguments.path'))
    .requiredOption('--out <file>', t('backup.options.out'))
    .option('--keep <n>', t('backup.options.keep'), parseKeep)
    .option('--json', t('options.json'));
  addUnlockOptions(command, context).action(async (path: string, options: BackupOptions) => {
    const destination = resolve(options.out);
    const folder = existsSync(destination) && statSync(destination).isDirectory();
    if (options.keep !== undefined && !folder) command.error(t('backup.keepNeedsFolder'), { exitCode: 2 });
    await openWorkspace(context, path, options);
    const backend = context.backend();
    const jobId = `cli-backup-${randomBytes(6).toString('hex')}`;
    // Progress on an interactive terminal only, on stderr, so stdout stays clean for scripts.
    const showProgress = process.stderr.isTTY === true && !options.json;
    let lastLine = '';
    const unsubscribe = backend.subscribe((event) => {
      if (!showProgress || event.type !== 'job.progress' || event.jobId !== jobId) return;
      const percent = event.total > 0 ? Math.floor((event.done / event.total) * 100) : 0;
      const line = t('backup.progress', { phase: t(`backup.phase.${event.phase}`, { defaultValue: event.phase }), percent });
      if (line !== lastLine) process.stderr.write(`\r${line}   `);
      lastLine = line;
    });
    try {
      const result = await call(backend, 'workspaceBackup.create', folder ? { jobId, folder: destination, ...(options.keep ? { keep: options.keep } : {}) } : { jobId, file: destination });
      if (showProgress && lastLine) process.stderr.write('\n');
      if (options.json) {
        output.json(result);
        return;
      }
      output.line(t('backup.written', { path: result.file, size: megabytes(result.bytes) }));
      output.line(t('backup.verified'));
      for (const file of result.pruned) output.line(t('backup.pruned', { path: file }));
    } finally {
      unsubscribe();
    }
  });
}
