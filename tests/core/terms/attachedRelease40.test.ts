import { describe, expect, it } from 'vitest';
import { attachedInstrumentStart, isPressRelease } from '../../../electron/core/terms/attachedInstrument';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { attachedWarning } from '../../../electron/core/pipeline/attachedWarning';
import { makeDoc } from './docFixture';

// An invented contract that attaches the press release its parties agreed to issue: the release speaks of a
// company's history and whom to call, and none of it is a term of the contract.

const body = Array.from({ length: 8 }, (_, k) => `${k + 3}. Duty ${k + 1}. Each party shall carry out its part of the orchard programme with reasonable care, and shall tell the other promptly of anything that may delay it.`);

const contract = [
  'ORCHARD AGREEMENT',
  'This Orchard Agreement (the "Agreement") is made as of April 6, 2022 between Kestrel Holdings Inc., a Vermont corporation ("Kestrel"), and Northvale Growers LLC, an Oregon limited liability company ("the Grower").',
  '1. Supply. The Grower shall deliver the apples Kestrel orders each season at the prices in Schedule 1.',
  '2. Announcement. Promptly after signing, the parties shall issue a joint press release in the form attached as Exhibit B.',
  ...body,
  'IN WITNESS WHEREOF, Kestrel and the Grower have signed this Agreement on the date above.',
  'KESTREL HOLDINGS INC.\nBy: ______________\nName:\nTitle:',
];

const release = (caption: string, dateline: string): string[] => [
  caption,
  `${dateline} Kestrel Holdings Inc. and Northvale Growers LLC today announced a five-year orchard programme.`,
  'Founded in 1961, Kestrel is headquartered in Burlington, Vermont.',
  'Media contact: the Kestrel press office.',
];

describe('a press release attached after the contract', () => {
  it('ends the contract where its caption names it, or where its first lines carry a wire service\'s mark', () => {
    for (const [caption, dateline] of [
      ['Exhibit B Form of Press Release', 'BURLINGTON, Vt., April 7, 2022 —'],
      ['EXHIBIT B', 'BURLINGTON, Vt., April 7, 2022 (GLOBE NEWSWIRE) —'],
      ['EXHIBIT B', 'FOR IMMEDIATE RELEASE. BURLINGTON, Vt., April 7, 2022 —'],
    ] as const) {
      const doc = makeDoc([...contract, ...release(caption, dateline)]);
      const start = attachedInstrumentStart(doc.blocks);
      expect(doc.blocks[start]?.text, caption).toBe(caption);
      expect(isPressRelease(doc.blocks, start)).toBe(true);
    }
  });

  it('is left out of the summary, which says what it left out', () => {
    const doc = makeDoc([...contract, ...release('Exhibit B Form of Press Release', 'BURLINGTON, Vt., April 7, 2022 —')]);
    const summary = extractiveSummary(doc.blocks, {});
    expect(summary.markdown).not.toMatch(/Founded in 1961/);
    expect(summary.markdown).toMatch(/attaches a press release \("Exhibit B Form of Press Release"\), an announcement rather than terms/);
    expect(attachedWarning(doc.blocks)?.message).toMatch(/attaches a press release/);
  });

  it('is no attachment when the contract only speaks of one, or when the exhibit is a schedule', () => {
    const speaks = makeDoc(contract);
    expect(attachedInstrumentStart(speaks.blocks)).toBe(speaks.blocks.length);
    const schedule = makeDoc([...contract, 'EXHIBIT B', 'PRICES', 'Gala apples are $0.62 per pound, and Honeycrisp $1.10 per pound, delivered.']);
    expect(attachedInstrumentStart(schedule.blocks)).toBe(schedule.blocks.length);
  });

  it('keeps the other instrument\'s wording for a form of agreement', () => {
    const doc = makeDoc([...contract, 'EXHIBIT C', 'FORM OF PICKING AGREEMENT', 'This Picking Agreement (this "Picking Agreement") is made as of [____] between [GROWER] and [CREW].']);
    const start = attachedInstrumentStart(doc.blocks);
    expect(doc.blocks[start]?.text).toBe('EXHIBIT C');
    expect(isPressRelease(doc.blocks, start)).toBe(false);
    expect(attachedWarning(doc.blocks)?.message).toMatch(/another instrument/);
  });
});
