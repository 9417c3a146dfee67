import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../shared/terms';
import { parseCsv } from './cuadLabels';
import { readDate, readDurations, readNumber, readParties, readPlaces, sameDate } from './labelValues';
import { scoreField, wilson } from './scoreTerms';
import { fixedSample, formatTermsReport, halves, summarise, type ContractResult } from './termsEval';
import { SCORED_FIELDS } from './cuadLabels';

const term = (value: KeyTerm['value'], extra: Partial<KeyTerm> = {}): KeyTerm => ({ value, text: '', citations: [], ...extra });

describe('the harness reads CUAD answers on its own', () => {
  it('parses quoted CSV fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\r\n1,2,3\n')).toEqual([
      ['a', 'b, "c"\nd', 'e'],
      ['1', '2', '3'],
    ]);
  });

  it('reads month-first answers, ISO values and written dates; [] parts stay unknown', () => {
    expect(readDate('5/8/2014')).toEqual({ y: 2014, m: 5, d: 8 });
    expect(readDate('2014-05-08')).toEqual({ y: 2014, m: 5, d: 8 });
    expect(readDate('August 3, 2017')).toEqual({ y: 2017, m: 8, d: 3 });
    expect(readDate('3rd of August 2017')).toEqual({ y: 2017, m: 8, d: 3 });
    expect(readDate('[]/[]/2020')).toEqual({ y: 2020 });
    expect(readDate('07/[]/2003')).toEqual({ y: 2003, m: 7 });
    expect(readDate('perpetual')).toBeUndefined();
  });

  it('takes a labelled 19xx year from 1930 on as the spreadsheet-shortened 20xx too', () => {
    expect(sameDate({ y: 1934, m: 12, d: 31 }, { y: 2034, m: 12, d: 31 })).toBe(true);
    expect(sameDate({ y: 1999, m: 12, d: 31 }, { y: 2099, m: 12, d: 31 })).toBe(false);
    expect(sameDate({ y: 2014, m: 5, d: 8 }, { y: 2014, m: 8, d: 5 })).toBe(false);
  });

  it('reads durations in digits, words and parentheses; a year is 12 months', () => {
    expect(readNumber('one hundred and eighty')).toBe(180);
    expect(readNumber('forty-five')).toBe(45);
    expect(readDurations('successive 1 year')).toEqual([{ n: 12, unit: 'month' }]);
    expect(readDurations('60) days')).toEqual([{ n: 60, unit: 'day' }]);
    expect(readDurations('three (3) years')).toEqual([{ n: 36, unit: 'month' }]);
    expect(readDurations('one hundred and eighty days')).toEqual([{ n: 180, unit: 'day' }]);
    expect(readDurations('two weeks')).toEqual([{ n: 14, unit: 'day' }]);
  });

  it('reads places, a country after a state or province only qualifying it', () => {
    expect(readPlaces('Ontario, Canada')).toEqual(['ontario']);
    expect(readPlaces('Province of Ontario, Canada')).toEqual(['ontario']);
    expect(readPlaces('Virginia, Texas')).toEqual(['virginia', 'texas']);
    expect(readPlaces('England, United Kingdom; Wales, United Kingdom')).toEqual(['england and wales']);
    expect(readPlaces("People's Republic of China")).toEqual(['china']);
    expect(readPlaces('New York, United States')[0]).toBe('new york');
  });

  it('reads party answers, dropping descriptions', () => {
    expect(readParties('Go Call, Inc. ("Go Call"); PageMaster Corporation')).toEqual([
      { name: 'Go Call, Inc.', short: ['Go Call'] },
      { name: 'PageMaster Corporation', short: [] },
    ]);
    expect(readParties('City of A ("COFS"); B Corp ("STW"); individually referred to as a "Party"')).toHaveLength(2);
    expect(readParties('The Joint Corp (“we”, “Company”); (“you,” “Franchisee")')[1]).toEqual({ name: '', short: ['you', 'Franchisee'] });
    // The parties named together as one collective are not another party.
    expect(readParties('Acme Corp. ("Acme"); Beta LLC ("Beta"); Acme and Beta (each a “Party” and collectively the “Parties”)')).toHaveLength(2);
    // A long piece is a description, but initials are not words: a nine-token institution's name is a name.
    expect(readParties('The University of Lakeland J. R. Hollis Cancer Institute ("Hollis"); Acme Corp. ("Acme")').map((p) => p.name)).toEqual(['The University of Lakeland J. R. Hollis Cancer Institute', 'Acme Corp.']);
    expect(readParties('Each Party or any of its Affiliates providing services hereunder; Acme Corp.').map((p) => p.name)).toEqual(['Acme Corp.']);
    // A name the answer writes in lower case is still a name; a description in lower case is not.
    expect(readParties('Acme Corp.; northwind traders').map((p) => p.name)).toEqual(['Acme Corp.', 'northwind traders']);
    expect(readParties('Acme Corp.; its affiliates; referred to as a Party; the customer').map((p) => p.name)).toEqual(['Acme Corp.']);
    expect(readParties('Acme Corp. ("Buyer"); Beta LLC ("Seller"); (each "Party", collectively "Parties")')).toHaveLength(2);
    expect(readParties('Research and Engineering Co. ("Party A"); Beta LLC ("Party B")')).toHaveLength(2);
    // "&" inside one party's name is not a collective; only the collective "Parties" makes one.
    expect(readParties('Acme Corp. ("Party"); Kell Research & Trading, LLC ("Party", collectively with Acme Corp., the "Kell Parties")').map((p) => p.name)).toEqual(['Acme Corp.', 'Kell Research & Trading, LLC']);
    // A parenthesis inside a name stays; what the answer adds to say who is bound goes.
    expect(readParties('Fonterra (USA) Inc., ("Supplier"); Acme LLC and its Affiliates ("Acme"); Beta Ltd. including its successors and permitted assigns ("Beta")').map((p) => p.name)).toEqual(['Fonterra (USA) Inc.', 'Acme LLC', 'Beta Ltd.']);
    // Whom a party is or acts for is said of the party, never another one: the piece is the party named first.
    expect(
      readParties('The Lark Stores, Inc. and its associated chapter 11 debtors in possession ("Merchant"); Osprey Bank on behalf of Osprey Mortgage Pass-Through Trust 2004-2 ("Counterparty"); Wren Couriers Canada Ltd. a subsidiary of Heron Inc. ("Heron")').map((p) => p.name),
    ).toEqual(['The Lark Stores, Inc.', 'Osprey Bank', 'Wren Couriers Canada Ltd.']);
    expect(readParties('Teal Pharma SA, an affiliate of Teal Holdings AG, Basel, Switzerland ("Teal")').map((p) => p.name)).toEqual(['Teal Pharma SA']);
  });

  it('forgives one typing slip in one long word of a labelled name, never in digits or short words', () => {
    expect(scoreField('parties', 'Acme Ostenonics Corp. ("Acme"); Beta LLC', term([{ name: 'Acme Osteonics Corp.' }, { name: 'Beta LLC' }])).outcome).toBe('right');
    expect(scoreField('parties', 'Zafrin Inc.; Beta LLC', term([{ name: 'Zarfin Inc.' }, { name: 'Beta LLC' }])).outcome).toBe('right');
    expect(scoreField('parties', 'Fund 1 LP; Beta LLC', term([{ name: 'Fund 2 LP' }, { name: 'Beta LLC' }])).outcome).toBe('wrong');
    expect(scoreField('parties', 'FRE Networks; Beta LLC', term([{ name: 'FTE Networks' }, { name: 'Beta LLC' }])).outcome).toBe('wrong');
    expect(scoreField('parties', 'Acme Marketing; Beta LLC', term([{ name: 'Acme Holdings' }, { name: 'Beta LLC' }])).outcome).toBe('wrong');
  });
});

