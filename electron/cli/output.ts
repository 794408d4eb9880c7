// Language choice, translation and printing for the command line. Messages come from
// shared/i18n (cli.json for the CLI's own text, errors.json for the backend's error codes) so the
// CLI says the same thing as the app, in English or Simplified Chinese.
import i18next, { type TFunction } from 'i18next';
import type { ErrorBody, Language } from '../../shared/contract';
import { LANGUAGES } from '../../shared/contract';
import enCli from '../../shared/i18n/locales/en/cli.json';
import zhCli from '../../shared/i18n/locales/zh-CN/cli.json';
import enErrors from '../../shared/i18n/locales/en/errors.json';
import zhErrors from '../../shared/i18n/locales/zh-CN/errors.json';

/** Ends a command with a message already in the user's language. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A procedure answered with an error envelope; printed as the translation of its code. */
export class ProcedureError extends Error {
  readonly body: ErrorBody;
  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ProcedureError';
    this.body = body;
  }
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** `--lang` wins; otherwise the POSIX locale variables, in their usual order of precedence. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface Output {
  readonly language: Language;
  readonly t: TFunction;
  /** A line on stdout. */
  line(text?: string): void;
  /** A line on stderr. */
  warn(text: string): void;
  json(value: unknown): void;
  /** The user-facing text for a backend error: its translation plus any specifics. */
  describeError(error: ErrorBody): string;
  formatDate(iso: string): string;
}

export function createOutput(language: Language, streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process): Output {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: ['cli', 'errors'],
    defaultNS: 'cli',
    resources: {
      en: { cli: enCli, errors: enErrors },
      'zh-CN': { cli: zhCli, errors: zhErrors },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const t = i18n.t.bind(i18n) as TFunction;
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  // The same wording as the app: errors.json holds the message of each code and of its details.
  const describeError = (error: ErrorBody): string => {
    const details = error.details ?? {};
    const key = `errors:${error.code}`;
    const lines = [i18n.exists(key) ? t(key, { ...details }) : error.message];
    for (const issue of details.issues ?? []) {
      const problemKey = `errors:issues.${issue.code}`;
      const problem = i18n.exists(problemKey) ? t(problemKey) : t('errors:issues.generic');
      lines.push(`  ${t('errors:issueLine', { field: issue.path.join('.') || '-', problem })}`);
    }
    if (typeof details.file === 'string') lines.push(t('errors:fileDetail', { file: details.file }));
    if (typeof details.retryAfterMs === 'number') lines.push(t('errors:retryAfter', { count: Math.ceil(details.retryAfterMs / 1000) }));
    return lines.join('\n');
  };

  return {
    language,
    t,
    line: (text = '') => void streams.stdout.write(`${text}\n`),
    warn: (text) => void streams.stderr.write(`${text}\n`),
    json: (value) => void streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    describeError,
    formatDate: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dates.format(date);
    },
  };
}
