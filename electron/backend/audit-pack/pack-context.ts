// Options → PackContext: the period (by evidence effective date) with its defaults, the instant the
// records are shown as of, the workspace, versions, key fingerprint and the pseudonym function.
import { AppError } from '../../../shared/contract';
import { CATALOG_VERSION } from '../../../shared/frameworks';
import { getOrganisation } from '../organisation/organisation-queries';
import { META } from '../workspace/workspace-session';
import type { Db } from '../workspace/sqlcipher';
import type { PackContext, PackOptions } from './pack-types';
import { pseudonymizer, readPublicSigningKey } from './signing-key';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function periodError(field: 'from' | 'to', value: string, reason: string): AppError {
  return new AppError('PACK_PERIOD', `the period's ${field} (${value}) ${reason}`, { field, value, reason });
}

/** The earliest date the workspace has a record of: its creation, first audit event or earliest evidence. */
function earliestRecordDate(db: Db, today: string): string {
  const candidates = [
    db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(META.createdAt) as string | undefined,
    db.prepare('SELECT at FROM audit_events ORDER BY seq LIMIT 1').pluck().get() as string | undefined,
    db.prepare('SELECT MIN(effective_date) FROM evidence_links').pluck().get() as string | null | undefined,
  ]
    .filter((value): value is string => typeof value === 'string' && value.length >= 10)
    .map((value) => value.slice(0, 10))
    .filter(isDate);
  return candidates.reduce((min, value) => (value < min ? value : min), today);
}

/**
 * The inclusive period: `from` defaults to the earliest record date, `to` to today (UTC). Refuses
 * a malformed date, a start after the end or an end after today, naming the option.
 */
export function resolvePeriod(db: Db, from: string | null, to: string | null, now: Date): { from: string; to: string } {
  const today = now.toISOString().slice(0, 10);
  if (from !== null && !isDate(from)) throw periodError('from', from, 'is not a date YYYY-MM-DD');
  if (to !== null && !isDate(to)) throw periodError('to', to, 'is not a date YYYY-MM-DD');
  if (to !== null && to > today) throw periodError('to', to, `is after today (${today})`);
  const end = to ?? today;
  if (from !== null && from > end) throw periodError('from', from, `is after the end of the period (${end})`);
  const start = from ?? earliestRecordDate(db, end);
  return { from: start <= end ? start : end, to: end };
}

export interface ContextInput {
  db: Db;
  options: PackOptions;
  now: Date;
  appVersion: string;
  workspaceId: string;
  workspaceName: string;
  signal?: AbortSignal;
  progress?: PackContext['progress'];
}

export function resolvePackContext(input: ContextInput): PackContext {
  const { db, options, now } = input;
  const period = resolvePeriod(db, options.from, options.to, now);
  const organisation = getOrganisation(db);
  return {
    db,
    options,
    period,
    asOf: `${period.to}T23:59:59.999Z`,
    generatedAt: now.toISOString(),
    appVersion: input.appVersion,
    catalogVersion: CATALOG_VERSION,
    workspace: { id: input.workspaceId, organisationName: organisation?.legalName || input.workspaceName },
    keyFingerprint: readPublicSigningKey(db).fingerprint,
    pseudonym: pseudonymizer(db, options.redact),
    signal: input.signal,
    progress: input.progress,
  };
}
