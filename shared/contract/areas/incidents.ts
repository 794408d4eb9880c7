// The incident register (ISO/IEC 27001 A.5.24–A.5.28, A.6.8; SOC 2 CC7.3–CC7.5) with breach clocks:
// for a personal-data breach, the notifications each applicable law requires (GDPR Arts 33–34,
// Cal. Civ. Code 1798.82, PIPL Art 57), computed by shared/deadlines in the organisation's time zone,
// and the breach register of GDPR Art 33(5).
import { z } from 'zod';
import { empty, exportResultSchema, isoDate, isoDateTime, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const incidentSeveritySchema = z.enum(INCIDENT_SEVERITIES);
export type IncidentSeverity = z.infer<typeof incidentSeveritySchema>;
export const INCIDENT_STATUSES = ['open', 'contained', 'closed'] as const;
export const incidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;
/** GDPR Art 34(3): (a) data unintelligible (encrypted), (b) later measures removed the high risk, (c) disproportionate effort. */
export const ART34_EXEMPTIONS = ['a', 'b', 'c'] as const;
export const BREACH_LAWS = ['gdpr', 'ccpa', 'pipl'] as const;
export const breachLawSchema = z.enum(BREACH_LAWS);
export type BreachLaw = z.infer<typeof breachLawSchema>;
export const NOTIFICATION_KEYS = ['notify_authority', 'notify_subjects', 'notify_residents', 'notify_attorney_general'] as const;
export const notificationKeySchema = z.enum(NOTIFICATION_KEYS);
export type NotificationKey = z.infer<typeof notificationKeySchema>;
/** Who a clock's notification goes to, by law and clock. */
export const NOTIFICATION_RECIPIENTS = ['authority', 'data_subjects', 'california_residents', 'attorney_general', 'pipl_authority', 'individuals'] as const;
export type NotificationRecipient = (typeof NOTIFICATION_RECIPIENTS)[number];
export const CLOCK_STATES = ['sent', 'not_needed', 'overdue', 'due', 'no_fixed_time'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

const count = z.number().int().min(0).max(10_000_000_000).nullable();

export const incidentInputSchema = z
  .object({
    title: nonEmpty(300),
    description: trimmed(5000),
    detectedAt: isoDateTime,
    /** When the organisation became aware of it: the breach clocks start here. */
    becameAwareAt: isoDateTime,
    reporter: trimmed(200),
    severity: incidentSeveritySchema,
    systemIds: z.array(recordId).max(500),
    personalDataBreach: z.boolean(),
    estimatedPeople: count,
    estimatedRecords: count,
    californiaResidents: count,
    /** Likely to result in a high risk to people (GDPR Art 34(1)); null until assessed. */
    highRisk: z.boolean().nullable(),
    riskReasoning: trimmed(5000),
    exemption: z.enum(ART34_EXEMPTIONS).nullable(),
    exemptionReasoning: trimmed(5000),
    effects: trimmed(5000),
    remedialAction: trimmed(5000),
  })
  .strict()
  .refine((input) => input.exemption === null || input.exemptionReasoning !== '', { path: ['exemptionReasoning'], message: 'exemption_reasoning_required' })
  .refine((input) => new Date(input.becameAwareAt) >= new Date(input.detectedAt), {
    path: ['becameAwareAt'],
    message: 'aware_before_detected',
  });
export type IncidentInput = z.infer<typeof incidentInputSchema>;

export const breachClockSchema = z.object({
  law: breachLawSchema,
  key: notificationKeySchema,
  recipient: z.enum(NOTIFICATION_RECIPIENTS),
  /** The last moment (UTC); null where the law sets no fixed time ("without undue delay"). */
  due: z.string().nullable(),
  basis: z.string(),
  immediate: z.boolean(),
  condition: z.enum(['high_risk', 'more_than_500_residents']).optional(),
  state: z.enum(CLOCK_STATES),
  sentAt: z.string().nullable(),
  content: z.string(),
  reference: z.string(),
  reason: z.string(),
  recordedAt: z.string().nullable(),
});
export type BreachClock = z.infer<typeof breachClockSchema>;

export const timelineEntrySchema = z.object({ id: z.string(), at: z.string(), actor: z.string(), action: z.string() });

export const incidentDerivedSchema = z.object({
  dataCategories: z.array(z.object({ id: z.string(), name: z.string(), sensitivity: z.array(z.string()) })),
  sensitivity: z.array(z.string()),
  activities: z.array(z.object({ id: z.string(), name: z.string() })),
  subjectCategories: z.array(z.object({ id: z.string(), name: z.string(), includesMinors: z.boolean() })),
  jurisdictions: z.array(breachLawSchema),
  /** The sum of the volume estimates of the activities using the systems (a hint for the people affected). */
  inventoryVolume: z.number().int(),
});
export type IncidentDerived = z.infer<typeof incidentDerivedSchema>;

/** A checklist step's state: open, done (who, when) or skipped (with the reason). */
export const CHECKLIST_STATES = ['open', 'done', 'skipped'] as const;
export const checklistStepSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  role: z.string(),
  /** Minutes from awareness; null where the runbook sets no target. */
  targetMinutes: z.number().int().nullable(),
  /** Awareness + target (UTC); null without a target. */
  due: z.string().nullable(),
  /** Open past its due time. */
  overdue: z.boolean(),
  /** The runbook step's decision point as copied (question and where each answer leads). */
  decision: z.unknown().nullable(),
  state: z.enum(CHECKLIST_STATES),
  doneByPersonId: z.string().nullable(),
  doneBy: z.string(),
  doneAt: z.string().nullable(),
  note: z.string(),
  skippedReason: z.string(),
});
export type ChecklistStep = z.infer<typeof checklistStepSchema>;

