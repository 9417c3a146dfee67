import { describe, expect, it } from 'vitest';
import { grainShows, summaryPoints, grainTerms } from './summaryFixture';

// Each contract here is invented for the rule it tests: the notices clause, a notary's
// acknowledgement, a contact line, a glossary entry that says its label again before "shall mean",
// a definition after a party's possessive or with only its closing quote kept, and undefined
// capitalised terms of a numbered amendment.

describe('the notices clause', () => {
  it('is left out as boilerplate', () => {
    for (const clause of [
      'All notices, requests, demands and other communications required or permitted hereunder shall be in writing and shall be deemed given when delivered by hand or three days after mailing by registered post.',
      'Notice shall be effective upon receipt if personally delivered, or one business day after dispatch by overnight courier to the address of the Grower.',
      'Any notice sent by facsimile transmission shall be deemed received on the day of transmission if sent during business hours at the Kestrel silo.',
      'Any notice, demand or other communication (collectively the "Letters") to be given hereunder shall be in writing and delivered to the address of the party set out above.',
      'The notices and other expressions of intent for the purpose of these terms shall be deemed received when delivered by express delivery to the Grower.',
    ]) expect(grainShows(clause, /deemed|effective upon receipt|address/), clause).toBe(false);
  });

  it('keeps a notice of something, a time before an event, and notices that end or renew the contract', () => {
    for (const clause of [
      'Notice of any increase in the barley price shall be given in writing to the Grower no later than the first day of each harvest.',
      'All notices of a change in the delivery schedule shall be given at least sixty (60) days prior to the harvest in question.',
      'Any notice under these terms shall be deemed given when delivered by hand, and either party may terminate these terms by such notice.',
      'The Grower shall give Kestrel notice in writing of any failure of the barley crop within five days of learning of it.',
    ]) expect(grainShows(clause, /notice/i), clause).toBe(true);
  });

  it('stays fast on hostile input', () => {
    const start = Date.now();
    for (const piece of ['All notices, requests, ', 'notices and ', 'notice ', 'notices (', ' ', 'A']) summaryPoints(grainTerms(piece.repeat(Math.ceil(20_000 / piece.length))));
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});

describe('a notary acknowledgement and a contact line', () => {
  it('are left out', () => {
    expect(grainShows('On the 3rd day of May, 2031, before me personally came Anna Weiss, to me known, who being by me duly sworn did depose that she is the director of the Grower.', /Weiss/)).toBe(false);
    expect(grainShows('Facsimile: (555) 010-2233 or such other number as the Grower may name by notice to Kestrel in writing.', /555/)).toBe(false);
  });

  it('keeps a sentence that only says "before me" in another sense', () => {
    expect(grainShows('The barley shall be weighed at the Kestrel silo before the Grower is paid for it, and the weight shall bind both parties.', /weighed/)).toBe(true);
  });
});

describe('a definition in other shapes', () => {
  it('is left out', () => {
    for (const clause of [
      'Service Area: The term Service Area as used in these terms shall mean the counties of the northern valley named in Schedule 2.',
      'Wet Tonne: The Wet Tonne shall mean a tonne of barley weighed at the silo before drying, whatever its moisture may be.',
      'A party\'s "Secret Know-How" is defined as any method of malting disclosed by that party to the other in writing and marked as secret.',
      'Grain Affiliate" shall mean any company controlled by the Grower that grows barley in the northern valley for sale.',
      'All capitalized terms not defined in this Amendment No. 3 shall have the meaning given to them in the Barley Supply Agreement.',
    ]) expect(grainShows(clause, /northern valley|whatever its moisture|method of malting|Amendment No/), clause).toBe(false);
  });

  it('keeps a glossary label before a statement of the term itself', () => {
    for (const clause of [
      'Term: The term of these terms will be twelve (12) months from the Effective Date unless ended sooner under Section 9.',
      'Service Area: The Grower shall deliver the barley only within the counties of the northern valley named in Schedule 2.',
    ]) expect(grainShows(clause, /twelve|northern valley/), clause).toBe(true);
  });
});

describe('three closing clauses in other wordings', () => {
  it('are left out', () => {
    for (const clause of [
      'Other terms used in these terms are defined in the context in which they are used and shall have the meanings there indicated.',
      'This Agreement may not be modified or amended, except in writing as agreed to by the Grower and Kestrel.',
      '8.No forbearance, delay or indulgence by any party in enforcing any of these terms shall operate as a waiver of its rights in respect of any later breach.',
    ]) expect(grainShows(clause, /context in which|modified or amended|forbearance/), clause).toBe(false);
  });

  it('keep a forbearance with a consequence of its own, and an amendment that does more', () => {
    for (const clause of [
      'No delay by the Grower in delivering the barley shall relieve it of the duty to pay the storage charges at the Kestrel silo.',
      'This Agreement may not be modified or amended, except by the yearly price review set out in Section 5, under which Kestrel may raise its price.',
    ]) expect(grainShows(clause, /storage charges|yearly price review/), clause).toBe(true);
  });
});

describe('further assurances, successors, a new notice address, and own costs of signing', () => {
  it('are left out', () => {
    for (const clause of [
      'Each party agrees that it will execute and deliver such further documents and do such further acts as the other party may reasonably request to carry out these terms.',
      'The Grower will, at the cost of Kestrel, do, execute and deliver all further acts, deeds and transfers as Kestrel may reasonably require to vest the barley in it.',
      'These terms will endure to the benefit of and be binding on the parties and their respective heirs, successors and permitted assigns.',
      'The parties may, by notice given under this Section, designate such other addresses as they may deem appropriate for the receipt of notices.',
      'The address for notices set out above may be changed at any time by giving thirty (30) days prior written notice in the manner above.',
      'Each party shall bear its own costs (including legal costs) and disbursements of and incidental to the preparation and execution of these terms.',
    ]) expect(grainShows(clause, /further|endure|addresses|address for notices|disbursements/), clause).toBe(false);
  });

  it('keeps further acts of substance, an address of delivery, and costs of performing', () => {
    for (const clause of [
      'The Grower shall take all further actions necessary to register the barley seed with the seed authority of the northern valley.',
      'Kestrel may change the address to which the barley is delivered by giving the Grower ten days written notice of the new silo.',
      'Each party shall bear its own costs of carrying the barley to and from the Kestrel silo during the harvest.',
    ]) expect(grainShows(clause, /seed authority|new silo|carrying the barley/), clause).toBe(true);
  });

  it('stays fast on hostile input', () => {
    const start = Date.now();
    for (const piece of ['execute further acts ', 'further ', 'as ', 'address ', 'designate ', 'notices ', ' ', 'inure to the benefit of ']) summaryPoints(grainTerms(piece.repeat(Math.ceil(20_000 / piece.length))));
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});

describe('an amendment only in writing, with the amendment as subject', () => {
  it('is left out', () => {
    expect(grainShows('Any amendment of these terms shall be in writing and signed by Kestrel and the Grower.', /amendment/)).toBe(false);
    expect(grainShows('All modifications to these terms must be made in writing.', /modifications/)).toBe(false);
  });

  it('keeps an amendment that says more than how it is made', () => {
    expect(grainShows('Any amendment of the barley price shall be made in writing by Kestrel once a year and shall apply to every delivery made after it, including deliveries already ordered by the Grower under the rolling forecast.', /barley price/)).toBe(true);
  });
});

describe('an agreement effective on its own Effective Date', () => {
  it('is left out', () => {
    expect(grainShows('This Agreement will be effective as of the Effective Date.', /effective as of/)).toBe(false);
  });

  it('keeps an agreement effective on a date or event it names', () => {
    expect(grainShows('This Agreement will be effective as of the Effective Date and shall run until the last barley of the 2032 harvest is delivered.', /last barley/)).toBe(true);
    expect(grainShows('This Agreement shall take effect on the first delivery of barley to the Kestrel silo.', /first delivery/)).toBe(true);
  });
});
