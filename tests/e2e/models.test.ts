import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startRangeServer, type RangeServer } from '../helpers/rangeServer';
import { writeTinyCatalog } from '../helpers/testCatalog';
import { dropFiles, launchChromium, shot } from './browserKit';
import { buildRendererOnce } from './rendererBuild';
import { startServe, type Served } from './serveProcess';

// The first-launch flow in Debian's Chromium against `precis serve`: a catalog holding the tiny real
// model, served by a loopback HTTP server with ranges. Card → download with progress → model in use
// (Settings and header agree) → a summary by that model.
let home: string;
let browser: Browser;
let context: BrowserContext;
let served: Served | undefined;
let server: RangeServer;
const saved = { catalog: process.env.PRECIS_MODELS_CATALOG, base: process.env.PRECIS_MODELS_BASE_URL };

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-e2e-models-'));
  const tiny = await writeTinyCatalog(home);
  server = await startRangeServer({ [tiny.urlPath]: { body: tiny.bytes, throttle: { chunk: 24 * 1024, delayMs: 80 } } });
  // startServe passes this process's environment on: these point the catalog at the loopback server.
  process.env.PRECIS_MODELS_CATALOG = tiny.file;
  process.env.PRECIS_MODELS_BASE_URL = server.url;
  await buildRendererOnce();
  ({ browser, context } = await launchChromium());
}, 90_000);

afterAll(async () => {
  await served?.stop();
  await server?.close();
  await browser?.close();
  for (const [key, value] of [['PRECIS_MODELS_CATALOG', saved.catalog], ['PRECIS_MODELS_BASE_URL', saved.base]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('first launch: get a model in one click', () => {
  it('card → download with progress → model in use → summary', async () => {
    served = await startServe(['--threads', '2'], home);
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    const card = page.getByRole('region', { name: 'Get a local model' });
    await card.waitFor({ timeout: 30_000 });
    await card.getByText('Key terms and quick summaries already work without a model').waitFor();
    await card.getByText(/Best fit for this computer \(CPU\): Precis tiny \(test\)/).waitFor({ timeout: 30_000 });
    await shot(page, 'models-01-first-launch');

    await card.getByRole('button', { name: 'Download Precis tiny (test)' }).click();
    const bar = card.getByRole('progressbar', { name: 'Downloading precis-tiny-F32.gguf' });
    await bar.waitFor();
    await shot(page, 'models-02-downloading');

    // Done: the model is in use, loaded, and the header names it with its backend.
    const header = page.getByRole('banner');
    await header.getByText('precis-tiny').waitFor({ timeout: 30_000 });
    await header.getByText('CPU', { exact: true }).waitFor({ timeout: 30_000 });
    expect(server.requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    // The dialog fills its model list asynchronously; then its choice is the model in use.
    await expect.poll(() => settings.getByLabel('Model', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('precis-tiny-F32.gguf');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    await shot(page, 'models-03-in-use');

    const text = Array.from({ length: 6 }, (_, i) => `${i + 1}. PAYMENT. The Customer shall pay each invoice within thirty (30) days.`).join('\n\n');
    await dropFiles(page, [{ name: 'short.txt', bytes: Buffer.from(text), type: 'text/plain' }]);
    await page.locator('.doc-heading').getByText('Done').waitFor({ timeout: 60_000 });
    await shot(page, 'models-04-summary');
    expect(errors).toEqual([]);
  }, 150_000);
});
