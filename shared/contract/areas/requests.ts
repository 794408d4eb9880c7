// The data-subject request register (GDPR Arts 12, 15–22 and 7(3); CCPA 1798.100–.130; PIPL Arts
// 44–50) and the privacy complaints log (SOC 2 P8.1): requests with their legal clocks, identity
// verification, the systems to search, letters to the requester, and minimisation after closure.
//
// The laws' request types and the deadline rules live in shared/deadlines (used by the backend); the
// contract names the types as strings and `requests.types` lists them per law for the UI.
import { z } from 'zod';
import { empty, isoDate, isoDateTime, nonEmpty, procedure, recordId, trimmed } from '../procedure';

/** The same laws as the deadline rules' DEADLINE_LAWS (the backend checks they agree at start-up). */
export const REQUEST_LAWS = ['gdpr', 'ccpa', 'pipl'] as const;
export const requestLawSchema = z.enum(REQUEST_LAWS);
export type RequestLaw = z.infer<typeof requestLawSchema>;
/** A request type of the law (`access`, `know` …); the backend checks it against the law's list. */
export const requestTypeSchema = z.string().regex(/^[a-z_]{1,40}$/);

export const REQUEST_CHANNELS = ['email', 'web_form', 'phone', 'letter', 'in_person', 'agent'] as const;
export const requestChannelSchema = z.enum(REQUEST_CHANNELS);
/** Who makes the request: the subject, an authorised agent (CCPA 1798.135), a parent or guardian, or a close relative of a deceased person (PIPL Art 49). */
export const REQUESTER_RELATIONSHIPS = ['self', 'authorised_agent', 'parent_guardian', 'close_relative_deceased'] as const;
export const requesterRelationshipSchema = z.enum(REQUESTER_RELATIONSHIPS);
export const LETTER_LANGUAGES = ['en', 'zh-CN'] as const;
export const letterLanguageSchema = z.enum(LETTER_LANGUAGES);

export const REQUEST_STATUSES = ['received', 'verifying', 'in_progress', 'extended', 'responded', 'refused', 'withdrawn', 'closed'] as const;
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof requestStatusSchema>;
/** Statuses in which the legal clock runs. */
export const OPEN_REQUEST_STATUSES = ['received', 'verifying', 'in_progress', 'extended'] as const satisfies readonly RequestStatus[];

export const VERIFICATION_METHODS = ['account_login', 'email_confirmation', 'id_document', 'knowledge_questions', 'agent_authorisation', 'other'] as const;
export const VERIFICATION_OUTCOMES = ['passed', 'failed', 'pending'] as const;
export const REFUSAL_REASONS = ['manifestly_unfounded', 'excessive', 'identity_not_verified', 'exemption', 'other'] as const;
export const LETTER_KINDS = ['acknowledgement', 'extension', 'response', 'refusal'] as const;
export const letterKindSchema = z.enum(LETTER_KINDS);
export type LetterKind = z.infer<typeof letterKindSchema>;

export const deadlineSchema = z.object({
  /** confirm_receipt, respond, extension_notice or respond_extended. */
  key: z.string(),
  due: z.string().nullable(),
  basis: z.string(),
  immediate: z.boolean(),
  condition: z.enum(['high_risk', 'more_than_500_residents']).optional(),
  calendarIncomplete: z.boolean().optional(),
});

export const requestInputSchema = z
  .object({
    receivedAt: isoDateTime,
    channel: requestChannelSchema,
    law: requestLawSchema,
    type: requestTypeSchema,
    /** The language the requester wrote in; letters are drafted in it. */
    language: letterLanguageSchema,
    // Only what is needed to answer and to verify: a name, one contact point, and on whose behalf.
    requesterName: nonEmpty(200),
    requesterContact: nonEmpty(300),
    relationship: requesterRelationshipSchema,
    subjectCategoryId: recordId.nullable(),
    details: trimmed(4000),
  })
  .strict();
export type RequestInput = z.infer<typeof requestInputSchema>;

export const verificationStepSchema = z.object({
  id: z.string(),
  method: z.enum(VERIFICATION_METHODS),
  performedOn: z.string(),
  outcome: z.enum(VERIFICATION_OUTCOMES),
  note: z.string(),
  createdAt: z.string(),
});
export const requestSystemSchema = z.object({
  systemId: z.string(),
  systemName: z.string(),
  /** The processing activities that led to this system (inventory: activity → subject category, systems). */
  activities: z.array(z.string()),
  searched: z.boolean(),
  found: z.boolean().nullable(),
  actionTaken: z.string(),
  doneBy: z.string(),
  doneOn: z.string().nullable(),
});
export const requestLetterSchema = z.object({
  id: z.string(),
  kind: letterKindSchema,
  language: letterLanguageSchema,
  content: z.string(),
  sentAt: z.string(),
});

