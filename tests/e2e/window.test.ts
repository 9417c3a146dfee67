import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { corpusFile } from '../helpers/kit';
import { tinyModelPath } from '../helpers/tinyGguf';
import { defaultChatHandler, startOpenAiServer, type OpenAiTestServer } from '../helpers/openaiServer';
import { axeSerious, dropFiles, launchChromium, shot } from './browserKit';
import { buildRendererOnce } from './rendererBuild';
import { startServe, type Served } from './serveProcess';
// The Source panel's cases run in this file, one Chromium at a time.
import './sourcePageCases';

// One real run of the window: the built renderer in Debian's Chromium against `precis serve`
// (real ingestion, pipeline, stores and export). The deterministic extractive engine drives the
// full flow; the tiny real GGUF model drives progress and cancel.
const CONTRACT = 'cuad_02_service_martinmidstream.pdf';
const SECOND = 'Example-Mutual-Non-Disclosure-Agreement.pdf';

let home: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let served: Served | undefined;
/** Every serve started, so a failing test never leaves one running. */
const allServed: Served[] = [];
let cloudServer: OpenAiTestServer | undefined;
const pageErrors: string[] = [];

async function expectAccessible(p: Page, screen: string) {
  const violations = await axeSerious(p);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** Records every progress line and the summary's length as they change, inside the page. */
async function recordProgress(p: Page) {
  await p.evaluate(() => {
    const w = window as unknown as { __lines: string[]; __lengths: number[]; __values: number[] };
    w.__lines = [];
    w.__lengths = [];
    w.__values = [];
    new MutationObserver(() => {
      const line = document.querySelector('.progress-line')?.textContent;
      if (line && w.__lines.at(-1) !== line) w.__lines.push(line);
      const bar = document.querySelector<HTMLProgressElement>('progress.job-progress');
      if (bar && w.__values.at(-1) !== bar.value) w.__values.push(bar.value);
      const len = document.querySelector('section[aria-label="Summary"] .markdown')?.textContent?.length ?? 0;
      if (w.__lengths.at(-1) !== len) w.__lengths.push(len);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

async function openPage(url: string): Promise<Page> {
  const p = await context.newPage();
  p.on('pageerror', (e) => pageErrors.push(e.message));
  // A CSP refusal (for example of the ws:// bridge under connect-src 'self') shows up as a console error.
  p.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await p.goto(url);
  await p.getByText('Local · offline').waitFor();
  return p;
}

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-e2e-home-'));
  // Always test the renderer as it is now, not a stale build (built once per run from these sources).
  await buildRendererOnce();
  ({ browser, context } = await launchChromium());
}, 60_000);

afterEach(async (ctx) => {
  // A failing step leaves its screen behind for whoever reads the failure.
  if (ctx.task.result?.state === 'fail' && page && !page.isClosed()) {
    await shot(page, `failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
    if (served) console.error(served.stderr().slice(-2000));
  }
});

afterAll(async () => {
  await Promise.all(allServed.map((s) => s.stop()));
  await cloudServer?.close();
  await browser?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('the window in Chromium against precis serve', () => {
  it('summarizes a dropped contract with progress, citations to the source, key terms, settings and export', async () => {
    served = await startServe(['--provider', 'extractive'], home);
    allServed.push(served);
    page = await openPage(served.url);
    await expect(page.getByRole('heading', { name: 'Summarize a contract' }).isVisible()).resolves.toBe(true);
    await shot(page, '01-empty');
    await expectAccessible(page, 'empty window');

    await recordProgress(page);
    await dropFiles(page, [
      { name: CONTRACT, bytes: readFileSync(corpusFile(CONTRACT)), type: 'application/pdf' },
      { name: 'setup.exe', bytes: Buffer.from('MZ') },
    ]);
    // The unsupported file is refused inline, naming the file and the reason.
    const refusal = page.getByRole('alert').filter({ hasText: 'setup.exe' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/setup\.exe.*\.exe files are not supported/);

    // Facts arrive before the summary.
    const facts = page.getByRole('region', { name: 'Document facts' });
    await facts.waitFor();
    expect(await facts.textContent()).toMatch(/Pages\d+Estimated tokens[\d,]+Passes needed\d+/);
    await page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /^Source: p\. \d+/ }).first().waitFor({ timeout: 30_000 });
    await page.locator('.doc-heading').getByText('Done').waitFor();
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __lines: string[]; __lengths: number[]; __values: number[] };
      return { lines: w.__lines, lengths: w.__lengths, values: w.__values };
    });
    // The extractive engine is fast: the line may skip straight past the sections (the tiny-model
    // test below watches "Reading section N of M" for real); some progress must have shown.
    expect(seen.lines.length).toBeGreaterThan(0);
    expect(seen.values.length).toBeGreaterThan(0);
    expect(seen.lengths.at(-1)).toBeGreaterThan(200);
    await shot(page, '02-summary');
    await expectAccessible(page, 'summary');

    // A citation opens the Source region on its page with the cited block highlighted and in view.
    const cite = page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /^Source: p\. \d+/ }).first();
    const name = (await cite.getAttribute('aria-label')) ?? '';
    const pageNo = Number(/p\. (\d+)/.exec(name)?.[1]);
    await cite.click();
    const source = page.getByRole('region', { name: 'Source' });
    await source.waitFor();
    const cited = source.getByRole('group', { name: 'Cited passage' }).first();
    await cited.waitFor();
    await expect(cited.isVisible()).resolves.toBe(true);
    expect(await source.getByText(`Page ${pageNo} of`).count()).toBe(1);
    // Scrolled into view (smoothly, so give it a moment).
    await expect.poll(async () => {
      const box = await cited.boundingBox();
      return !!box && box.y >= 0 && box.y + 10 < 860;
    }).toBe(true);
    expect(((await cited.textContent()) ?? '').length).toBeGreaterThan(10);
    await shot(page, '03-source');
    await expectAccessible(page, 'source');

    // Keyboard alone: close with Escape (focus returns to the citation), reopen with Enter.
    await page.keyboard.press('Escape');
    await source.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(name);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid'); // focus is visible
    await shot(page, '03b-keyboard-focus');
    await page.keyboard.press('Enter');
    await source.waitFor();

    // A narrow window (800 px) keeps the summary readable beside its source, with nothing cut off sideways.
    await page.setViewportSize({ width: 800, height: 860 });
    const width = async (selector: string) => (await page.locator(selector).boundingBox())?.width ?? 0;
    await expect.poll(() => width('main.main')).toBeGreaterThanOrEqual(360);
    expect(await width('.source')).toBeGreaterThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await expect(page.getByRole('tab', { name: 'Key terms' }).isVisible()).resolves.toBe(true);
    await shot(page, '03c-narrow-source');
    // Closed, the source gives the room back to the sidebar.
    await page.keyboard.press('Escape');
    await source.waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Documents' }).waitFor();
    expect(await width('main.main')).toBeGreaterThanOrEqual(500);
    await page.setViewportSize({ width: 1360, height: 860 });
    await page.keyboard.press('Enter');
    await source.waitFor();

    // Key terms as a table with citations.
    await page.getByRole('tab', { name: 'Key terms' }).click();
    const table = page.getByRole('table', { name: 'Key terms' });
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(2);
    expect(await table.getByRole('button', { name: /^Source: p\. \d+/ }).count()).toBeGreaterThan(0);
    await shot(page, '04-key-terms');
    await expectAccessible(page, 'key terms');
    await page.getByRole('tab', { name: 'Summary' }).click();

    // Export Markdown: the file main builds, saved through a blob download.
    const download = page.waitForEvent('download');
    // From the keyboard: focus stays on the button while the file is made, and after.
    await page.getByRole('button', { name: 'Export Markdown' }).focus();
    await page.keyboard.press('Enter');
    const file = await download;
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Export Markdown');
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const exported = readFileSync((await file.path())!, 'utf8');
    expect(exported).toContain('martinmidstream'); // the file name, markdown-escaped
    expect(exported).toMatch(/\[p\. \d+/);
    // And the Word report (a real .docx carrying the file's provenance).
    const docxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Word report' }).click();
    const docx = await docxDownload;
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync((await docx.path())!));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('martinmidstream');

    // Settings: change the summary length and threads; saved by main.
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    await dialog.getByLabel('Threads').fill('0');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Threads must be from 1 to 256.').waitFor();
    await dialog.getByLabel('Threads').fill('2');
    await dialog.getByLabel('Detailed').check();
    await shot(page, '05-settings');
    await expectAccessible(page, 'settings');
    // Choosing Cloud asks first (the radio stays on Local until confirmed).
    await dialog.getByLabel(/^Cloud/).click();
    await dialog.getByText('Switch to Cloud mode?').waitFor();
    await shot(page, '06-cloud-confirm');
    await expectAccessible(page, 'cloud confirmation');
    await dialog.getByRole('button', { name: 'Stay local' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Dark theme follows the OS.
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, '07-dark');
    await expectAccessible(page, 'dark theme');
    await page.emulateMedia({ colorScheme: 'light' });

    // An encrypted PDF asks for its password; a wrong one says so; the right one opens it.
    const locked = path.join(home, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'open-sesame', 'owner-pw', '256', '--', corpusFile(SECOND), locked]);
    await dropFiles(page, [{ name: 'locked.pdf', bytes: readFileSync(locked), type: 'application/pdf' }]);
    // The window stays on the summary being read; the queue marks the file and the live region says so.
    const lockedRow = page.getByRole('list', { name: 'Queue' }).getByRole('button', { name: /^locked\.pdf Needs password/ });
    await lockedRow.waitFor();
    await lockedRow.click();
    const password = page.getByLabel('Password for locked.pdf');
    await password.waitFor();
    await shot(page, '08a-password');
    await expectAccessible(page, 'password prompt');
    await password.fill('wrong');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    // In the pane, under the field (the announcement says it too).
    await page.getByRole('main').getByText(/password for this PDF is not correct/i).waitFor();
    await page.getByLabel('Password for locked.pdf').fill('open-sesame');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('list', { name: 'Queue' }).getByRole('button', { name: /^locked\.pdf Done/ }).click({ timeout: 20_000 });
    // Its pages are drawn with the password given at open, without asking again.
    await page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /^Source: / }).first().click();
    const lockedSource = page.getByRole('region', { name: 'Source' });
    await lockedSource.locator('.pdf-page[data-painted="true"]').waitFor({ timeout: 30_000 });
    // Reopened from the history in a new window, which has no password (none is ever stored): the
    // panel asks for it, then draws. Each serve address opens one window once, so the new window
    // opens the address this one kept (the token the server handed it), after this one closed.
    const next = page.url();
    await page.close();
    const fresh = await openPage(next);
    await fresh.getByRole('list', { name: 'History' }).getByRole('button', { name: /^locked\.pdf/ }).first().click();
    await fresh.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /^Source: / }).first().click();
    const unlock = fresh.getByRole('region', { name: 'Source' }).getByLabel('Password to show this PDF');
    await unlock.fill('wrong');
    await fresh.getByRole('button', { name: 'Show page' }).click();
    await fresh.getByText('That password is not correct for this PDF.').waitFor();
    await shot(fresh, '08b-password-source');
    await unlock.fill('open-sesame');
    await fresh.getByRole('button', { name: 'Show page' }).click();
    await fresh.getByRole('region', { name: 'Source' }).locator('.pdf-page[data-painted="true"]').waitFor({ timeout: 30_000 });
    // The first contract again, in this window: main finds its summary by the same engine in the
    // history, so it is offered, not written again.
    await dropFiles(fresh, [{ name: CONTRACT, bytes: readFileSync(corpusFile(CONTRACT)), type: 'application/pdf' }]);
    await fresh.getByRole('list', { name: 'Queue' }).getByRole('button', { name: new RegExp(`^${CONTRACT.replace(/\./g, '\\.')} Summarized before`) }).click();
    await fresh.getByText(/You summarized this document on .* with the quick summary/).waitFor();
    await expectAccessible(fresh, 'summarized before');
    await fresh.getByRole('button', { name: 'Open the earlier summary' }).click();
    await fresh.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /^Source: p\. \d+/ }).first().waitFor();
    await fresh.close();

    expect(pageErrors).toEqual([]);
    await served.stop();
  }, 90_000);

  it('shows a tiny real model working, cancels it at once, and keeps settings and history across a restart', async () => {
    const model = await tinyModelPath();
    served = await startServe(['--provider', 'local', '--model', model, '--threads', '2'], home);
    allServed.push(served);
    page = await openPage(served.url);

    // Settings and history survived the restart.
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog.getByLabel('Detailed').isChecked()).resolves.toBe(true);
    await expect(dialog.getByLabel('Threads').inputValue()).resolves.toBe('2');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const history = page.getByRole('list', { name: 'History' });
    await history.getByRole('button', { name: new RegExp(`^${CONTRACT.replace(/\./g, '\\.')}`) }).click();
    await page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /^Source: p\. \d+/ }).first().waitFor();
    await shot(page, '08-history-reopened');

    // Two contracts: the first runs on the model, the second waits in the queue.
    await dropFiles(page, [
      { name: SECOND, bytes: readFileSync(corpusFile(SECOND)), type: 'application/pdf' },
      { name: CONTRACT, bytes: readFileSync(corpusFile(CONTRACT)), type: 'application/pdf' },
    ]);
    const queue = page.getByRole('list', { name: 'Queue' });
    await queue.getByRole('button', { name: new RegExp(`^${CONTRACT.replace(/\./g, '\\.')} Queued`) }).waitFor();
    // The window stays on the summary being read; the user opens the running document themselves.
    await queue.getByRole('button', { name: new RegExp(`^${SECOND.replace(/\./g, '\\.')}`) }).click();
    await page.getByText(/^Reading section \d+ of \d+/).waitFor({ timeout: 30_000 });
    const bar = page.getByRole('progressbar', { name: 'Summary progress' });
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await shot(page, '09-model-progress');
    await expectAccessible(page, 'progress');

    // Cancel stops the running job at once; the queue moves on to the second document.
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await queue.getByRole('button', { name: new RegExp(`^${SECOND.replace(/\./g, '\\.')}.*Cancelled`) }).waitFor({ timeout: 10_000 });
    expect(Date.now() - t0).toBeLessThan(5000);
    await page.locator('.doc-heading').getByText(CONTRACT).waitFor();
    await page.getByText(/^Reading section \d+ of \d+/).waitFor({ timeout: 30_000 });
    // The second job is cancelled too, from the keyboard.
    await page.getByRole('button', { name: 'Cancel', exact: true }).focus();
    await page.keyboard.press('Enter');
    await queue.getByRole('button', { name: new RegExp(`^${CONTRACT.replace(/\./g, '\\.')}.*Cancelled`) }).waitFor({ timeout: 10_000 });
    await shot(page, '10-cancelled');
    await expectAccessible(page, 'cancelled');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('in Cloud mode asks first, previews what leaves, and streams the summary from an OpenAI-compatible server', async () => {
    await served?.stop();
    // A loopback OpenAI-compatible server: schema-valid notes, then the final summary in slow pieces.
    cloudServer = await startOpenAiServer({
      handler: async (req, res, n) => {
        if (req.body?.response_format) return defaultChatHandler(req, res, n);
        const text = '## Overview\n\nA mutual non-disclosure agreement [p. 1]. Each party keeps the other’s information confidential [p. 1] and may use it only for the stated purpose.';
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const base = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'test-model' };
        for (const piece of text.match(/[\s\S]{1,14}/g) ?? []) {
          res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
          await new Promise((r) => setTimeout(r, 90));
        }
        res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
        res.end('data: [DONE]\n\n');
      },
    });
    const cloudHome = mkdtempSync(path.join(home, 'cloud-'));
    served = await startServe([], cloudHome);
    allServed.push(served);
    page = await openPage(served.url);

    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel(/^Cloud/).click();
    await dialog.getByRole('button', { name: 'Use Cloud mode' }).click();
    await dialog.getByLabel('Base URL').fill(cloudServer.baseUrl);
    await dialog.getByLabel('Model name').fill('test-model');
    await dialog.getByLabel('API key').fill('sk-E2E-CANARY-4242');
    await shot(page, '11-cloud-settings');
    await expectAccessible(page, 'cloud settings');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Cloud · 127.0.0.1:${cloudServer.port}`).waitFor();

    await recordProgress(page);
    await dropFiles(page, [{ name: SECOND, bytes: readFileSync(corpusFile(SECOND)), type: 'application/pdf' }]);
    const consent = page.getByRole('region', { name: 'What will be sent' });
    await consent.waitFor();
    expect(await consent.getByLabel('Text to be sent').textContent()).toMatch(/Confidential Information/);
    expect(cloudServer.chatRequests()).toHaveLength(0); // nothing left before the user said yes
    await shot(page, '12-cloud-consent');
    await expectAccessible(page, 'cloud consent');
    await consent.getByRole('button', { name: 'Send and summarize' }).click();

    const summary = page.getByRole('region', { name: 'Summary' });
    await summary.getByText(/mutual non-disclosure agreement/).waitFor({ timeout: 30_000 });
    await page.locator('.doc-heading').getByText('Done').waitFor({ timeout: 30_000 });
    await shot(page, '13-cloud-summary');
    const lengths = await page.evaluate(() => (window as unknown as { __lengths: number[] }).__lengths);
    // The text grew piece by piece on screen before the finished summary replaced it.
    const growing = lengths.filter((n, i) => i > 0 && n > (lengths[i - 1] ?? 0));
    expect(growing.length).toBeGreaterThanOrEqual(3);
    await expect(summary.getByRole('button', { name: /^Source: p\. 1/ }).count()).resolves.toBeGreaterThan(0);
    // The key went to main and never came back into the window.
    expect(await page.content()).not.toContain('sk-E2E-CANARY-4242');
    // The new server and the sending were each confirmed on the terminal running `precis serve`, not by the page.
    expect(served!.questions()).toEqual(['Change the cloud server?', 'Send this document to the cloud?']);
    // The key was entered for that server after the change, so it went there.
    expect(cloudServer.chatRequests().every((r) => r.headers.authorization === 'Bearer sk-E2E-CANARY-4242')).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('says why a saved cloud address was changed and cloud mode turned off, until dismissed', async () => {
    // A settings file of its own: a cloud address saved with a key in its query (as an older version allowed).
    const own = mkdtempSync(path.join(os.tmpdir(), 'precis-e2e-notice-'));
    writeFileSync(
      path.join(own, 'settings.json'),
      JSON.stringify({ mode: 'cloud', local: {}, cloud: { baseUrl: 'https://llm.quillfeather.example/v1?api-key=sk-E2E-QUERY-7', model: 'quill-7b' } }),
    );
    try {
      served = await startServe(['--provider', 'extractive'], own);
      allServed.push(served);
      page = await openPage(served.url);
      const notice = page.getByRole('alert').filter({ hasText: 'cloud mode is off until you check the address in Settings' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/Precis removed that part and now uses https:\/\/llm\.quillfeather\.example\/v1;/);
      // Neither the key from the address's query nor where the file lives reaches the window.
      const html = await page.content();
      expect(html).not.toContain('sk-E2E-QUERY-7');
      expect(html).not.toContain(own);
      // The file itself was mended on that first read.
      expect(readFileSync(path.join(own, 'settings.json'), 'utf8')).not.toContain('sk-E2E-QUERY-7');
      await shot(page, '14-settings-notice');
      await expectAccessible(page, 'settings notice');
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await notice.waitFor({ state: 'detached' });
      // Dismissed in main: a reload does not bring it back.
      await page.reload();
      await page.getByText('Local · offline').waitFor();
      // The window asks for its notices beside its settings: give that answer time to arrive (and show nothing).
      await page.waitForTimeout(1000);
      expect(await page.getByText('cloud mode is off until you check the address').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await served?.stop();
      rmSync(own, { recursive: true, force: true });
    }
  }, 60_000);
});
