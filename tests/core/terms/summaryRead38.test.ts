import { describe, expect, it } from 'vitest';
import { listLeadIn } from '../../../electron/core/terms/listLeadIn';
import { explainsReference, unnamedReference } from '../../../electron/core/terms/needsPrevious';
import { titleCased } from '../../../electron/core/terms/overviewFromTerms';
import { restOfSentenceStarts } from '../../../electron/core/terms/restOfSentence';
import { withoutRunInTitle } from '../../../electron/core/terms/runInHeading';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';
import { summaryPoints as points, type DocEntries as Entries } from './summaryFixture';

// Each contract here is invented for the rule it tests (session 38: how the model-free summary reads).

describe('a title in capitals, written as a name in the Overview', () => {
  it('keeps the small words of a title in lower case', () => {
    expect(titleCased('FORM OF GRAIN SUPPLY AND STORAGE AGREEMENT')).toBe('Form of Grain Supply and Storage Agreement');
    expect(titleCased('AMENDMENT NO. 2 TO THE MILL LEASE')).toBe('Amendment No. 2 to the Mill Lease');
    expect(titleCased("KESTREL'S CO-PACKING AGREEMENT")).toBe("Kestrel's Co-Packing Agreement");
  });

  it('capitalises a small word that opens the title, and keeps codes and call signs as written', () => {
    expect(titleCased('OF COUNSEL AGREEMENT')).toBe('Of Counsel Agreement');
    expect(titleCased('AIRTIME AGREEMENT (KXRT HD2)')).toBe('Airtime Agreement (KXRT HD2)');
    expect(titleCased('HAULAGE AGREEMENT (EXCLUSIVE)')).toBe('Haulage Agreement (Exclusive)');
  });

  it('writes the title so in the Overview', () => {
    const doc = makeDoc([
      { text: 'FORM OF GRAIN SUPPLY AND STORAGE AGREEMENT', kind: 'heading' },
      'This Grain Supply and Storage Agreement is made on 3 March 2021 between Orrin Farms Ltd (“Grower”) and Pell Mills Inc. (“Miller”).',
      { text: 'The Miller shall pay each invoice within thirty (30) days of receipt.', clause: '2.1' },
    ]);
    expect(extractiveSummary(doc.blocks, { sentences: 8 }).overview[0]!.text).toMatch(/^This Form of Grain Supply and Storage Agreement is between /);
  });
});

describe('a role that several parties share', () => {
  const venture = (second: string): Entries => [
    { text: 'ORCHARD VENTURE AGREEMENT', kind: 'heading' },
    `This Orchard Venture Agreement is made on 2 May 2022 between Harrow Fruit LLC (“Member”) and Quillon Growers Inc. (“${second}”).`,
    { text: 'Each Member shall contribute half of the cost of planting the orchard.', clause: '2.1' },
  ];
  const first = (entries: Entries): string => extractiveSummary(makeDoc(entries).blocks, { sentences: 8 }).overview[0]!.text;

  it('is left out, since it does not tell the parties apart', () => {
    expect(first(venture('Member'))).toBe('This Orchard Venture Agreement is between Harrow Fruit LLC and Quillon Growers Inc.');
  });

  it('is kept when each party has a role of its own', () => {
    expect(first(venture('Grower'))).toBe('This Orchard Venture Agreement is between Harrow Fruit LLC ("Member") and Quillon Growers Inc. ("Grower").');
  });
});

describe('a run-in title with a colon', () => {
  it('is left out of a point when a sentence of its own follows', () => {
    expect(withoutRunInTitle('Show Tickets: The Grower shall give the Miller four tickets to each show.')).toBe('The Grower shall give the Miller four tickets to each show.');
    expect(withoutRunInTitle('STORAGE FEES: Kestrel shall pay the storage fee within thirty days of each invoice.')).toBe('Kestrel shall pay the storage fee within thirty days of each invoice.');
  });

  it('is kept when it says what the sentence does not', () => {
    const text = 'Harvest Tickets: The Grower shall give the Miller four tickets to each show.';
    expect(withoutRunInTitle(text)).toBe(text);
    const portal = 'KIOSK SALES: Kestrel shall remit all sums due to the Grower within 30 days of receipt.';
    expect(withoutRunInTitle(portal)).toBe(portal);
  });

  it('is kept when what follows is a value or a relative clause, or the "title" is a sentence', () => {
    const value = 'Milling Fees: Net 30 days from the date of invoice, which shall be sent after each delivery.';
    expect(withoutRunInTitle(value)).toBe(value);
    expect(withoutRunInTitle('Fees: $100 a load.')).toBe('Fees: $100 a load.');
    const sentence = 'Kestrel shall pay the following: The storage fee of $100 a month.';
    expect(withoutRunInTitle(sentence)).toBe(sentence);
  });

  it('is left out of the summary point, which still cites its clause', () => {
    const summary = extractiveSummary(
      makeDoc([
        { text: 'GRAIN STORAGE AGREEMENT', kind: 'heading' },
        'This Grain Storage Agreement is made on 3 March 2021 between Orrin Farms Ltd (“Grower”) and Pell Mills Inc. (“Miller”).',
        { text: 'STORAGE FEES: The Grower shall pay the Miller a storage fee of $400 per month for each silo it uses.', clause: '4' },
      ]).blocks,
      { sentences: 8 },
    );
    const point = summary.points.find((p) => /storage fee of \$400/.test(p.text))!;
    expect(point.text).toBe('The Grower shall pay the Miller a storage fee of $400 per month for each silo it uses.');
    expect(point.citations[0]!.clause).toBe('4');
  });
});

