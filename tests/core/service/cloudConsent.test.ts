import { describe, expect, it } from 'vitest';
import type { CloudPreview } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { PrecisFailure } from '../../../electron/core/errors';
import { createCloudConsent } from '../../../electron/core/service/cloudConsent';
import { createOpenDocuments } from '../../../electron/core/service/openDocuments';
import type { CloudPreviewFn, PrecisServiceDeps } from '../../../electron/core/service/serviceDeps';
import { makeDoc } from '../terms/docFixture';

const settings: Settings = { ...DEFAULT_SETTINGS, mode: 'cloud' };
const PREVIEW: CloudPreview = { text: '[ORG_1] pays [ORG_2].', sha256: 'a'.repeat(64), redactions: [], kept: [], host: 'api.openai.com' };

/** A preview that is still being prepared until its signal fires (then CANCELLED), recording each signal. */
function slowPreview(): { fn: CloudPreviewFn; signals: (AbortSignal | undefined)[] } {
  const signals: (AbortSignal | undefined)[] = [];
  const fn: CloudPreviewFn = (_document, _settings, _keep, signal) => {
    signals.push(signal);
    return new Promise<CloudPreview>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.')), { once: true });
    });
  };
  return { fn, signals };
}

function setup(cloudPreview: CloudPreviewFn) {
  const documents = createOpenDocuments(8, 64 * 1024 * 1024);
  // A key is saved for the server: without one the service refuses before preparing anything.
  const secrets = { status: async () => ({ set: true, persisted: true }) };
  const deps = { cloudPreview, settings: { get: async () => settings }, secrets } as unknown as Pick<PrecisServiceDeps, 'cloudPreview' | 'confirm' | 'settings' | 'secrets'>;
  const consent = createCloudConsent(deps, documents);
  const documentId = documents.remember('window-1', makeDoc(['Nordlicht GmbH pays Harbor Lane Inc.']));
  return { consent, documentId };
}

describe('cloud previews and consents being prepared can be stopped', () => {
  it('a newer preview of the same document replaces the older one; the client going away stops the rest', async () => {
    const slow = slowPreview();
    const { consent, documentId } = setup(slow.fn);
    const first = consent.preview('window-1', documentId, undefined);
    await Promise.resolve();
    const second = consent.preview('window-1', documentId, ['Harbor Lane Inc.']);
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(slow.signals[1]?.aborted).toBe(false);
    const asked = consent.consent('window-1', documentId, PREVIEW.sha256);
    await new Promise((resolve) => setTimeout(resolve, 0));
    consent.forgetClient('window-1');
    await expect(second).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(asked).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(slow.signals.every((s) => s?.aborted)).toBe(true);
  });

  it('a finished preview is not affected, and shutdown stops every wait', async () => {
    const { consent, documentId } = setup(async () => PREVIEW);
    expect(await consent.preview('window-1', documentId, undefined)).toEqual(PREVIEW);
    const slow = slowPreview();
    const other = setup(slow.fn);
    const waiting = other.consent.preview('window-1', other.documentId, undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    other.consent.stopAll();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
