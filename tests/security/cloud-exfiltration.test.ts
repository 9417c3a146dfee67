/**
 * The attack a review reproduced against `precis serve`: a client of the bridge points the cloud
 * server at its own loopback server, turns redaction off, reads the preview hash and starts a cloud
 * job, and so receives the stored API key and the document. It runs here against the real serve
 * stack (service, stores, cloud runner, bridge) with the terminal that started it played by the test.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectedClient } from '../../electron/core/service/inMemoryClient';
import { connectBridge } from '../../electron/core/bridge/connectBridge';
import { createServeStack } from '../../electron/core/commands/serve';
import { isTerminal, type SummaryEvent } from '../../shared/summary';
import { startOpenAiServer, type OpenAiTestServer } from '../helpers/openaiServer';

const VICTIM_KEY = 'sk-VICTIM-CANARY-7c1d9e';
const DOC_CANARY = 'CANARY-SALARY-91234';
const CONTRACT = `EMPLOYMENT AGREEMENT\n\n1. Salary. Jane Roe is paid ${DOC_CANARY} EUR per year.\n\n2. Term. Two years.\n`;

/** The terminal that started `serve`: it sees every question and answers as `answer` says. */
function terminal(answer: (question: string) => string) {
  const stdin = new PassThrough();
  const lines: string[] = [];
  let question = '';
  return {
    stdin,
    lines,
    say(line: string) {
      lines.push(line);
      if (line.startsWith('Precis: the page asks:')) question = line;
      else if (line.startsWith('  Type "yes"')) stdin.write(`${answer(question)}\n`);
    },
    questions: () => lines.filter((l) => l.startsWith('Precis: the page asks:')),
  };
}

let attacker: OpenAiTestServer;
let stack: Awaited<ReturnType<typeof createServeStack>>;
let victim: ConnectedClient;
let page: ConnectedClient;
let term: ReturnType<typeof terminal>;
let answerYes = false;