describe('a list item shown after the lead-in it completes', () => {
  const lease = (leadIn: string, item: string, between: readonly Entries[number][] = []): Entries => [
    { text: 'SILO LEASE', kind: 'heading' },
    'This Silo Lease is made on 3 March 2021 between Orrin Farms Ltd (“Tenant”) and Pell Mills Inc. (“Landlord”).',
    { text: 'The Tenant shall pay rent of $900 per month in advance.', clause: '3.1' },
    { text: leadIn, clause: '9.1' },
    ...between,
    { text: item, kind: 'list-item', clause: '9.1(2)' },
  ];
  const ITEM = '(2) Upon sixty (60) days’ written notice if the Tenant does not keep the silo clean and dry.';

  it('gives the item its lead-in: who may do what', () => {
    const entries = lease('9.1 The Landlord may end this Lease:', ITEM, [{ text: '(1) Immediately if the Tenant fails to pay rent for two months; or', kind: 'list-item', clause: '9.1(1)' }]);
    const blocks = makeDoc(entries).blocks;
    expect(listLeadIn(blocks, blocks.length - 1)?.text).toBe('The Landlord may end this Lease:');
    expect(points(entries)).toContain('The Landlord may end this Lease: Upon sixty (60) days’ written notice if the Tenant does not keep the silo clean and dry.');
  });

  it('leaves a lead-in out that says nothing, and one that a heading or prose parts from the item', () => {
    const blocks = (entries: Entries): ReturnType<typeof makeDoc>['blocks'] => makeDoc(entries).blocks;
    const at = (entries: Entries): number => entries.length - 1;
    const agreeing = lease('The parties agree as follows:', ITEM);
    expect(listLeadIn(blocks(agreeing), at(agreeing))).toBeUndefined();
    const headed = lease('9.1 The Landlord may end this Lease:', ITEM, [{ text: 'Notices', kind: 'heading' }]);
    expect(listLeadIn(blocks(headed), at(headed))).toBeUndefined();
    const prose = lease('9.1 The Landlord may end this Lease:', ITEM, ['The Landlord shall give its reasons in writing.']);
    expect(listLeadIn(blocks(prose), at(prose))).toBeUndefined();
  });

  it('does not take a numbered clause for an item of the list before it', () => {
    const entries: Entries = [
      'The following persons shall manage the orchard:',
      { text: '(a) Jane Orrin', kind: 'list-item' },
      { text: '(b) Tom Pell', kind: 'list-item' },
      { text: '11. The managers shall decide together how the orchard is planted.', clause: '11' },
    ];
    const blocks = makeDoc(entries).blocks;
    expect(listLeadIn(blocks, 3)).toBeUndefined();
    expect(listLeadIn(blocks, 2)?.text).toBe('The following persons shall manage the orchard:');
  });
});

describe('a paragraph that goes on from a sentence cut after a semicolon', () => {
  const ids = (end: string, next: string): string[] =>
    [
      ...restOfSentenceStarts(
        makeDoc([
          { text: 'The Miller shall store the grain in its own silos; provided that neither', clause: '5.1', page: 1 },
          { text: end, clause: '5.1', page: 1 },
          { text: next, clause: '5.1', page: 2 },
        ]).blocks.slice(1),
      ),
    ];

  it('marks it when the page before stops in mid-sentence after the semicolon', () => {
    expect(ids('The Miller shall keep the grain dry at all times and shall insure it; provided that neither', 'Party shall be bound to store more than forty tonnes.')).toEqual(['p2.1']);
  });

  it('does not mark the next item after a list join ("; and")', () => {
    expect(ids('(a) the Miller shall keep the grain dry at all times and shall insure it; and', 'The Grower shall collect the grain at the end of each month.')).toEqual([]);
  });
});

describe('the sentence a "such X" point leans on', () => {
  it('reads the noun after a participle, not the participle', () => {
    expect(unnamedReference('Kestrel shall be heard before any such proposed termination takes effect.')?.noun).toBe('termination');
    expect(unnamedReference('Any such attempted transfer is void.')?.noun).toBe('transfer');
    // A participle that is the last word before a verb is the noun itself.
    expect(unnamedReference('All sums so withheld and such excluded shall be repaid.')?.noun).toBe('excluded');
  });

  it('may be a list item that is a sentence of its own, not one that continues its lead-in', () => {
    expect(explainsReference('(d) Either party may end this Agreement on six months’ written notice.', 'notice')).toBe(true);
    expect(explainsReference('(d) end this Agreement on six months’ written notice.', 'notice')).toBe(false);
    expect(explainsReference('(d) Such notice must be in writing.', 'notice')).toBe(false);
  });
});

describe('the lead-in of an item, past its siblings only', () => {
  it('stops at an item of another list, which may hold the lead-in inside it', () => {
    const entries: Entries = [
      { text: '(b) This Lease ends at once if:', kind: 'list-item' },
      { text: '(i) the Tenant is wound up.', kind: 'list-item' },
      { text: '(c) Upon the end of this Lease: (1) the keys go back to the Landlord; and', kind: 'list-item' },
      { text: '(2) The Tenant shall pay all rent owed on the day the Lease ends.', kind: 'list-item' },
    ];
    expect(listLeadIn(makeDoc(entries).blocks, 3)).toBeUndefined();
  });
});
