// What other areas take from a runbook: the steps of its approved version, in order, as an
// incident's checklist copies them. Keep this signature stable; the incident area depends on it.
import type { RunbookChecklist } from '../../../shared/contract/areas/runbooks';
import type { Db } from '../workspace/sqlcipher';
import { contentOf, currentVersionRow, getRunbookRow, listVersionRows } from './runbooks-queries';

/**
 * The approved version in force of runbook `runbookId`: its id, number and steps (id, order from 1,
 * title, responsible role, target minutes from awareness, decision or null). Null when there is no
 * such runbook or it has no approved version yet.
 */
export function runbookStepsForChecklist(db: Db, runbookId: string): RunbookChecklist | null {
  const runbook = getRunbookRow(db, runbookId);
  if (!runbook) return null;
  const current = currentVersionRow(listVersionRows(db, runbook.id));
  if (!current) return null;
  return {
    runbookId: runbook.id,
    versionId: current.id,
    versionNumber: current.number,
    steps: contentOf(current).steps.map((step, index) => ({
      id: step.id,
      order: index + 1,
      title: step.title,
      role: step.role,
      targetMinutes: step.targetMinutes,
      decision: step.decision,
    })),
  };
}
