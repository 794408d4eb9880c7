// Dashboard figures owned by other areas: the risk register, the ISMS records, the incident and
// request registers count their own (they know their tables and rules, e.g. the risk appetite or
// the breach clocks) and plug the function in here.
import type { IncidentFigures } from '../../../shared/contract/areas/incidents';
import { incidentFigures, requestFigures } from '../incidents/incident-figures';
import { openFindings } from '../isms/isms-agenda';
import { openRisksAboveAppetite } from '../risks/risk-agenda';
import type { Db } from '../workspace/sqlcipher';

export interface DashboardFigures {
  /** Open risks whose residual score is above the appetite. */
  openRisksAboveAppetite(db: Db): number;
  /** Audit findings not yet closed. */
  openFindings(db: Db): number;
  /** Open incidents, open and overdue breach clocks, this year's incidents by severity, open corrective actions. */
  incidentFigures(db: Db, now: Date): Omit<IncidentFigures, 'openRequests' | 'overdueRequests'>;
  /** Data-subject requests still to answer, and those past their deadline. */
  requestFigures(db: Db, now: Date): Pick<IncidentFigures, 'openRequests' | 'overdueRequests'>;
}

export const DASHBOARD_FIGURES: DashboardFigures = {
  openRisksAboveAppetite,
  openFindings,
  incidentFigures,
  requestFigures,
};
