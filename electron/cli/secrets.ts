// Where secrets come from: a file named by an option, an environment variable, or a prompt on the
// terminal that echoes nothing. Never the command line itself, which other local users can read
// (ps, /proc) and shells keep in their history.
import { readFileSync } from 'node:fs';
import { CliError, type Output } from './output';

/** Raised when the user presses Ctrl-C or Ctrl-D at a prompt. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

export interface SecretSource {
  /** The option that names a file holding the secret, e.g. `--passphrase-file`. */
  option: string;
  file: string | undefined;
  envVar: string;
  /** i18n key of the prompt. */
  prompt: string;
  /** Ask twice and insist that both entries match (for a passphrase being set). */
  confirm?: boolean;
}

const MAX_CONFIRM_ATTEMPTS = 3;

/** The first line of a file, without its line ending. */
export function readSecretFile(file: string, output: Output): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError(output.t('secrets.fileUnreadable', { file, reason }));
  }
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (first === '') throw new CliError(output.t('secrets.fileEmpty', { file }));
  return first;
}

export function canPrompt(): boolean {
  return process.stdin.isTTY === true && typeof process.stdin.setRawMode === 'function';
}

/** Whether the secret will be typed at the terminal (and so may be asked for again). */
export function willPrompt(source: SecretSource, env: NodeJS.ProcessEnv = process.env): boolean {
  return source.file === undefined && !env[source.envVar] && canPrompt();
}

/** The secret from, in order: the file option, the environment variable, the terminal. */
export async function obtainSecret(source: SecretSource, output: Output, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (source.file !== undefined) return readSecretFile(source.file, output);
  const fromEnv = env[source.envVar];
  if (fromEnv) return fromEnv;
  if (!canPrompt()) {
    throw new CliError(output.t('secrets.noTerminal', { envVar: source.envVar, option: source.option }));
  }
  if (!source.confirm) return promptHidden(output.t(source.prompt));
  for (let attempt = 1; ; attempt++) {
    const first = await promptHidden(output.t(source.prompt));
    const second = await promptHidden(output.t('prompt.repeatPassphrase'));
    if (first === second) return first;
    if (attempt >= MAX_CONFIRM_ATTEMPTS) throw new CliError(output.t('prompt.tooManyMismatches'));
    output.warn(output.t('prompt.mismatch'));
  }
}

// Cursor keys, bracketed-paste markers and other escape sequences are not part of a passphrase.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|[^[])/g;

/** Reads one line from the terminal in raw mode, echoing nothing. The prompt goes to stderr. */
export function promptHidden(label: string): Promise<string> {
  const input = process.stdin;
  const echo = process.stderr;
  return new Promise<string>((resolve, reject) => {
    let value = '';
    const wasRaw = input.isRaw;
    const finish = (error?: Error): void => {
      input.removeListener('data', onData);
      input.setRawMode(wasRaw);
      input.pause();
      echo.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string): void => {
      const text = (typeof chunk === 'string' ? chunk : chunk.toString('utf8')).replace(ESCAPE_SEQUENCE, '');
      for (const char of text) {
        switch (char) {
          case '\r':
          case '\n':
            return finish();
          case '\u0003': // Ctrl-C
            return finish(new PromptCancelled());
          case '\u0004': // Ctrl-D: end of input on an empty line, ignored otherwise
            if (value === '') return finish(new PromptCancelled());
            break;
          case '\u007f':
          case '\b':
            value = [...value].slice(0, -1).join('');
            break;
          case '\u0015': // Ctrl-U clears the line
            value = '';
            break;
          default:
            if (char >= ' ') value += char;
        }
      }
    };
    // Raw mode first: anything typed or pasted before it would be echoed by the terminal.
    input.setRawMode(true);
    input.on('data', onData);
    input.resume();
    echo.write(label);
  });
}
