import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { splitSentences } from '../../../electron/core/terms/splitSentences';
import { makeDoc } from './docFixture';

// Each of these contracts is invented for the rule it tests.
describe('connectives that name an end or purpose said before', () => {
  it('reads "Further,", "To this end," and "For this purpose," as leaning back', () => {
    expect(needsPrevious('Further, the Reseller shall bear its own travel costs.')).toBe(true);
    expect(needsPrevious('FURTHER, NEITHER PARTY SHALL BE LIABLE FOR LOST PROFITS.')).toBe(true);
    expect(needsPrevious('To this end, the parties shall meet every quarter.')).toBe(true);
    expect(needsPrevious('To that end the Lessee shall keep a log of every repair.')).toBe(true);
    expect(needsPrevious('For this purpose, the Buyer may appoint an auditor.')).toBe(true);
    expect(needsPrevious('For such purposes the Agent may open a bank account.')).toBe(true);
  });

  it('keeps sentences that only share the words', () => {
    expect(needsPrevious('Further assurances shall be given by each party on request.')).toBe(false);
    expect(needsPrevious('Further to Clause 4, the Vendor shall insure the goods.')).toBe(false);
    expect(needsPrevious('For the purposes of this Agreement, a month is a calendar month.')).toBe(false);
    expect(needsPrevious('To the extent permitted by law, the Supplier excludes implied warranties.')).toBe(false);
  });

  it('does not show such a sentence in the summary, and shows the one it continues', () => {
    const doc = makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement is made between Corvid Labs Inc. (“Corvid”) and Tallis Health LLC (“Tallis”).',
      { text: 'Corvid shall host the Tallis patient portal on servers located in the United States. To this end, Corvid shall keep two data centres at least 500 miles apart.', clause: '3.1' },
      { text: 'Tallis shall pay Corvid a monthly hosting fee of $12,000.', clause: '4.1' },
    ]);
    const points = extractiveSummary(doc.blocks, { sentences: 8 }).points.map((p) => p.text);
    expect(points.some((p) => /^To this end/.test(p))).toBe(false);
    expect(points.some((p) => /patient portal on servers/.test(p))).toBe(true);
  });
});

describe('a definition is reference material however it is announced', () => {
  const points = (blocks: Parameters<typeof makeDoc>[0]): string[] => extractiveSummary(makeDoc(blocks).blocks, { sentences: 8 }).points.map((p) => p.text);
  const contract = (definition: string): Parameters<typeof makeDoc>[0] => [
    { text: 'HOSTING AGREEMENT', kind: 'heading' },
    'This Hosting Agreement is made between Quillon Data Inc. (“Quillon”) and Maple Row Clinics LLC (“Maple Row”).',
    { text: definition, clause: '1.4' },
    { text: 'Quillon shall keep the hosted records available at least 99.9% of each calendar month.', clause: '3.1' },
    { text: 'Maple Row shall pay Quillon a monthly fee of $8,500 within thirty (30) days of each invoice.', clause: '4.1' },
  ];

  it('behind a run-in heading the display trims', () => {
    const shown = points(contract('Service Credits - Service Credits shall mean the credits Quillon owes when the hosted records are unavailable.'));
    expect(shown.some((p) => /shall mean/.test(p))).toBe(false);
    expect(shown.some((p) => /monthly fee of \$8,500/.test(p))).toBe(true);
  });

  it('behind "For the purposes of this Agreement," or "the term", or qualified by "as used in this Agreement"', () => {
    for (const definition of [
      'For the purposes of this Agreement, “Downtime” shall mean any period in which the hosted records cannot be reached.',
      'For purposes hereof, the term “Business Day” means a day on which banks in Boston are open.',
      '“Affiliate” as used in this Agreement shall mean any entity that controls or is controlled by a party.',
    ]) {
      expect(points(contract(definition)).some((p) => /shall mean|means a day/.test(p))).toBe(false);
    }
  });

  it('keeps a sentence of substance that opens the same way', () => {
    const shown = points(contract('For the purposes of this Agreement, Quillon shall appoint a named account manager for Maple Row.'));
    expect(shown.some((p) => /named account manager/.test(p))).toBe(true);
  });
});

describe('"A.M." without an hour is a name\'s initials, not a time', () => {
  const split = (t: string): string[] => splitSentences(t).map((s) => s.text);
  it('keeps an insurer rating in one sentence', () => {
    expect(split('Each insurer shall have an A.M. Best rating of A- or better. The Tenant pays the premiums.')).toEqual([
      'Each insurer shall have an A.M. Best rating of A- or better.',
      'The Tenant pays the premiums.',
    ]);
  });
  it('still ends a sentence on a time of day', () => {
    expect(split('Bids close at 9 A.M. The Board opens them at noon.')).toEqual(['Bids close at 9 A.M.', 'The Board opens them at noon.']);
    expect(split('Orders placed after 4:30 p.m. Orders are shipped the next day.')).toHaveLength(2);
  });
});

describe('a page filler is no term', () => {
  it('does not show "left blank" or "signature page follows" notes', () => {
    for (const filler of ['(The remainder of this page is intentionally left blank.)', '[Signature page follows.]', 'This page has intentionally been left blank for the signatures of the parties.']) {
      const doc = makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        'This Supply Agreement is made between Orchard Glassworks Ltd. (“Orchard”) and Pellin Bottling Inc. (“Pellin”).',
        { text: 'Orchard shall deliver the bottles to Pellin’s plant in Fresno within ten (10) days of each order.', clause: '2.1' },
        { text: `Pellin shall pay each invoice within thirty (30) days of its date. ${filler}`, clause: '3.1' },
      ]);
      const points = extractiveSummary(doc.blocks, { sentences: 8 }).points.map((p) => p.text);
      expect(points.some((p) => /blank|follows/i.test(p))).toBe(false);
      expect(points.some((p) => /pay each invoice/.test(p))).toBe(true);
    }
  });
});

