// `custos deadline <gdpr|ccpa|pipl> <request-type|breach> <ISO date-time>`: every due date the app
// would set for a request or a breach, as UTC instants, so the rules can be checked without the UI.
import { Argument, Option, type Command } from 'commander';
import { isKnownTimeZone } from '../../../shared/deadlines/calendar';
import { breachDeadlines, DEADLINE_LAWS, REQUEST_TYPES, requestDeadlines, type Deadline, type DeadlineLaw, type RequestType } from '../../../shared/deadlines/deadline-rules';
import type { CliContext } from '../backend-client';
import { CliError } from '../output';

interface DeadlineOptions {
  tz: string;
  residents?: string;
  residentsNotified?: string;
  json?: boolean;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function registerDeadline(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  program
    .command('deadline')
    .description(t('commands.deadline'))
    .addArgument(new Argument('<law>', t('deadline.arguments.law')).choices(DEADLINE_LAWS))
    .argument('<kind>', t('deadline.arguments.kind'))
    .argument('<at>', t('deadline.arguments.at'))
    .addOption(new Option('--tz <zone>', t('deadline.options.tz')).default('UTC'))
    .option('--residents <count>', t('deadline.options.residents'))
    .option('--residents-notified <at>', t('deadline.options.residentsNotified'))
    .option('--json', t('options.json'))
    .action((law: DeadlineLaw, kind: string, at: string, options: DeadlineOptions) => {
      const instant = parseInstant(at, 'at');
      if (!isKnownTimeZone(options.tz)) throw new CliError(t('deadline.errors.timeZone', { value: options.tz }), 2);
      const types = REQUEST_TYPES[law] as readonly string[];
      if (kind !== 'breach' && !types.includes(kind)) {
        throw new CliError(t('deadline.errors.kind', { value: kind, law, choices: [...types, 'breach'].join(', ') }), 2);
      }
      let residents: number | undefined;
      if (options.residents !== undefined) {
        residents = Number(options.residents);
        if (!Number.isInteger(residents) || residents < 0) throw new CliError(t('deadline.errors.residents', { value: options.residents }), 2);
      }
      const deadlines =
        kind === 'breach'
          ? breachDeadlines(
              law,
              instant,
              { californiaResidents: residents, residentsNotifiedAt: options.residentsNotified ? parseInstant(options.residentsNotified, 'residentsNotified') : undefined },
              { timeZone: options.tz },
            )
          : requestDeadlines(law, kind as RequestType, instant, { timeZone: options.tz });
      if (options.json) {
        output.json({ law, kind, at: instant.toISOString(), timeZone: options.tz, deadlines });
        return;
      }
      for (const deadline of deadlines) output.line(describe(deadline, t));
    });

  function parseInstant(value: string, field: string): Date {
    const date = ISO_DATE_TIME.test(value) ? new Date(/T.*(Z|[+-]\d{2}:\d{2})$/.test(value) || !value.includes('T') ? value : `${value}Z`) : new Date(NaN);
    if (Number.isNaN(date.getTime())) throw new CliError(t('deadline.errors.dateTime', { field, value }), 2);
    return date;
  }
}

function describe(deadline: Deadline, t: CliContext['output']['t']): string {
  const when = deadline.immediate ? t('deadline.immediately', { at: deadline.due }) : (deadline.due ?? t('deadline.withoutUndueDelay'));
  const notes = [
    deadline.condition ? t(`deadline.condition.${deadline.condition}`) : null,
    deadline.calendarIncomplete ? t('deadline.calendarIncomplete') : null,
  ].filter((note): note is string => note !== null);
  return [t(`deadline.key.${deadline.key}`).padEnd(28), when.padEnd(26), deadline.basis, ...notes.map((note) => `(${note})`)].join('  ').trimEnd();
}