export const incidentChecklistSchema = z.object({
  runbookId: z.string(),
  runbookVersionId: z.string(),
  copiedAt: z.string(),
  steps: z.array(checklistStepSchema),
});
export type IncidentChecklist = z.infer<typeof incidentChecklistSchema>;

/** The post-incident review (ISO/IEC 27001 A.5.27, lessons learned). */
export const incidentReviewInputSchema = z
  .object({
    rootCause: nonEmpty(5000),
    contributingFactors: trimmed(5000),
    lessonsLearned: nonEmpty(5000),
    wentWell: trimmed(5000),
    reviewedBy: nonEmpty(200),
    reviewedAt: isoDateTime,
  })
  .strict();
export type IncidentReviewInput = z.infer<typeof incidentReviewInputSchema>;
export const incidentReviewSchema = z.object({
  id: z.string(),
  rootCause: z.string(),
  contributingFactors: z.string(),
  lessonsLearned: z.string(),
  wentWell: z.string(),
  reviewedBy: z.string(),
  reviewedAt: z.string(),
  updatedAt: z.string(),
});
export type IncidentReview = z.infer<typeof incidentReviewSchema>;

export const INCIDENT_ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const incidentActionStatusSchema = z.enum(INCIDENT_ACTION_STATUSES);
export type IncidentActionStatus = z.infer<typeof incidentActionStatusSchema>;
export const incidentActionInputSchema = z
  .object({ description: nonEmpty(2000), owner: trimmed(200), dueDate: isoDate, status: incidentActionStatusSchema })
  .strict();
