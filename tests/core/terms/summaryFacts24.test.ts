import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { splitSentences } from '../../../electron/core/terms/splitSentences';
import { makeDoc } from './docFixture';

// Each of these contracts is invented for the rule it tests.
const points = (blocks: Parameters<typeof makeDoc>[0]): string[] => extractiveSummary(makeDoc(blocks).blocks, { sentences: 8 }).points.map((p) => p.text);
const contract = (sentence: string): Parameters<typeof makeDoc>[0] => [
  { text: 'CLINICAL DATA SERVICES AGREEMENT', kind: 'heading' },
  'This Clinical Data Services Agreement is made between Harrowgate Analytics Inc. (“Harrowgate”) and Linden Vale Hospital Trust (“Linden Vale”).',
  { text: sentence, clause: '1.3' },
  { text: 'Harrowgate shall store the trial records on servers located in Canada.', clause: '3.1' },
  { text: 'Linden Vale shall pay Harrowgate a monthly fee of $6,200 within thirty (30) days of each invoice.', clause: '4.1' },
];

describe('a sentence that only gives names is reference material', () => {
  it.each([
    'Harrowgate and Linden Vale are each referred to herein as a “Party” and collectively as the “Parties.”',
    'The Initial Term and every Extension Term shall be collectively referred to as the “Term”.',
    'For purposes hereof, the Initial Term, together with any extension, shall hereinafter be collectively referred to as the “Term”.',
    'Harrowgate and the Hospital are collectively called the "Parties" and each of them a "Party".',
    'The hosted portal and its mobile application are together called the “Platform.”',
  ])('%s', (sentence) => {
    const shown = points(contract(sentence));
    expect(shown.some((p) => /referred to|called the/.test(p))).toBe(false);
    expect(shown.some((p) => /monthly fee of \$6,200/.test(p))).toBe(true);
  });

  it('keeps a sentence that does something before it names', () => {
    const shown = points(contract('This Agreement shall commence on the Effective Date and continue for three (3) years (the initial term and any extension are referred to collectively as the “Term”).'));
    expect(shown.some((p) => /shall commence on the Effective Date/.test(p))).toBe(true);
    const other = points(contract('Harrowgate shall deliver a weekly data extract, which is referred to as the “Extract”, to Linden Vale.'));
    expect(other.some((p) => /weekly data extract/.test(p))).toBe(true);
  });
});

describe('a question is not a term', () => {
  it('leaves out the prompts of a form bound into the contract', () => {
    const shown = points([
      ...contract('Harrowgate shall keep an audit log of every access to the trial records.'),
      { text: 'Has the change been approved by the data owner?', clause: 'Schedule 2, 4' },
      { text: 'Who will carry out the change, and when?', clause: 'Schedule 2, 5' },
    ]);
    expect(shown.some((p) => /\?/.test(p))).toBe(false);
    expect(shown.some((p) => /audit log of every access/.test(p))).toBe(true);
  });
});

describe('the Overview says what an end was counted from when the contract dates its own start', () => {
  it('names a start the contract defines by a date', () => {
    const doc = makeDoc([
      { text: 'WAREHOUSING AGREEMENT', kind: 'heading' },
      'This Warehousing Agreement is made between Pellwick Storage Ltd. ("Pellwick") and Ormond Beverages Inc. ("Ormond").',
      { text: '“Commencement Date” means 1 June 2017.', clause: '1.2' },
      { text: 'This Agreement shall continue for a period of four (4) years from the Commencement Date.', clause: '2.1' },
    ]);
    const overview = extractiveSummary(doc.blocks, {}).overview.map((p) => p.text);
    expect(overview).toContain('It runs until June 1, 2021 (4 years from the Commencement Date).');
  });
});

describe('a heading whose every word is capitalised is no point', () => {
  it('leaves out a short heading of short words left in a paragraph', () => {
    const shown = points([
      ...contract('Harrowgate shall keep an audit log of every access to the trial records.'),
      { text: '6.2 Pay All Sums Due. Linden Vale shall pay each invoice in full without set-off.', clause: '6.2' },
      { text: '9.4 Use Of Our Marks. Harrowgate may name Linden Vale as a customer on its website.', clause: '9.4' },
    ]);
    expect(shown.some((p) => /^Pay All Sums Due|^Use Of Our Marks/.test(p))).toBe(false);
    expect(shown.some((p) => /without set-off/.test(p))).toBe(true);
  });
});

