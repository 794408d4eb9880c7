import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import type { ProcedureOutput } from '../../../shared/contract';
import { call, type CliContext } from '../backend-client';
import { newBundleLocation, passphraseSource } from '../open-workspace';
import { obtainSecret } from '../secrets';
import { printRecoveryKey } from './init';

export function registerDemo(program: Command, context: CliContext): void {
  const { output, env } = context;
  program
    .command('demo')
    .description(output.t('commands.demo'))
    .argument('<path>', output.t('arguments.demoPath'))
    .option('--passphrase-file <file>', output.t('options.passphraseFile'))
    .addOption(new Option('--scale <scale>', output.t('options.scale')).choices(['standard', 'large']).default('standard'))
    .action(async (path: string, options: { passphraseFile?: string; scale: 'standard' | 'large' }) => {
      // The backend names the demo bundle; only the folder comes from the path.
      const { directory } = newBundleLocation(path);
      const passphrase = await obtainSecret(passphraseSource(options.passphraseFile, true), output, env);
      const started = Date.now();
      const backend = context.backend();
      const jobId = `cli-demo-${randomBytes(6).toString('hex')}`;
      // The large history takes minutes: its days written, on an interactive terminal only, on stderr.
      let lastLine = '';
      const unsubscribe = backend.subscribe((event) => {
        if (process.stderr.isTTY !== true || event.type !== 'job.progress' || event.jobId !== jobId) return;
        const line = output.t('demo.progress', { done: event.done, total: event.total, percent: Math.floor((event.done / Math.max(1, event.total)) * 100) });
        if (line !== lastLine) process.stderr.write(`\r${line}   `);
        lastLine = line;
      });
      let created: ProcedureOutput<'workspace.createDemo'>;
      try {
        created = await call(backend, 'workspace.createDemo', { directory, passphrase, language: output.language, scale: options.scale, ...(options.scale === 'large' ? { jobId } : {}) });
      } finally {
        unsubscribe();
        if (lastLine) process.stderr.write('\n');
      }
      output.line(output.t('demo.created', { path: created.path }));
      if (options.scale === 'large') {
        output.line(output.t('demo.large', { seconds: ((Date.now() - started) / 1000).toFixed(0), size: (folderBytes(created.path) / 1024 ** 2).toFixed(0) }));
      }
      printRecoveryKey(output, created.recoveryKey);
    });
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(folder, entry.name)) : statSync(join(folder, entry.name)).size), 0);
}
