import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
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
      const created = await call(context.backend(), 'workspace.createDemo', { directory, passphrase, language: output.language, scale: options.scale });
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
