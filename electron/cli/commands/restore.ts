// `custos restore F <path>`: checks a backup file (hashes, the secret, the key, integrity) and
// restores it to a new workspace folder; --force replaces an existing one, which is kept aside
// until the restore has succeeded.
import type { Command } from 'commander';
import { call, type CliContext } from '../backend-client';
import { newBundleLocation, passphraseSource } from '../open-workspace';
import { ProcedureError } from '../output';
import { obtainSecret, readSecretFile, willPrompt } from '../secrets';

const PROMPT_ATTEMPTS = 3;

interface RestoreOptions {
  force?: boolean;
  passphraseFile?: string;
  recoveryKeyFile?: string;
  json?: boolean;
}

export function registerRestore(program: Command, context: CliContext): void {
  const { output, env } = context;
  const { t } = output;
  program
    .command('restore')
    .description(t('backup.commands.restore'))
    .argument('<file>', t('backup.arguments.file'))
    .argument('<path>', t('backup.arguments.target'))
    .option('--force', t('backup.options.force'))
    .option('--passphrase-file <file>', t('backup.options.passphraseFile'))
    .option('--recovery-key-file <file>', t('options.recoveryKeyFile'))
    .option('--json', t('options.json'))
    .action(async (file: string, path: string, options: RestoreOptions) => {
      const target = newBundleLocation(path).path;
      const backend = context.backend();
      const restore = (secret: { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; recoveryKey: string }) =>
        call(backend, 'workspaceBackup.restore', { file, path: target, secret, force: options.force === true });
      let result;
      if (options.recoveryKeyFile !== undefined) {
        result = await restore({ kind: 'recovery', recoveryKey: readSecretFile(options.recoveryKeyFile, output) });
      } else {
        const source = passphraseSource(options.passphraseFile);
        const prompted = willPrompt(source, env);
        for (let attempt = 1; ; attempt++) {
          try {
            result = await restore({ kind: 'passphrase', passphrase: await obtainSecret(source, output, env) });
            break;
          } catch (error) {
            const retry = prompted && attempt < PROMPT_ATTEMPTS && error instanceof ProcedureError && error.body.code === 'WRONG_PASSPHRASE';
            if (!retry) throw error;
            output.warn(`${output.describeError(error.body)} ${t('prompt.retry')}`);
          }
        }
      }
      if (options.json) {
        output.json(result);
        return;
      }
      output.line(t(result.replaced ? 'backup.restoredOver' : 'backup.restored', { path: result.path, date: output.formatDate(result.manifest.createdAt) }));
      output.line(t('backup.restoredCheck', { schemaVersion: result.manifest.schemaVersion }));
    });
}
