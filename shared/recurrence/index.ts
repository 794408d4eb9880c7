// Recurrence shared by every module: calendar rules (RFC 5545 RRULE in an IANA time zone) and
// "after completion" periods, with due dates, occurrences, descriptions and validation.
export { afterCompletionScheduleSchema, calendarScheduleSchema, isTimeZone, scheduleSchema, validateSchedule } from './schedule';
export type { AfterCompletionSchedule, CalendarSchedule, Schedule, ScheduleIssue } from './schedule';
export { isOverdue, nextDue, occurrencesBetween } from './next-due';
export type { Due, DueContext, Occurrence } from './next-due';
export { describeSchedule, scheduleIssueMessage } from './describe';
export type { RecurrenceLanguage } from './describe';
export { addMonths } from './dates';
export { parseRrule } from './rrule-text';
export type { ParsedRrule, RruleProblem } from './rrule-text';
