// The rules the inventory's findings apply, per workspace: which countries form the EEA, which have
// an EU adequacy decision, from what number of people processing counts as large, and the longest
// retention allowed (a workspace maximum and maxima per data category). Defaults below; counsel may
// decide otherwise, so they are editable and every change is audited.
import { z } from 'zod';
import { controlIdSchema, empty, frameworkSchema, procedure, recordId } from '../procedure';
import { countryCode, inventoryFindingSchema } from './inventory';

/** The EU member states plus Iceland, Liechtenstein and Norway. */
export const DEFAULT_EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
] as const;

/**
 * Countries with a European Commission adequacy decision (GDPR Art 45). Canada's covers commercial
 * organisations under PIPEDA and the United States' only recipients certified under the EU-US Data
 * Privacy Framework: recording 'adequacy' for those is the user's statement that this applies.
 */
export const DEFAULT_ADEQUATE_COUNTRIES = ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'US'] as const;

/** Processing of this many people or more suggests an impact assessment and ends the PIPL small-volume exemption. */
export const DEFAULT_LARGE_VOLUME_THRESHOLD = 100_000;

const countries = z.array(countryCode).max(250);

export const inventoryRulesSchema = z
  .object({
    eeaCountries: countries,
    adequateCountries: countries,
    largeVolumeThreshold: z.number().int().min(1).max(10_000_000_000),
    /** The longest retention any activity may have, in months; null sets no workspace-wide limit. */
    maxRetentionMonths: z.number().int().min(1).max(1200).nullable(),
    /** Per data category: an activity using it may keep data at most this many months. */
    categoryRetention: z.array(z.object({ dataCategoryId: recordId, maxMonths: z.number().int().min(0).max(1200) }).strict()).max(500),
  })
  .strict();
export type InventoryRules = z.infer<typeof inventoryRulesSchema>;

export const DEFAULT_INVENTORY_RULES: InventoryRules = {
  eeaCountries: [...DEFAULT_EEA_COUNTRIES],
  adequateCountries: [...DEFAULT_ADEQUATE_COUNTRIES],
  largeVolumeThreshold: DEFAULT_LARGE_VOLUME_THRESHOLD,
  maxRetentionMonths: null,
  categoryRetention: [],
};

export const inventoryRulesProcedures = {
  'inventory.rules.get': procedure({ input: empty, output: inventoryRulesSchema, permission: 'workspace.read', summary: 'The rules the inventory findings apply.' }),
  'inventory.rules.update': procedure({
    input: inventoryRulesSchema,
    output: inventoryRulesSchema,
    permission: 'workspace.write',
    summary: 'Change the EEA and adequacy lists, the large-volume threshold and the retention maxima.',
  }),
  'inventory.findings.forControl': procedure({
    input: z.object({ framework: frameworkSchema, controlId: controlIdSchema }).strict(),
    output: z.array(inventoryFindingSchema),
    permission: 'workspace.read',
    summary: 'The inventory findings that bear on one control.',
  }),
} as const;
