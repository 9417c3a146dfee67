import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicSettings } from '../../../shared/ipc/contract';
import { cloudKeyRequired } from '../../../shared/cloudUrl';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import type { CloudPreviewFn, SecretsLike } from '../../../electron/core/service/serviceDeps';
import { scriptedDeps } from './scriptedDeps';

const CHARTER = 'CHARTER AGREEMENT\n\nBrightwater Ferries Ltd charters the vessel to Orrin Marine LLC.\n\n1. Hire. USD 9,000 a day.\n';
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A key store holding a key for `keyOrigin` only (none when undefined), as the real stores bind keys to a server. */
function secretsFor(keyOrigin: string | undefined): SecretsLike {
  const status = async (origin: string): Promise<PublicSettings['apiKey']> => ({ set: keyOrigin !== undefined && origin === keyOrigin, persisted: true });
  return { status, setApiKey: async () => ({ set: true, persisted: true }), clearApiKey: async () => ({ set: false, persisted: true }) };
}

let service: PrecisService | undefined;
afterEach(() => service?.shutdown());

/** The service in cloud mode for `baseUrl`, counting the previews it prepares. */
async function cloudService(baseUrl: string, keyOrigin: string | undefined) {
  const deps = scriptedDeps(mkdtempSync(path.join(os.tmpdir(), 'precis-key-')));
  await deps.settings.set({ mode: 'cloud', cloud: { baseUrl } });
  let prepared = 0;
  const cloudPreview: CloudPreviewFn = async (document) => {
    prepared++;
    return { text: document.blocks.map((b) => b.text).join('\n'), sha256: 'e'.repeat(64), redactions: [], host: 'x' };
  };
  service = createPrecisService({ ...deps, secrets: secretsFor(keyOrigin), cloudPreview, confirm: async () => true });
  const s = service;
  const facts = await s.invoke('w', 'documents.inspect', { file: { kind: 'bytes', name: 'charter.txt', data: b64(CHARTER) } });
  if (!facts.ok) throw new Error(facts.error.message);
  const documentId = (facts.value as { documentId: string }).documentId;
  return { service: s, documentId, prepared: () => prepared };
}

describe('cloud mode with no API key for a service that needs one', () => {
  it('the preview is refused before anything is prepared, with a code and a message saying what to do', async () => {
    const { service: s, documentId, prepared } = await cloudService('https://api.openai.com/v1', undefined);
    const r = await s.invoke('w', 'cloud.preview', { documentId, previewId: 'pv-1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CLOUD_KEY_MISSING' } });
    expect(!r.ok && r.error.message).toMatch(/api\.openai\.com.*Open Settings.*add your key.*local mode/);
    expect(prepared()).toBe(0);
  });

  it('consent and a job start are refused the same way, still with nothing prepared', async () => {
    const { service: s, documentId, prepared } = await cloudService('https://api.openai.com/v1', undefined);
    expect(await s.invoke('w', 'cloud.consent', { documentId, sha256: 'e'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'CLOUD_KEY_MISSING' } });
    expect(await s.invoke('w', 'summary.start', { jobId: 'j1', file: { kind: 'document', documentId }, options: { consentToken: `ct-${'t'.repeat(43)}` } })).toMatchObject({
      ok: false,
      error: { code: 'CLOUD_KEY_MISSING' },
    });
    expect(prepared()).toBe(0);
  });

  it('a key saved for another server does not count; Azure OpenAI needs one too', async () => {
    const other = await cloudService('https://api.openai.com/v1', 'https://llm.example.com');
    expect(await other.service.invoke('w', 'cloud.preview', { documentId: other.documentId })).toMatchObject({ ok: false, error: { code: 'CLOUD_KEY_MISSING' } });
    await other.service.shutdown();
    const azure = await cloudService('https://contoso-legal.openai.azure.com/openai/v1', undefined);
    expect(await azure.service.invoke('w', 'cloud.preview', { documentId: azure.documentId })).toMatchObject({ ok: false, error: { code: 'CLOUD_KEY_MISSING' } });
  });

  it('with the key saved for that server, the preview is prepared', async () => {
    const { service: s, documentId, prepared } = await cloudService('https://api.openai.com/v1', 'https://api.openai.com');
    expect(await s.invoke('w', 'cloud.preview', { documentId })).toMatchObject({ ok: true });
    expect(prepared()).toBe(1);
  });

  it('a server on this computer, or another OpenAI-compatible server, may need no key: its preview is prepared', async () => {
    for (const baseUrl of ['http://127.0.0.1:8080/v1', 'http://localhost:11434/v1', 'https://llm.example.com/v1']) {
      const { service: s, documentId, prepared } = await cloudService(baseUrl, undefined);
      expect(await s.invoke('w', 'cloud.preview', { documentId }), baseUrl).toMatchObject({ ok: true });
      expect(prepared()).toBe(1);
      await s.shutdown();
    }
  });
});

describe('cloudKeyRequired', () => {
  it('is true only for the hosted services that refuse every request without a key', () => {
    expect(cloudKeyRequired('https://api.openai.com/v1')).toBe(true);
    expect(cloudKeyRequired('https://API.OpenAI.com/v1')).toBe(true);
    expect(cloudKeyRequired('https://northwind-contracts.openai.azure.com/openai/v1')).toBe(true);
    expect(cloudKeyRequired('http://127.0.0.1:1234/v1')).toBe(false);
    expect(cloudKeyRequired('https://api.openai.com.example.net/v1')).toBe(false);
    expect(cloudKeyRequired('https://llm.example.com/v1')).toBe(false);
    expect(cloudKeyRequired('not a url')).toBe(false);
  });
});
