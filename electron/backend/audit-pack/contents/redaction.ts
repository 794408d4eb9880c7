// With --redact, the personal data of data subjects and requesters becomes stable pseudonyms
// (ctx.pseudonym: a keyed hash, the same value giving the same pseudonym in every pack of the
// workspace). Staff are not data subjects here: people on the training and policy lists keep their
// names, and an incident's reporter is kept when they are one of them.
import type { Db } from '../../workspace/sqlcipher';
import type { PackContext } from '../pack-types';

type Kind = Parameters<PackContext['pseudonym']>[0];

/** A contact point is an e-mail address, a phone number or (anything else) a postal address. */
export function contactKind(value: string): Kind {
  if (value.includes('@')) return 'email';
  if (/^[+\d\s().-]{5,}$/.test(value.trim())) return 'phone';
  return 'address';
}

export function pseudonymOf(ctx: PackContext, kind: Kind, value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? ctx.pseudonym(kind, value) : value;
}

/** The fields of each record type that hold a data subject's or requester's personal data. */
const PERSONAL_FIELDS: Readonly<Record<string, Readonly<Record<string, Kind | 'contact'>>>> = {
  data_subject_request: { requesterName: 'person', requesterContact: 'contact', details: 'text' },
  incident: { reporter: 'person' },
};

export class Redactor {
  private staff: Set<string> | null = null;
  constructor(
    private readonly ctx: PackContext,
    private readonly db: Db,
  ) {}

  private isStaff(name: string): boolean {
    this.staff ??= new Set((this.db.prepare('SELECT name FROM people').pluck().all() as string[]).map((n) => n.trim().toLowerCase()));
    return this.staff.has(name.trim().toLowerCase());
  }

  /** The record with its personal fields pseudonymised (only with --redact). */
  record<T extends object>(recordType: string, record: T): T {
    if (!this.ctx.options.redact) return record;
    const fields = PERSONAL_FIELDS[recordType];
    if (!fields) return record;
    const out = { ...record } as Record<string, unknown>;
    for (const [field, kind] of Object.entries(fields)) {
      const value = out[field];
      if (typeof value !== 'string' || value === '') continue;
      if (recordType === 'incident' && field === 'reporter' && this.isStaff(value)) continue;
      out[field] = this.ctx.pseudonym(kind === 'contact' ? contactKind(value) : kind, value);
    }
    return out as T;
  }
}
