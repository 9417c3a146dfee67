import { cloudOrigin } from '../../../shared/cloudUrl';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import { hostOf } from '../llm/cloudHost';

/**
 * A decision about data leaving the machine that only the user may make, asked outside the page
 * (a native dialog in the desktop app; the terminal that started `precis serve`), because the page
 * itself may be compromised and must not be able to answer for the user.
 */
export type CloudConfirmation =
  | { kind: 'hostChange'; from: string; to: string; keyCleared: boolean }
  | { kind: 'redactionOff'; host: string }
  | {
      kind: 'send';
      host: string;
      model: string;
      fileName: string;
      /** Characters of the exact text that will be sent. */
      characters: number;
      redacted: boolean;
      /** Distinct placeholders redaction put in. */
      placeholders: number;
      /** sha256 of that text: the consent is bound to it. */
      sha256: string;
    };

/** Asks the user; resolves true only on an explicit yes. `clientId` says which window asked. */
export type ConfirmFn = (clientId: string, request: CloudConfirmation) => Promise<boolean>;

/**
 * What a settings change needs the user to confirm outside the page: a different cloud server
 * (origin: scheme, host or port), and turning redaction off. Other settings need no confirmation.
 */
export function confirmationsForPatch(current: Settings, patch: SettingsPatch, keySet: boolean): CloudConfirmation[] {
  const out: CloudConfirmation[] = [];
  const nextUrl = patch.cloud?.baseUrl ?? current.cloud.baseUrl;
  if (cloudOrigin(nextUrl) !== cloudOrigin(current.cloud.baseUrl)) {
    out.push({ kind: 'hostChange', from: hostOf(current.cloud.baseUrl), to: hostOf(nextUrl), keyCleared: keySet });
  }
  if (patch.cloud?.redact === false && current.cloud.redact) out.push({ kind: 'redactionOff', host: hostOf(nextUrl) });
  return out;
}

/** The words of a confirmation, one wording for the native dialog and the terminal. */
export interface ConfirmationText {
  title: string;
  message: string;
  detail: string;
  /** The button (or the word) that says yes. */
  confirm: string;
}

export function confirmationText(request: CloudConfirmation): ConfirmationText {
  switch (request.kind) {
    case 'hostChange':
      return {
        title: 'Change the cloud server?',
        message: `Send documents in Cloud mode to ${request.to} instead of ${request.from}?`,
        detail:
          `From now on, documents you agree to send go to ${request.to}.` +
          (request.keyCleared ? ` Your saved API key was for ${request.from}: it will be forgotten, and you will enter the key for ${request.to}.` : '') +
          ' If you did not just change this in Settings, choose Cancel.',
        confirm: 'Change server',
      };
    case 'redactionOff':
      return {
        title: 'Send documents without redaction?',
        message: `Send names, contact details and account numbers to ${request.host} as they are?`,
        detail: 'With redaction off, the full text of each document you agree to send leaves this computer unchanged. If you did not just change this in Settings, choose Cancel.',
        confirm: 'Turn redaction off',
      };
    case 'send': {
      const what = request.redacted
        ? `${request.placeholders} name${request.placeholders === 1 ? '' : 's'} and number${request.placeholders === 1 ? '' : 's'} replaced by placeholders`
        : 'NOT redacted: names and numbers are sent as they are';
      return {
        title: 'Send this document to the cloud?',
        message: `Send “${request.fileName}” to ${request.host}?`,
        detail: `${request.characters.toLocaleString('en-US')} characters go to ${request.host} (model ${request.model}), ${what}. This is the text shown in the preview (fingerprint ${request.sha256.slice(0, 12)}).`,
        confirm: 'Send',
      };
    }
  }
}
