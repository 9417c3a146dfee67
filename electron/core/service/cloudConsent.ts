import type { CloudPreview } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings';
import { cloudKeyRequired, cloudOrigin } from '../../../shared/cloudUrl';
import { PrecisFailure } from '../errors';
import { hostOf } from '../llm/cloudHost';
import type { CloudConfirmation } from '../privacy/cloudConfirmation';
import { createConsentTokens } from './consentTokens';
import type { OpenDocument, OpenDocuments } from './openDocuments';
import type { PrecisServiceDeps } from './serviceDeps';

type Open = OpenDocument & { id: string };

/**
 * Everything the service decides before a document may leave the machine: the preview, the user's
 * confirmation outside the page, the single-use consent token, and its check when a job starts.
 */
export interface CloudConsent {
  /**
   * What would be sent for this document now (redacted per the settings and the terms the user chose
   * to keep). `previewId` names the wait so that `cancelPreview` can end it.
   */
  preview(clientId: string, documentId: string, keep: readonly string[] | undefined, previewId?: string): Promise<CloudPreview>;
  /**
   * Ends the client's wait for its preview `previewId` (it rejects with CANCELLED); false when none
   * waits. The shared preparation goes on while a consent or a starting job still waits for it.
   */
  cancelPreview(clientId: string, previewId: string): boolean;
  /** Confirms the send in main and mints the token `summary.start` must bring. */
  consent(clientId: string, documentId: string, sha256: string): Promise<{ consentToken: string }>;
  /**
   * Cloud mode: the consent token must have been minted for this client, this document, exactly the
   * text that would be sent now, and the configured server. Returns that text's sha256 for the guard.
   */
  check(clientId: string, open: Open, settings: Settings, consentToken: string | undefined, signal?: AbortSignal): Promise<string | undefined>;
  /** Terms the user chose to send as they are for this document (set by the preview). */
  keptFor(documentId: string): readonly string[] | undefined;
  /** Asks the user outside the page; anything but an explicit yes refuses with NOT_CONFIRMED. */
  confirmOrRefuse(clientId: string, request: CloudConfirmation, refusal: string): Promise<void>;
  /** Forgets the client's consents and stops its previews and consents still being prepared (CANCELLED). */
  forgetClient(clientId: string): void;
  /** Stops every preview and consent still being prepared (shutdown). */
  stopAll(): void;
}

