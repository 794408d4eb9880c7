// Training records (ISO/IEC 27001 A.6.3 awareness, education and training; SOC 2 CC1.4, CC2.2):
// the people list with roles, start and leave dates and managers; courses with audience rules and a
// recurrence; assignments generated from the audience rules; completions with score and evidence;
// overdue and expiring lists and completion rates.
import { z } from 'zod';
import { scheduleSchema } from '../../recurrence/schedule';
import { empty, isoDate, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const COURSE_KINDS = ['security_awareness', 'privacy', 'operating_procedure', 'role_specific'] as const;
export const courseKindSchema = z.enum(COURSE_KINDS);
export type CourseKind = z.infer<typeof courseKindSchema>;

/** Where an assignment stands today: done (completed, next due later than 30 days), due soon, overdue, or pending (not yet done, not yet due soon). */
export const ASSIGNMENT_STATES = ['done', 'due_soon', 'overdue', 'pending'] as const;
export const assignmentStateSchema = z.enum(ASSIGNMENT_STATES);
export type AssignmentState = z.infer<typeof assignmentStateSchema>;

/** Days ahead in which a due date counts as "expiring soon". */
export const EXPIRING_WITHIN_DAYS = 30;

export const trainingPersonInputSchema = z
  .object({
    name: nonEmpty(200),
    email: z.union([z.literal(''), z.string().trim().email().max(254)]),
    department: trimmed(200),
    // Optional, so a person can be added where only the name, e-mail and department are asked
    // (the policy acknowledgements).
    role: trimmed(200).default(''),
    startDate: isoDate.nullable().default(null),
    leaveDate: isoDate.nullable().default(null),
    managerId: recordId.nullable().default(null),
  })
  .strict();
export type TrainingPersonInput = z.infer<typeof trainingPersonInputSchema>;
export const trainingPersonSchema = trainingPersonInputSchema.extend({
  id: z.string(),
  managerName: z.string().nullable(),
  /** Whether the person has left (a leave date on or before today). */
  left: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrainingPerson = z.infer<typeof trainingPersonSchema>;

/** Who a course is for: anyone matching one of the rules (all staff, a department, a role, or a new joiner). */
export const audienceSchema = z
  .object({
    allStaff: z.boolean(),
    departments: z.array(nonEmpty(200)).max(200),
    roles: z.array(nonEmpty(200)).max(200),
    /** New joiners: people who started within this many days get the course, due this many days after their start. */
    newJoinersWithinDays: z.number().int().min(1).max(365).nullable(),
  })
  .strict();
export type Audience = z.infer<typeof audienceSchema>;

export const materialSchema = z.object({ label: nonEmpty(200), url: z.string().trim().url().max(2000) }).strict();

export const courseInputSchema = z
  .object({
    title: nonEmpty(200),
    kind: courseKindSchema,
    description: trimmed(4000),
    audience: audienceSchema,
    schedule: scheduleSchema,
    /** Percent; null when the course has no test. */
    passingScore: z.number().int().min(0).max(100).nullable(),
    materials: z.array(materialSchema).max(50),
  })
  .strict();
export type CourseInput = z.infer<typeof courseInputSchema>;
export const courseSchema = courseInputSchema.extend({
  id: z.string(),
  openAssignments: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Course = z.infer<typeof courseSchema>;

export const assignmentSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  personId: z.string(),
  personName: z.string(),
  department: z.string(),
  status: z.enum(['open', 'closed']),
  state: assignmentStateSchema,
  assignedOn: z.string(),
  dueOn: z.string().nullable(),
  lastCompletedOn: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const generationResultSchema = z.object({
  created: z.number().int(),
  reopened: z.number().int(),
  closed: z.number().int(),
  open: z.number().int(),
});
export type GenerationResult = z.infer<typeof generationResultSchema>;

export const completionInputSchema = z
  .object({
    personId: recordId,
    courseId: recordId,
    completedOn: isoDate,
    score: z.number().int().min(0).max(100).nullable(),
    evidenceFileId: recordId.nullable(),
    certificateRef: trimmed(200),
  })
  .strict();
export type CompletionInput = z.infer<typeof completionInputSchema>;
export const completionSchema = completionInputSchema.extend({
  id: z.string(),
  courseTitle: z.string(),
  personName: z.string(),
  passed: z.boolean(),
  recordedAt: z.string(),
});
export type Completion = z.infer<typeof completionSchema>;

export const rateSchema = z.object({ key: z.string(), label: z.string(), total: z.number().int(), done: z.number().int(), rate: z.number() });
export type Rate = z.infer<typeof rateSchema>;
export const monthlyRateSchema = z.object({ month: z.string(), total: z.number().int(), done: z.number().int(), rate: z.number() });
export type MonthlyRate = z.infer<typeof monthlyRateSchema>;

const byId = z.object({ id: recordId }).strict();
const deleted = z.object({ deleted: z.literal(true) });

export const trainingProcedures = {
  'training.people.list': procedure({ input: empty, output: z.array(trainingPersonSchema), permission: 'workspace.read', summary: 'Everyone on the people list, with role, dates and manager.' }),
  'training.people.create': procedure({ input: trainingPersonInputSchema, output: trainingPersonSchema, permission: 'workspace.write', summary: 'Add a person.' }),
  'training.people.update': procedure({
    input: z.object({ id: recordId, person: trainingPersonInputSchema }).strict(),
    output: trainingPersonSchema,
    permission: 'workspace.write',
    summary: 'Change a person (a leave date closes their open assignments at the next generation).',
  }),
  'training.people.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a person entered by mistake (refused once they have training or acknowledgements).' }),
  'training.courses.list': procedure({ input: empty, output: z.array(courseSchema), permission: 'workspace.read', summary: 'Courses with their audience, recurrence and counts.' }),
  'training.courses.create': procedure({ input: courseInputSchema, output: courseSchema, permission: 'workspace.write', summary: 'Add a course.' }),
  'training.courses.update': procedure({ input: z.object({ id: recordId, course: courseInputSchema }).strict(), output: courseSchema, permission: 'workspace.write', summary: 'Change a course.' }),
  'training.courses.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a course without completions.' }),
  'training.assignments.generate': procedure({
    input: empty,
    output: generationResultSchema,
    permission: 'workspace.write',
    summary: 'Recompute assignments from the audience rules: create, reopen and close; due dates from the recurrence.',
  }),
  'training.assignments.list': procedure({
    input: z
      .object({ courseId: recordId.optional(), personId: recordId.optional(), state: assignmentStateSchema.optional(), limit: z.number().int().min(1).max(20000).optional() })
      .strict(),
    output: z.array(assignmentSchema),
    permission: 'workspace.read',
    summary: 'Open assignments, soonest due first.',
  }),
  'training.completions.record': procedure({ input: completionInputSchema, output: completionSchema, permission: 'workspace.write', summary: 'Record a completion; a pass advances the next due date.' }),
  'training.completions.list': procedure({
    input: z.object({ courseId: recordId.optional(), personId: recordId.optional() }).strict(),
    output: z.array(completionSchema),
    permission: 'workspace.read',
    summary: 'Completions, newest first.',
  }),
  'training.rates': procedure({
    input: empty,
    output: z.object({ today: z.string(), total: z.number().int(), done: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int(), byDepartment: z.array(rateSchema), byCourse: z.array(rateSchema) }),
    permission: 'workspace.read',
    summary: 'Completion rates overall, by department and by course.',
  }),
  'training.rates.monthly': procedure({ input: empty, output: z.array(monthlyRateSchema), permission: 'workspace.read', summary: 'The completion rate at the end of each of the last 12 months.' }),
} as const;
