/**
 * Paragraphs marked only by a first-line indent: a line starting at the indent after a line the
 * typesetter broke with room to spare opens a paragraph unless the text plainly runs on (a title
 * over a bracketed legend, a list's lead-in and its items), and a lower-case item label
 * set in after a sentence's end opens one too. Each rule is checked on invented text typeset by
 * the evaluation's rewrites, and on hand-placed lines where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../electron/core/documents/pdf/readPdf';
import { buildLines, paragraphs, type LaidOutPage, type TextRun } from '../../../electron/core/documents/pdf/pdfLayout';
import { perturbationNamed } from '../../eval/perturb';

const CONTRACT = [
  'MOORING LICENCE',
  '[CREST OF THE HARBOUR TRUST]',
  'between',
  'Port Tallow Harbour Trust',
  'and',
  'Wexcombe Sailing Club',
  'This Mooring Licence (the "Licence") is dated 3 May 2021 between Port Tallow Harbour Trust, a statutory body ("Trust"), and Wexcombe Sailing Club, an unincorporated members club ("Club").',
  'The Trust grants the Club the right to moor its members boats at the east quay on these conditions:',
  'a. no more than twelve boats may lie at the quay at any time;',
  'b. each boat must carry the Club pennant and the name of its keeper;',
  'c. no boat may be used as a dwelling or let to anyone who is not a member.',
  'The Club shall keep the quay clear of gear, nets and rubbish, and shall make good any damage its members cause to the quay wall, the ladders or the lights within fourteen days after the Trust asks in writing.',
  'The Trust shall keep the quay lights working from dusk to dawn, repair the ladders when the Club reports a fault, and dredge the berths once a year so that a boat drawing two metres stays afloat at the lowest spring tide.',
  'Each party shall insure against its own liability to third persons for at least two million pounds and show the other its certificate of insurance each year on request.',
  'TERM',
  'This Licence runs from 1 June 2021 for five years and then from year to year until either party ends it by three months written notice to the other.',
  'FEES',
  'The Club shall pay the Trust six hundred pounds a year for each boat, in two equal parts on 1 June and 1 December.',
];

/**
 * The paragraphs whose text plainly runs on ("[…] between" / "Port Tallow …"): a layout with space
 * between paragraphs joins them, and so does one that marks paragraphs by indents.
 */
const RUNS_ON = new Set(['between', 'Port Tallow Harbour Trust', 'and', 'Wexcombe Sailing Club']);

/** The contract's paragraphs as the reader gives them: the party lines after the legend run on into one. */
const READ = CONTRACT.filter((p) => !RUNS_ON.has(p));
READ[1] = `${READ[1]} ${[...RUNS_ON].join(' ')}`;

/** The blocks the PDF reader gives for the paragraphs typeset by the named rewrite. */
async function blocksOf(rewrite: string, paragraphs: readonly string[] = CONTRACT): Promise<string[]> {
  const bytes = await perturbationNamed(rewrite).apply(paragraphs.join('\n'));
  if (typeof bytes === 'string') throw new Error('not a PDF rewrite');
  const doc = await readPdf(bytes, { maxPages: 20 });
  return doc.pages.flatMap((p) => p.units.map((u) => u.text)).filter((t) => !/^Page \d+ of \d+$/.test(t));
}

describe('a paragraph indent after a line broken with room to spare', () => {
  it('typeset with first-line indents: title, legend, lead-in and items each one block', async () => {
    expect(await blocksOf('typeset-pdf-indent')).toEqual(READ);
  });

  it('the same text with space between paragraphs reads the same (control)', async () => {
    expect(await blocksOf('typeset-pdf')).toEqual(READ);
  });
});

/** A run of one line set from `x` to `right` on baseline `y` (11 pt). */
const run = (text: string, x: number, y: number, right = 540): TextRun => ({ text, x, y, width: right - x, fontSize: 11 });

/** Lines of a page laid out from [x, y, text, right?] tuples. */
function pageOf(rows: ReadonlyArray<readonly [number, number, string, number?]>): LaidOutPage {
  return { width: 612, height: 792, lines: buildLines(rows.map(([x, y, t, r]) => run(t, x, y, r))) };
}

const texts = (page: LaidOutPage, indent: boolean | number): string[] => paragraphs(page, 1.15, undefined, indent).map((u) => u.text);

describe('lines at the indent on hand-placed pages (margin 72 pt, indent 36 pt)', () => {
  const opening = [
    [108, 100, 'MOORING LICENCE', 200],
    [108, 112.7, '[CREST OF THE HARBOUR TRUST]', 270],
    [108, 125.4, 'The Trust grants the Club the right to moor its members boats at the east'],
    [72, 138.1, 'quay, and the Club accepts it on these conditions:', 330],
    [108, 150.8, 'a. no more than twelve boats may lie at the quay at any time;', 420],
  ] as const;

  it('fires: a title, a legend, a lead-in and an item each stand alone', () => {
    expect(texts(pageOf(opening), 36)).toEqual([
      'MOORING LICENCE',
      '[CREST OF THE HARBOUR TRUST]',
      'The Trust grants the Club the right to moor its members boats at the east quay, and the Club accepts it on these conditions:',
      'a. no more than twelve boats may lie at the quay at any time;',
    ]);
  });

  it('does not fire where the document marks paragraphs by space: the title and legend run on as before', () => {
    expect(texts(pageOf(opening), false)[0]).toBe('MOORING LICENCE [CREST OF THE HARBOUR TRUST]');
  });

  it('does not fire on a ragged line that ends short because its next word was too long to fit', () => {
    // A hanging indent as deep as the paragraph indent, set ragged right: the second line ends at
    // 470 pt, and "notwithstanding" (about 130 pt) could not have followed it.
    const page = pageOf([
      [72, 100, '(a) The Club shall keep each berth clear of rubbish and shall moor no more'],
      [108, 112.7, 'than one boat in each berth at any hour of the day or night', 470],
      [108, 125.4, 'notwithstanding any custom of the port.', 430],
    ]);
    expect(texts(page, 36)).toHaveLength(1);
  });

  it('does not fire where a sentence broken by hand runs on at the indent in lower case', () => {
    const page = pageOf([
      [108, 100, 'The Club shall use the Trust crest only as the Trust allows, and shall at all'],
      [72, 112.7, 'times meet or exceed the Trust', 250],
      [108, 125.4, 'crest guidelines issued from time to time.', 330],
    ]);
    expect(texts(page, 36)).toHaveLength(1);
  });

  it('does not fire on a line set in by some other depth than the indent', () => {
    const page = pageOf([
      [108, 100, 'The Trust grants the Club the right to moor its members boats at the east'],
      [72, 112.7, 'quay, and the Club accepts it on these conditions', 330],
      [126, 125.4, 'whatever the state of the tide.', 300],
    ]);
    expect(texts(page, 36)).toHaveLength(1);
  });
});

describe('a lower-case item label set in after a sentence', () => {
  const items = (second: string) =>
    pageOf([
      [108, 100, 'a. "Berth" means a length of the east quay marked with a number and'],
      [72, 112.7, 'kept for one boat of the Club and shown on the plan in the Schedule.'],
      [108, 125.4, `${second} the Trust may change the marks on giving notice to the Club`],
      [72, 138.1, 'at least a month before the change.', 300],
    ]);

  it('fires on "b. …" after a full line ending a sentence', () => {
    expect(texts(items('b. "Quay" means the east quay, whose length'), 36)).toHaveLength(2);
  });

  it('does not fire on a lower-case word carried on at the indent', () => {
    expect(texts(items('and its lights, whose length'), 36)).toHaveLength(1);
  });
});
