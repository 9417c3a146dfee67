import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type ExtractOptions, type DocumentInput } from '../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { readPdf } from '../../../electron/core/documents/pdf/readPdf';
import { PrecisFailure } from '../../../electron/core/errors';
import { encryptPdf, makeHyphenPdf, makeImageOnlyPdf, makeKnownPdf, makeManyPagesPdf, wordF1, type KnownPdf } from '../../fixtures/makePdf';
import { makeContractDocx, makeHeadingStyledClausesDocx, makeZipBombDocx, makeZipSlipDocx } from '../../fixtures/makeDocx';

let dir: string;
let known: KnownPdf;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-extract-'));
  process.env.PRECIS_HOME = path.join(dir, 'home');
  known = await makeKnownPdf();
});
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(dir, { recursive: true, force: true });
});

async function failureCode(input: DocumentInput, options?: ExtractOptions): Promise<string> {
  try {
    await extractDocument(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(PrecisFailure);
    return (e as PrecisFailure).code;
  }
  return 'no error';
}

describe('generated PDFs with known text', () => {
  it('extracts every page with word F1 >= 0.99, without running headers and page numbers', async () => {
    const doc = await extractDocument({ bytes: known.bytes, name: '/some/folder/known.pdf' });
    expect(doc.kind).toBe('pdf');
    expect(doc.fileName).toBe('known.pdf');
    expect(doc.pageCount).toBe(3);
    expect(doc.title).toBe('Test Services Agreement');
    doc.pages.forEach((page, i) => {
      expect(wordF1(page.text, known.pages[i]!)).toBeGreaterThanOrEqual(0.99);
      expect(page.text).not.toMatch(/CONFIDENTIAL|Page \d of 3/);
    });
  });

  it('repairs hyphenation, reads two columns in order and keeps table rows', async () => {
    const doc = await extractDocument({ bytes: known.bytes, name: 'known.pdf' });
    expect(doc.pages[0]!.text).toContain('together with all equipment needed');
    const two = doc.pages[1]!.text;
    expect(two.indexOf('alpha seven')).toBeLessThan(two.indexOf('Beta one'));
    expect(two).toContain('alpha one begins the left column'.replace('alpha', 'Alpha'));
    expect(two).not.toMatch(/left column with plain words Beta/);
    const rows = doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toEqual(['Party | Address | Notice period', 'Supplier | London office | Ten days', 'Customer | Leeds office | Thirty days']);
  });

  it('keeps a hyphen at a line end only where the word has one (documented rule in lineHyphens.ts)', async () => {
    const hyphens = await makeHyphenPdf();
    const doc = await extractDocument({ bytes: hyphens.bytes, name: 'hyphens.pdf' });
    const text = doc.pages[0]!.text;
    expect(wordF1(text, hyphens.pages[0]!)).toBeGreaterThanOrEqual(0.99);
    for (const s of ['all equipment to', 'Any third-party claim', 'the Call-Off Contract', 'a 30-day period', 'every sublicence', 'The cross-border transfer']) expect(text).toContain(s);
    expect(text).not.toMatch(/\uE000|thirdparty|CallOff|- /);
  });

  it('extracts several documents at once (a second parse thread when the warm one is busy)', async () => {
    const docx = await makeContractDocx();
    const [a, b, c] = await Promise.all([
      extractDocument({ bytes: known.bytes, name: 'a.pdf' }),
      extractDocument({ bytes: docx, name: 'b.docx' }),
      extractDocument({ bytes: known.bytes, name: 'c.pdf' }),
    ]);
    expect(a.pages.map((p) => p.text)).toEqual(c.pages.map((p) => p.text));
    expect(b.kind).toBe('docx');
  });

  it('gives blocks stable ids, clauses, sections and defined terms', async () => {
    const a = await extractDocument({ bytes: known.bytes, name: 'known.pdf' });
    const b = await extractDocument({ bytes: known.bytes, name: 'known.pdf' });
    expect(a.blocks.map((x) => x.id)).toEqual(b.blocks.map((x) => x.id));
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.blocks.filter((x) => x.page === 1).map((x) => x.id)).toEqual(['p1.1', 'p1.2', 'p1.3', 'p1.4']);
    const byText = (t: string) => a.blocks.find((x) => x.text.startsWith(t))!;
    expect(byText('1. DEFINITIONS')).toMatchObject({ kind: 'heading', clause: '1' });
    expect(byText('1.1 "Services"')).toMatchObject({ clause: '1.1', section: ['1. DEFINITIONS AND TERM'] });
    expect(byText('(b) Late payments')).toMatchObject({ kind: 'list-item', clause: '1.1(b)' });
    expect(a.definitions).toContainEqual({ term: 'Services', blockId: byText('1.1 "Services"').id });
  });
});

