// What the incident checklist needs of the runbooks area: the approved version of a runbook and its
// steps, in order. The runbooks area provides it (runbookStepsForChecklist); the checklist copies
// the steps, so later versions of the runbook never change an incident's record.
import { runbookStepsForChecklist } from '../runbooks/runbook-checklist';
import type { Db } from '../workspace/sqlcipher';

export interface RunbookChecklistStep {
  id: string;
  order: number;
  title: string;
  role: string;
  targetMinutes: number | null;
  decision: unknown | null;
}

export interface RunbookChecklist {
  versionId: string;
  steps: RunbookChecklistStep[];
}

/** The approved version's steps, or null when the runbook does not exist or has no approved version. */
export type RunbookStepsSource = (db: Db, runbookId: string) => RunbookChecklist | null;

/** The runbooks area's approved steps for a runbook. */
export const approvedRunbookSteps: RunbookStepsSource = runbookStepsForChecklist;
