/**
 * `precis serve` with a settings file it had to mend on load: the page learns why over the bridge
 * (the notice held since start, and its dismissal pushed to every page), as the desktop window does.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../shared/notices';
import { connectBridge } from '../../../electron/core/bridge/connectBridge';
import { createServeStack } from '../../../electron/core/commands/serve';

let stack: Awaited<ReturnType<typeof createServeStack>>;
let home: string;
const said: string[] = [];

beforeAll(async () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'precis-bridge-notices-'));
  const rendererDir = path.join(base, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  home = path.join(base, 'home');
  mkdirSync(home);
  writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ mode: 'cloud', local: {}, cloud: { baseUrl: 'https://llm.quillfeather.example/v1#token=sk-INVENTED-2', model: 'quill-7b' } }));
  stack = await createServeStack({ home, rendererDir, provider: 'extractive', say: (line) => said.push(line), version: 'test' });
});
afterAll(async () => {
  await stack?.close();
});

describe('bridge: notices', () => {
  it('a page gets the notice of the mended settings, and a dismissal in one page reaches the other', async () => {
    const a = await connectBridge({ port: stack.server.port, token: stack.server.token });
    const b = await connectBridge({ port: stack.server.port, token: stack.server.issueToken() });
    const settings = await a.invoke('settings.get', {});
    expect(settings.ok && settings.value.mode).toBe('local');
    const listed = await a.invoke('notices.list', {});
    expect(listed.ok).toBe(true);
    const notices = (listed.ok ? listed.value : []) as AppNotice[];
    expect(notices.map((n) => n.code)).toEqual(['CLOUD_ADDRESS_CHANGED']);
    expect(notices[0]!.message).toMatch(/Precis removed that part and now uses https:\/\/llm\.quillfeather\.example\/v1;/);
    expect(JSON.stringify(notices)).not.toMatch(/sk-INVENTED|token=|settings\.json/);
    expect(JSON.stringify(notices)).not.toContain(home);
    expect(readFileSync(path.join(home, 'settings.json'), 'utf8')).not.toContain('sk-INVENTED');
    const seenByB: AppNotice[][] = [];
    b.on('notices.list', (list) => seenByB.push(list));
    expect(await a.invoke('notices.dismiss', { id: notices[0]!.id })).toEqual({ ok: true, value: { dismissed: true } });
    await expect.poll(() => seenByB).toEqual([[]]);
    expect(await b.invoke('notices.list', {})).toEqual({ ok: true, value: [] });
    await a.close();
    await b.close();
  });
});
