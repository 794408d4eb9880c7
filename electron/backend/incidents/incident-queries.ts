// Reading incidents: the row, the systems as recorded, what they touched (derived from the
// inventory), the timeline and the breach clocks in the organisation's time zone.
import type { BreachRegisterEntry, Incident, IncidentSeverity, IncidentStatus, IncidentSummary } from '../../../shared/contract/areas/incidents';
import { organisationTimeZone } from '../organisation/organisation-queries';
import type { Db } from '../workspace/sqlcipher';
import { breachClocks, isOpenClock, nextOpenClock, notificationRows } from './breach-clocks';
import { localDate } from '../requests/request-deadlines';
import { readChecklist } from './incident-checklist';
import { deriveFromSystems } from './incident-derivation';
import { readActions, readReview } from './incident-review';

export interface IncidentRow {
  id: string;
  ref: string;
  title: string;
  description: string;
  detected_at: string;
  became_aware_at: string;
  reporter: string;
  severity: IncidentSeverity;
  status: IncidentStatus;
  contained_at: string | null;
  closed_at: string | null;
  personal_data_breach: number;
  estimated_people: number | null;
  estimated_records: number | null;
  california_residents: number | null;
  high_risk: number | null;
  risk_reasoning: string;
  exemption: 'a' | 'b' | 'c' | null;
  exemption_reasoning: string;
  effects: string;
  remedial_action: string;
  created_at: string;
  updated_at: string;
}

export function getIncidentRow(db: Db, id: string): IncidentRow | undefined {
  return db.prepare<[string], IncidentRow>('SELECT * FROM incidents WHERE id = ?').get(id);
}

function systemsOf(db: Db, id: string): Incident['systems'] {
  return db
    .prepare<[string], { id: string; name: string; exists: number }>(
      `SELECT s.system_id AS id, coalesce(i.name, s.system_name) AS name, i.id IS NOT NULL AS "exists"
         FROM incident_systems s LEFT JOIN inventory_systems i ON i.id = s.system_id
        WHERE s.incident_id = ? ORDER BY s.position`,
    )
    .all(id)
    .map((row) => ({ id: row.id, name: row.name, exists: row.exists === 1 }));
}

/** The time zone whose calendar days the clocks count: the organisation's, set in the request register's settings. */
export function incidentFromRow(db: Db, row: IncidentRow, timeZone: string, now: Date): Incident {
  const systems = systemsOf(db, row.id);
  const derived = deriveFromSystems(
    db,
    systems.map((system) => system.id),
  );
  const personalDataBreach = row.personal_data_breach === 1;
  const highRisk = row.high_risk === null ? null : row.high_risk === 1;
  const clocks = breachClocks(
    { personalDataBreach, becameAwareAt: row.became_aware_at, highRisk, californiaResidents: row.california_residents, jurisdictions: derived.jurisdictions },
    notificationRows(db, row.id),
    timeZone,
    now,
  );
  const timeline = db
    .prepare<[string], { id: string; at: string; actor: string; action: string }>('SELECT id, at, actor, action FROM incident_timeline WHERE incident_id = ? ORDER BY at, recorded_at')
    .all(row.id);
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    description: row.description,
    detectedAt: row.detected_at,
    becameAwareAt: row.became_aware_at,
    reporter: row.reporter,
    severity: row.severity,
    status: row.status,
    containedAt: row.contained_at,
    closedAt: row.closed_at,
    personalDataBreach,
    estimatedPeople: row.estimated_people,
    estimatedRecords: row.estimated_records,
    californiaResidents: row.california_residents,
    highRisk,
    riskReasoning: row.risk_reasoning,
    exemption: row.exemption,
    exemptionReasoning: row.exemption_reasoning,
    effects: row.effects,
    remedialAction: row.remedial_action,
    systems,
    derived,
    timeZone,
    clocks,
    timeline,
    evidenceFiles: db
      .prepare<[string], { id: string; name: string; kind: string; linkedAt: string }>(
        `SELECT f.id, f.name, f.kind, e.linked_at AS linkedAt FROM incident_evidence e JOIN evidence_files f ON f.id = e.file_id WHERE e.incident_id = ? ORDER BY e.linked_at, f.name`,
      )
      .all(row.id),
    checklist: readChecklist(db, row.id, row.became_aware_at, now),
    review: readReview(db, row.id),
    actions: readActions(db, row.id, localDate(now.toISOString(), timeZone)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getIncident(db: Db, id: string, now = new Date()): Incident | null {
  const row = getIncidentRow(db, id);
  return row ? incidentFromRow(db, row, organisationTimeZone(db), now) : null;
}

function allIncidents(db: Db, where: string, now: Date): Incident[] {
  const timeZone = organisationTimeZone(db);
  return db
    .prepare<[], IncidentRow>(`SELECT * FROM incidents ${where} ORDER BY became_aware_at DESC, ref DESC`)
    .all()
    .map((row) => incidentFromRow(db, row, timeZone, now));
}

export function listIncidents(db: Db, now = new Date()): IncidentSummary[] {
  return allIncidents(db, '', now).map((incident) => ({
    id: incident.id,
    ref: incident.ref,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    personalDataBreach: incident.personalDataBreach,
    detectedAt: incident.detectedAt,
    nextClock: nextOpenClock(incident.clocks),
    openClocks: incident.clocks.filter(isOpenClock).length,
  }));
}

/** The open breaches' clocks, for the agenda. */
export function openBreaches(db: Db, now = new Date()): Incident[] {
  return allIncidents(db, 'WHERE personal_data_breach = 1', now);
}

/** GDPR Art 33(5): every personal-data breach, notified or not, with its facts, effects, remedial action and reasoning. */
export function breachRegister(db: Db, now = new Date()): BreachRegisterEntry[] {
  return allIncidents(db, 'WHERE personal_data_breach = 1', now).map((incident) => ({
    id: incident.id,
    ref: incident.ref,
    title: incident.title,
    becameAwareAt: incident.becameAwareAt,
    status: incident.status,
    description: incident.description,
    dataCategories: incident.derived.dataCategories.map((category) => category.name),
    subjectCategories: incident.derived.subjectCategories.map((category) => category.name),
    jurisdictions: incident.derived.jurisdictions,
    estimatedPeople: incident.estimatedPeople,
    estimatedRecords: incident.estimatedRecords,
    highRisk: incident.highRisk,
    riskReasoning: incident.riskReasoning,
    exemption: incident.exemption,
    exemptionReasoning: incident.exemptionReasoning,
    effects: incident.effects,
    remedialAction: incident.remedialAction,
    notifications: incident.clocks,
  }));
}
