import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { overviewFacts, overviewFromTerms } from '../../../electron/core/terms/overviewFromTerms';
import type { KeyTerms } from '../../../shared/terms';
import { keyTermsOf } from '../../../electron/core/terms/extractKeyTerms';
import { buildTermContext } from '../../../electron/core/terms/termContext';
import { rankSentences } from '../../../electron/core/terms/rankSentences';
import { makeDoc } from './docFixture';

// Each of these documents is invented for the rule it tests.
describe('a term the Overview does not state hides no sentence', () => {
  it('keeps the asked-for points of a one-paragraph policy whose only party is "you"', () => {
    // One block: the governing-law fact cites it, and so do the parties ("you", which the Overview
    // does not state), read from wording that runs over several sentences. Only the law's own
    // sentence may be skipped.
    const doc = makeDoc([
      'These Terms of Service are an agreement between you and us. They are governed by the laws of the State of Oregon. You and we agree that disputes will be settled by binding arbitration in Portland. The arbitrator may award only individual relief. You may opt out of arbitration by writing to us within 30 days of accepting these terms. We will pay the filing fees of any arbitration you start.',
    ]);
    const summary = extractiveSummary(doc.blocks, { sentences: 2 });
    expect(summary.overview.map((p) => p.text)).toEqual(['The law of Oregon (United States) governs it.']);
    const ranked = summary.points.slice(summary.overview.length).map((p) => p.text);
    expect(ranked).toHaveLength(2);
    expect(ranked.some((t) => /governed by the laws of the State of Oregon/.test(t))).toBe(false);
  });

  it('shows how long the contract runs when the Overview could not give an end date', () => {
    // The date is a blank, so no end date is computed; the renewal fact cites the same clause.
    const doc = makeDoc([
      { text: 'DISTRIBUTION AGREEMENT', kind: 'heading' },
      'This Distribution Agreement is made on ____________, 20__ between Halvard Optics GmbH ("Halvard") and ____________ ("Distributor").',
      { text: 'The initial term of this Agreement shall be four (4) years from the date of this Agreement. Thereafter it shall renew automatically for successive periods of one (1) year.', clause: '2' },
      { text: 'The Distributor shall buy at least 500 lenses in each year of the term.', clause: '3' },
      { text: 'This Agreement is governed by the laws of Germany.', clause: '9' },
    ]);
    const summary = extractiveSummary(doc.blocks, { sentences: 4 });
    const overview = summary.overview.map((p) => p.text).join(' ');
    expect(overview).toMatch(/renews automatically for periods of 1 year/);
    expect(overview).not.toMatch(/runs until/);
    expect(summary.points.slice(summary.overview.length).some((p) => /initial term of this Agreement shall be four \(4\) years/.test(p.text))).toBe(true);
  });

  it('names the key terms each fact was written from', () => {
    const doc = makeDoc([
      'These Terms of Service are an agreement between you and us. They are governed by the laws of the State of Oregon.',
    ]);
    const terms = keyTermsOf(buildTermContext(doc));
    const facts = overviewFacts(terms);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.from).toEqual([terms.governingLaw]);
    // "you" is a party, but no fact states it.
    expect(terms.parties).toBeDefined();
    expect(facts.some((f) => f.from.includes(terms.parties!))).toBe(false);
  });
});

describe('the Overview says how many times a contract renews when it limits them', () => {
  const cite = [{ blockId: 'p1.3', page: 1 }];
  const withRenewal = (value: string): KeyTerms => ({ renewal: { value, text: 'renewal clause', citations: cite } }) as KeyTerms;
  const say = (value: string): string => overviewFromTerms(withRenewal(value)).map((p) => p.text).join(' ');

  it('once, for one further term', () => {
    expect(say('5 years each, by option, one renewal')).toBe('It may be renewed once, for 5 years.');
    expect(say('1 year each, automatic, one renewal')).toBe('It renews automatically once, for 1 year.');
  });

  it('up to a number of times', () => {
    expect(say('2 years each, by option, up to 3')).toBe('It may be renewed up to 3 times for periods of 2 years.');
    expect(say('2 years each, by option, up to 1')).toBe('It may be renewed once, for 2 years.');
  });

  it('for periods, when the contract sets no limit', () => {
    expect(say('1 year each, automatic, successive')).toBe('It renews automatically for periods of 1 year.');
  });
});

describe('a verb inside a parenthesis is not the sentence verb', () => {
  const picks = (sentence: string): string[] =>
    rankSentences(
      makeDoc([
        { text: 'SERVICE SCHEDULE', kind: 'heading' },
        { text: 'The Vendor shall host the booking portal for the Client.', clause: '1' },
        { text: sentence, clause: '2' },
        { text: 'The Client shall pay the hosting fee each month.', clause: '3' },
      ]).blocks,
      { sentences: 5 },
    ).map((s) => s.text);

  it('leaves out a list item whose only verb is in its parenthesis', () => {
    expect(picks('SMS and email alert system for the customer portal (when a booking has to be changed).')).toHaveLength(2);
  });

  it('keeps a sentence that stands in parentheses as a whole, and one with a verb outside them', () => {
    expect(picks('(Calls to the help desk shall be recorded for training.)')).toHaveLength(3);
    expect(picks('The Vendor shall keep a backup copy (encrypted) in a second data centre.')).toHaveLength(3);
  });
});

describe('the Overview says what a term counted from an event counts from', () => {
  it('names the event beside the end worked out from the contract’s own date', () => {
    const doc = makeDoc([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made on March 1, 2019 between Alder Foods Inc. ("Alder") and Birch Retail LLC ("Birch").',
      { text: 'This Agreement shall expire five (5) years after the Launch Date.', clause: '2' },
    ]);
    const overview = extractiveSummary(doc.blocks, {}).overview.map((p) => p.text);
    expect(overview).toContain('It runs until March 1, 2024 (5 years from the agreement date; the contract counts it from the Launch Date).');
  });
});