beforeEach(async () => {
  attacker = await startOpenAiServer();
  const base = mkdtempSync(path.join(os.tmpdir(), 'precis-exfil-'));
  const rendererDir = path.join(base, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  term = terminal(() => (answerYes ? 'yes' : 'no'));
  stack = await createServeStack({ home: path.join(base, 'home'), rendererDir, stdin: term.stdin, say: term.say, version: 'test' });
  // Earlier, the user entered their key for the default server (api.openai.com).
  victim = await connectBridge({ port: stack.server.port, token: stack.server.token });
  expect(await victim.invoke('secrets.setApiKey', { key: VICTIM_KEY })).toMatchObject({ ok: true, value: { set: true } });
  // The attacker's page is a second admitted client (each address opens one connection, so it has its own).
  page = await connectBridge({ port: stack.server.port, token: stack.server.issueToken() });
});

afterEach(async () => {
  await page.close();
  await victim.close();
  await stack.close();
  await attacker.close();
});

function waitForEnd(client: ConnectedClient, jobId: string): Promise<SummaryEvent> {
  return new Promise((resolve) => {
    const off = client.on('summary.event', (e) => {
      if (e.jobId === jobId && isTerminal(e)) {
        off();
        resolve(e);
      }
    });
  });
}

const bytes = { kind: 'bytes', name: 'salary.txt', data: Buffer.from(CONTRACT).toString('base64') } as const;

describe('a bridge client cannot send the key or a document anywhere by itself', () => {
  it('the reproduced attack fails at every step; nothing reaches the attacker’s server', async () => {
    // 1. Point cloud mode at the attacker and turn redaction off: the terminal is asked, and says no.
    const grab = await page.invoke('settings.set', { patch: { mode: 'cloud', cloud: { baseUrl: attacker.baseUrl, redact: false } } });
    expect(grab).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    expect(term.questions()).toEqual(['Precis: the page asks: Change the cloud server?']);
    expect(term.lines.join('\n')).toContain(`127.0.0.1:${attacker.port}`);
    expect(await page.invoke('settings.set', { patch: { cloud: { redact: false } } })).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    // Plain http to another machine is refused whatever anyone answers.
    expect(await page.invoke('settings.set', { patch: { cloud: { baseUrl: 'http://203.0.113.7/v1' } } })).toMatchObject({ ok: false, error: { code: 'CLOUD_URL_INSECURE' } });
    const settings = await page.invoke('settings.get', {});
    expect(settings.ok && settings.value.cloud).toMatchObject({ baseUrl: 'https://api.openai.com/v1', redact: true });
    expect(settings.ok && settings.value.apiKey.set).toBe(true);

    // 2. Cloud mode itself sends nothing, so the page may switch to it.
    expect(await page.invoke('settings.set', { patch: { mode: 'cloud' } })).toMatchObject({ ok: true });
    const facts = await page.invoke('documents.inspect', { file: bytes });
    if (!facts.ok) throw new Error(facts.error.message);
    const documentId = facts.value.documentId;
    const preview = await page.invoke('cloud.preview', { documentId });
    if (!preview.ok) throw new Error(preview.error.message);

    // 3. The preview's hash is no longer consent; neither is a token the page made up.
    const withHash = await page.invoke('summary.start', { jobId: 'x1', file: { kind: 'document', documentId }, options: { consentHash: preview.value.sha256 } } as never);
    expect(withHash).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await page.invoke('summary.start', { jobId: 'x2', file: { kind: 'document', documentId }, options: {} })).toMatchObject({
      ok: false,
      error: { code: 'CONSENT_REQUIRED' },
    });
    const forged = `ct-${'A'.repeat(43)}`;
    expect(await page.invoke('summary.start', { jobId: 'x3', file: { kind: 'document', documentId }, options: { consentToken: forged } })).toMatchObject({
      ok: false,
      error: { code: 'CONSENT_REQUIRED' },
    });
    // 4. Asking for consent puts the question to the terminal, which says no.
    expect(await page.invoke('cloud.consent', { documentId, sha256: preview.value.sha256 })).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    expect(term.questions().at(-1)).toBe('Precis: the page asks: Send this document to the cloud?');

    expect(attacker.requests).toHaveLength(0);
  });

  it('even when the user is talked into every yes, the key never arrives at the new server', async () => {
    answerYes = true;
    try {
      const moved = await page.invoke('settings.set', { patch: { mode: 'cloud', cloud: { baseUrl: attacker.baseUrl, model: 'm', redact: false } } });
      expect(moved).toMatchObject({ ok: true, value: { cloud: { redact: false }, apiKey: { set: false } } });
      expect(term.questions()).toEqual(['Precis: the page asks: Change the cloud server?', 'Precis: the page asks: Send documents without redaction?']);
      expect(term.lines.join('\n')).toMatch(/saved API key was for api\.openai\.com: it will be forgotten/);

      const facts = await page.invoke('documents.inspect', { file: bytes });
      if (!facts.ok) throw new Error(facts.error.message);
      const documentId = facts.value.documentId;
      const preview = await page.invoke('cloud.preview', { documentId });
      if (!preview.ok) throw new Error(preview.error.message);
      const consent = await page.invoke('cloud.consent', { documentId, sha256: preview.value.sha256 });
      if (!consent.ok) throw new Error(consent.error.message);
      const ended = waitForEnd(page, 'j1');
      const start = await page.invoke('summary.start', { jobId: 'j1', file: { kind: 'document', documentId }, options: { consentToken: consent.value.consentToken } });
      expect(start.ok).toBe(true);
      await ended;
      // A token is single-use.
      expect(await page.invoke('summary.start', { jobId: 'j2', file: { kind: 'document', documentId }, options: { consentToken: consent.value.consentToken } })).toMatchObject({
        ok: false,
        error: { code: 'CONSENT_REQUIRED' },
      });

      // The user agreed to send this document there, so it went; the key entered for api.openai.com did not.
      expect(attacker.chatRequests().length).toBeGreaterThan(0);
      const seen = JSON.stringify(attacker.requests.map((r) => ({ h: r.headers, raw: r.raw })));
      expect(seen).not.toContain(VICTIM_KEY);
      expect(seen).toContain(DOC_CANARY);
    } finally {
      answerYes = false;
    }
  });

  it('a consent is bound to the text and the server it was given for', async () => {
    answerYes = true;
    try {
      expect(await page.invoke('settings.set', { patch: { mode: 'cloud', cloud: { baseUrl: attacker.baseUrl, model: 'm' } } })).toMatchObject({ ok: true });
      const facts = await page.invoke('documents.inspect', { file: bytes });
      if (!facts.ok) throw new Error(facts.error.message);
      const documentId = facts.value.documentId;
      const preview = await page.invoke('cloud.preview', { documentId });
      if (!preview.ok) throw new Error(preview.error.message);
      // Consent for text other than what would be sent is refused before anyone is asked.
      const asked = term.questions().length;
      expect(await page.invoke('cloud.consent', { documentId, sha256: 'f'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
      expect(term.questions()).toHaveLength(asked);
      const consent = await page.invoke('cloud.consent', { documentId, sha256: preview.value.sha256 });
      if (!consent.ok) throw new Error(consent.error.message);
      // The server moves after consent (confirmed too): the token no longer covers where the text would go.
      const other = await startOpenAiServer();
      try {
        expect(await page.invoke('settings.set', { patch: { cloud: { baseUrl: other.baseUrl } } })).toMatchObject({ ok: true });
        const r = await page.invoke('summary.start', { jobId: 'j3', file: { kind: 'document', documentId }, options: { consentToken: consent.value.consentToken } });
        expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
        expect(other.requests).toHaveLength(0);
      } finally {
        await other.close();
      }
      // Another client cannot redeem this client's token.
      const token = await page.invoke('cloud.consent', { documentId, sha256: (await page.invoke('cloud.preview', { documentId }) as { ok: true; value: { sha256: string } }).value.sha256 });
      if (!token.ok) throw new Error(token.error.message);
      expect(await victim.invoke('summary.start', { jobId: 'j4', file: { kind: 'document', documentId }, options: { consentToken: token.value.consentToken } })).toMatchObject({
        ok: false,
        error: { code: 'FILE_NOT_FOUND' },
      });
      expect(attacker.requests).toHaveLength(0);
    } finally {
      answerYes = false;
    }
  });
});
