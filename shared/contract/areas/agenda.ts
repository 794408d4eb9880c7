// Everything with a due date across the workspace, overdue first; every module contributes through
// one provider interface in the backend. Also the dashboard's figures.
import { z } from 'zod';
import { empty, exportResultSchema, frameworkSchema, isoDate, procedure } from '../procedure';

/** Each module adds its kinds; the UI translates `agenda.kind.<kind>`. */
export const agendaItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** Record text (a control id, a risk's title …); the UI puts it after the translated kind. */
  title: z.string(),
  due: isoDate,
  overdue: z.boolean(),
  daysLeft: z.number().int(),
  /** Where the item lives: a screen name and its parameters. */
  link: z.object({ screen: z.string(), params: z.record(z.string(), z.string()) }),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaProcedures = {
  'agenda.list': procedure({
    input: z.object({ until: isoDate.optional(), limit: z.number().int().min(1).max(5000).default(500) }).strict(),
    output: z.array(agendaItemSchema),
    permission: 'workspace.read',
    summary: 'Everything due, overdue first, then by date.',
  }),
  'agenda.ics': procedure({
    input: z.object({ destination: z.string().min(1).max(4096).optional() }).strict(),
    output: exportResultSchema,
    permission: 'workspace.read',
    summary: 'The agenda as an iCalendar (.ics) file.',
  }),
  'dashboard.summary': procedure({
    input: empty,
    output: z.object({
      coverage: z.array(z.object({ framework: frameworkSchema, applicable: z.number().int(), covered: z.number().int(), implemented: z.number().int() })),
      overdue: z.number().int(),
      dueWithin30Days: z.number().int(),
      openRisksAboveAppetite: z.number().int(),
      openFindings: z.number().int(),
    }),
    permission: 'workspace.read',
    summary: 'The home dashboard’s figures.',
  }),
} as const;
