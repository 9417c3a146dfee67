/**
 * OCR language data is looked up only when a page is read by OCR. With the data made unavailable
 * (the lookup pointed at an empty folder, or a language no package ships), documents that need no
 * OCR still extract, and a scanned page fails with OCR_LANGUAGE_MISSING naming the language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/core/commands/cliIo';
import { ocrExtractOptions } from '../../../../electron/core/commands/ocrCli';
import { extractDocument } from '../../../../electron/core/documents/extractDocument';
import { createOcrHook } from '../../../../electron/core/documents/ocr/createOcrHook';
import { languageDataDir } from '../../../../electron/core/documents/ocr/ocrLanguages';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { makeContractDocx } from '../../../fixtures/makeDocx';
import { makeImageOnlyPdf, makeKnownPdf } from '../../../fixtures/makePdf';
import { failureOf } from '../../../helpers/failureOf';

let empty: string;
let work: string;
let textPdf: Uint8Array;
let scanned: Uint8Array;
let docx: Uint8Array;
beforeAll(async () => {
  empty = mkdtempSync(path.join(os.tmpdir(), 'precis-nolang-'));
  work = mkdtempSync(path.join(os.tmpdir(), 'precis-nolang-work-'));
  textPdf = (await makeKnownPdf()).bytes;
  scanned = await makeImageOnlyPdf(work, textPdf);
  docx = await makeContractDocx();
});
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(empty, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('OCR language data is needed only by scanned pages', () => {
  const noData = (): ReturnType<typeof createOcrHook> => createOcrHook({ dataDir: empty });

  it('an empty data folder has no English', () => {
    expect(() => languageDataDir('eng', empty)).toThrow(/English \(eng\)/);
  });

  it('a DOCX and a PDF with a text layer extract without any language data, with OCR on', async () => {
    const fromDocx = await extractDocument({ bytes: docx, name: 'contract.docx' }, { ocr: noData(), ocrMode: 'force' });
    expect(fromDocx.blocks.length).toBeGreaterThan(0);
    const fromPdf = await extractDocument({ bytes: textPdf, name: 'known.pdf' }, { ocr: noData(), ocrMode: 'auto' });
    expect(fromPdf.pageCount).toBe(3);
    expect(fromPdf.warnings.filter((w) => w.code.startsWith('OCR'))).toEqual([]);
  });

  it('a scanned page fails with OCR_LANGUAGE_MISSING naming the language', async () => {
    const failure = await failureOf(extractDocument({ bytes: scanned, name: 'scan.pdf' }, { ocr: noData(), ocrMode: 'auto' }));
    expect(failure.code).toBe('OCR_LANGUAGE_MISSING');
    expect(failure.message).toContain('English (eng)');
  });

  it('the CLI flags look nothing up: --ocr-lang fra (no package ships French) reads a text PDF, and names French on a scan', async () => {
    const lines: string[] = [];
    const io: CliIo = { stdout: (s) => lines.push(s), write: (s) => lines.push(s), stderr: (s) => lines.push(s), signal: new AbortController().signal, env: {} };
    const options = ocrExtractOptions({ ocr: 'auto', 'ocr-lang': 'fra' }, io);
    const doc = await extractDocument({ bytes: textPdf, name: 'known.pdf' }, options);
    expect(doc.pageCount).toBe(3);
    const failure = await failureOf(extractDocument({ bytes: scanned, name: 'scan.pdf' }, options));
    expect(failure.code).toBe('OCR_LANGUAGE_MISSING');
    expect(failure.message).toContain('French (fra)');
  });
});