describe('value-level scoring', () => {
  it('scores dates as dates, not as text', () => {
    expect(scoreField('agreementDate', '6/11/2015', term('2015-06-11')).outcome).toBe('right');
    expect(scoreField('agreementDate', '6/11/2015', term('2015-11-06')).outcome).toBe('wrong');
    expect(scoreField('agreementDate', '[]/[]/2020', term('[ ]', { blank: true })).outcome).toBe('right');
    expect(scoreField('agreementDate', '', term('2015-06-11')).outcome).toBe('extra');
    // A template blank reported as such gives no date: not an extra where the lawyers found none.
    expect(scoreField('agreementDate', '', term('[Date]', { blank: true })).outcome).toBe('absent');
    expect(scoreField('agreementDate', '', undefined).outcome).toBe('absent');
    expect(scoreField('agreementDate', '6/11/2015', undefined).outcome).toBe('missing');
  });

  it('scores expiration as the labelled date or perpetual', () => {
    expect(scoreField('expiration', '12/31/2014', term('2014-12-31')).outcome).toBe('right');
    expect(scoreField('expiration', '12/31/2014', term('2 years')).outcome).toBe('wrong');
    expect(scoreField('expiration', 'perpetual', term('perpetual')).outcome).toBe('right');
  });

  it('scores renewal and notice as equal durations', () => {
    expect(scoreField('renewal', 'successive 1 year', term('12 months, automatic')).outcome).toBe('right');
    expect(scoreField('renewal', 'successive 1 year', term('2 years, automatic')).outcome).toBe('wrong');
    expect(scoreField('renewalNotice', '6 months; 12 months', term('12 months')).outcome).toBe('right');
    expect(scoreField('renewalNotice', '90 days', term('3 months')).outcome).toBe('wrong');
  });

  it('scores governing law by place', () => {
    expect(scoreField('governingLaw', 'Delaware', term('Delaware, United States')).outcome).toBe('right');
    expect(scoreField('governingLaw', 'Ontario, Canada', term('Canada')).outcome).toBe('wrong');
    expect(scoreField('governingLaw', 'England', term('England and Wales')).outcome).toBe('right');
  });

  it('scores parties both ways: every labelled party found, every found party labelled', () => {
    const label = 'Alpha Widgets Inc. ("Alpha"); Beta Supplies LLC ("Supplier")';
    expect(scoreField('parties', label, term([{ name: 'ALPHA WIDGETS, INC.', role: 'Alpha' }, { name: 'Beta Supplies LLC' }])).outcome).toBe('right');
    expect(scoreField('parties', label, term([{ name: 'Alpha Widgets Inc.' }])).outcome).toBe('wrong');
    expect(scoreField('parties', label, term([{ name: 'Alpha Widgets Inc.' }, { name: 'Beta Supplies LLC' }, { name: 'Gamma' }])).outcome).toBe('wrong');
  });

  it('knows a party left blank in a template by its role', () => {
    expect(scoreField('parties', 'Alpha Inc.; [*] ("Distributor")', term([{ name: 'Alpha Inc.' }, { name: '[*]', role: 'Distributor' }])).outcome).toBe('right');
    expect(scoreField('parties', 'Alpha AG ("Alpha"); Distributor ("Distributor")', term([{ name: 'Alpha AG' }, { name: '__________', role: 'Distributor' }])).outcome).toBe('right');
    // The role must be the labelled one, and a named party is still compared by name.
    expect(scoreField('parties', 'Alpha Inc.; [*] ("Distributor")', term([{ name: 'Alpha Inc.' }, { name: '[*]', role: 'Reseller' }])).outcome).toBe('wrong');
    expect(scoreField('parties', 'Alpha Inc.; [*] ("Distributor")', term([{ name: 'Alpha Inc.' }, { name: 'Gamma LLC', role: 'Distributor' }])).outcome).toBe('wrong');
    // An instruction in brackets is a blank too; a name with brackets inside it is still a name.
    expect(scoreField('parties', 'Alpha AG ("Alpha"); Supplier ("Supplier")', term([{ name: 'Alpha AG' }, { name: '[insert Supplier name]', role: 'Supplier' }])).outcome).toBe('right');
    expect(scoreField('parties', 'Alpha AG ("Alpha"); Supplier ("Supplier")', term([{ name: 'Alpha AG' }, { name: 'Gamma [Holdings] LLC', role: 'Supplier' }])).outcome).toBe('wrong');
  });

  it('scores titles by words', () => {
    expect(scoreField('title', 'TURN - KEY MANUFACTURING AGREEMENT', term('Turn-Key Manufacturing Agreement')).outcome).toBe('right');
    expect(scoreField('title', 'Franchise Agreement\n\nAddendum to Lease Agreement', term('Franchise Agreement')).outcome).toBe('right');
    expect(scoreField('title', 'Master Supply Agreement', term('Supply Agreement')).outcome).toBe('wrong');
  });

  it('gives Wilson intervals and a stable spread sample', () => {
    const [lo, hi] = wilson(80, 100);
    expect(lo).toBeCloseTo(0.7112, 3);
    expect(hi).toBeCloseTo(0.8666, 3);
    expect(fixedSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    // The halves go by file name, whatever order the run finished in, and split it evenly.
    const result = (pdf: string, outcome: 'right' | 'wrong'): ContractResult => ({
      pdf,
      ms: 1,
      scores: Object.fromEntries(SCORED_FIELDS.map((f) => [f, { outcome, label: 'x' }])) as ContractResult['scores'],
    });
    const run = [result('d.pdf', 'wrong'), result('a.pdf', 'right'), result('c.pdf', 'right'), result('b.pdf', 'wrong'), result('e.pdf', 'right')];
    const { a, b } = halves(run);
    expect(a.map((c) => c.pdf)).toEqual(['a.pdf', 'c.pdf', 'e.pdf']);
    expect(b.map((c) => c.pdf)).toEqual(['b.pdf', 'd.pdf']);
    expect(summarise(a).overall.accuracy).toBe(1);
    expect(summarise(b).overall.accuracy).toBe(0);
    const report = formatTermsReport({ contracts: run, ...summarise(run), wallMs: 1 });
    expect(report).toMatch(/A: 3 contracts at even places by file name, B: 2 at odd places/);
    expect(report).toMatch(/^title\s+A\s+3\/3 100\.0%\s+B\s+0\/2 0\.0%/m);
  });
});
