/**
 * SECURITY S3 (and the cloud side of C6): an API key `sk-CANARY-…` set through the real service and
 * key store, then used by the real cloud flow (preview, consent, summary, a failing request, history)
 * never appears in any file under the data folder, any log line, or any payload sent to the window.
 * The capturing server proves the key was really used, so the search is not vacuous.
 */
import { randomBytes, createCipheriv, createDecipheriv } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrecisApi } from '../../shared/ipc/contract';
import { isTerminal, type SummaryEvent } from '../../shared/summary';
import { createCoreDeps } from '../../electron/core/service/createCoreDeps';
import { createPrecisService } from '../../electron/core/service/createPrecisService';
import { connectInMemory } from '../../electron/core/service/inMemoryClient';
import { API_KEY_FILE, createSecretStore, type SafeStorageApi } from '../../electron/main/secretStore';
import { defaultChatHandler, sendError, startOpenAiServer, type OpenAiTestServer } from '../helpers/openaiServer';

const CANARY = `sk-CANARY-${randomBytes(12).toString('hex')}`;
const DOC_CANARY = `CANARY-DOC-${randomBytes(6).toString('hex')}`;

function keychain(): SafeStorageApi {
  const key = randomBytes(32);
  return {
    isAsyncEncryptionAvailable: async () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    async encryptStringAsync(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    async decryptStringAsync(sealed) {
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return { result: Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8'), shouldReEncrypt: false };
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

let server: OpenAiTestServer;
let home: string;
let docsDir: string;
const logs: string[] = [];
const payloads: unknown[] = [];

beforeAll(async () => {
  server = await startOpenAiServer();
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-canary-home-'));
  docsDir = mkdtempSync(path.join(os.tmpdir(), 'precis-canary-docs-'));
  // Every log line of this process during the flow.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' ')));
  }
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => (logs.push(String(chunk)), out(chunk, ...(rest as []))));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => (logs.push(String(chunk)), err(chunk, ...(rest as []))));
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
  rmSync(home, { recursive: true, force: true });
  rmSync(docsDir, { recursive: true, force: true });
});

/** Records every payload the window would receive (invoke results and pushed events). */
function recording(api: PrecisApi): PrecisApi {
  return {
    async invoke(channel, request) {
      const result = await api.invoke(channel, request);
      payloads.push(result);
      return result;
    },
    on(channel, listener) {
      return api.on(channel, (p) => {
        payloads.push(p);
        listener(p);
      });
    },
  };
}

async function runJob(api: PrecisApi, jobId: string, documentId: string, sha256: string): Promise<SummaryEvent> {
  const consent = await api.invoke('cloud.consent', { documentId, sha256 });
  if (!consent.ok) throw new Error(`${consent.error.code} ${consent.error.message}`);
  const consentToken = consent.value.consentToken;
  return new Promise((resolve, reject) => {
    const off = api.on('summary.event', (e) => {
      if (e.jobId === jobId && isTerminal(e)) {
        off();
        resolve(e);
      }
    });
    api.invoke('summary.start', { jobId, file: { kind: 'document', documentId }, options: { consentToken, length: 'brief' } }).then((r) => {
      if (!r.ok) reject(new Error(`${r.error.code} ${r.error.message}`));
    }, reject);
  });
}

describe('S3 the API key never reaches files, logs or the window', () => {
  it('survives the settings and cloud flows without leaking the canary', { timeout: 60_000 }, async () => {
    const secrets = createSecretStore({ safeStorage: keychain(), file: path.join(home, API_KEY_FILE), platform: 'linux' });
    const service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', secrets, coalesceMs: 5, confirm: async () => true }));
    const client = connectInMemory(service);
    const api = recording(client);
    try {
      const file = path.join(docsDir, 'msa.txt');
      writeFileSync(
        file,
        `MASTER SERVICES AGREEMENT\n\nThis Agreement is made between Acme Widgets, Inc. and Globex Corporation. Reference ${DOC_CANARY}.\n\n` +
          '1. Fees. Globex shall pay 2,000 EUR per month.\n\n2. Term. Two years, renewing yearly unless terminated on 60 days notice.\n',
      );

      expect((await api.invoke('settings.set', { patch: { mode: 'cloud', cloud: { baseUrl: server.baseUrl, model: 'test-model', redact: true } } })).ok).toBe(true);
      const set = await api.invoke('secrets.setApiKey', { key: CANARY });
      expect(set).toEqual({ ok: true, value: { set: true, persisted: true } });
      const settings = await api.invoke('settings.get', {});
      expect(settings.ok && settings.value.apiKey).toEqual({ set: true, persisted: true });

      const facts = await api.invoke('documents.inspect', { file: { kind: 'bytes', name: 'msa.txt', data: readFileSync(file).toString('base64') } });
      if (!facts.ok) throw new Error(facts.error.message);
      const preview = await api.invoke('cloud.preview', { documentId: facts.value.documentId });
      if (!preview.ok) throw new Error(preview.error.message);

      const done = await runJob(api, 'canary-ok', facts.value.documentId, preview.value.sha256);
      expect(done.type).toBe('done');
      // The key really was used: the server saw it (so the searches below can fail).
      expect(server.chatRequests().length).toBeGreaterThan(0);
      expect(server.chatRequests().every((r) => r.headers.authorization === `Bearer ${CANARY}`)).toBe(true);

      // A server that echoes the key in its error (some do) must not get it into the window or logs.
      server.setHandler((_req, res) => sendError(res, 401, `Incorrect API key provided: ${CANARY}`));
      const failed = await runJob(api, 'canary-401', facts.value.documentId, preview.value.sha256);
      expect(failed.type === 'failed' && failed.error.code).toBe('CLOUD_AUTH');
      server.setHandler(defaultChatHandler);

      await api.invoke('history.list', {});
    } finally {
      await client.close();
    }

    const everything = JSON.stringify(payloads);
    expect(payloads.length).toBeGreaterThan(10);
    expect(everything).not.toContain(CANARY);
    expect(logs.join('\n')).not.toContain(CANARY);
    const files = filesUnder(home);
    expect(files.some((f) => f.endsWith(path.basename(API_KEY_FILE)))).toBe(true);
    for (const f of files) {
      const bytes = readFileSync(f);
      expect(bytes.includes(Buffer.from(CANARY)), f).toBe(false);
      // C6: the document's text is only stored encrypted.
      expect(bytes.includes(Buffer.from(DOC_CANARY)), f).toBe(false);
    }
  });
});
