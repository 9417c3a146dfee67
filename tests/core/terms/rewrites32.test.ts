/**
 * Session 32: the drafting forms of the session 32 rewrites (tests/eval/perturb.ts) — the opening dated "this 1st day
 * of June, 2010", the party list in the English "BETWEEN: / AND:" block, a term expiring on an anniversary, the
 * choice of "the internal laws of" a state — each applied to a short invented contract that must keep its values.
 */
import { describe, expect, it } from 'vitest';
import { perturbationNamed } from '../../eval/perturb';
import type { KeyTerms } from '../../../shared/terms';
import { expectProbe } from './probeValue';

const SUPPLY = [
  'EQUIPMENT SUPPLY AGREEMENT',
  'This Equipment Supply Agreement (the "Agreement") is made and entered into as of March 9, 2014 (the "Effective Date") by and between Harrow Fabrication Inc., a Minnesota corporation ("Harrow"), and Quillfeather Dairy LLC, a Wisconsin limited liability company (the "Buyer").',
  'WHEREAS, Harrow builds stainless milk tanks and Buyer runs three dairies near Eau Claire that need them.',
  'NOW, THEREFORE, the parties agree as follows:',
  '1. Supply. Harrow shall build and deliver the tanks that Buyer orders on Harrow\'s order form.',
  '2. Price. Buyer shall pay the prices in Schedule A within thirty (30) days of each delivery.',
  '3. Term. This Agreement shall continue for a period of three (3) years from the Effective Date. Thereafter it shall automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.',
  '4. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Minnesota, without regard to its conflict of laws rules.',
].join('\n\n') + '\n';

const SUPPLY_WANT = {
  title: 'EQUIPMENT SUPPLY AGREEMENT',
  agreementDate: '2014-03-09',
  effectiveDate: '2014-03-09',
  expiration: '2017-03-09',
  renewal: '1 year each, automatic*',
  renewalNotice: '90 days',
  governingLaw: 'Minnesota*',
} as const;

/** The contract's values, and both parties with their short names. */
async function expectSupply(text: string): Promise<void> {
  const terms: KeyTerms = await expectProbe(text, SUPPLY_WANT);
  expect(terms.parties?.value).toEqual([
    { name: 'Harrow Fabrication Inc.', role: 'Harrow' },
    { name: 'Quillfeather Dairy LLC', role: 'Buyer' },
  ]);
}

/** Each session 32 rewrite: the words it should write in the invented contract, and the words it should take out. */
const REWRITES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['opening-made-this-day', ['is made and entered into as of this 9th day of March, 2014 (the "Effective Date") by and between Harrow'], ['as of March 9, 2014']],
  ['parties-between-block', ['(the "Agreement") is made and entered into as of March 9, 2014 (the "Effective Date")\n\nBETWEEN:\n\nHarrow Fabrication Inc., a Minnesota corporation ("Harrow");\n\nAND:\n\nQuillfeather Dairy LLC, a Wisconsin limited liability company (the "Buyer").'], ['by and between']],
  ['parties-and-line', ['(the "Effective Date") by and between\n\nHarrow Fabrication Inc., a Minnesota corporation ("Harrow"),\n\nand\n\nQuillfeather Dairy LLC, a Wisconsin limited liability company (the "Buyer").'], ['("Harrow"), and Quillfeather']],
  ['term-expiring-anniversary', ['shall continue for a term expiring on the third (3rd) anniversary of the Effective Date.'], ['for a period of three']],
  ['law-internal', ['shall be governed by and construed in accordance with the internal laws of the State of Minnesota'], ['with the laws of']],
];

describe('the session 32 rewrites keep every value of an invented contract', () => {
  it('the contract as written', async () => {
    await expectSupply(SUPPLY);
  });

  it.each(REWRITES.map(([name, wrote, tookOut]) => [name, wrote, tookOut] as const))('%s', async (name, wrote, tookOut) => {
    const out = perturbationNamed(name).apply(SUPPLY);
    expect(typeof out).toBe('string');
    for (const words of wrote) expect(out).toContain(words);
    for (const words of tookOut) expect(out).not.toContain(words);
    await expectSupply(out as string);
  });

  it('all five at once', async () => {
    const out = perturbationNamed(REWRITES.map(([name]) => name).join('+')).apply(SUPPLY) as string;
    expect(out).toContain('this 9th day of March, 2014 (the "Effective Date")\n\nBETWEEN:');
    await expectSupply(out);
  });
});