describe('a label line is read as shown', () => {
  it('leaves out a short label line behind a clause number', () => {
    const shown = points([
      ...contract('Harrowgate shall keep an audit log of every access to the trial records.'),
      { text: '7. Report Format: Each report is a signed PDF file.', clause: '7' },
    ]);
    expect(shown.some((p) => /Report Format/.test(p))).toBe(false);
    expect(shown.some((p) => /audit log of every access/.test(p))).toBe(true);
  });
});

describe('a possessive in capitals ends a sentence', () => {
  it('splits after "MAPLE’S." but keeps an initial inside its name', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('12.3 Termination by MAPLE’S. Maple’s may end this Agreement on thirty (30) days’ notice.')).toEqual([
      '12.3 Termination by MAPLE’S.',
      'Maple’s may end this Agreement on thirty (30) days’ notice.',
    ]);
    expect(texts("Rights of ORMOND'S. Ormond keeps its title.")).toEqual(["Rights of ORMOND'S.", 'Ormond keeps its title.']);
    expect(texts('The notice goes to Jane Q. Harlow at the address above.')).toEqual(['The notice goes to Jane Q. Harlow at the address above.']);
  });
});

describe('the signature block’s lead-in in plain words is boilerplate', () => {
  it.each([
    'The parties have executed this Agreement at Toronto through their officers named below.',
    'WHEREFORE, the parties have signed this Data Services Agreement as of the date first written above.',
    'The parties hereto have duly executed this Amendment by their authorised officers.',
  ])('%s', (sentence) => {
    const shown = points(contract(sentence));
    expect(shown.some((p) => /have (?:duly )?(?:executed|signed)/.test(p))).toBe(false);
    expect(shown.some((p) => /monthly fee of \$6,200/.test(p))).toBe(true);
  });

  it('keeps a sentence that goes on to agree something', () => {
    const shown = points(contract('The parties have signed this Agreement and shall each keep one original at its head office for seven years.'));
    expect(shown.some((p) => /keep one original/.test(p))).toBe(true);
  });
});

describe('a statement under a Recitals heading is background', () => {
  const withRecitals = (recital: string): Parameters<typeof makeDoc>[0] => [
    { text: 'TRADEMARK LICENSE AGREEMENT', kind: 'heading' },
    'This Trademark License Agreement is made between Corbel Brands LLC (“Licensor”) and Ashgrove Foods Inc. (“Licensee”).',
    { text: 'R E C I T A L S', kind: 'heading' },
    { text: recital, section: ['R E C I T A L S'] },
    { text: '1. GRANT', kind: 'heading' },
    { text: 'Licensor grants Licensee a non-exclusive licence to use the Corbel mark on packaged soups sold in Canada.', clause: '1.1', section: ['1. GRANT'] },
    { text: 'Licensee shall pay Licensor a royalty of 4% of net sales within thirty (30) days after each quarter.', clause: '2.1', section: ['2. ROYALTIES'] },
  ];

  it('leaves out a recital written without WHEREAS', () => {
    for (const recital of ['A. Licensor owns the Corbel mark and desires to license it to Licensee.', 'Licensee is a maker of packaged soups with plants in Ontario.']) {
      const shown = points(withRecitals(recital));
      expect(shown.some((p) => /desires to license|maker of packaged soups/.test(p))).toBe(false);
      expect(shown.some((p) => /royalty of 4%/.test(p))).toBe(true);
    }
  });

  it('keeps a sentence there that binds a party', () => {
    const shown = points(withRecitals('The parties agree that this Agreement shall replace their earlier letter of intent in full.'));
    expect(shown.some((p) => /shall replace their earlier letter of intent/.test(p))).toBe(true);
  });
});

describe('a clause headed "Background IP" is no recital', () => {
  it('keeps what it says', () => {
    const shown = points([
      ...contract('Harrowgate shall keep an audit log of every access to the trial records.'),
      { text: 'Each party owns its background intellectual property and every improvement to it.', clause: '8.1', section: ['Background IP'] },
    ]);
    expect(shown.some((p) => /owns its background intellectual property/.test(p))).toBe(true);
  });
});
