import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type ExtractOptions } from '../../../../electron/core/documents/extractDocument';
import { noBlocksFailure } from '../../../../electron/core/documents/noTextFailure';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { PrecisFailure } from '../../../../electron/core/errors';
import { makeImageOnlyPdf, makeKnownPdf } from '../../../fixtures/makePdf';
import { rawPdf } from '../../../fixtures/rawPdf';

let dir: string;
let scan: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-notext-'));
  scan = await makeImageOnlyPdf(dir, (await makeKnownPdf()).bytes);
});
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(dir, { recursive: true, force: true });
});

/** The failure extracting `bytes` ends in (its code and message). */
async function refusal(bytes: Uint8Array, options: ExtractOptions = {}): Promise<{ code: string; message: string }> {
  try {
    await extractDocument({ bytes, name: 'scan.pdf' }, options);
  } catch (e) {
    expect(e).toBeInstanceOf(PrecisFailure);
    return { code: (e as PrecisFailure).code, message: (e as PrecisFailure).message };
  }
  throw new Error('no refusal');
}

describe('the NO_TEXT refusal says what was tried', () => {
  it('asks to turn OCR on only where OCR did not run', async () => {
    const off = await refusal(scan, { ocrMode: 'off', ocr: async () => [] });
    expect(off.code).toBe('NO_TEXT');
    expect(off.message).toMatch(/OCR is off\. Turn OCR on/);
  });

  it('says OCR could not read the scan, and why, when it ran and failed', async () => {
    const failed = await refusal(scan, { ocr: async ({ pages }) => pages.map((page) => ({ page, text: '', confidence: 0, failure: 'the page took longer than its time limit' })) });
    expect(failed.code).toBe('NO_TEXT');
    expect(failed.message).toMatch(/OCR was on but could not read the page \(the page took longer than its time limit\)/);
    expect(failed.message).toMatch(/OCR language/);
    expect(failed.message).not.toMatch(/Turn OCR on/i);
  });

  it('says OCR found nothing when it read every page by force', async () => {
    const forced = await refusal(scan, { ocrMode: 'force', ocr: async ({ pages }) => pages.map((page) => ({ page, text: '  ', confidence: 0 })) });
    expect(forced.message).toMatch(/^OCR was set to read every page but found no text on the page\./);
  });

  it('says a blank document has no text, without OCR advice', async () => {
    const blank = rawPdf([{ content: '0 0 m 100 100 l S', width: 612, height: 792 }]);
    const none = await refusal(blank, { ocrMode: 'off' });
    expect(none.code).toBe('NO_TEXT');
    expect(none.message).toMatch(/^This document contains no text to summarize\. Check that it is the file you meant; if its pages show text when you open it, set OCR to read every page and try again\.$/);
    expect(none.message).not.toMatch(/scan/i);
  });
});

describe('the refusal of an extracted document without blocks', () => {
  it("tells the first warning that says why a page gave no text, or only that it has none", () => {
    const why = noBlocksFailure([
      { code: 'OCR_LOW_CONFIDENCE', page: 1, message: 'Page 1 was read by OCR with low confidence.' },
      { code: 'OCR_NEEDED', page: 2, message: 'Page 2 is a scanned image that OCR could not read (no engine); it is left out of the summary.' },
    ]);
    expect(why.code).toBe('NO_TEXT');
    expect(why.message).toMatch(/^This document has no text to summarize\. Page 2 is a scanned image that OCR could not read \(no engine\); it is left out of the summary\. Turn OCR on if it is off;/);
    expect(noBlocksFailure([]).message).toMatch(/^This document has no text to summarize\. Check that it is the file you meant/);
  });
});
