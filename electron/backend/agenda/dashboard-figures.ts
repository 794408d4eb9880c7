// Dashboard figures owned by other areas: the risk register and the ISMS records count their own
// (they know their tables and rules, e.g. the risk appetite) and plug the function in here.
import { openFindings } from '../isms/isms-agenda';
import { openRisksAboveAppetite } from '../risks/risk-agenda';
import type { Db } from '../workspace/sqlcipher';

export interface DashboardFigures {
  /** Open risks whose residual score is above the appetite. */
  openRisksAboveAppetite(db: Db): number;
  /** Audit findings not yet closed. */
  openFindings(db: Db): number;
}

export const DASHBOARD_FIGURES: DashboardFigures = {
  openRisksAboveAppetite,
  openFindings,
};
