import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseInput } from './PassphraseInput';
import { PassphraseStrength } from './PassphraseStrength';
import { usePassphraseCheck } from './passphrase-policy';

export interface NewPassphraseState {
  passphrase: string;
  confirm: string;
  setPassphrase(value: string): void;
  setConfirm(value: string): void;
  /** The policy accepts it and the confirmation matches. */
  valid: boolean;
  mismatch: boolean;
  reset(): void;
  check: ReturnType<typeof usePassphraseCheck>;
}

/** State for a new passphrase and its confirmation; `userInputs` are words zxcvbn should penalise. */
export function useNewPassphrase(userInputs: readonly string[] = []): NewPassphraseState {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const check = usePassphraseCheck(passphrase, userInputs);
  const mismatch = confirm.length > 0 && confirm !== passphrase;
  const valid = !!check.assessment?.acceptable && confirm === passphrase;
  return {
    passphrase,
    confirm,
    setPassphrase,
    setConfirm,
    valid,
    mismatch,
    check,
    reset() {
      setPassphrase('');
      setConfirm('');
    },
  };
}

interface NewPassphraseFieldsProps {
  state: NewPassphraseState;
  label?: string;
  /** Show "does not match" even before the user typed into the confirmation (after a submit). */
  showErrors?: boolean;
  disabled?: boolean;
}

export function NewPassphraseFields({ state, label, showErrors = false, disabled }: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const confirmError =
    state.mismatch || (showErrors && state.confirm !== state.passphrase) ? t('passphrase.mismatch') : showErrors && !state.confirm ? t('passphrase.confirmRequired') : undefined;
  return (
    <Stack gap="sm">
      <Stack gap={6}>
        <PassphraseInput
          label={label ?? t('passphrase.new')}
          value={state.passphrase}
          onChange={(event) => state.setPassphrase(event.currentTarget.value)}
          autoComplete="new-password"
          required
          disabled={disabled}
          error={showErrors && state.check.assessment && !state.check.assessment.acceptable ? true : undefined}
        />
        <PassphraseStrength assessment={state.check.assessment} minLength={state.check.minLength} />
      </Stack>
      <PassphraseInput
        label={t('passphrase.confirm')}
        value={state.confirm}
        onChange={(event) => state.setConfirm(event.currentTarget.value)}
        autoComplete="new-password"
        required
        disabled={disabled}
        error={confirmError}
      />
    </Stack>
  );
}
