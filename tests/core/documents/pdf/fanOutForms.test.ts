import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument, type OcrHook } from '../../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { rawPdf } from '../../../fixtures/rawPdf';

// A page that draws a form which draws another form ten times, nested, makes pdf.js run the
// innermost form 10 × 10 × … times to read the page's text: with seven levels, ten million times,
// which took minutes and ended the whole document at the parse thread's stall limit. Read within
// the bound the fan-out page costs a second or two; the bound below is generous for a busy machine.
const BOUND_MS = 30_000;

const run = (text: string, x: number, y: number): string => `BT /F1 10 Tf ${x} ${y} Td (${text}) Tj ET`;

/** Forms Fm1 … Fm`depth`: each draws the next `fan` times; the last shows `text`. */
function nestedForms(depth: number, fan: number, text: string): { name: string; content: string }[] {
  return Array.from({ length: depth }, (_, i) => ({
    name: `Fm${i + 1}`,
    content: i + 1 === depth ? run(text, 300, 100) : Array.from({ length: fan }, () => `q /Fm${i + 2} Do Q`).join('\n'),
  }));
}

function threePages(depth: number, fan: number): Uint8Array {
  const page = (content: string): { content: string; width: number; height: number } => ({ content, width: 612, height: 792 });
  return rawPdf(
    [
      page(run('This Supply Agreement is made between Nordlicht GmbH and Harbor Lane Inc.', 72, 700)),
      page(`${run('The Buyer shall pay each invoice within thirty days.', 72, 700)}\n${Array.from({ length: fan }, () => 'q /Fm1 Do Q').join('\n')}`),
      page(run('The Supplier shall deliver the goods to the Buyer.', 72, 700)),
    ],
    nestedForms(depth, fan, 'Approved'),
  );
}

afterAll(async () => {
  await shutdownParseWorker();
});

describe('a page that draws forms within forms over and over', () => {
  it('is left unread with a warning naming it, and the rest of the document is read', async () => {
    const started = performance.now();
    const doc = await extractDocument({ bytes: threePages(7, 10), name: 'fan-out.pdf' });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(doc.pageCount).toBe(3);
    expect(doc.pages[0]!.text).toMatch(/Nordlicht GmbH/);
    expect(doc.pages[1]!.text).toBe('');
    expect(doc.pages[2]!.text).toMatch(/deliver the goods/);
    const warning = doc.warnings.find((w) => w.code === 'PAGE_TOO_COMPLEX');
    expect(warning?.page).toBe(2);
    expect(warning?.message).toMatch(/^Page 2 /);
    // The unread page is not also reported as a page without text.
    expect(doc.warnings.some((w) => w.code === 'NO_TEXT')).toBe(false);
  }, 60_000);

  it('is not given to OCR, even to read every page', async () => {
    // Drawing the page for OCR would run its forms the same way.
    const asked: number[] = [];
    const streamed: number[] = [];
    const ocr: OcrHook = Object.assign(async ({ pages }: { pages: number[] }) => (asked.push(...pages), []), {
      stream: async ({ pages }: { pages: { take(): Promise<number | undefined> } }) => {
        for (let page = await pages.take(); page !== undefined; page = await pages.take()) streamed.push(page);
        return [];
      },
    });
    await extractDocument({ bytes: threePages(7, 10), name: 'fan-out.pdf' }, { ocr, ocrMode: 'force' });
    expect(streamed).toEqual([1, 3]);
    const plain: OcrHook = async ({ pages }) => (asked.push(...pages), []);
    await extractDocument({ bytes: threePages(7, 10), name: 'fan-out.pdf' }, { ocr: plain, ocrMode: 'force' });
    expect(asked).toEqual([1, 3]);
  }, 60_000);

  it('refuses a document with more than ten such pages, as it would keep the reader busy a second or two for each', async () => {
    const page = (content: string): { content: string; width: number; height: number } => ({ content, width: 612, height: 792 });
    const fanOut = page(Array.from({ length: 10 }, () => 'q /Fm1 Do Q').join('\n'));
    const many = rawPdf([page(run('The Buyer shall pay each invoice within thirty days.', 72, 700)), ...Array.from({ length: 11 }, () => fanOut)], nestedForms(5, 10, 'Approved'));
    const started = performance.now();
    const refused = await extractDocument({ bytes: many, name: 'fan-out.pdf' }).then(
      () => undefined,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(performance.now() - started).toBeLessThan(BOUND_MS * 2);
    expect(refused?.code).toBe('PARSE_TIMEOUT');
    expect(refused?.message).toMatch(/more than 10 of its pages draw their content over and over/);
    // Ten are left unread, and the rest is read.
    const ten = rawPdf([page(run('The Buyer shall pay each invoice within thirty days.', 72, 700)), ...Array.from({ length: 10 }, () => fanOut)], nestedForms(5, 10, 'Approved'));
    const doc = await extractDocument({ bytes: ten, name: 'fan-out.pdf' });
    expect(doc.warnings.filter((w) => w.code === 'PAGE_TOO_COMPLEX').map((w) => w.page)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  }, 120_000);

  it('reads a page that draws a form of text a few hundred times, as a stamp repeated', async () => {
    const doc = await extractDocument({ bytes: threePages(3, 10), name: 'stamps.pdf' });
    expect(doc.pages[1]!.text).toMatch(/^The Buyer shall pay each invoice within thirty days\./);
    expect(doc.pages[1]!.text).toMatch(/Approved/);
    expect(doc.warnings.some((w) => w.code === 'PAGE_TOO_COMPLEX')).toBe(false);
  }, 60_000);
});
