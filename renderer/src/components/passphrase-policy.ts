// The passphrase policy (zxcvbn and its dictionaries, about a megabyte) loads on demand, in its own
// chunk, the first time a screen asks for it.
import { useEffect, useState } from 'react';
import type * as PassphrasePolicy from '../../../shared/domain/passphrase-policy';
import type { PassphraseAssessment } from '../../../shared/domain/passphrase-policy';

type PolicyModule = typeof PassphrasePolicy;

let policyModule: Promise<PolicyModule> | null = null;
let loadedPolicy: PolicyModule | null = null;

export function loadPassphrasePolicy(): Promise<PolicyModule> {
  policyModule ??= import('../../../shared/domain/passphrase-policy').then((module) => {
    loadedPolicy = module;
    return module;
  });
  return policyModule;
}

export function usePassphrasePolicy(): PolicyModule | null {
  const [policy, setPolicy] = useState<PolicyModule | null>(loadedPolicy);
  useEffect(() => {
    if (policy) return;
    let live = true;
    loadPassphrasePolicy()
      .then((module) => {
        if (live) setPolicy(module);
      })
      .catch((error: unknown) => console.error('Could not load the passphrase policy', error));
    return () => {
      live = false;
    };
  }, [policy]);
  return policy;
}

export interface PassphraseCheck {
  /** Null until the policy has loaded, or while the field is empty. */
  assessment: PassphraseAssessment | null;
  minLength: number | null;
}

export function usePassphraseCheck(passphrase: string, userInputs: readonly string[] = []): PassphraseCheck {
  const policy = usePassphrasePolicy();
  const inputsKey = userInputs.join('\u0000');
  const [check, setCheck] = useState<PassphraseCheck>({ assessment: null, minLength: null });
  useEffect(() => {
    if (!policy) return;
    setCheck({
      assessment: passphrase ? policy.assessPassphrase(passphrase, inputsKey ? inputsKey.split('\u0000') : []) : null,
      minLength: policy.PASSPHRASE_MIN_LENGTH,
    });
  }, [policy, passphrase, inputsKey]);
  return check;
}
