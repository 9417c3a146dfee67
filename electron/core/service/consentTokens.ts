import { randomBytes } from 'node:crypto';
import { PrecisFailure } from '../errors';

/** What one consent covers: this client, this document, exactly this text, this server. */
export interface ConsentGrant {
  owner: string;
  documentId: string;
  /** sha256 of the prepared text the user confirmed (whatever redaction produced). */
  sha256: string;
  /** Origin of the server it may go to. */
  origin: string;
}

/**
 * Consent tokens, minted by the service only after the user confirmed outside the page. A token is
 * random (the page cannot compute it from the preview, as it could a hash), single-use, short-lived,
 * and redeemed only for the same client, document, text and server it was minted for.
 */
export interface ConsentTokens {
  mint(grant: ConsentGrant): string;
  /** Consumes `token` and checks it covers `expected`; throws CONSENT_REQUIRED otherwise. */
  redeem(token: string | undefined, expected: ConsentGrant): void;
  forget(owner: string): void;
}

function refused(why: string): PrecisFailure {
  return new PrecisFailure('CONSENT_REQUIRED', `Nothing was sent: ${why}. Review the preview and confirm sending again.`);
}

export function createConsentTokens(options: { ttlMs?: number; now?: () => number; maxOpen?: number } = {}): ConsentTokens {
  const ttl = options.ttlMs ?? 10 * 60 * 1000;
  const now = options.now ?? Date.now;
  const maxOpen = options.maxOpen ?? 64;
  const open = new Map<string, ConsentGrant & { expires: number }>();
  return {
    mint(grant) {
      const token = `ct-${randomBytes(32).toString('base64url')}`;
      open.set(token, { ...grant, expires: now() + ttl });
      while (open.size > maxOpen) open.delete(open.keys().next().value as string);
      return token;
    },
    redeem(token, expected) {
      if (!token) throw refused('sending has not been confirmed');
      const grant = open.get(token);
      if (!grant || grant.owner !== expected.owner) throw refused('that confirmation is unknown or was already used');
      open.delete(token);
      if (grant.expires < now()) throw refused('the confirmation expired');
      if (grant.documentId !== expected.documentId) throw refused('the confirmation was for another document');
      if (grant.origin !== expected.origin) throw refused('the cloud server changed since you confirmed');
      if (grant.sha256 !== expected.sha256) throw refused('the text to send changed since you confirmed');
    },
    forget(owner) {
      for (const [t, g] of open) if (g.owner === owner) open.delete(t);
    },
  };
}
