// Record inputs several tests build the same way. Kept free of the test runner, so the benchmarks
// use them too.
import type { ProcedureInput } from '../../shared/contract';

/** A system with only a name and the safe defaults (SaaS, encrypted, MFA, logged); change what a test is about. */
export function systemInput(name: string, overrides: Partial<ProcedureInput<'inventory.systems.create'>> = {}): ProcedureInput<'inventory.systems.create'> {
  return {
    name,
    owner: '',
    type: '',
    hosting: 'saas',
    country: null,
    vendorId: null,
    encryptionAtRest: true,
    encryptionInTransit: '',
    mfaEnforced: true,
    roleBasedAccess: true,
    logging: true,
    dataResidency: null,
    ...overrides,
  };
}
