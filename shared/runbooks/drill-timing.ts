// A drill's timing table: for each step of the runbook version, the measured minutes from the
// (simulated) awareness against the step's target. Over target is strictly later than the target.
import type { DrillTiming, RunbookStep } from '../contract/areas/runbooks';

export interface MeasuredStep {
  stepId: string;
  actualMinutes: number | null;
  note: string;
}

export function drillTimings(steps: readonly RunbookStep[], measured: readonly MeasuredStep[]): DrillTiming[] {
  const byStep = new Map(measured.map((row) => [row.stepId, row]));
  return steps.map((step, index) => {
    const row = byStep.get(step.id);
    const actual = row?.actualMinutes ?? null;
    const delta = actual !== null && step.targetMinutes !== null ? actual - step.targetMinutes : null;
    return {
      stepId: step.id,
      order: index + 1,
      title: step.title,
      role: step.role,
      targetMinutes: step.targetMinutes,
      actualMinutes: actual,
      deltaMinutes: delta,
      overTarget: delta !== null && delta > 0,
      note: row?.note ?? '',
    };
  });
}

/** Minutes as the screen shows them: `45 min`, `4 h`, `3 d 2 h` — units are translated by the caller. */
export function splitMinutes(minutes: number): { days: number; hours: number; minutes: number } {
  const sign = minutes < 0 ? -1 : 1;
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  return { days: sign * days, hours: sign * hours, minutes: sign * (rest - hours * 60) };
}
