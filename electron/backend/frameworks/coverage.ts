// How much of a framework has evidence. Without a period: evidence in effect today. With `to` only:
// evidence in effect on that day (a Type I "as of" date). With `from`: evidence that took effect
// inside [from, to or today] — a SOC 2 Type II window wants proof produced during the period, not
// an older document that happens to still be valid.
import { AppError, IMPLEMENTATION_STATUSES, type Coverage } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';
import { readFrameworkSettings } from './framework-settings';
import {
  catalogEntries,
  controlEvidence,
  controlGroup,
  coverageOn,
  defaultDecision,
  evidenceAggregates,
  freshnessOf,
  isApplicable,
  readStoredControls,
  type CoverageWindow,
  type FrameworkKey,
} from './controls-queries';

export interface Period {
  from?: string;
  to?: string;
}

export function coverageWindow(period: Period, today: string): CoverageWindow {
  if (period.from !== undefined && period.to !== undefined && period.from > period.to) {
    throw new AppError('INVALID_INPUT', 'the period ends before it starts', {
      issues: [{ path: ['to'], code: 'period_order', message: 'to must not be before from' }],
    });
  }
  if (period.from !== undefined) return { coverFrom: period.from, coverTo: period.to ?? today, validFrom: period.from };
  return coverageOn(period.to ?? today);
}

export function computeCoverage(db: Db, framework: FrameworkKey, period: Period, today: string): Coverage {
  const window = coverageWindow(period, today);
  const settings = readFrameworkSettings(db);
  const stored = readStoredControls(db, framework);
  const aggregates = evidenceAggregates(db, today, window);

  const groups = new Map<string, { group: string; applicable: number; covered: number }>();
  const byFreshness = { current: 0, expiring: 0, expired: 0, missing: 0 };
  const byStatus = Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, 0])) as Coverage['byStatus'];
  let applicable = 0;
  let covered = 0;
  const entries = catalogEntries(framework);
  for (const entry of entries) {
    const group = controlGroup(entry);
    const tally = groups.get(group) ?? { group, applicable: 0, covered: 0 };
    groups.set(group, tally);
    const decision = stored.get(entry.controlId) ?? defaultDecision(framework);
    if (!isApplicable(entry, decision, settings)) continue;
    const evidence = controlEvidence(aggregates, { framework, controlId: entry.controlId });
    applicable += 1;
    tally.applicable += 1;
    if (evidence.covered > 0) {
      covered += 1;
      tally.covered += 1;
    }
    // Freshness is about today, whatever the period: it says what needs renewing now.
    byFreshness[freshnessOf(evidence.bestExpiry, today, settings.expiringWithinDays)] += 1;
    byStatus[decision.status] += 1;
  }
  return {
    framework,
    from: period.from ?? null,
    to: period.to ?? null,
    total: entries.length,
    applicable,
    covered,
    byGroup: [...groups.values()],
    byFreshness,
    byStatus,
  };
}
