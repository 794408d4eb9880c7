// The `custos` command line. Each command calls the backend's procedures in-process, exactly as the
// app does over its transports. Exit codes: 0 ok, 1 failure (including a failed verification),
// 2 usage error, 130 cancelled at a prompt.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { LANGUAGES, type Language } from '../../shared/contract';
import { createCliContext } from './backend-client';
import { registerBackup } from './commands/backup';
import { registerControls } from './commands/controls';
import { registerDeadline } from './commands/deadline';
import { registerDemo } from './commands/demo';
import { registerExportPolicy } from './commands/export-policy';
import { registerExportRopa } from './commands/export-ropa';
import { registerImport } from './commands/import';
import { registerInfo } from './commands/info';
import { registerInit } from './commands/init';
import { registerPack } from './commands/pack';
import { registerPasswd } from './commands/passwd';
import { registerRestore } from './commands/restore';
import { registerSoa } from './commands/soa';
import { registerVerify } from './commands/verify';
import { CliError, createOutput, isLanguage, languageFromEnvironment, ProcedureError, type Output } from './output';
import { PromptCancelled } from './secrets';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;

/**
 * `--lang` must be known before the program is built, since its help text is translated. An
 * invalid value is left for commander to reject.
 */
function languageArgument(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && isLanguage(value)) return value;
  }
  return undefined;
}

// A mistyped `--passphrase=...` must not echo the secret back in the error message.
function redactOptionValues(message: string, argv: readonly string[]): string {
  let redacted = message;
  for (const arg of argv) {
    const equals = arg.indexOf('=');
    if (arg.startsWith('--') && equals > 0) redacted = redacted.split(arg).join(`${arg.slice(0, equals)}=…`);
  }
  return redacted;
}

function buildProgram(output: Output, argv: readonly string[], register: (program: Command) => void): Command {
  const program = new Command('custos')
    .description(output.t('program.description'))
    .addOption(new Option('--lang <language>', output.t('program.lang')).choices(LANGUAGES))
    .showHelpAfterError(output.t('program.helpHint'))
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(redactOptionValues(text, argv)) });
  register(program);
  return program;
}

function exitCodeFor(error: unknown, output: Output): number {
  if (error instanceof CommanderError) {
    // commander has already printed the help, version or usage message.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof CliError) {
    output.warn(error.message);
    return error.exitCode;
  }
  if (error instanceof ProcedureError) {
    output.warn(output.describeError(error.body));
    return EXIT_FAILURE;
  }
  if (error instanceof PromptCancelled) {
    output.warn(output.t('failure.cancelled'));
    return EXIT_CANCELLED;
  }
  output.warn(output.t('failure.unexpected', { message: error instanceof Error ? error.message : String(error) }));
  return EXIT_FAILURE;
}

/** Runs one command line (without the node and script arguments) and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  // Output piped into `head` and the like: a closed pipe ends the command quietly, as in Unix tools.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  const env = process.env;
  const output = createOutput(languageArgument(argv) ?? languageFromEnvironment(env));
  const { context, dispose } = createCliContext(output, env);
  const program = buildProgram(output, argv, (root) => {
    registerInit(root, context);
    registerInfo(root, context);
    registerVerify(root, context);
    registerDemo(root, context);
    registerPasswd(root, context);
    registerControls(root, context);
    registerSoa(root, context);
    registerBackup(root, context);
    registerRestore(root, context);
    registerImport(root, context);
    registerExportRopa(root, context);
    registerExportPolicy(root, context);
    registerDeadline(root, context);
    registerPack(root, context);
  });
  // Ctrl-C outside a prompt (say, during key derivation) still locks the workspace before exiting.
  const interrupted = (): void => {
    output.warn(output.t('failure.cancelled'));
    void dispose().finally(() => process.exit(EXIT_CANCELLED));
  };
  process.once('SIGINT', interrupted);
  let code = EXIT_OK;
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    code = exitCodeFor(error, output);
  }
  try {
    await dispose();
  } catch (error) {
    if (code === EXIT_OK) code = exitCodeFor(error, output);
  } finally {
    process.removeListener('SIGINT', interrupted);
  }
  return code;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

// bin/custos.mjs imports this module and calls runCli; `node dist/cli/custos.mjs` runs it directly.
if (isEntryPoint()) process.exitCode = await runCli(process.argv.slice(2));
