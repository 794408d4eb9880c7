// The organisation profile as the form edits it (strings for inputs), and its validation with the
// contract's own schema so the UI and the backend agree on every rule.
import type { TFunction } from 'i18next';
import { organisationProfileSchema, type OrganisationProfile } from '../../../../shared/contract';

export type Jurisdiction = OrganisationProfile['jurisdictions'][number];

export interface OrganisationFormValues {
  legalName: string;
  tradingName: string;
  registeredAddress: string;
  country: string;
  industry: string;
  employeeCount: string;
  dpoName: string;
  dpoEmail: string;
  euRepresentative: string;
  privacyEmail: string;
  privacyPhone: string;
  piplOfficerName: string;
  piplOfficerEmail: string;
  chinaRepresentative: string;
  timeZone: string;
  jurisdictions: Jurisdiction[];
}

export type OrganisationField = keyof OrganisationFormValues;

export const ORGANISATION_FIELDS: readonly OrganisationField[] = [
  'legalName',
  'tradingName',
  'registeredAddress',
  'country',
  'industry',
  'employeeCount',
  'dpoName',
  'dpoEmail',
  'euRepresentative',
  'privacyEmail',
  'privacyPhone',
  'piplOfficerName',
  'piplOfficerEmail',
  'chinaRepresentative',
  'timeZone',
  'jurisdictions',
];

export function toFormValues(profile: OrganisationProfile): OrganisationFormValues {
  return {
    legalName: profile.legalName,
    tradingName: profile.tradingName,
    registeredAddress: profile.registeredAddress,
    country: profile.country,
    industry: profile.industry,
    employeeCount: profile.employeeCount === null ? '' : String(profile.employeeCount),
    dpoName: profile.dpoName,
    dpoEmail: profile.dpoEmail,
    euRepresentative: profile.euRepresentative,
    privacyEmail: profile.privacyEmail,
    privacyPhone: profile.privacyPhone,
    piplOfficerName: profile.piplOfficerName,
    piplOfficerEmail: profile.piplOfficerEmail,
    chinaRepresentative: profile.chinaRepresentative,
    timeZone: profile.timeZone,
    jurisdictions: [...profile.jurisdictions],
  };
}

function parseCount(text: string): number | null | typeof Number.NaN {
  const trimmed = text.trim().replace(/[\s,]/g, '');
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Per-field messages for a zod issue: the field's own wording first, then the general one. */
function messageFor(t: TFunction, field: OrganisationField, code: string, issue: { maximum?: unknown }): string {
  if (field === 'legalName' && code === 'too_small') return t('organisation.errors.legalNameRequired');
  if (field === 'dpoEmail' || field === 'privacyEmail' || field === 'piplOfficerEmail') return t('organisation.errors.email');
  if (field === 'employeeCount') return t('organisation.errors.employeeCount');
  if (field === 'country') return t('organisation.errors.country');
  if (code === 'too_big' && typeof issue.maximum === 'number') return t('organisation.errors.tooLong', { max: issue.maximum });
  return t(`errors:issues.${code}`, { defaultValue: t('errors:issues.generic') });
}

export type ValidationResult =
  | { ok: true; profile: OrganisationProfile }
  | { ok: false; errors: Partial<Record<OrganisationField, string>> };

export function validateOrganisation(t: TFunction, values: OrganisationFormValues): ValidationResult {
  const count = parseCount(values.employeeCount);
  const errors: Partial<Record<OrganisationField, string>> = {};
  if (Number.isNaN(count)) errors.employeeCount = t('organisation.errors.employeeCount');
  const result = organisationProfileSchema.strict().safeParse({
    ...values,
    employeeCount: Number.isNaN(count) ? null : count,
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as OrganisationField | undefined;
      if (field && ORGANISATION_FIELDS.includes(field) && !errors[field]) {
        errors[field] = messageFor(t, field, issue.code, issue as { maximum?: unknown });
      }
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, profile: result.data };
}