describe('encrypted PDFs (qpdf)', () => {
  let encrypted: Uint8Array;
  beforeAll(() => {
    encrypted = encryptPdf(dir, known.bytes, 'open-sesame');
  });
  it('asks for the password, rejects a wrong one, and reads with the right one', async () => {
    expect(await failureCode({ bytes: encrypted, name: 'e.pdf' })).toBe('PASSWORD_REQUIRED');
    expect(await failureCode({ bytes: encrypted, name: 'e.pdf' }, { password: 'wrong' })).toBe('PASSWORD_INCORRECT');
    const doc = await extractDocument({ bytes: encrypted, name: 'e.pdf' }, { password: 'open-sesame' });
    expect(wordF1(doc.pages[2]!.text, known.pages[2]!)).toBeGreaterThanOrEqual(0.99);
  });
});

describe('image-only pages', () => {
  it('refuses a scan with no text as NO_TEXT, and flags a scanned page among text pages', async () => {
    const scan = await makeImageOnlyPdf(dir, known.bytes);
    expect(await failureCode({ bytes: scan, name: 'scan.pdf' })).toBe('NO_TEXT');
    const mixed = await makeImageOnlyPdf(dir, known.bytes, { textPage: true });
    const doc = await extractDocument({ bytes: mixed, name: 'mixed.pdf' });
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'OCR_NEEDED', page: 1 })]);
    expect(doc.pages[0]!.text).toBe('');
    expect(doc.pages[1]!.text).toContain('real text');
  });

  it('uses the OCR hook for scanned pages when one is given', async () => {
    const scan = await makeImageOnlyPdf(dir, known.bytes);
    const calls: number[][] = [];
    const doc = await extractDocument(
      { bytes: scan, name: 'scan.pdf' },
      { ocr: async ({ pages }) => (calls.push(pages), pages.map((page) => ({ page, text: 'Recognised clause text.', confidence: 91 }))) },
    );
    expect(calls).toEqual([[1]]);
    expect(doc.pages[0]).toMatchObject({ text: 'Recognised clause text.', ocr: { confidence: 91 } });
    expect(doc.warnings).toEqual([]);
  });
});

describe('limits, broken and hostile files', () => {
  it('maps missing, empty, too large, unknown and damaged files to clear codes', async () => {
    expect(await failureCode({ path: path.join(dir, 'missing.pdf') })).toBe('FILE_NOT_FOUND');
    writeFileSync(path.join(dir, 'empty.pdf'), '');
    expect(await failureCode({ path: path.join(dir, 'empty.pdf') })).toBe('FILE_INVALID');
    expect(await failureCode({ bytes: known.bytes, name: 'k.pdf' }, { limits: { maxBytes: 1000 } })).toBe('FILE_TOO_LARGE');
    writeFileSync(path.join(dir, 'elf.pdf'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]));
    expect(await failureCode({ path: path.join(dir, 'elf.pdf') })).toBe('UNSUPPORTED_TYPE');
    const truncated = known.bytes.slice(0, 400);
    expect(await failureCode({ bytes: truncated, name: 't.pdf' })).toBe('FILE_INVALID');
    const garbage = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 0x41)]));
    expect(await failureCode({ bytes: garbage, name: 'g.pdf' })).toBe('FILE_INVALID');
    const docx = await makeContractDocx();
    expect(await failureCode({ bytes: docx.slice(0, docx.length - 200), name: 't.docx' })).toBe('FILE_INVALID');
  });

  it('reports each page as it is read, so the time limit can tell a long document from a stuck one', async () => {
    const seen: Array<[number, number]> = [];
    const doc = await readPdf(await makeManyPagesPdf(5), { maxPages: 10, onPage: (done, total) => seen.push([done, total]) });
    expect(doc.pageCount).toBe(5);
    expect(seen).toEqual([1, 2, 3, 4, 5].map((n) => [n, 5]));
  });

  it('enforces page and time limits and cancellation, and keeps working afterwards', async () => {
    const many = await makeManyPagesPdf(12);
    expect(await failureCode({ bytes: many, name: 'm.pdf' }, { limits: { maxPages: 10 } })).toBe('TOO_MANY_PAGES');
    expect(await failureCode({ bytes: many, name: 'm.pdf' }, { limits: { timeoutMs: 1 } })).toBe('PARSE_TIMEOUT');
    // DOCX parses in the same killable thread, so its time limit is real too.
    expect(await failureCode({ bytes: await makeContractDocx(), name: 'c.docx' }, { limits: { timeoutMs: 1 } })).toBe('PARSE_TIMEOUT');
    const controller = new AbortController();
    const pending = failureCode({ bytes: many, name: 'm.pdf' }, { signal: controller.signal });
    controller.abort();
    expect(await pending).toBe('CANCELLED');
    const doc = await extractDocument({ bytes: many, name: 'm.pdf' });
    expect(doc.pageCount).toBe(12);
  });

  it('rejects zip slip and zip bombs before unzipping', async () => {
    expect(await failureCode({ bytes: await makeZipSlipDocx(), name: 's.docx' })).toBe('FILE_INVALID');
    expect(await failureCode({ bytes: await makeZipBombDocx(), name: 'b.docx' })).toBe('FILE_INVALID');
  });
});