export type IncidentActionInput = z.infer<typeof incidentActionInputSchema>;
export const incidentActionSchema = z.object({
  id: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  status: incidentActionStatusSchema,
  completedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type IncidentAction = z.infer<typeof incidentActionSchema>;

/**
 * Notification letters: GDPR Art 33(3) to the supervisory authority, Art 34 to data subjects, the
 * California "Notice of Data Breach" (Cal. Civ. Code 1798.82(d)) and the PIPL Art 57 notice.
 */
export const BREACH_LETTER_KINDS = ['gdpr_authority', 'gdpr_subjects', 'california_notice', 'pipl_notice'] as const;
export const breachLetterKindSchema = z.enum(BREACH_LETTER_KINDS);
export type BreachLetterKind = z.infer<typeof breachLetterKindSchema>;
export const breachLetterLanguageSchema = z.enum(['en', 'zh-CN']);
export type BreachLetterLanguage = z.infer<typeof breachLetterLanguageSchema>;

/** The letter that answers a clock. */
export function letterKindForClock(law: BreachLaw, key: NotificationKey): BreachLetterKind {
  if (law === 'pipl') return 'pipl_notice';
  if (law === 'ccpa') return 'california_notice';
  return key === 'notify_authority' ? 'gdpr_authority' : 'gdpr_subjects';
}

/** The reader's language unless chosen: Chinese for a PIPL notice, English otherwise. */
export function defaultLetterLanguage(kind: BreachLetterKind): BreachLetterLanguage {
  return kind === 'pipl_notice' ? 'zh-CN' : 'en';
}

export const incidentSchema = z.object({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  description: z.string(),
  detectedAt: z.string(),
  becameAwareAt: z.string(),
  reporter: z.string(),
  severity: incidentSeveritySchema,
  status: incidentStatusSchema,
  containedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  personalDataBreach: z.boolean(),
  estimatedPeople: z.number().int().nullable(),
  estimatedRecords: z.number().int().nullable(),
  californiaResidents: z.number().int().nullable(),
  highRisk: z.boolean().nullable(),
  riskReasoning: z.string(),
  exemption: z.enum(ART34_EXEMPTIONS).nullable(),
  exemptionReasoning: z.string(),
  effects: z.string(),
  remedialAction: z.string(),
  systems: z.array(z.object({ id: z.string(), name: z.string(), exists: z.boolean() })),
  derived: incidentDerivedSchema,
  timeZone: z.string(),
  clocks: z.array(breachClockSchema),
  timeline: z.array(timelineEntrySchema),
  /** Files of the evidence library linked to the incident. */
  evidenceFiles: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), linkedAt: z.string() })),
  /** The runbook steps copied for this incident; null until a runbook is chosen. */
  checklist: incidentChecklistSchema.nullable(),
  review: incidentReviewSchema.nullable(),
  actions: z.array(incidentActionSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentSummarySchema = z.object({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  severity: incidentSeveritySchema,
  status: incidentStatusSchema,
  personalDataBreach: z.boolean(),
  detectedAt: z.string(),
  /** The earliest open clock (overdue ones included); null when none is open. */
  nextClock: breachClockSchema.nullable(),
  openClocks: z.number().int(),
});
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

export const breachRegisterEntrySchema = z.object({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  becameAwareAt: z.string(),
  status: incidentStatusSchema,
  description: z.string(),
  dataCategories: z.array(z.string()),
  subjectCategories: z.array(z.string()),
  jurisdictions: z.array(breachLawSchema),
  estimatedPeople: z.number().int().nullable(),
  estimatedRecords: z.number().int().nullable(),
  highRisk: z.boolean().nullable(),
  riskReasoning: z.string(),
  exemption: z.enum(ART34_EXEMPTIONS).nullable(),
  exemptionReasoning: z.string(),
  effects: z.string(),
  remedialAction: z.string(),
  notifications: z.array(breachClockSchema),
});
export type BreachRegisterEntry = z.infer<typeof breachRegisterEntrySchema>;

export const incidentFiguresSchema = z.object({
  openIncidents: z.number().int(),
  openClocks: z.number().int(),
  overdueClocks: z.number().int(),
  /** Incidents whose awareness falls in the current calendar year (organisation's time zone), by severity. */
  thisYearBySeverity: z.object({ low: z.number().int(), medium: z.number().int(), high: z.number().int(), critical: z.number().int() }),
  openRequests: z.number().int(),
  overdueRequests: z.number().int(),
  openActions: z.number().int(),
});
export type IncidentFigures = z.infer<typeof incidentFiguresSchema>;

const byId = z.object({ id: recordId }).strict();
const stepRef = { id: recordId, stepId: recordId };
const doneBy = { personId: recordId.nullable(), doneBy: trimmed(200) };
const clockRef = { id: recordId, law: breachLawSchema, key: notificationKeySchema };

export const incidentsProcedures = {
  'incidents.list': procedure({ input: empty, output: z.array(incidentSummarySchema), permission: 'workspace.read', summary: 'Incidents, newest first, with their next breach clock.' }),
  'incidents.get': procedure({ input: byId, output: incidentSchema, permission: 'workspace.read', summary: 'One incident with what it touched, its timeline and its breach clocks.' }),
  'incidents.create': procedure({ input: incidentInputSchema, output: incidentSchema, permission: 'workspace.write', summary: 'Open an incident.' }),
  'incidents.update': procedure({
    input: z.object({ id: recordId, incident: incidentInputSchema }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Change an incident’s facts and breach assessment.',
  }),
  'incidents.setStatus': procedure({
    input: z.object({ id: recordId, status: incidentStatusSchema }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Move an incident: open → contained → closed (or back to open).',
  }),
  'incidents.timeline.add': procedure({
    input: z.object({ id: recordId, at: isoDateTime, actor: nonEmpty(200), action: nonEmpty(2000) }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Add an action to the incident’s timeline.',
  }),
  'incidents.notifications.record': procedure({
    input: z.object({ ...clockRef, sentAt: isoDateTime, content: trimmed(10_000), reference: trimmed(300) }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Record a notification sent; its clock is done.',
  }),
  'incidents.notifications.notNeeded': procedure({
    input: z.object({ ...clockRef, reason: nonEmpty(5000) }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Record why a notification is not needed (e.g. GDPR Art 34(3)(a)).',
  }),
  'incidents.notifications.clear': procedure({
    input: z.object(clockRef).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Undo a notification recorded by mistake; its clock runs again.',
  }),
  'incidents.evidence.link': procedure({
    input: z.object({ id: recordId, fileId: recordId }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Keep a file of the evidence library as evidence of the incident.',
  }),
  'incidents.evidence.unlink': procedure({
    input: z.object({ id: recordId, fileId: recordId }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Remove a file from the incident’s evidence (the file stays in the library).',
  }),
  'incidents.checklist.choose': procedure({
    input: z.object({ id: recordId, runbookId: z.string().min(1).max(100) }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Copy the approved version of a runbook into the incident’s checklist.',
  }),
  'incidents.checklist.tick': procedure({
    input: z.object({ ...stepRef, ...doneBy, doneAt: isoDateTime, note: trimmed(2000) }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Mark a checklist step done: who and when; the timeline records it.',
  }),
  'incidents.checklist.skip': procedure({
    input: z.object({ ...stepRef, ...doneBy, reason: nonEmpty(2000) }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Skip a checklist step, with the reason.',
  }),
  'incidents.checklist.reopen': procedure({
    input: z.object(stepRef).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Undo a step marked done or skipped by mistake.',
  }),
  'incidents.letters.draft': procedure({
    input: z.object({ id: recordId, kind: breachLetterKindSchema, language: breachLetterLanguageSchema.optional() }).strict(),
    output: z.object({ kind: breachLetterKindSchema, language: breachLetterLanguageSchema, text: z.string() }),
    permission: 'workspace.read',
    summary: 'A breach notification letter filled from the incident, in the reader’s language.',
  }),
  'incidents.review.save': procedure({
    input: z.object({ id: recordId, review: incidentReviewInputSchema }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Record or change the post-incident review (root cause, lessons learned).',
  }),
  'incidents.actions.add': procedure({
    input: z.object({ id: recordId, action: incidentActionInputSchema }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Add a corrective action decided in the review; open ones are on the agenda.',
  }),
  'incidents.actions.update': procedure({
    input: z.object({ id: recordId, actionId: recordId, action: incidentActionInputSchema }).strict(),
    output: incidentSchema,
    permission: 'workspace.write',
    summary: 'Change a corrective action or its status.',
  }),
  'incidents.figures': procedure({
    input: empty,
    output: incidentFiguresSchema,
    permission: 'workspace.read',
    summary: 'Dashboard figures: open incidents and breach clocks, this year’s incidents by severity, open requests.',
  }),
  'incidents.register': procedure({
    input: empty,
    output: z.array(breachRegisterEntrySchema),
    permission: 'workspace.read',
    summary: 'The breach register (GDPR Art 33(5)): every personal-data breach, notified or not.',
  }),
  'incidents.register.export': procedure({
    input: z.object({ format: z.enum(['xlsx', 'csv']), destination: z.string().min(1).max(4096).optional() }).strict(),
    output: exportResultSchema,
    permission: 'workspace.read',
    summary: 'The breach register as XLSX or CSV, in the workspace’s language.',
  }),
} as const;
