import { InvalidArgumentError, type Command } from 'commander';
import { organisationProfileSchema } from '../../../shared/contract';
import { formatRecoveryKey, parseRecoveryKey } from '../../../shared/domain/recovery-key';
import { call, type CliContext } from '../backend-client';
import { newBundleLocation, passphraseSource } from '../open-workspace';
import type { Output } from '../output';
import { obtainSecret } from '../secrets';

// Scripts read the key from this line, so its prefix is the same in every language.
export const RECOVERY_KEY_PREFIX = 'Recovery key: ';

/** The one and only time the recovery key is shown. */
export function printRecoveryKey(output: Output, recoveryKey: string): void {
  const hex = parseRecoveryKey(recoveryKey);
  output.line(`${RECOVERY_KEY_PREFIX}${hex ? formatRecoveryKey(hex) : recoveryKey}`);
  output.line(output.t('init.warning'));
}

export function registerInit(program: Command, context: CliContext): void {
  const { output, env } = context;
  const parseLegalName = (value: string): string => {
    const parsed = organisationProfileSchema.shape.legalName.safeParse(value);
    if (!parsed.success) throw new InvalidArgumentError(output.t(`errors:issues.${parsed.error.issues[0]?.code ?? 'generic'}`));
    return parsed.data;
  };

  program
    .command('init')
    .description(output.t('commands.init'))
    .argument('<path>', output.t('arguments.newPath'))
    .option('--name <org>', output.t('options.name'), parseLegalName)
    .option('--passphrase-file <file>', output.t('options.passphraseFile'))
    .action(async (path: string, options: { name?: string; passphraseFile?: string }) => {
      const location = newBundleLocation(path);
      const passphrase = await obtainSecret(passphraseSource(options.passphraseFile, true), output, env);
      const backend = context.backend();
      const created = await call(backend, 'workspace.create', {
        directory: location.directory,
        name: location.name,
        passphrase,
        language: output.language,
      });
      let profile = await call(backend, 'organisation.get', {});
      if (options.name !== undefined && options.name !== profile.legalName) {
        profile = await call(backend, 'organisation.update', { ...profile, legalName: options.name });
      }
      output.line(output.t('init.created', { path: created.path }));
      output.line(output.t('init.organisation', { name: profile.legalName }));
      printRecoveryKey(output, created.recoveryKey);
    });
}
