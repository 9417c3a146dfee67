/**
 * The page-render thread that draws PDF pages for OCR: pages whose text is set in fonts must come
 * out drawn (not blank), and a drawing that overruns its time limit is stopped without hanging
 * the run or losing the other pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PrecisFailure } from '../../../../electron/core/errors';
import { PageRenderer, RendererStopped } from '../../../../electron/core/documents/ocr/pageRenderer';
import { MAX_DRAWING_WORK } from '../../../../electron/core/documents/ocr/drawingWork';
import { pdfkitBytes } from '../../../fixtures/pdfkitBytes';
import { rawPdf } from '../../../fixtures/rawPdf';

/** Share of the image's pixels that are dark (the PGM header is skipped). */
function darkShare(img: { image: Uint8Array; width: number; height: number }): number {
  let dark = 0;
  for (let i = img.image.length - img.width * img.height; i < img.image.length; i++) if (img.image[i]! < 128) dark++;
  return dark / (img.width * img.height);
}

const textPdf = (): Promise<Uint8Array> =>
  pdfkitBytes((doc) => {
    for (const font of ['Helvetica', 'Times-Bold']) {
      doc.addPage();
      doc.font(font).fontSize(28);
      for (let line = 0; line < 12; line++) doc.text('The Supplier shall deliver the goods on time.', 40, 60 + line * 50, { lineBreak: false });
    }
  });

/** A one-page PDF whose page draws the word "Harbor" `runs` times at the same spot (six glyphs and four other operations a run). */
const overprintedPdf = (runs: number): Uint8Array => rawPdf([{ content: Array.from({ length: runs }, () => 'BT /F1 24 Tf 100 400 Td (Harbor) Tj ET').join('\n'), width: 612, height: 792 }]);

const open: PageRenderer[] = [];
afterAll(async () => {
  await Promise.all(open.map((r) => r.close()));
});

describe('PageRenderer', () => {
  it('draws text set in fonts (pdf.js packs fonts with an ArrayBuffer method Node 20 lacks; without it the page is blank)', { timeout: 60_000 }, async () => {
    const r = await PageRenderer.open(await textPdf(), undefined, 60_000);
    open.push(r);
    for (const page of [1, 2]) {
      const img = await r.render(page, 100, 0, 60_000);
      expect(darkShare(img)).toBeGreaterThan(0.01);
    }
    // Turned upside down the ink stays (a blank first reading is what sends OCR to try other turns).
    expect(darkShare(await r.render(1, 100, 180, 60_000))).toBeGreaterThan(0.01);
  });

  it('stops a drawing that overruns its limit with OCR_FAILED; the page drawn beside it gets RendererStopped, and a fresh thread draws it', { timeout: 60_000 }, async () => {
    const bytes = await textPdf();
    const r = await PageRenderer.open(bytes, undefined, 60_000);
    open.push(r);
    const [slow, beside] = await Promise.allSettled([r.render(1, 300, 0, 1), r.render(2, 300, 0, 60_000)]);
    expect(slow.status).toBe('rejected');
    const failure = (slow as PromiseRejectedResult).reason as PrecisFailure;
    expect(failure).toBeInstanceOf(PrecisFailure);
    expect(failure.code).toBe('OCR_FAILED');
    expect(failure.message).toMatch(/^Drawing page 1 for OCR took longer than 1 s and was stopped; try again, or re-save the file as a PDF\.$/);
    expect((beside as PromiseRejectedResult).reason).toBeInstanceOf(RendererStopped);
    // The stopped thread takes no more work; a fresh one draws the page.
    await expect(r.render(2, 100, 0, 60_000)).rejects.toBeInstanceOf(RendererStopped);
    const fresh = await PageRenderer.open(bytes, undefined, 60_000);
    open.push(fresh);
    expect(darkShare(await fresh.render(2, 100, 0, 60_000))).toBeGreaterThan(0.01);
  });

  it('stops an opening that overruns its limit with OCR_FAILED instead of waiting on it', { timeout: 60_000 }, async () => {
    // No thread loads pdf.js and opens a file within a millisecond.
    const failure = await PageRenderer.open(await textPdf(), undefined, 1).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(PrecisFailure);
    expect((failure as PrecisFailure).code).toBe('OCR_FAILED');
    expect((failure as PrecisFailure).message).toMatch(/^Opening the document for OCR took longer than 1 s and was stopped; try again, or re-save the file as a PDF\.$/);
  });

  it('does not draw a page that paints more than any printed page: OCR_FAILED, upright or turned; a page under the limit is drawn', { timeout: 60_000 }, async () => {
    const over = Math.ceil(MAX_DRAWING_WORK / 10) + 1;
    const r = await PageRenderer.open(overprintedPdf(over), undefined, 60_000);
    open.push(r);
    for (const rotation of [0, 180] as const) {
      const failure = await r.render(1, 100, rotation, 60_000).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(PrecisFailure);
      expect((failure as PrecisFailure).code).toBe('OCR_FAILED');
      expect((failure as PrecisFailure).message).toMatch(/^Page 1 was not drawn for OCR: it paints more than 200,000 glyphs and strokes/);
    }
    // The thread goes on drawing other documents' pages.
    const under = await PageRenderer.open(overprintedPdf(100), undefined, 60_000);
    open.push(under);
    expect(darkShare(await under.render(1, 100, 0, 60_000))).toBeGreaterThan(0.001);
    expect(darkShare(await under.render(1, 100, 90, 60_000))).toBeGreaterThan(0.001);
  });
});