export const requestSummarySchema = z.object({
  id: z.string(),
  ref: z.string(),
  law: requestLawSchema,
  type: z.string(),
  status: requestStatusSchema,
  channel: requestChannelSchema,
  receivedAt: z.string(),
  requesterName: z.string(),
  subjectCategoryId: z.string().nullable(),
  subjectCategoryName: z.string().nullable(),
  /** The respond deadline now in force (respond_extended after an extension). */
  respondDue: z.string().nullable(),
  /** CCPA: confirm receipt within 10 business days; null once confirmed or where not required. */
  confirmDue: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  extended: z.boolean(),
  closedAt: z.string().nullable(),
  redactedAt: z.string().nullable(),
  /** When the requester's details may be redacted (closure + retention), YYYY-MM-DD. */
  redactionDueOn: z.string().nullable(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestTimelineEntrySchema = z.object({ at: z.string(), event: z.string(), detail: z.string() });

export const requestSchema = requestSummarySchema.extend({
  language: letterLanguageSchema,
  requesterContact: z.string(),
  relationship: requesterRelationshipSchema,
  details: z.string(),
  deadlines: z.array(deadlineSchema),
  timeZone: z.string(),
  extension: z.object({ reason: z.string(), noticeSentAt: z.string() }).nullable(),
  respondedAt: z.string().nullable(),
  refusal: z.object({ reason: z.enum(REFUSAL_REASONS), explanation: z.string(), refusedAt: z.string() }).nullable(),
  withdrawal: z.object({ withdrawnAt: z.string(), note: z.string() }).nullable(),
  verifications: z.array(verificationStepSchema),
  systems: z.array(requestSystemSchema),
  letters: z.array(requestLetterSchema),
  timeline: z.array(requestTimelineEntrySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DataSubjectRequest = z.infer<typeof requestSchema>;

export const requestSettingsSchema = z
  .object({
    /** Months after closure until the requester's name and contact may be redacted. */
    redactionRetentionMonths: z.number().int().min(0).max(240),
  })
  .strict();
export type RequestSettings = z.infer<typeof requestSettingsSchema>;

export const CALENDAR_REGIONS = ['china', 'california'] as const;
export const calendarRegionSchema = z.enum(CALENDAR_REGIONS);
const yearSchema = z.number().int().min(2000).max(2100);
const calendarDaysSchema = z.object({
  holidays: z.array(z.string()),
  /** China only: weekend days that are worked (调休上班). */
  workedWeekendDays: z.array(z.string()),
  /** Whether the workspace replaced the shipped calendar for this year. */
  customised: z.boolean(),
  /** Whether the calendar knows this year's holidays at all (else only weekends are skipped). */
  known: z.boolean(),
});
export const requestCalendarsSchema = z.object({ year: z.number().int(), china: calendarDaysSchema, california: calendarDaysSchema });
export type RequestCalendars = z.infer<typeof requestCalendarsSchema>;

export const COMPLAINT_CHANNELS = REQUEST_CHANNELS;
export const COMPLAINT_TOPICS = ['request_handling', 'data_use', 'marketing', 'security', 'accuracy', 'other'] as const;
export const complaintInputSchema = z
  .object({
    /** Complaint or inquiry (SOC 2 P8.1 covers both). */
    kind: z.enum(['complaint', 'inquiry']),
    receivedOn: isoDate,
    channel: z.enum(COMPLAINT_CHANNELS),
    topic: z.enum(COMPLAINT_TOPICS),
    summary: nonEmpty(4000),
    resolution: trimmed(4000),
    closedOn: isoDate.nullable(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.closedOn !== null && input.closedOn < input.receivedOn) ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'closed_before_received' });
    if (input.closedOn !== null && input.resolution === '') ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'required' });
  });
export type ComplaintInput = z.infer<typeof complaintInputSchema>;
export const complaintSchema = z.object({
  id: z.string(),
  ref: z.string(),
  kind: z.enum(['complaint', 'inquiry']),
  receivedOn: z.string(),
  channel: z.enum(COMPLAINT_CHANNELS),
  topic: z.enum(COMPLAINT_TOPICS),
  summary: z.string(),
  resolution: z.string(),
  closedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Complaint = z.infer<typeof complaintSchema>;

const byId = z.object({ id: recordId }).strict();
const letterText = trimmed(20_000);

export const requestsProcedures = {
  'requests.types': procedure({
    input: empty,
    output: z.object({ gdpr: z.array(z.string()), ccpa: z.array(z.string()), pipl: z.array(z.string()) }),
    permission: 'workspace.read',
    summary: 'The request types of each law.',
  }),
  'requests.settings.get': procedure({ input: empty, output: requestSettingsSchema, permission: 'workspace.read', summary: 'The redaction retention period (the time zone the clocks count in is the organisation profile’s).' }),
  'requests.settings.update': procedure({
    input: requestSettingsSchema.partial().strict(),
    output: requestSettingsSchema,
    permission: 'workspace.write',
    summary: 'Change the redaction retention period.',
  }),
  'requests.calendars.get': procedure({ input: z.object({ year: yearSchema }).strict(), output: requestCalendarsSchema, permission: 'workspace.read', summary: 'China’s and California’s working-day calendars for a year.' }),
  'requests.calendars.update': procedure({
    input: z
      .object({ year: yearSchema, region: calendarRegionSchema, holidays: z.array(isoDate).max(100), workedWeekendDays: z.array(isoDate).max(50) })
      .strict(),
    output: requestCalendarsSchema,
    permission: 'workspace.write',
    summary: 'Replace a year’s holidays (and China’s adjusted working days); open requests’ deadlines are recomputed.',
  }),
  'requests.calendars.reset': procedure({
    input: z.object({ year: yearSchema, region: calendarRegionSchema }).strict(),
    output: requestCalendarsSchema,
    permission: 'workspace.write',
    summary: 'Go back to the shipped calendar for a year.',
  }),
  'requests.list': procedure({ input: empty, output: z.array(requestSummarySchema), permission: 'workspace.read', summary: 'Data-subject requests, newest first.' }),
  'requests.get': procedure({ input: byId, output: requestSchema, permission: 'workspace.read', summary: 'One request with its deadlines, verification, systems and letters.' }),
  'requests.create': procedure({ input: requestInputSchema, output: requestSchema, permission: 'workspace.write', summary: 'Log a request received.' }),
  'requests.verification.add': procedure({
    input: z
      .object({ id: recordId, method: z.enum(VERIFICATION_METHODS), performedOn: isoDate, outcome: z.enum(VERIFICATION_OUTCOMES), note: trimmed(1000) })
      .strict(),
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Record an identity verification step (a passed step starts the work).',
  }),
  'requests.systems.update': procedure({
    input: z
      .object({
        id: recordId,
        systemId: recordId,
        searched: z.boolean(),
        found: z.boolean().nullable(),
        actionTaken: trimmed(1000),
        doneBy: trimmed(200),
        doneOn: isoDate.nullable(),
      })
      .strict(),
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Tick a system off the search checklist.',
  }),
  'requests.systems.sync': procedure({ input: byId, output: requestSchema, permission: 'workspace.write', summary: 'Add systems the inventory now links to the subject category.' }),
  'requests.confirmReceipt': procedure({
    input: z.object({ id: recordId, sentAt: isoDateTime, letter: letterText }).strict(),
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Record that receipt was confirmed to the requester.',
  }),
  'requests.extend': procedure({
    input: z.object({ id: recordId, reason: nonEmpty(2000), noticeSentAt: isoDateTime, letter: letterText }).strict(),
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Extend the deadline once, with reasons notified before the first deadline.',
  }),
  'requests.respond': procedure({
    input: z.object({ id: recordId, respondedAt: isoDateTime, letter: letterText }).strict(),
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Record the response sent.',
  }),
  'requests.refuse': procedure({
    input: z.object({ id: recordId, reason: z.enum(REFUSAL_REASONS), explanation: nonEmpty(2000), refusedAt: isoDateTime, letter: letterText }).strict(),
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Refuse the request, with the reason given to the requester.',
  }),
  'requests.withdraw': procedure({
    input: z.object({ id: recordId, withdrawnAt: isoDateTime, note: trimmed(1000) }).strict(),
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Record that the requester withdrew the request.',
  }),
  'requests.close': procedure({ input: byId, output: requestSchema, permission: 'workspace.write', summary: 'Close a responded, refused or withdrawn request.' }),
  'requests.redact': procedure({
    input: byId,
    output: requestSchema,
    permission: 'workspace.write',
    summary: 'Replace the requester’s name and contact with a pseudonym once the retention period after closure has ended.',
  }),
  'requests.letters.draft': procedure({
    input: z
      .object({
        id: recordId,
        kind: letterKindSchema,
        /** Not yet recorded: the extension's reason, or the refusal's reason and explanation, to draft the notice before sending it. */
        extensionReason: trimmed(2000).optional(),
        refusalReason: z.enum(REFUSAL_REASONS).optional(),
        explanation: trimmed(2000).optional(),
      })
      .strict(),
    output: z.object({ kind: letterKindSchema, language: letterLanguageSchema, text: z.string() }),
    permission: 'workspace.read',
    summary: 'A letter to the requester, in their language, filled from the request.',
  }),
  'requests.complaints.list': procedure({ input: empty, output: z.array(complaintSchema), permission: 'workspace.read', summary: 'Privacy complaints and inquiries, newest first.' }),
  'requests.complaints.create': procedure({ input: complaintInputSchema, output: complaintSchema, permission: 'workspace.write', summary: 'Log a complaint or inquiry.' }),
  'requests.complaints.update': procedure({
    input: z.object({ id: recordId, complaint: complaintInputSchema }).strict(),
    output: complaintSchema,
    permission: 'workspace.write',
    summary: 'Change a complaint (resolution, closure).',
  }),
  'requests.complaints.delete': procedure({ input: byId, output: z.object({ deleted: z.literal(true) }), permission: 'workspace.write', summary: 'Delete a complaint logged by mistake.' }),
} as const;
