import type { Command } from 'commander';
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
    .action(async (path: string, options: { passphraseFile?: string }) => {
      // The backend names the demo bundle; only the folder comes from the path.
      const { directory } = newBundleLocation(path);
      const passphrase = await obtainSecret(passphraseSource(options.passphraseFile, true), output, env);
      const created = await call(context.backend(), 'workspace.createDemo', { directory, passphrase, language: output.language });
      output.line(output.t('demo.created', { path: created.path }));
      printRecoveryKey(output, created.recoveryKey);
    });
}
