import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cloudHost, cloudOrigin, cloudUrlProblem, isLoopbackHostname } from '../../shared/cloudUrl';
import { DEFAULT_SETTINGS, SettingsPatchSchema } from '../../shared/settings';
import { createTerminalConfirmer } from '../../electron/core/commands/terminalConfirm';
import { confirmationsForPatch, confirmationText, type CloudConfirmation } from '../../electron/core/privacy/cloudConfirmation';
import { createConsentTokens } from '../../electron/core/service/consentTokens';
import { createSessionSecrets } from '../../electron/core/service/createSessionSecrets';
import { confirmDialogOptions, isConfirmed } from '../../electron/main/cloudDialog';

const send: CloudConfirmation = {
  kind: 'send',
  host: 'api.openai.com',
  model: 'gpt-4o-mini',
  fileName: 'nda.pdf',
  characters: 12345,
  redacted: true,
  placeholders: 7,
  sha256: 'ab'.repeat(32),
};

describe('cloud server addresses: https, or http on loopback only', () => {
  it.each([
    ['https://api.openai.com/v1', true],
    ['https://llm.example.com:8443/v1', true],
    ['http://127.0.0.1:8080/v1', true],
    ['http://127.1.2.3/v1', true],
    ['http://localhost:11434/v1', true],
    ['http://[::1]:8080/v1', true],
    ['http://203.0.113.7/v1', false],
    ['http://localhost.evil.example/v1', false],
    ['http://127.0.0.1.nip.io/v1', false],
    ['ftp://127.0.0.1/', false],
    ['https://user:sk-x@api.openai.com/v1', false],
    ['https://api.openai.com/v1?key=sk-x', false],
    ['https://api.openai.com/v1?', false],
    ['https://api.openai.com/v1#chat', false],
    ['http://localhost:11434/v1?api-version=1', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(cloudUrlProblem(url) === undefined).toBe(allowed);
    expect(SettingsPatchSchema.safeParse({ cloud: { baseUrl: url } }).success).toBe(allowed && url !== 'not a url');
  });

  it('loopback is exactly localhost, 127.0.0.0/8 and ::1; origins compare scheme, host and port', () => {
    expect(isLoopbackHostname('127.255.0.1')).toBe(true);
    expect(isLoopbackHostname('127.256.0.1')).toBe(false);
    expect(isLoopbackHostname('10.0.0.1')).toBe(false);
    expect(cloudOrigin('https://api.openai.com/v1')).toBe('https://api.openai.com');
    expect(cloudOrigin('http://api.openai.com/v1')).not.toBe(cloudOrigin('https://api.openai.com/v1'));
    expect(cloudOrigin('https://api.openai.com:444/v1')).not.toBe(cloudOrigin('https://api.openai.com/v1'));
    // What the window names: the host with a port other than the scheme's; nothing for an address that does not parse.
    expect(cloudHost('https://llm.harbour.example:8443/v1')).toBe('llm.harbour.example:8443');
    expect(cloudHost('https://api.openai.com:443/v1')).toBe('api.openai.com');
    expect(cloudHost('not a url')).toBeUndefined();
  });
});

describe('which settings changes the user must confirm outside the page', () => {
  it('a new server origin and redaction off; nothing else', () => {
    const s = DEFAULT_SETTINGS;
    expect(confirmationsForPatch(s, { mode: 'cloud', summaryLength: 'brief', cloud: { model: 'gpt-4.1', baseUrl: 'https://api.openai.com/v2' } }, true)).toEqual([]);
    expect(confirmationsForPatch(s, { cloud: { baseUrl: 'http://127.0.0.1:9/v1' } }, true)).toEqual([
      { kind: 'hostChange', from: 'api.openai.com', to: '127.0.0.1:9', keyCleared: true },
    ]);
    expect(confirmationsForPatch(s, { cloud: { redact: false } }, false)).toEqual([{ kind: 'redactionOff', host: 'api.openai.com' }]);
    expect(confirmationsForPatch({ ...s, cloud: { ...s.cloud, redact: false } }, { cloud: { redact: false } }, false)).toEqual([]);
    expect(confirmationsForPatch(s, { cloud: { redact: true } }, false)).toEqual([]);
  });

  it('says what happens in words, one line each; the native dialog defaults to Cancel', () => {
    for (const request of [send, { ...send, redacted: false }, { kind: 'redactionOff', host: 'h' } as const, { kind: 'hostChange', from: 'a', to: 'b', keyCleared: true } as const]) {
      const t = confirmationText(request);
      for (const line of [t.title, t.message, t.detail]) expect(line).not.toMatch(/\n/);
      const o = confirmDialogOptions(request);
      expect(o.buttons).toEqual(['Cancel', t.confirm]);
      expect([o.defaultId, o.cancelId]).toEqual([0, 0]);
      expect(o.message).toBe(t.message);
    }
    expect(confirmationText(send).detail).toContain('12,345 characters go to api.openai.com');
    expect(confirmationText({ ...send, redacted: false }).detail).toContain('NOT redacted');
    expect(isConfirmed({ response: 1 })).toBe(true);
    expect(isConfirmed({ response: 0 })).toBe(false);
    expect(isConfirmed({ response: -1 })).toBe(false);
  });
});

describe('the serve terminal answers', () => {
  it('yes only when typed while the question waits; earlier lines, other words and EOF refuse', async () => {
    const stdin = new PassThrough();
    const out: string[] = [];
    const c = createTerminalConfirmer({ input: stdin, write: (l) => out.push(l) });
    stdin.write('yes\n'); // typed before anything was asked: answers nothing
    await new Promise((r) => setImmediate(r));
    const first = c.confirm('p', send);
    await new Promise((r) => setImmediate(r));
    stdin.write('sure\n');
    expect(await first).toBe(false);
    const second = c.confirm('p', send);
    const third = c.confirm('p', send); // one question at a time
    await new Promise((r) => setImmediate(r));
    stdin.write(' YES \n');
    expect(await second).toBe(true);
    await new Promise((r) => setImmediate(r));
    stdin.end();
    expect(await third).toBe(false);
    expect(await c.confirm('p', send)).toBe(false);
    expect(out.filter((l) => l.startsWith('Precis: the page asks:'))).toHaveLength(4);
    c.close();
  });

  it('no terminal input at all, or no answer in time: refused', async () => {
    expect(await createTerminalConfirmer({ write: () => undefined }).confirm('p', send)).toBe(false);
    const c = createTerminalConfirmer({ input: new PassThrough(), write: () => undefined, timeoutMs: 20 });
    expect(await c.confirm('p', send)).toBe(false);
    c.close();
  });
});

describe('consent tokens and session keys', () => {
  it('a token is single-use, expires, and covers one client, document, text and server', () => {
    let now = 0;
    const tokens = createConsentTokens({ ttlMs: 1000, now: () => now });
    const grant = { owner: 'a', documentId: 'd', sha256: 'f'.repeat(64), origin: 'https://x' };
    const t = tokens.mint(grant);
    expect(t).toMatch(/^ct-[A-Za-z0-9_-]{43}$/);
    for (const other of [{ owner: 'b' }, { documentId: 'e' }, { sha256: 'e'.repeat(64) }, { origin: 'http://127.0.0.1:1' }]) {
      const token = tokens.mint(grant);
      expect(() => tokens.redeem(token, { ...grant, ...other })).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
    }
    tokens.redeem(t, grant);
    expect(() => tokens.redeem(t, grant)).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
    const late = tokens.mint(grant);
    now = 2000;
    expect(() => tokens.redeem(late, grant)).toThrow(/expired/);
    expect(() => tokens.redeem(undefined, grant)).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
  });

  it('the bridge’s key (from OPENAI_API_KEY or the page) is used only for the origin it is bound to', async () => {
    const s = createSessionSecrets('sk-env', Promise.resolve('https://api.openai.com'));
    expect(await s.getApiKey('https://api.openai.com')).toBe('sk-env');
    expect(await s.getApiKey('http://127.0.0.1:9')).toBeUndefined();
    expect((await s.status('http://127.0.0.1:9')).set).toBe(false);
    await s.setApiKey('sk-local', 'http://127.0.0.1:9');
    expect(await s.getApiKey('https://api.openai.com')).toBeUndefined();
    expect(await s.getApiKey('http://127.0.0.1:9')).toBe('sk-local');
  });
});
