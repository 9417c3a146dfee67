import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ELECTRON_EVENT_CHANNEL } from '../../shared/ipc/contract';
import { createPrecisService } from '../../electron/core/service/createPrecisService';
import { createInvokeHandler } from '../../electron/main/ipc';
import { attachWindowClient } from '../../electron/main/windowClient';
import { scriptedDeps } from '../core/service/scriptedDeps';

const home = mkdtempSync(path.join(os.tmpdir(), 'precis-win-'));
const service = createPrecisService(scriptedDeps(home, { deltas: 2000, gapMs: 2 }));
afterAll(() => service.shutdown());

function fakeWindow(id: number) {
  const sent: unknown[][] = [];
  const contents = Object.assign(new EventEmitter(), {
    id,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    send: (...args: unknown[]) => sent.push(args),
  });
  return { contents, sent };
}
const DATA = Buffer.from('1. Term. Two years.').toString('base64');

describe('job ownership: a window’s jobs end when it reloads, navigates or closes', () => {
  it('events go to the window that started the job; a reload cancels it', async () => {
    const trusted = new Set<number>();
    const a = fakeWindow(1);
    const b = fakeWindow(2);
    attachWindowClient(service, a.contents as never, trusted);
    attachWindowClient(service, b.contents as never, trusted);
    expect([...trusted].sort()).toEqual([1, 2]);
    const invoke = createInvokeHandler(service, trusted);
    const from = (id: number) => ({ sender: { id }, senderFrame: { url: 'app://main/index.html', parent: null } }) as never;
    expect(await invoke(from(1), 'summary.start', { jobId: 'j', file: { kind: 'bytes', name: 'a.txt', data: DATA } })).toMatchObject({ ok: true });
    await expect.poll(() => a.sent.length).toBeGreaterThan(2);
    expect(a.sent.every((s) => s[0] === ELECTRON_EVENT_CHANNEL && s[1] === 'summary.event')).toBe(true);
    expect(b.sent).toEqual([]);
    expect(service.activeJobs()).toBe(1);
    // Same-document navigation (a hash change) keeps the job.
    a.contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    expect(service.activeJobs()).toBe(1);
    a.contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    await expect.poll(() => service.activeJobs()).toBe(0);
    // The reloaded page is subscribed again and can start a new job.
    const before = a.sent.length;
    await invoke(from(1), 'summary.start', { jobId: 'k', file: { kind: 'bytes', name: 'a.txt', data: DATA } });
    await expect.poll(() => a.sent.length).toBeGreaterThan(before);
    a.contents.emit('render-process-gone');
    await expect.poll(() => service.activeJobs()).toBe(0);
  });

  it('closing the window cancels its job, untrusts it and sends nothing more', async () => {
    const trusted = new Set<number>();
    const w = fakeWindow(3);
    attachWindowClient(service, w.contents as never, trusted);
    const invoke = createInvokeHandler(service, trusted);
    const from = { sender: { id: 3 }, senderFrame: { url: 'app://main/index.html', parent: null } } as never;
    await invoke(from, 'summary.start', { jobId: 'c', file: { kind: 'bytes', name: 'a.txt', data: DATA } });
    await expect.poll(() => service.activeJobs()).toBe(1);
    w.contents.destroyed = true;
    w.contents.emit('destroyed');
    await expect.poll(() => service.activeJobs()).toBe(0);
    expect(trusted.has(3)).toBe(false);
    expect(await invoke(from, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });
});
