import type { MessageBoxOptions } from 'electron';
import { confirmationText, type CloudConfirmation } from '../core/privacy/cloudConfirmation';

/** The button index that says yes; Cancel is first, the default, and what Escape or closing picks. */
const CONFIRM_BUTTON = 1;

/**
 * Main's native confirmation for a decision the page may not make (a new cloud server, redaction
 * off, sending a document). Drawn by the OS, outside the page, so a compromised page cannot click it.
 */
export function confirmDialogOptions(request: CloudConfirmation): MessageBoxOptions {
  const text = confirmationText(request);
  return {
    type: 'warning',
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: ['Cancel', text.confirm],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    normalizeAccessKeys: false,
  };
}

/** True only when the user pressed the confirming button. */
export function isConfirmed(result: { response: number }): boolean {
  return result.response === CONFIRM_BUTTON;
}