describe('term-end-time', () => {
  const lease = (term: string): string =>
    ['EQUIPMENT LEASE', 'This Equipment Lease is made as of March 9, 2014 by and between Harrow Fabrication Inc. ("Lessor") and Quillfeather Dairy LLC ("Lessee").', '1. Lease. Lessor leases to Lessee the four milk tanks listed in Schedule A.', `2. Term. ${term}`, '3. Governing Law. This Lease shall be governed by the laws of the State of Minnesota.'].join('\n\n') + '\n';

  it.each([
    ['This Lease shall commence on April 1, 2014 and shall continue until March 31, 2017.', 'continue until 11:59 p.m. (Eastern Time) on March 31, 2017'],
    ['The term of this Lease shall begin on April 1, 2014 and shall expire on March 31, 2017.', 'shall expire at 11:59 p.m. (Eastern Time) on March 31, 2017'],
    ['THIS LEASE SHALL COMMENCE ON APRIL 1, 2014 AND SHALL TERMINATE ON MARCH 31, 2017.', 'SHALL TERMINATE AT 11:59 P.M. (EASTERN TIME) ON MARCH 31, 2017'],
  ])('%s', async (term, wrote) => {
    const out = perturbationNamed('term-end-time').apply(lease(term)) as string;
    expect(out).toContain(wrote);
    await expectProbe(lease(term), { effectiveDate: '2014-04-01', expiration: '2017-03-31' });
    await expectProbe(out, { effectiveDate: '2014-04-01', expiration: '2017-03-31' });
  });

  it('leaves a date that no term ends on', () => {
    const p = perturbationNamed('term-end-time');
    expect(p.apply('Lessee shall pay rent from April 1, 2014 on the first day of each month.')).toBe('Lessee shall pay rent from April 1, 2014 on the first day of each month.');
  });
});

describe('what the session 32 rewrites leave alone', () => {
  it('opening-made-this-day rewrites only the first dated verb, keeps capitals, and puts no comma where no list follows', () => {
    const p = perturbationNamed('opening-made-this-day');
    expect(p.apply('THIS LEASE is MADE on May 5, 2012 between A ("A") and B ("B"). It was executed on June 1, 2012.')).toBe('THIS LEASE is MADE THIS 5TH DAY OF May, 2012, between A ("A") and B ("B"). It was executed on June 1, 2012.');
    expect(p.apply('This Lease is dated June 1, 2012. A and B agree.')).toBe('This Lease is dated this 1st day of June, 2012. A and B agree.');
    expect(p.apply('This Lease is made between A and B, effective June 1, 2012.')).toBe('This Lease is made between A and B, effective June 1, 2012.');
  });

  it('parties-between-block sets three parties apart with semicolons and leaves a list without short names', () => {
    const p = perturbationNamed('parties-between-block');
    expect(p.apply('This Deed is entered into on May 5, 2012 among Alder Ltd ("Alder"), Birch plc ("Birch") and Cedar GmbH ("Cedar").')).toBe('This Deed is entered into on May 5, 2012\n\nAMONG:\n\nAlder Ltd ("Alder");\n\nBirch plc ("Birch");\n\nAND:\n\nCedar GmbH ("Cedar").');
    const bare = 'This Deed is entered into between Alder Ltd and Birch plc.';
    expect(p.apply(bare)).toBe(bare);
    // A date that closes the opening stays in the last party's paragraph; other words after the list keep it as it is.
    expect(p.apply('This Deed is made between Alder Ltd ("Alder") and Birch plc ("Birch") this 5th day of May, 2012.')).toBe('This Deed is made\n\nBETWEEN:\n\nAlder Ltd ("Alder");\n\nAND:\n\nBirch plc ("Birch") this 5th day of May, 2012.');
    const goesOn = 'This Deed is made between Alder Ltd ("Alder") and Birch plc ("Birch") and amends the Deed of March 3, 2011.';
    expect(p.apply(goesOn)).toBe(goesOn);
    const verbAfter = 'Under this Deed between Alder Ltd ("Alder") and Birch plc ("Birch"), Alder will provide cleaning services ("Services").';
    expect(p.apply(verbAfter)).toBe(verbAfter);
    expect(perturbationNamed('parties-and-line').apply(verbAfter)).toBe(verbAfter);
  });

  it('term-expiring-anniversary and law-internal leave other lengths and laws alone', () => {
    expect(perturbationNamed('term-expiring-anniversary').apply('for a period of three (3) years from the date of delivery')).toBe('for a period of three (3) years from the date of delivery');
    expect(perturbationNamed('law-internal').apply('in accordance with the laws of Minnesota; governed by the internal laws of Ohio')).toBe('in accordance with the laws of Minnesota; governed by the internal laws of Ohio');
    expect(perturbationNamed('law-internal').apply('GOVERNED BY THE LAWS OF OHIO')).toBe('GOVERNED BY AND CONSTRUED IN ACCORDANCE WITH THE INTERNAL LAWS OF OHIO');
  });
});
