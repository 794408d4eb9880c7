// `custos pack <path> --framework iso27001|soc2 --out F.zip`: a signed audit pack of a workspace;
// `custos pack verify F.zip`: checks a pack's signature and every file's hash (no workspace needed;
// exit 1 on any problem, each named).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { frameworkSchema, isoDate, LANGUAGES, type Framework, type Language } from '../../../shared/contract';
import type { PackProblem } from '../../../shared/contract/areas/packs';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import { CliError } from '../output';

interface PackOptions extends UnlockOptions {
  framework?: Framework;
  out?: string;
  from?: string;
  to?: string;
  locale?: Language;
  redact?: boolean;
  recipient?: string;
  json?: boolean;
}

interface VerifyOptions {
  key?: string;
  fingerprint?: string;
  json?: boolean;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function registerPack(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const pack = program
    .command('pack')
    .description(t('pack.commands.pack'))
    .argument('<path>', t('arguments.path'))
    .addOption(new Option('--framework <framework>', t('pack.options.framework')).choices(frameworkSchema.options))
    // Not commander's required options: those would be demanded of `pack verify` too.
    .option('--out <file>', t('pack.options.out'))
    .option('--from <date>', t('pack.options.from'))
    .option('--to <date>', t('pack.options.to'))
    .addOption(new Option('--locale <locale>', t('pack.options.locale')).choices(LANGUAGES))
    .option('--redact', t('pack.options.redact'))
    .option('--recipient <name>', t('pack.options.recipient'))
    .option('--json', t('options.json'));

  addUnlockOptions(pack, context).action(async (path: string, options: PackOptions) => {
    // Usage mistakes are settled before anything is unlocked.
    const framework = options.framework ?? pack.error(t('pack.missingOption', { option: '--framework <iso27001|soc2>' }), { exitCode: 2 });
    const out = options.out ?? pack.error(t('pack.missingOption', { option: '--out <file>' }), { exitCode: 2 });
    for (const option of ['from', 'to'] as const) {
      const value = options[option];
      if (value !== undefined && !isoDate.safeParse(value).success) pack.error(t('pack.badDate', { option: `--${option}`, value }), { exitCode: 2 });
    }
    if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
      pack.error(t('pack.periodOrder', { from: options.from, to: options.to }), { exitCode: 2 });
    }
    const file = resolve(out);
    await openWorkspace(context, path, options);
    const backend = context.backend();
    const locale = options.locale ?? (await call(backend, 'workspace.settings.get', {})).language;
    const jobId = `cli-pack-${randomBytes(6).toString('hex')}`;
    // Progress on an interactive terminal only, on stderr, so stdout stays clean for scripts.
    const showProgress = process.stderr.isTTY === true && !options.json;
    let lastLine = '';
    const unsubscribe = backend.subscribe((event) => {
      if (!showProgress || event.type !== 'job.progress' || event.jobId !== jobId) return;
      const percent = event.total > 0 ? Math.floor((event.done / event.total) * 100) : 0;
      // Steps of the contents are named like `registers/ropa`: shown by their first part.
      const phase = event.phase.split('/')[0] ?? event.phase;
      const line = t('pack.progress', { phase: t(`pack.phase.${phase}`, { defaultValue: event.phase }), percent });
      if (line !== lastLine) process.stderr.write(`\r${line}   `);
      lastLine = line;
    });
    try {
      const result = await call(backend, 'packs.export', {
        jobId,
        framework,
        ...(options.from !== undefined ? { from: options.from } : {}),
        ...(options.to !== undefined ? { to: options.to } : {}),
        locale,
        redact: options.redact === true,
        ...(options.recipient !== undefined ? { recipient: options.recipient } : {}),
        file,
      });
      if (showProgress && lastLine) process.stderr.write('\n');
      const key = await call(backend, 'packs.signingKey', {});
      if (options.json) {
        output.json({ ...result, keyFingerprint: key.fingerprint });
        return;
      }
      output.line(t('pack.written', { path: result.path, files: result.fileCount, size: megabytes(result.bytes) }));
      output.line(t('pack.manifestHash', { sha256: result.manifestSha256 }));
      output.line(t('pack.fingerprint', { fingerprint: key.fingerprint }));
    } finally {
      unsubscribe();
    }
  });

  pack
    .command('verify')
    .description(t('pack.commands.verify'))
    .argument('<file>', t('pack.arguments.file'))
    .option('--key <pem>', t('pack.options.key'))
    .option('--fingerprint <hex>', t('pack.options.fingerprint'))
    .option('--json', t('options.json'))
    .action(async (file: string, _options: VerifyOptions, command: Command) => {
      // `--json` may stand before `verify`, where the parent command reads it.
      const options = command.optsWithGlobals<VerifyOptions>();
      if (options.fingerprint !== undefined && !/^[0-9a-fA-F]{64}$/.test(options.fingerprint)) {
        command.error(t('pack.badFingerprint', { value: options.fingerprint }), { exitCode: 2 });
      }
      let publicKeyPem: string | undefined;
      if (options.key !== undefined) {
        try {
          publicKeyPem = readFileSync(resolve(options.key), 'utf8');
        } catch {
          command.error(t('pack.keyUnreadable', { file: options.key }), { exitCode: 2 });
        }
      }
      const result = await call(context.backend(), 'packs.verify', {
        file: resolve(file),
        ...(publicKeyPem !== undefined ? { publicKeyPem } : {}),
        ...(options.fingerprint !== undefined ? { fingerprint: options.fingerprint.toLowerCase() } : {}),
      });
      if (options.json) output.json(result);
      else for (const problem of result.problems) output.line(describeProblem(t, problem));
      if (!result.ok) throw new CliError(t('pack.verifyFailed', { count: result.problems.length }));
      if (!options.json) output.line(t('pack.verifyOk', { count: result.fileCount, fingerprint: result.keyFingerprint }));
    });
}

function describeProblem(t: CliContext['output']['t'], problem: PackProblem): string {
  const text = t(`pack.problem.${problem.kind}`, { path: problem.path ?? '-', expected: problem.expected ?? '-', actual: problem.actual ?? '-' });
  return `  ${text}`;
}
