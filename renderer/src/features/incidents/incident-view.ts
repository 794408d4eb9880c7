// Pure helpers of the incidents screen: the form's blank and stored values, and colours.
import type { Incident, IncidentInput, IncidentSeverity, IncidentStatus } from '../../../../shared/contract/areas/incidents';
import { isoToLocalInput } from '../requests/request-view';

/** The form's state: instants as `datetime-local` values, counts as text so an empty field means unknown. */
export interface IncidentFormState extends Omit<IncidentInput, 'detectedAt' | 'becameAwareAt' | 'estimatedPeople' | 'estimatedRecords' | 'californiaResidents'> {
  detectedAt: string;
  becameAwareAt: string;
  estimatedPeople: string;
  estimatedRecords: string;
  californiaResidents: string;
}

export function blankIncident(now = Date.now()): IncidentFormState {
  const local = isoToLocalInput(now);
  return {
    title: '',
    description: '',
    detectedAt: local,
    becameAwareAt: local,
    reporter: '',
    severity: 'medium',
    systemIds: [],
    personalDataBreach: false,
    estimatedPeople: '',
    estimatedRecords: '',
    californiaResidents: '',
    highRisk: null,
    riskReasoning: '',
    exemption: null,
    exemptionReasoning: '',
    effects: '',
    remedialAction: '',
  };
}

const countText = (value: number | null) => (value === null ? '' : String(value));

export function formFromIncident(incident: Incident): IncidentFormState {
  return {
    title: incident.title,
    description: incident.description,
    detectedAt: isoToLocalInput(incident.detectedAt),
    becameAwareAt: isoToLocalInput(incident.becameAwareAt),
    reporter: incident.reporter,
    severity: incident.severity,
    systemIds: incident.systems.filter((system) => system.exists).map((system) => system.id),
    personalDataBreach: incident.personalDataBreach,
    estimatedPeople: countText(incident.estimatedPeople),
    estimatedRecords: countText(incident.estimatedRecords),
    californiaResidents: countText(incident.californiaResidents),
    highRisk: incident.highRisk,
    riskReasoning: incident.riskReasoning,
    exemption: incident.exemption,
    exemptionReasoning: incident.exemptionReasoning,
    effects: incident.effects,
    remedialAction: incident.remedialAction,
  };
}

/** An empty count is unknown (null); anything else goes to the backend as typed, which checks it. */
function count(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

export function inputFromForm(form: IncidentFormState): IncidentInput {
  return {
    ...form,
    detectedAt: new Date(form.detectedAt).toISOString(),
    becameAwareAt: new Date(form.becameAwareAt).toISOString(),
    estimatedPeople: count(form.estimatedPeople),
    estimatedRecords: count(form.estimatedRecords),
    californiaResidents: count(form.californiaResidents),
  };
}

export const SEVERITY_COLORS: Record<IncidentSeverity, string> = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' };
export const STATUS_COLORS: Record<IncidentStatus, string> = { open: 'red', contained: 'yellow', closed: 'teal' };
