// A schedule says when something recurs. Two kinds:
// - `calendar`: an RFC 5545 rule (FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, COUNT, UNTIL) from a
//   start date-time in an IANA time zone ("every quarter on the 1st", "yearly on the last Friday of
//   March");
// - `after_completion`: a period counted from the last time the thing was done ("every 12 months
//   after the last completion"), optionally first due within some days of a start date ("within 30
//   days of joining"). RRULE cannot say this, so it has its own shape.
import { z } from 'zod';
import { parseRrule, type RruleProblem } from './rrule-text';

/** A calendar date, YYYY-MM-DD, optionally with a wall-clock time, YYYY-MM-DDTHH:mm. */
const START = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

export function isValidStart(value: string): boolean {
  const match = START.exec(value);
  if (!match) return false;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/** Whether the running JavaScript engine knows this IANA zone name. */
export function isTimeZone(value: string): boolean {
  if (value.trim() === '' || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const MAX_EVERY_MONTHS = 120;
export const MAX_EVERY_DAYS = 3650;

export const calendarScheduleSchema = z
  .object({
    kind: z.literal('calendar'),
    rrule: z
      .string()
      .max(500)
      .superRefine((value, ctx) => {
        const parsed = parseRrule(value);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem.code, params: { ...parsed.problem } });
      }),
    tzid: z.string().refine(isTimeZone, 'recurrence_tzid'),
    start: z.string().refine(isValidStart, 'recurrence_start'),
  })
  .strict();

export const afterCompletionScheduleSchema = z
  .object({
    kind: z.literal('after_completion'),
    every: z.union([
      z.object({ months: z.number().int().min(1).max(MAX_EVERY_MONTHS) }).strict(),
      z.object({ days: z.number().int().min(1).max(MAX_EVERY_DAYS) }).strict(),
    ]),
    firstDueWithin: z.object({ days: z.number().int().min(0).max(MAX_EVERY_DAYS) }).strict().optional(),
  })
  .strict();

export const scheduleSchema = z.discriminatedUnion('kind', [calendarScheduleSchema, afterCompletionScheduleSchema]);

export type CalendarSchedule = z.infer<typeof calendarScheduleSchema>;
export type AfterCompletionSchedule = z.infer<typeof afterCompletionScheduleSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;

/** One problem with a schedule, for a translated message (see `scheduleIssueMessage`). */
export type ScheduleIssue =
  | (RruleProblem & { path: (string | number)[] })
  | { path: (string | number)[]; code: 'recurrence_tzid' | 'recurrence_start' | 'recurrence_shape'; value?: string };

/** Checks a schedule; returns it parsed, or every problem found with the field it concerns. */
export function validateSchedule(input: unknown): { ok: true; schedule: Schedule } | { ok: false; issues: ScheduleIssue[] } {
  const parsed = scheduleSchema.safeParse(input);
  if (parsed.success) return { ok: true, schedule: parsed.data };
  const issues = parsed.error.issues.map((issue): ScheduleIssue => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const field = path[0];
    if (field === 'rrule' && issue.code === 'custom' && issue.params) return { ...(issue.params as RruleProblem), path };
    if (field === 'tzid' && issue.code === 'custom') return { path, code: 'recurrence_tzid', value: String((input as { tzid?: unknown }).tzid ?? '').slice(0, 64) };
    if (field === 'start' && issue.code === 'custom') return { path, code: 'recurrence_start', value: String((input as { start?: unknown }).start ?? '').slice(0, 40) };
    return { path, code: 'recurrence_shape' };
  });
  return { ok: false, issues };
}
