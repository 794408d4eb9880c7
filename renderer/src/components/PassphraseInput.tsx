import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's PasswordInput with its show/hide toggle labelled in the UI language. */
export function PassphraseInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput {...props} visibilityToggleButtonProps={{ 'aria-label': t('passphrase.toggleVisibility'), ...props.visibilityToggleButtonProps }} />;
}
