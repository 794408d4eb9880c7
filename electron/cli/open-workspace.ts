// Shared by the commands that work on an existing workspace: find the bundle, obtain the secret
// (passphrase or recovery key) and unlock it. A passphrase typed at the prompt may be retried.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Secret } from '../../shared/contract';
import { BUNDLE_EXTENSION } from '../backend/workspace/bundle';
import { call, type CliContext } from './backend-client';
import { ProcedureError } from './output';
import { obtainSecret, readSecretFile, willPrompt, type SecretSource } from './secrets';

const PROMPT_ATTEMPTS = 3;

export interface UnlockOptions {
  passphraseFile?: string;
  recoveryKeyFile?: string;
}

/** Where a new bundle goes: `path` with `.custos` appended if missing, split as workspace.create wants it. */
export function newBundleLocation(path: string): { directory: string; name: string; path: string } {
  const absolute = resolve(path.endsWith(BUNDLE_EXTENSION) ? path : `${path}${BUNDLE_EXTENSION}`);
  return { directory: dirname(absolute), name: basename(absolute, BUNDLE_EXTENSION), path: absolute };
}

/** An existing bundle; `./Acme` finds `./Acme.custos` when only the latter exists. */
export function existingBundlePath(path: string): string {
  const absolute = resolve(path);
  if (!absolute.endsWith(BUNDLE_EXTENSION) && !existsSync(absolute) && existsSync(`${absolute}${BUNDLE_EXTENSION}`)) {
    return `${absolute}${BUNDLE_EXTENSION}`;
  }
  return absolute;
}

export function passphraseSource(file: string | undefined, confirm = false): SecretSource {
  return { option: '--passphrase-file', file, envVar: 'CUSTOS_PASSPHRASE', prompt: confirm ? 'prompt.newPassphrase' : 'prompt.passphrase', confirm };
}

/** Unlocks the workspace at `path`; returns the secret that opened it. */
export async function openWorkspace(context: CliContext, path: string, options: UnlockOptions): Promise<{ path: string; secret: Secret }> {
  const bundle = existingBundlePath(path);
  const backend = context.backend();
  // Checks that the files are there before asking for a secret.
  await call(backend, 'workspace.select', { path: bundle });

  if (options.recoveryKeyFile !== undefined) {
    const secret: Secret = { kind: 'recovery', recoveryKey: readSecretFile(options.recoveryKeyFile, context.output) };
    await call(backend, 'workspace.open', { path: bundle, secret });
    return { path: bundle, secret };
  }

  const source = passphraseSource(options.passphraseFile);
  const prompted = willPrompt(source, context.env);
  for (let attempt = 1; ; attempt++) {
    const secret: Secret = { kind: 'passphrase', passphrase: await obtainSecret(source, context.output, context.env) };
    try {
      await call(backend, 'workspace.open', { path: bundle, secret });
      return { path: bundle, secret };
    } catch (error) {
      const retry = prompted && attempt < PROMPT_ATTEMPTS && error instanceof ProcedureError && error.body.code === 'WRONG_PASSPHRASE';
      if (!retry) throw error;
      context.output.warn(`${context.output.describeError(error.body)} ${context.output.t('prompt.retry')}`);
    }
  }
}

/** The options of every command that unlocks an existing workspace. */
export function addUnlockOptions(command: Command, context: CliContext): Command {
  const { t } = context.output;
  return command
    .addOption(new Option('--passphrase-file <file>', t('options.passphraseFile')).conflicts('recoveryKeyFile'))
    .addOption(new Option('--recovery-key-file <file>', t('options.recoveryKeyFile')));
}
