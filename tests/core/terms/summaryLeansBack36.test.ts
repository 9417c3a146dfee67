import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { explainsReference, unnamedReference } from '../../../electron/core/terms/needsPrevious';
import { makeDoc } from './docFixture';

// Each of these contracts is invented for the rule it tests.
describe('a back-reference to something the sentence does not name', () => {
  it('finds "such X" and "the preceding X" whose X the sentence has not named', () => {
    expect(unnamedReference('Any transfer made without such consent is void.')).toEqual({ noun: 'consent', at: 26 });
    expect(unnamedReference('The Grower shall bear the cost of any such survey.')?.noun).toBe('survey');
    expect(unnamedReference('Any sale in breach of the preceding sentence is void.')?.noun).toBe('sentence');
    expect(unnamedReference('If the Miller gives such a notice, the term ends on 1 May.')?.noun).toBe('notice');
  });

  it('does not take examples, a correlative "such … as" or a noun the sentence named for one', () => {
    expect(unnamedReference('The Grower may use fertilisers such as potash.')).toBeUndefined();
    expect(unnamedReference('The Miller shall keep such records as the Grower may reasonably ask for.')).toBeUndefined();
    expect(unnamedReference('The Miller may send notices to such other address as the Grower names.')).toBeUndefined();
    expect(unnamedReference('If the Grower breaches this Agreement and fails to cure such breach in 30 days, the Miller may end it.')).toBeUndefined();
    expect(unnamedReference('The Grower, as such, has no vote.')).toBeUndefined();
  });

  it('reads "such X as of a date" as a reference, not as a correlative', () => {
    expect(unnamedReference('Failure to hold such insurance as of the start date is a breach.')?.noun).toBe('insurance');
  });

  it('reads a sentence before as the one leaned on only when it names the thing and stands alone', () => {
    expect(explainsReference('Neither party may sell its share without the written consent of the other.', 'consent')).toBe(true);
    expect(explainsReference('Neither party may sell its share to a stranger.', 'consent')).toBe(false);
    expect(explainsReference('However, neither party may sell without consent.', 'consent')).toBe(false);
    expect(explainsReference('Failure to obtain such consent is a breach.', 'consent')).toBe(false);
    expect(explainsReference('Neither party may sell its share.', 'sentence')).toBe(true);
    // "so disputed" points back itself.
    expect(explainsReference('Invoices not so disputed are paid within ten days.', 'disputes')).toBe(false);
  });
});

describe('a point shown with the sentence it leans on', () => {
  const summary = (clause: string) =>
    extractiveSummary(
      makeDoc([
        { text: 'ORCHARD SUPPLY AGREEMENT', kind: 'heading' },
        'This Orchard Supply Agreement is made between Brevard Orchards LLC (“Grower”) and Tamsin Cider Co. (“Miller”).',
        { text: clause, clause: '7.1', section: ['Assignment'] },
        { text: 'The Miller shall pay the Grower $300 for each tonne of apples within 20 days of delivery.', clause: '4.1', section: ['Payment'] },
        { text: 'The Grower shall deliver the apples to the Miller press at Tamsin Hill.', clause: '5.1', section: ['Delivery'] },
      ]).blocks,
      { sentences: 3 },
    ).points.map((p) => p.text);

  it('shows "… without such consent is void." after the sentence that names the consent', () => {
    const points = summary('The Grower may not hand its orchard rights to another grower without the written consent of the Miller. Any hand-over made without such consent is void and of no effect.');
    expect(points.some((p) => /^Any hand-over made without such consent/.test(p))).toBe(false);
    expect(points).toContain('The Grower may not hand its orchard rights to another grower without the written consent of the Miller. Any hand-over made without such consent is void and of no effect.');
  });

  it('shows both as one bullet when the sentence before is a point of the summary too', () => {
    const points = extractiveSummary(
      makeDoc([
        { text: 'ORCHARD SUPPLY AGREEMENT', kind: 'heading' },
        'This Orchard Supply Agreement is made between Brevard Orchards LLC (“Grower”) and Tamsin Cider Co. (“Miller”).',
        { text: 'The Grower may not hand its orchard rights to another grower without the written consent of the Miller. Any hand-over made without such consent is void and of no effect.', clause: '7.1', section: ['Assignment'] },
        { text: 'The Miller shall pay the Grower $300 for each tonne of apples within 20 days of delivery.', clause: '4.1', section: ['Payment'] },
      ]).blocks,
      { sentences: 8 },
    ).points.map((p) => p.text);
    expect(points).toContain('The Grower may not hand its orchard rights to another grower without the written consent of the Miller. Any hand-over made without such consent is void and of no effect.');
    expect(points).not.toContain('Any hand-over made without such consent is void and of no effect.');
    expect(points).not.toContain('The Grower may not hand its orchard rights to another grower without the written consent of the Miller.');
  });

  it('leaves a point alone when the sentence before does not name what it refers to', () => {
    // The sentence before is too short to be ranked, and names no consent.
    const points = summary('Both keep copies. Any hand-over made without such consent is void and of no effect.');
    expect(points).toContain('Any hand-over made without such consent is void and of no effect.');
  });

  it('leaves a point alone when the two together would be long', () => {
    const long = 'The Grower may not hand over, pledge, let, share or otherwise part with its orchard rights or any of its duties to the Miller, wholly or partly, by merger, sale of its shares or any other route, to any grower, packer, broker or firm without the written consent of the Miller, signed by a director of the Miller.';
    const lean = 'Any hand-over made without such consent is void, and the assigning party shall pay the other party $5,000 within 30 days.';
    const points = summary(`${long} ${lean}`);
    expect(points).toContain(lean);
  });
});
