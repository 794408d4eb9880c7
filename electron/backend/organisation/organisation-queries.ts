// The organisation's profile: one row per workspace. Later modules read it for notices, letters and
// report covers.
import type { OrganisationProfile } from '../../../shared/contract';
import type { Db } from '../workspace/sqlcipher';

export const ORGANISATION_SCHEMA = `
CREATE TABLE organisation_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  legal_name TEXT NOT NULL,
  trading_name TEXT NOT NULL DEFAULT '',
  registered_address TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  industry TEXT NOT NULL DEFAULT '',
  employee_count INTEGER,
  dpo_name TEXT NOT NULL DEFAULT '',
  dpo_email TEXT NOT NULL DEFAULT '',
  eu_representative TEXT NOT NULL DEFAULT '',
  jurisdictions TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL
) STRICT;
`;

interface ProfileRow {
  legal_name: string;
  trading_name: string;
  registered_address: string;
  country: string;
  industry: string;
  employee_count: number | null;
  dpo_name: string;
  dpo_email: string;
  eu_representative: string;
  privacy_email: string;
  privacy_phone: string;
  pipl_officer_name: string;
  pipl_officer_email: string;
  china_representative: string;
  time_zone: string;
  jurisdictions: string;
}

export function emptyProfile(legalName: string): OrganisationProfile {
  return {
    legalName,
    tradingName: '',
    registeredAddress: '',
    country: '',
    industry: '',
    employeeCount: null,
    dpoName: '',
    dpoEmail: '',
    euRepresentative: '',
    privacyEmail: '',
    privacyPhone: '',
    piplOfficerName: '',
    piplOfficerEmail: '',
    chinaRepresentative: '',
    timeZone: 'UTC',
    jurisdictions: [],
  };
}

export function getOrganisation(db: Db): OrganisationProfile | null {
  const row = db.prepare<[], ProfileRow>('SELECT * FROM organisation_profile WHERE id = 1').get();
  if (!row) return null;
  return {
    legalName: row.legal_name,
    tradingName: row.trading_name,
    registeredAddress: row.registered_address,
    country: row.country,
    industry: row.industry,
    employeeCount: row.employee_count,
    dpoName: row.dpo_name,
    dpoEmail: row.dpo_email,
    euRepresentative: row.eu_representative,
    privacyEmail: row.privacy_email,
    privacyPhone: row.privacy_phone,
    piplOfficerName: row.pipl_officer_name,
    piplOfficerEmail: row.pipl_officer_email,
    chinaRepresentative: row.china_representative,
    timeZone: row.time_zone,
    jurisdictions: JSON.parse(row.jurisdictions) as OrganisationProfile['jurisdictions'],
  };
}

export function saveOrganisation(db: Db, profile: OrganisationProfile, at: string): void {
  db.prepare(
    `INSERT INTO organisation_profile (id, legal_name, trading_name, registered_address, country, industry, employee_count, dpo_name, dpo_email, eu_representative,
       privacy_email, privacy_phone, pipl_officer_name, pipl_officer_email, china_representative, time_zone, jurisdictions, updated_at)
     VALUES (1, @legalName, @tradingName, @registeredAddress, @country, @industry, @employeeCount, @dpoName, @dpoEmail, @euRepresentative,
       @privacyEmail, @privacyPhone, @piplOfficerName, @piplOfficerEmail, @chinaRepresentative, @timeZone, @jurisdictions, @at)
     ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name, trading_name = excluded.trading_name,
       registered_address = excluded.registered_address, country = excluded.country, industry = excluded.industry,
       employee_count = excluded.employee_count, dpo_name = excluded.dpo_name, dpo_email = excluded.dpo_email,
       eu_representative = excluded.eu_representative, privacy_email = excluded.privacy_email, privacy_phone = excluded.privacy_phone,
       pipl_officer_name = excluded.pipl_officer_name, pipl_officer_email = excluded.pipl_officer_email,
       china_representative = excluded.china_representative, time_zone = excluded.time_zone, jurisdictions = excluded.jurisdictions, updated_at = excluded.updated_at`,
  ).run({ ...profile, jurisdictions: JSON.stringify([...new Set(profile.jurisdictions)].sort()), at });
}

/** The organisation's time zone: whose calendar days the legal clocks (requests, breaches) count. */
export function organisationTimeZone(db: Db): string {
  return (db.prepare('SELECT time_zone FROM organisation_profile WHERE id = 1').pluck().get() as string | undefined) ?? 'UTC';
}