export function createCloudConsent(deps: Pick<PrecisServiceDeps, 'cloudPreview' | 'confirm' | 'settings' | 'secrets'>, documents: OpenDocuments): CloudConsent {
  const consents = createConsentTokens();
  // Per document: the terms the user chose to send as they are (set by the cloud preview).
  const keptTerms = new Map<string, readonly string[]>();
  // Previews and consents waiting for their preparation, by client, kind and document: a newer
  // request of the same kind for the same document replaces the older one (its wait is cancelled,
  // and the preparation too when nothing else waits for it), as does the client going away.
  const waits = new Map<string, AbortController>();
  // The same waits by the id the window gave its preview, so it can cancel one (a newer preview with
  // the same id replaces the older one, as a read does).
  const named = new Map<string, AbortController>();
  async function waiting<T>(
    clientId: string,
    kind: 'preview' | 'consent',
    documentId: string,
    work: (signal: AbortSignal) => Promise<T>,
    previewId?: string,
  ): Promise<T> {
    const key = `${clientId}\u0000${kind}\u0000${documentId}`;
    const name = previewId === undefined ? undefined : `${clientId}\u0000${previewId}`;
    waits.get(key)?.abort();
    if (name !== undefined) named.get(name)?.abort();
    const controller = new AbortController();
    waits.set(key, controller);
    if (name !== undefined) named.set(name, controller);
    try {
      return await work(controller.signal);
    } finally {
      if (waits.get(key) === controller) waits.delete(key);
      if (name !== undefined && named.get(name) === controller) named.delete(name);
    }
  }

  function previewFn() {
    if (!deps.cloudPreview) throw new PrecisFailure('CLOUD_UNAVAILABLE', 'Cloud mode is not available in this build. Switch to local mode.');
    return deps.cloudPreview;
  }

  /**
   * A service that refuses every request without a key, and none saved for it: refused before the
   * document is prepared (seconds of redaction on a long one, for a send that cannot happen).
   */
  async function requireKey(settings: Settings): Promise<void> {
    const { baseUrl } = settings.cloud;
    if (!cloudKeyRequired(baseUrl)) return;
    const status = deps.secrets ? await deps.secrets.status(cloudOrigin(baseUrl)) : undefined;
    if (status?.set) return;
    throw new PrecisFailure(
      'CLOUD_KEY_MISSING',
      `No API key is saved for ${hostOf(baseUrl)}, so nothing was prepared or sent. Open Settings and add your key, or switch to local mode to summarize on this computer.`,
    );
  }

  async function confirmOrRefuse(clientId: string, request: CloudConfirmation, refusal: string): Promise<void> {
    const yes = deps.confirm ? await deps.confirm(clientId, request).catch(() => false) : false;
    if (!yes) {
      throw new PrecisFailure(
        'NOT_CONFIRMED',
        `${refusal} It was not confirmed in Precis’s own dialog (or, for \`precis serve\`, on its terminal).`,
      );
    }
  }

  return {
    confirmOrRefuse,
    keptFor: (documentId) => keptTerms.get(documentId),
    async preview(clientId, documentId, keep, previewId) {
      const open = documents.open(clientId, documentId);
      if (open.neverSend) throw new PrecisFailure('CLOUD_FORBIDDEN_FOR_DOCUMENT', 'This document is marked "never send". Clear the flag to preview it for cloud mode.');
      const preview = previewFn();
      const settings = await deps.settings.get();
      await requireKey(settings);
      if (keep) keptTerms.set(documentId, keep);
      try {
        return await waiting(clientId, 'preview', documentId, (signal) => preview(open.document, settings, keptTerms.get(documentId), signal), previewId);
      } catch (e) {
        if (e instanceof PrecisFailure && e.code === 'CANCELLED') {
          throw new PrecisFailure('CANCELLED', 'The preview was cancelled. Nothing was sent; ask for it again when you are ready.');
        }
        throw e;
      }
    },
    cancelPreview(clientId, previewId) {
      const wait = named.get(`${clientId}\u0000${previewId}`);
      wait?.abort();
      return wait !== undefined;
    },
    async consent(clientId, documentId, sha256) {
      const open = documents.open(clientId, documentId);
      if (open.neverSend) throw new PrecisFailure('CLOUD_FORBIDDEN_FOR_DOCUMENT', 'This document is marked "never send". Clear the flag to send it.');
      const previewOf = previewFn();
      const settings = await deps.settings.get();
      await requireKey(settings);
      const preview = await waiting(clientId, 'consent', open.id, (signal) => previewOf(open.document, settings, keptTerms.get(open.id), signal));
      if (preview.sha256 !== sha256) {
        throw new PrecisFailure('CONSENT_REQUIRED', 'The text to send changed since the preview was shown. Review the new preview.');
      }
      await confirmOrRefuse(
        clientId,
        {
          kind: 'send',
          host: hostOf(settings.cloud.baseUrl),
          model: settings.cloud.model,
          fileName: open.document.fileName ?? 'this document',
          characters: preview.text.length,
          redacted: settings.cloud.redact,
          placeholders: preview.redactions.length,
          sha256: preview.sha256,
        },
        'Nothing was sent.',
      );
      return {
        consentToken: consents.mint({ owner: clientId, documentId: open.id, sha256: preview.sha256, origin: cloudOrigin(settings.cloud.baseUrl) }),
      };
    },
    async check(clientId, open, settings, consentToken, signal) {
      if (settings.mode !== 'cloud') return undefined;
      if (open.neverSend) throw new PrecisFailure('CLOUD_FORBIDDEN_FOR_DOCUMENT', 'This document is marked "never send". Switch to local mode or clear the flag.');
      await requireKey(settings);
      const preview = await previewFn()(open.document, settings, keptTerms.get(open.id), signal);
      consents.redeem(consentToken, { owner: clientId, documentId: open.id, sha256: preview.sha256, origin: cloudOrigin(settings.cloud.baseUrl) });
      return preview.sha256;
    },
    forgetClient(clientId) {
      consents.forget(clientId);
      for (const [key, wait] of waits) if (key.startsWith(`${clientId}\u0000`)) wait.abort();
    },
    stopAll() {
      for (const wait of waits.values()) wait.abort();
    },
  };
}
