import type { Command } from 'commander';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import { obtainSecret } from '../secrets';

export function registerPasswd(program: Command, context: CliContext): void {
  const { output, env } = context;
  const command = program
    .command('passwd')
    .description(output.t('commands.passwd'))
    .argument('<path>', output.t('arguments.path'))
    .option('--new-passphrase-file <file>', output.t('options.newPassphraseFile'));
  addUnlockOptions(command, context).action(async (path: string, options: UnlockOptions & { newPassphraseFile?: string }) => {
    const { secret } = await openWorkspace(context, path, options);
    const next = await obtainSecret(
      { option: '--new-passphrase-file', file: options.newPassphraseFile, envVar: 'CUSTOS_NEW_PASSPHRASE', prompt: 'prompt.newPassphrase', confirm: true },
      output,
      env,
    );
    // Opened with the recovery key, there is no current passphrase to prove.
    const current = secret.kind === 'passphrase' ? secret.passphrase : undefined;
    await call(context.backend(), 'workspace.changePassphrase', current === undefined ? { next } : { current, next });
    output.line(output.t('passwd.changed'));
  });
}
