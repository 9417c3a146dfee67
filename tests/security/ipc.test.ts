import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrecisService } from '../../electron/core/service/createPrecisService';
import { createInvokeHandler, clientIdFor, isTrustedSender, type SenderEvent } from '../../electron/main/ipc';
import { scriptedDeps } from '../core/service/scriptedDeps';

const home = mkdtempSync(path.join(os.tmpdir(), 'precis-ipc-'));
const service = createPrecisService(scriptedDeps(home));
afterAll(() => service.shutdown());
const trusted = new Set([7]);
const handler = createInvokeHandler(service, trusted);

const event = (url: string, opts: { id?: number; parent?: boolean; frame?: boolean } = {}): SenderEvent =>
  ({
    sender: { id: opts.id ?? 7 },
    senderFrame: opts.frame === false ? null : { url, parent: opts.parent ? {} : null },
  }) as unknown as SenderEvent;

describe('E12 IPC validates sender and payload', () => {
  it('accepts our window’s top frame on app://main', async () => {
    expect(isTrustedSender(event('app://main/index.html'), trusted)).toBe(true);
    expect(await handler(event('app://main/index.html#/history'), 'app.info', {})).toMatchObject({ ok: true, value: { transport: 'bridge' } });
  });

  it('refuses foreign origins, sub-frames, unknown windows and missing frames with FORBIDDEN_SENDER', async () => {
    for (const e of [
      event('app://evil/index.html'),
      event('app://main.evil/index.html'),
      event('app://user@main/index.html'),
      event('https://main/index.html'),
      event('file:///app/index.html'),
      event('http://127.0.0.1:1234/'),
      event('devtools://devtools/bundled/x.html'),
      event('not a url'),
      event('app://main/index.html', { parent: true }),
      event('app://main/index.html', { id: 8 }),
      event('app://main/index.html', { frame: false }),
    ]) {
      expect(await handler(e, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('refuses bad payloads and unknown channels without throwing', async () => {
    const ok = event('app://main/index.html');
    expect(await handler(ok, 42, {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handler(ok, 'nope', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handler(ok, 'summary.cancel', { jobId: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handler(ok, 'documents.inspect', { file: { kind: 'handle', handle: '/etc/shadow' } })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    for (const request of [{}, { previewId: '' }, { previewId: '/etc/shadow' }, { previewId: 'pv-1', documentId: 'doc-1' }, 'pv-1']) {
      expect(await handler(ok, 'cloud.cancelPreview', request)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
  });

  it('a preview cancel goes through for our window, for its own previews only, and is refused from any other sender', async () => {
    const ok = event('app://main/index.html');
    expect(await handler(ok, 'cloud.cancelPreview', { previewId: 'preview-1' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await handler(event('app://evil/index.html'), 'cloud.cancelPreview', { previewId: 'preview-1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await handler(event('app://main/index.html', { parent: true }), 'cloud.cancelPreview', { previewId: 'preview-1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('refuses a file named by path from the window, even our own trusted one, with PATH_REFUSED', async () => {
    const ok = event('app://main/index.html');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-ipc-f-'));
    const f = path.join(dir, 'a.txt');
    writeFileSync(f, 'Term. Two years.');
    for (const channel of ['documents.inspect', 'summary.start']) {
      const r = await handler(ok, channel, { jobId: 'j1', file: { kind: 'path', path: f } });
      expect(r).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
    }
  });

  it('a window is its own client', () => {
    expect(clientIdFor(7)).toBe('window-7');
    expect(clientIdFor(8)).not.toBe(clientIdFor(7));
  });
});
