import { describe, expect, it } from 'vitest';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { splitSentences } from '../../../electron/core/terms/splitSentences';
import { summaryPoints as points, type DocEntries as Entries } from './summaryFixture';

// Each contract here is invented for the rule it tests (session 31: C57–C59 and P11 in tests/eval/rougeCandidates.md).

// A short supply agreement with room for one extra clause: the clause under test, and clauses of substance around it.
const supply = (clause: string, number = '9.1'): Entries => [
  { text: 'GRAIN SUPPLY AGREEMENT', kind: 'heading' },
  'This Grain Supply Agreement is made between Tolliver Farms LLC (“Tolliver”) and Quenby Maltings Ltd. (“Quenby”).',
  { text: 'Tolliver shall deliver 60 tonnes of malting barley to the Quenby silo every fortnight.', clause: '2.1' },
  { text: 'Quenby shall pay Tolliver $275 per tonne no later than 30 days after each load arrives.', clause: '3.1' },
  { text: 'Either party may end this Agreement if it gives the other sixty (60) days’ notice in writing.', clause: '7.1' },
  { text: clause, clause: number },
];
const shows = (clause: string, re: RegExp): boolean => points(supply(clause)).some((p) => re.test(p));

describe('C57: "in this effort" and an opening "for example" lean on the sentence before', () => {
  it('reads them as leaning back', () => {
    expect(needsPrevious('Each party shall lend its staff in this effort.')).toBe(true);
    expect(needsPrevious('The Distributor will help the Supplier in these endeavours at its own cost.')).toBe(true);
    expect(needsPrevious('For example, if the harvest is below 40 tonnes, the fee is $900.')).toBe(true);
    expect(needsPrevious('By way of example, if the yield for 2031 is $[*].')).toBe(true);
  });

  it('keeps a sentence that names its purpose or its example itself', () => {
    expect(needsPrevious('Every party will fund its part of the joint marketing effort.')).toBe(false);
    expect(needsPrevious('The Supplier may use the samples for this purpose only, testing moisture content.')).toBe(false);
    expect(needsPrevious('Examples of Defects are listed in Schedule 4.')).toBe(false);
  });

  it('does not show the leaning sentence in the summary, and shows a near one that stands alone', () => {
    expect(shows('Each party shall fully support the other in this effort.', /in this effort/)).toBe(false);
    expect(shows('Each party shall bear half the cost of the joint sampling effort.', /joint sampling effort/)).toBe(true);
  });
});

describe('C58: interpretation clauses are reference material, not terms', () => {
  it('leaves them out', () => {
    for (const clause of [
      'Unless the context otherwise requires, words denoting the singular shall include the plural.',
      'Words in one gender include every other gender as well.',
      'Headings in this Lease are not to affect how it is interpreted.',
      'References to an “Article” are references to an article of this Agreement unless stated otherwise.',
      'Each clause is to be interpreted in a neutral manner between Tolliver and Quenby.',
      'No ambiguity will be construed against Quenby because Quenby prepared the text.',
      '“Including” means including, without limitation of the general words before it.',
      'All counterparts, read together, form a single instrument.',
      'A waiver by Quenby of one late load will not count as a waiver of any later late load.',
      'A reference to a party includes its heirs, representatives and lawful successors.',
      'The invalidity of one clause will not affect the remaining clauses of this Grain Supply Agreement.',
    ]) {
      const shown = points(supply(clause));
      expect(shown.some((p) => /singular|gender|Headings|Article|neutral|prepared the text|Including|counterparts|waiver|reference to a party|invalidity/.test(p)), clause).toBe(false);
      expect(shown.some((p) => /\$275 per tonne/.test(p))).toBe(true);
    }
  });

  it('keeps a clause that says what was agreed', () => {
    expect(shows('All references to money in this Agreement are to Australian dollars.', /Australian dollars/)).toBe(true);
    expect(shows('Tolliver shall keep the headings of each delivery note in the form of Schedule 2.', /headings of each delivery note/)).toBe(true);
    expect(shows('Quenby shall waive its right to reject any delivery made within two (2) days of the due date.', /waive its right to reject/)).toBe(true);
    expect(shows('Each grain sample shall include at least 2 kilograms of barley from every lorry.', /grain sample shall include/)).toBe(true);
  });
});

describe('C59: how many copies each party keeps is signing mechanics', () => {
  it('leaves it out', () => {
    for (const clause of [
      'Party A shall keep three copies and Party B shall keep one copy, all of equal force.',
      'This Grain Supply Agreement is written out in four originals, two for Tolliver and two for Quenby.',
      'Each party shall hold one original.',
    ]) {
      const shown = points(supply(clause));
      expect(shown.some((p) => /copies|copy|originals?\b/.test(p)), clause).toBe(false);
      expect(shown.some((p) => /\$275 per tonne/.test(p))).toBe(true);
    }
  });

  it('keeps copies of something named', () => {
    expect(shows('Quenby shall keep two copies of every weighbridge ticket for six (6) years.', /weighbridge ticket/)).toBe(true);
  });
});

describe('P11: the splitter reads a unit after a number, and a list of letters', () => {
  const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

  it('goes on past a unit when the sentence goes on', () => {
    expect(texts('Tolliver agrees to sell 12,500 lbs. of barley each month. Quenby pays on receipt.')).toEqual(['Tolliver agrees to sell 12,500 lbs. of barley each month.', 'Quenby pays on receipt.']);
    expect(texts('The load may not exceed 900 lbs. The driver signs the ticket.')).toEqual(['The load may not exceed 900 lbs.', 'The driver signs the ticket.']);
  });

  it('ends a sentence after a list of letters, and keeps initials', () => {
    expect(texts('Quenby is named as insured on policies D, E and F. The insurer must give notice.')).toEqual(['Quenby is named as insured on policies D, E and F.', 'The insurer must give notice.']);
    expect(texts('The agent is J. Harlow of Leeds.')).toEqual(['The agent is J. Harlow of Leeds.']);
  });
});
