// Our impact-assessment questionnaires: which questions a DPIA (GDPR Art 35(7)) and a PIPIA (PIPL
// Art 56) ask, in which sections, and how the residual risk is rated. Only ids live here; the
// questions' text in each language is in the `assessments` translation namespace
// (`questions.<id>.label` / `.help`, `sections.<id>`). Shared by the backend (which checks answers
// against these ids) and the UI (which renders the sections in order).

export const ASSESSMENT_KINDS = ['dpia', 'pipia'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export interface AssessmentQuestion {
  id: string;
  /** An answer is needed before the assessment can go to review. */
  required: boolean;
}

export interface AssessmentSection {
  id: string;
  questions: readonly AssessmentQuestion[];
}

const q = (id: string, required = true): AssessmentQuestion => ({ id, required });

export const QUESTIONNAIRES: Readonly<Record<AssessmentKind, readonly AssessmentSection[]>> = {
  // GDPR Art 35(7): (a) a systematic description, (b) necessity and proportionality, (c) the risks
  // to the rights and freedoms of data subjects, (d) the measures envisaged to address them; plus the
  // DPO's advice (Art 35(2)) and the views of data subjects where appropriate (Art 35(9)).
  dpia: [
    { id: 'dpia_description', questions: [q('dpia_nature_scope'), q('dpia_context'), q('dpia_purposes'), q('dpia_data_flows')] },
    { id: 'dpia_necessity', questions: [q('dpia_lawful_basis'), q('dpia_minimisation'), q('dpia_retention'), q('dpia_information_rights'), q('dpia_processors_transfers')] },
    { id: 'dpia_risks', questions: [q('dpia_risk_sources'), q('dpia_risk_impacts')] },
    { id: 'dpia_measures', questions: [q('dpia_safeguards'), q('dpia_security'), q('dpia_dpo_advice'), q('dpia_subject_views', false)] },
  ],
  // PIPL Art 56: (1) whether the purposes and methods of processing are lawful, legitimate and
  // necessary; (2) the impact on individuals' rights and the security risks; (3) whether the
  // protective measures are lawful, effective and proportionate to the risk. Art 55 names the
  // situations that call for the assessment; the first section records which applies.
  pipia: [
    { id: 'pipia_trigger', questions: [q('pipia_situations'), q('pipia_processing_description')] },
    { id: 'pipia_purpose', questions: [q('pipia_legality'), q('pipia_legitimacy'), q('pipia_necessity')] },
    { id: 'pipia_impact', questions: [q('pipia_rights_impact'), q('pipia_security_risks')] },
    { id: 'pipia_measures', questions: [q('pipia_measures_lawful'), q('pipia_measures_effective'), q('pipia_measures_proportionate')] },
  ],
};

export function questionIds(kind: AssessmentKind): string[] {
  return QUESTIONNAIRES[kind].flatMap((section) => section.questions.map((question) => question.id));
}

export function requiredQuestionIds(kind: AssessmentKind): string[] {
  return QUESTIONNAIRES[kind].flatMap((section) => section.questions.filter((question) => question.required).map((question) => question.id));
}

/** Likelihood and severity of the residual risk, each on four levels (remote … maximum). */
export const RISK_LEVELS = [1, 2, 3, 4] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RESIDUAL_RISKS = ['low', 'medium', 'high'] as const;
export type ResidualRisk = (typeof RESIDUAL_RISKS)[number];

/**
 * Likelihood × severity: up to 3 is low, 4 to 8 medium, 9 and above high (at least "likely" and
 * "significant" together, or a maximum severity that is more than possible).
 */
export function residualRisk(likelihood: number | null, severity: number | null): ResidualRisk | null {
  if (likelihood === null || severity === null) return null;
  const score = likelihood * severity;
  if (score <= 3) return 'low';
  if (score <= 8) return 'medium';
  return 'high';
}

/** PIPL Art 56: the report is kept for at least three years. */
export const PIPIA_RETENTION_YEARS = 3;

/** `date` (YYYY-MM-DD) plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
