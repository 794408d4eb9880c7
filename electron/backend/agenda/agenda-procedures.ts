// The agenda (everything due, across areas), its iCalendar export and the dashboard's figures.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError, type AgendaItem, type ExportResult, type Language } from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/frameworks';
import { daysBetween, todayFrom } from '../frameworks/calendar-dates';
import { computeCoverage } from '../frameworks/coverage';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { Db } from '../workspace/sqlcipher';
import { META } from '../workspace/workspace-session';
import { agendaCalendar } from './agenda-ics';
import { AGENDA_PROVIDERS, type AgendaProvider } from './agenda-providers';
import { DASHBOARD_FIGURES } from './dashboard-figures';

type AgendaProcedure = 'agenda.list' | 'agenda.ics' | 'dashboard.summary';

/** Overdue first (oldest first), then by due date; ties in a fixed order so the list never jumps. */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

export function collectAgenda(db: Db, today: string, providers: readonly AgendaProvider[] = AGENDA_PROVIDERS): AgendaItem[] {
  return providers
    .flatMap((provider) => provider.items(db, today))
    .map(({ id, kind, title, due, link }) => {
      const daysLeft = daysBetween(today, due);
      return { id, kind, title, due, link, overdue: daysLeft < 0, daysLeft };
    })
    .sort(compareAgendaItems);
}

const KIND_TITLES: ReadonlyMap<string, LocalizedText> = new Map(
  AGENDA_PROVIDERS.flatMap((provider): [string, LocalizedText][] => (provider.title ? [[provider.kind, provider.title]] : [])),
);

function exportCalendar(db: Db, today: string, destination: string | undefined): ExportResult {
  const language = ((db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(META.language) as string | undefined) ?? 'en') as Language;
  const content = Buffer.from(agendaCalendar(collectAgenda(db, today), KIND_TITLES, language), 'utf8');
  const fileName = 'custos-agenda.ics';
  const mimeType = 'text/calendar';
  if (destination === undefined) return { fileName, mimeType, bytes: content.length, base64: content.toString('base64') };
  const path = resolve(destination);
  try {
    writeFileSync(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('NOT_FOUND', 'the folder to save the calendar in does not exist', { file: path });
    throw error;
  }
  return { fileName, mimeType, bytes: content.length, path };
}

export function agendaHandlers({ session, options }: HandlerDeps): AreaHandlers<AgendaProcedure> {
  const today = () => todayFrom(options.now);
  return {
    'agenda.list': ({ until, limit }) =>
      session.workspace().read((db) =>
        collectAgenda(db, today())
          .filter((item) => until === undefined || item.due <= until)
          .slice(0, limit),
      ),
    'agenda.ics': ({ destination }) => session.workspace().read((db) => exportCalendar(db, today(), destination)),
    'dashboard.summary': () =>
      session.workspace().read((db) => {
        const day = today();
        const agenda = collectAgenda(db, day);
        return {
          coverage: (['iso27001', 'soc2'] as const).map((framework) => {
            const coverage = computeCoverage(db, framework, {}, day);
            return { framework, applicable: coverage.applicable, covered: coverage.covered, implemented: coverage.byStatus.implemented };
          }),
          overdue: agenda.filter((item) => item.overdue).length,
          dueWithin30Days: agenda.filter((item) => !item.overdue && item.daysLeft <= 30).length,
          openRisksAboveAppetite: DASHBOARD_FIGURES.openRisksAboveAppetite(db),
          openFindings: DASHBOARD_FIGURES.openFindings(db),
        };
      }),
  };
}
