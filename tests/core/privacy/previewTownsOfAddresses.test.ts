/**
 * A town the name detector takes for a person in one sentence is the town of an address elsewhere in the same
 * contract ("…, Glen Tavish, Oregon 97330"): the preview sends it as it is everywhere, while the people and the parties
 * around it stay hidden. Every contract, town and name here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { townsBeforeStates } from '../../../electron/core/privacy/findAddresses';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const contract = (town: string, notice: string) => [
  'SUPPLY AGREEMENT',
  'This Supply Agreement is made on 3 March 2021 between Kestrel Orchard Holdings, LLC, a Texas limited liability company ("Kestrel"), and Harbor Lane Inc., a Delaware corporation ("Harbor").',
  'The parties agree as follows.',
  'WHEREAS Kestrel grows fruit and Harbor sells it.',
  `1. Delivery. Kestrel shall deliver the Goods to the warehouse of Harbor at ${town}. Mr. Dorian Pelley of ${town} shall inspect them.`,
  '2. Price. Harbor shall pay the price within thirty days.',
  '3. Term. This agreement runs for two years.',
  '4. Law. The laws of Texas govern this agreement.',
  notice,
];
const preview = (paragraphs: readonly string[]) => prepareForCloud(paragraphDocument(paragraphs), { redact: true });

describe('the town of an address', () => {
  it('is sent as it is wherever it stands, and the people and parties stay hidden', () => {
    const prep = preview(contract('Glen Tavish', '9. Notices. If to Harbor: Harbor Lane Inc., 12 Birch Road, Glen Tavish, Oregon 97330.'));
    expect(prep.previewText).toMatch(/at Glen Tavish\. \[PERSON_\d+\] of Glen Tavish shall inspect/);
    expect(prep.previewText).toContain('Glen Tavish, Oregon');
    expect(prep.previewText).not.toMatch(/Kestrel|Harbor|Dorian|Pelley|Birch|97330/);
    expect(prep.redactions.map((r) => r.original)).not.toContain('Glen Tavish');
  });

  it('stays hidden when the contract never writes it before a state', () => {
    const prep = preview(contract('Glen Tavish', '9. Notices. If to Harbor: Harbor Lane Inc., 12 Birch Road, Fernmoor.'));
    expect(prep.previewText).not.toContain('Glen Tavish');
  });

  it('does not free a company whose name is written before a state', () => {
    const prep = preview(contract('Glen Tavish', '9. Notices. Copies go to Tavish Fenwick Inc., Ashcombe, Oregon 97301 and to Harbor Lane Inc., 12 Birch Road, Glen Tavish, Oregon 97330.'));
    expect(prep.previewText).not.toMatch(/Fenwick|Kestrel|Harbor/);
  });
});

describe('townsBeforeStates', () => {
  it('reads the words before a state, from the state back', () => {
    const towns = townsBeforeStates('Harbor Lane Inc. Glen Tavish, OR 97330 and Ashcombe, Oregon; Fenwick CO');
    expect([...towns].sort()).toEqual(['ashcombe', 'glen tavish', 'inc. glen tavish', 'tavish']);
  });

  it('reads a crafted run of capitals in linear time', () => {
    const t = performance.now();
    townsBeforeStates('Aa '.repeat(200_000) + ', Oregon');
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
