// Toasts, with their close button labelled in the UI language.
import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': i18n.t('common.dismiss') } });
}

export function notifyError(message: string): void {
  notifications.show({ color: 'red', message, autoClose: 8000, closeButtonProps: { 'aria-label': i18n.t('common.dismiss') } });
}
