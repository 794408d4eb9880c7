// `custos export policy <path> <policy>`: one version of a policy (the one in force, or --version N)
// as PDF (cover with approver, date and SHA-256), DOCX or Markdown, in the policy's own language.
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import { CliError } from '../output';

const FORMATS = ['pdf', 'docx', 'md'] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions extends UnlockOptions {
  format?: Format;
  out: string;
  version?: string;
  json?: boolean;
}

function exportCommand(program: Command): Command {
  return program.commands.find((command) => command.name() === 'export') ?? program.command('export');
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export function registerExportPolicy(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const parent = exportCommand(program).description(t('commands.export'));
  const command = parent
    .command('policy')
    .description(t('commands.exportPolicy'))
    .argument('<path>', t('arguments.path'))
    .argument('<policy>', t('arguments.policy'))
    .requiredOption('--out <file>', t('options.policyOut'))
    .addOption(new Option('--format <format>', t('options.policyFormat')).choices(FORMATS))
    .option('--version <number>', t('options.policyVersion'))
    .option('--json', t('options.json'));
  addUnlockOptions(command, context).action(async (path: string, policy: string, options: ExportOptions) => {
    // Usage mistakes are settled before anything is unlocked.
    const destination = resolve(options.out);
    const extension = isFolder(destination) ? '' : extname(options.out).slice(1).toLowerCase();
    const named = (FORMATS as readonly string[]).includes(extension) ? (extension as Format) : undefined;
    if (named !== undefined && options.format !== undefined && named !== options.format) {
      command.error(t('policyExport.formatConflict', { format: options.format, file: options.out }), { exitCode: 2 });
    }
    const format = options.format ?? named;
    if (format === undefined) command.error(t('policyExport.unknownFormat', { file: options.out }), { exitCode: 2 });
    const number = options.version === undefined ? undefined : Number(options.version);
    if (number !== undefined && !(Number.isInteger(number) && number >= 1)) command.error(t('policyExport.badVersion', { version: options.version }), { exitCode: 2 });

    await openWorkspace(context, path, options);
    const backend = context.backend();
    const detail = await call(backend, 'policies.get', { id: policy });
    const version = number === undefined ? undefined : detail.versions.find((candidate) => candidate.number === number);
    if (number !== undefined && !version) throw new CliError(t('policyExport.noSuchVersion', { version: number, policy: detail.policy.title, latest: detail.policy.latestVersion.number }));
    const result = await call(backend, 'policies.export', { policyId: detail.policy.id, versionId: version?.id, format: format!, destination });
    const exported = version ?? detail.versions.find((candidate) => candidate.id === (detail.policy.currentVersion?.id ?? detail.policy.latestVersion.id))!;
    if (options.json) {
      output.json({ path: result.path, fileName: result.fileName, mimeType: result.mimeType, bytes: result.bytes, policy: detail.policy.slug, version: exported.number, status: exported.status, sha256: exported.sha256 });
      return;
    }
    output.line(t('policyExport.written', { path: result.path }));
    output.line(t('policyExport.version', { title: detail.policy.title, version: exported.number, status: t(`policyExport.status.${exported.status}`) }));
    if (exported.sha256) output.line(t('policyExport.sha256', { sha256: exported.sha256 }));
  });
}