describe('DOCX', () => {
  it('rebuilds Word numbering, keeps tables as rows and never reads linked files', async () => {
    const started = Date.now();
    const doc = await extractDocument({ bytes: await makeContractDocx(), name: 'c.docx' });
    expect(Date.now() - started).toBeLessThan(5000); // /dev/zero was not read
    const texts = doc.blocks.map((b) => `${b.clause ?? '-'} ${b.text}`);
    expect(texts).toEqual([
      '- Master Services Agreement',
      '1 1. Definitions',
      '1.1 1.1 “Services” means the work described in each order.',
      '1.2 1.2 The Supplier shall:',
      '1.2(a) (a) deliver the Services on time; and',
      '1.2(b) (b) keep records for six years.',
      '2 2. Term',
      '2.1 2.1 This Agreement lasts for two years.',
      '2.1 Party | Notice address',
      '2.1 Supplier | 1 High Street',
    ]);
    expect(doc.blocks[0]!.kind).toBe('heading');
    expect(doc.definitions.map((d) => d.term)).toEqual(['Services']);
    expect(doc.warnings.map((w) => w.code)).toEqual(['EXTERNAL_CONTENT_IGNORED']);
    const hostname = execFileSync('cat', ['/etc/hostname']).toString().trim();
    if (hostname) expect(doc.pages[0]!.text).not.toContain(hostname);
  });

  it('keeps heading-styled whole clauses as paragraphs; only short titles are headings', async () => {
    const doc = await extractDocument({ bytes: await makeHeadingStyledClausesDocx(), name: 'cp.docx' });
    expect(doc.blocks.map((b) => [b.kind, b.clause ?? '-', b.text.slice(0, 24)])).toEqual([
      ['heading', '1', '1. Term & Termination'],
      ['paragraph', '1.1', '1.1 Termination. Either '],
      ['heading', '1.2', '1.2 Survival.'],
      ['list-item', '1.2(a)', '(a) Use of the Product m'],
      ['list-item', '1.2(b)', '(b) if the other party b'],
      ['paragraph', '1.3', '1.3 “Fees” means the amo'],
    ]);
    // The clause's run-in title still names its section.
    expect(doc.blocks[1]!.section).toEqual(['1. Term & Termination', '1.1 Termination']);
    expect(doc.definitions.map((d) => d.term)).toEqual(['Fees']);
  });
});

describe('text and Markdown', () => {
  it('reads UTF-8 Markdown and UTF-16 with a BOM, and refuses invalid UTF-8', async () => {
    const md = '# Consulting Terms\n\n## 1. Fees\n\n1.1 The Client pays "Fees" means the amounts in the order.\n\n(a) monthly;\n\f# Schedule 2 Prices\n\n| Item | Price |\n|---|---|\n| Audit | 100 |\n';
    const doc = await extractDocument({ bytes: new TextEncoder().encode(md), name: 'terms.md' });
    expect(doc.kind).toBe('text');
    expect(doc.pageCount).toBe(2);
    expect(doc.blocks.map((b) => [b.id, b.kind, b.clause ?? '-'])).toEqual([
      ['p1.1', 'heading', '-'],
      ['p1.2', 'heading', '1'],
      ['p1.3', 'paragraph', '1.1'],
      ['p1.4', 'list-item', '1.1(a)'],
      ['p2.1', 'heading', 'Schedule 2'],
      ['p2.2', 'table-row', 'Schedule 2'],
      ['p2.3', 'table-row', 'Schedule 2'],
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Clause 1 — café', 'utf16le')]);
    expect((await extractDocument({ bytes: new Uint8Array(utf16), name: 'u.txt' })).pages[0]!.text).toBe('Clause 1 — café');
    expect(await failureCode({ bytes: new Uint8Array([0x61, 0x62, 0xff, 0xfe, 0x63]), name: 'bad.txt' })).toBe('UNSUPPORTED_TYPE');
  });

  it('rejoins a hard-wrapped paragraph whose lines start with a number or an "(i)", and still splits a real list', async () => {
    const txt = [
      '7. Term. This Agreement runs for three years unless terminated earlier by',
      '(i) mutual consent or (ii) either party on written notice given at least',
      '30 days before the end of the then-current term, or if the Supplier ceases',
      '2 or more of its lines of business.',
      '',
      'The Buyer shall:',
      '(a) pay each invoice on time;',
      '(b) keep the goods insured; and',
      '(c) return the samples.',
    ].join('\n');
    const doc = await extractDocument({ bytes: new TextEncoder().encode(txt), name: 'wrapped.txt' });
    expect(doc.blocks.map((b) => [b.kind, b.text.slice(0, 16)])).toEqual([
      ['paragraph', '7. Term. This Ag'],
      ['paragraph', 'The Buyer shall:'],
      ['list-item', '(a) pay each inv'],
      ['list-item', '(b) keep the goo'],
      ['list-item', '(c) return the s'],
    ]);
    expect(doc.blocks[0]!.text).toMatch(/terminated earlier by \(i\) mutual consent .* at least 30 days before .* ceases 2 or more/);
  });
});
