import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const title = (...lines: string[]): unknown => extractKeyTerms(makeDoc([...lines.map((text) => ({ text, kind: 'heading' as const })), 'The parties agree as follows.'])).terms.title?.value;

describe('title rule', () => {
  it('cuts a cover line at the parties or the date that follow the title', () => {
    expect(title('Exhibit 10.4 JOINT VENTURE AGREEMENT by and between Quillon Widgets, Inc.', 'and Tarrow Holdings Ltd')).toBe('JOINT VENTURE AGREEMENT');
    expect(title('STRATEGIC SUPPLY AGREEMENT dated as of March 3, 2015 among')).toBe('STRATEGIC SUPPLY AGREEMENT');
    expect(title('RESEARCH AGREEMENT made by and between Quillon Widgets Inc. and Tarrow Ltd January 5, 2015')).toBe('RESEARCH AGREEMENT');
  });

  it('keeps the subject written after the instrument\'s name, in the title\'s own case', () => {
    expect(title('Exhibit 10.4', 'Outsourcing Contract on Development of Harbour View Hotel', 'Planning Unit: Tarrow Architects')).toBe('Outsourcing Contract on Development of Harbour View Hotel');
    expect(title('COOPERATION AGREEMENT OF THE KESTREL SOLAR PROJECT')).toBe('COOPERATION AGREEMENT OF THE KESTREL SOLAR PROJECT');
    // A subject in another case, or with a date, names an event: the line is no title.
    expect(title('SPONSORSHIP AGREEMENT for Boxing Event in Macau, on April 22, 2000')).toBeUndefined();
    expect(title('SPONSORSHIP AGREEMENT on the Boxing Event in Macau')).toBeUndefined();
    expect(title('Sponsorship Agreement on Boxing Event of April 22, 2000')).toBeUndefined();
  });

  it('reads the heading when a layout ran the opening sentence on after it', () => {
    const run = (text: string): unknown => extractKeyTerms(makeDoc([{ text, kind: 'paragraph' }, 'The parties agree as follows.'])).terms.title?.value;
    expect(run('Exhibit 10.7 BARLEY SUPPLY AGREEMENT This Barley Supply Agreement ("Agreement") is entered into as of June 3, 2016 between Quillon Widgets, Inc. and Tarrow Ltd.')).toBe('BARLEY SUPPLY AGREEMENT');
    expect(run('EXHIBIT 10.3 FIRST AMENDMENT TO MILLING AGREEMENT This First Amendment ("Amendment") to the Milling Agreement dated May 2, 2011 is made by and between Quillon Widgets, Inc. and Tarrow Ltd.')).toBe('FIRST AMENDMENT TO MILLING AGREEMENT');
    expect(run('CONSULTING SERVICES AGREEMENT CONSULTING SERVICES AGREEMENT, dated as of April 1, 2019 (the "Agreement"), between Ann Lee and Tarrow Ltd.')).toBe('CONSULTING SERVICES AGREEMENT');
    expect(run('PROMOTION AGREEMENT (the “Agreement”) This agreement is made between Quillon Widgets, Inc. and Tarrow Ltd.')).toBe('PROMOTION AGREEMENT');
    // A lower-case "this" goes on with the sentence: no heading ends there.
    expect(run('The Services Agreement this year is made between Quillon Widgets, Inc. and Tarrow Ltd.')).not.toBe('The Services Agreement');
  });

  it('reads a title in sentence case when the cover line goes on to name the parties', () => {
    expect(title('Distributorship agreement between Quillon Widgets Pty Ltd', 'And Tarrow Medical LLC')).toBe('Distributorship agreement');
    // A sentence that merely ends in "agreement" is not a title.
    expect(title('Beginning three years after the Services Agreement the supplier may charge more')).toBeUndefined();
  });

  it('keeps the line after the title when it finishes the name', () => {
    expect(title('SUPPLY AGREEMENT', '(2016 Amendment)')).toBe('SUPPLY AGREEMENT (2016 Amendment)');
    expect(title('SECOND AMENDMENT', 'TO LICENSE AGREEMENT')).toBe('SECOND AMENDMENT TO LICENSE AGREEMENT');
    expect(title('NON-SOLICITATION AGREEMENT', 'AMENDMENT NO. 2')).toBe('NON-SOLICITATION AGREEMENT AMENDMENT NO. 2');
    // A definition in parentheses is not part of the name.
    expect(title('PROMOTION AGREEMENT', '(the “Agreement”)')).toBe('PROMOTION AGREEMENT');
  });

  it('reads numbered addenda, a brand over the title and drops a redaction mark', () => {
    expect(title('EXHIBIT 10.2 ENDORSEMENT AGREEMENT ADDENDUM II')).toBe('ENDORSEMENT AGREEMENT ADDENDUM II');
    expect(title('Exhibit 10.1 ZYLOPRIN®', 'PROMOTION AGREEMENT')).toBe('ZYLOPRIN® PROMOTION AGREEMENT');
    expect(title('Sales, Marketing and Supply Agreement {***}')).toBe('Sales, Marketing and Supply Agreement');
  });

  it('takes an amendment\'s heading that names it by its number alone', () => {
    expect(title('AMENDMENT NO. 2', 'Dated as of March 27, 2006')).toBe('AMENDMENT NO. 2');
    expect(title('Exhibit 10.3', 'Second Addendum')).toBe('Second Addendum');
    // A bare clause heading is not a title.
    expect(title('Amendment')).toBeUndefined();
  });

  it('finds the name an opening sentence in capitals gives the agreement', () => {
    const doc = makeDoc(['Exhibit 10.1', 'This COLLABORATIVE RESEARCH AND DEVELOPMENT AGREEMENT (this “Agreement”) is entered into as of June 8, 2018 by and between Quillon Widgets, Inc. and Tarrow Ltd.']);
    expect(extractKeyTerms(doc).terms.title?.value).toBe('COLLABORATIVE RESEARCH AND DEVELOPMENT AGREEMENT');
  });

  it('reads a title line that defines its short name before naming the parties', () => {
    const doc = makeDoc([
      'Exhibit 10.9',
      'LICENSE AGREEMENT (“License Agreement”) effective as of the date of last signing (“Effective Date”) between Quillon Widgets, Inc. and Tarrow Ltd.',
      'This License Agreement is made under the Master Services Agreement and the Quality Agreement entered into between the parties.',
    ]);
    expect(extractKeyTerms(doc).terms.title?.value).toBe('LICENSE AGREEMENT');
  });

  it('drops a page number set before a title in capitals, and keeps a subject line under it', () => {
    expect(title('14 SECOND AMENDMENT TO', 'RESELLER AGREEMENT')).toBe('SECOND AMENDMENT TO RESELLER AGREEMENT');
    expect(title('FLEET LEASING', 'MASTER SERVICES AGREEMENT', 'FOR COMMERCIAL VEHICLES')).toBe('FLEET LEASING MASTER SERVICES AGREEMENT FOR COMMERCIAL VEHICLES');
    expect(title('HOSTING AGREEMENT', 'FOR THE WEB STORE')).toBe('HOSTING AGREEMENT FOR THE WEB STORE');
    // Not the parties under it, nor a numbered clause heading.
    expect(title('HOSTING AGREEMENT', 'BETWEEN QUILLON WIDGETS INC. AND TARROW LTD')).toBe('HOSTING AGREEMENT');
    expect(title('2. Agreement to Supply')).toBeUndefined();
  });

  it('takes the heading the opening sentence names over a cover page title', () => {
    const doc = (...blocks: string[]): unknown => extractKeyTerms(makeDoc(blocks.map((text, i) => (i < blocks.length - 1 ? { text, kind: 'heading' as const } : text)))).terms.title?.value;
    const opening = 'THIS EXCLUSIVE RESALE AGREEMENT (the "Agreement") is made as of May 2, 2011 by and between Quillon Widgets, Inc. and Tarrow Ltd.';
    expect(doc('RESALE AGREEMENT', 'Exhibit 4', 'EXCLUSIVE RESALE AGREEMENT', opening)).toBe('EXCLUSIVE RESALE AGREEMENT');
    // The opening may break the name over lines.
    expect(doc('HOSTING AGREEMENT', 'Quillon Confidential', 'HOSTING BASE AGREEMENT', 'This Hosting Base\nAgreement and its schedules ("Agreement") is entered into by Quillon Widgets, Inc. and Tarrow Ltd.')).toBe('HOSTING BASE AGREEMENT');
    // The cover title stays when the opening names it, or when the later heading is only a part of it.
    expect(doc('RESALE AGREEMENT', 'EXCLUSIVE RESALE AGREEMENT', 'This Resale Agreement (the "Agreement") is made by Quillon Widgets, Inc. and Tarrow Ltd.')).toBe('RESALE AGREEMENT');
    expect(doc('QUILLON HARBOUR SPONSORSHIP AGREEMENT', 'SPONSORSHIP AGREEMENT', 'This Sponsorship Agreement (the "Agreement") is made by Quillon Widgets, Inc. and Tarrow Ltd.')).toBe('QUILLON HARBOUR SPONSORSHIP AGREEMENT');
  });

  it('reads an amendment numbered with "#"', () => {
    expect(title('Amendment #3 to the Supply Agreement')).toBe('Amendment #3 to the Supply Agreement');
  });

  it('takes the name the opening gives over a heading that stands after the opening', () => {
    const doc = makeDoc([
      'Exhibit 10.1 CERTAIN INFORMATION HAS BEEN EXCLUDED FROM THIS EXHIBIT JOINT SUPPLY AND STORAGE AGREEMENT This Joint Supply and Storage Agreement (hereinafter referred to as the ”JSSA") is made between Quillon Fuels Inc. and Tarrow Ltd.',
      'A. Quillon owns a plant.',
      { text: 'Heads of Agreement', kind: 'heading' },
      'The parties agree as follows.',
    ]);
    // The heading run in after the legend and the opening's name are the same words, in either case.
    expect(extractKeyTerms(doc).terms.title?.value).toMatch(/^joint supply and storage agreement$/i);
  });
});


describe('titles that name the instrument first, and amendments set over three lines', () => {
  it('reads a title that puts the instrument before its subject ("AGREEMENT FOR …", "DEED OF …", "LICENCE TO …")', () => {
    expect(title('AGREEMENT FOR THE SUPPLY OF GRAIN')).toBe('AGREEMENT FOR THE SUPPLY OF GRAIN');
    expect(title('Contract for Haulage Services')).toBe('Contract for Haulage Services');
    expect(title('DEED OF ASSIGNMENT')).toBe('DEED OF ASSIGNMENT');
    expect(title('LICENCE TO USE THE QUILLON MARKS')).toBe('LICENCE TO USE THE QUILLON MARKS');
    expect(title('AGREEMENT ON TECHNICAL COOPERATION')).toBe('AGREEMENT ON TECHNICAL COOPERATION');
    // A sentence or a dated event is no such title.
    expect(title('Agreement to the terms below is given by signing.')).toBeUndefined();
    expect(title('AGREEMENT FOR THE REGATTA OF MAY 3, 2001')).toBeUndefined();
  });

  it('joins an amendment\'s number, its "TO" and the agreement it amends set on lines of their own', () => {
    expect(title('SECOND AMENDMENT', 'TO', 'MILLING AGREEMENT')).toBe('SECOND AMENDMENT TO MILLING AGREEMENT');
    expect(title('AMENDMENT NO. 4', 'TO THE', 'BARLEY SUPPLY AGREEMENT')).toBe('AMENDMENT NO. 4 TO THE BARLEY SUPPLY AGREEMENT');
  });
});

describe('the name an opening set in capitals gives the agreement', () => {
  it('reads "THIS … AGREEMENT (THIS "AGREEMENT") IS ENTERED INTO" as it reads the sentence in ordinary case', () => {
    const named = (first: string): unknown => extractKeyTerms(makeDoc([first, { text: 'The parties agree as follows.', clause: '1' }])).terms.title?.value;
    expect(named('THIS BARLEY SUPPLY AND STORAGE AGREEMENT (THIS "AGREEMENT") IS ENTERED INTO AS OF MAY 1, 2019 BY AND BETWEEN QUILLON WIDGETS, INC. AND TARROW LTD.')).toBe('BARLEY SUPPLY AND STORAGE AGREEMENT');
    expect(named('THIS MILLING AGREEMENT IS MADE AS OF MAY 1, 2019 BY AND BETWEEN QUILLON WIDGETS, INC. AND TARROW LTD.')).toBe('MILLING AGREEMENT');
  });
});

describe('a heading run into an opening sentence set in capitals', () => {
  it('ends the heading where "THIS …" starts the sentence', () => {
    const run = (text: string): unknown => extractKeyTerms(makeDoc([{ text, kind: 'paragraph' }, { text: 'The parties agree as follows.', clause: '1' }])).terms.title?.value;
    expect(run('EXHIBIT 10.4 MILLING AGREEMENT ADDENDUM II THIS MILLING AGREEMENT ADDENDUM II (THE "ADDENDUM") IS MADE AND EFFECTIVE MAY 1, 2019, BETWEEN QUILLON WIDGETS, INC. AND TARROW LTD.')).toBe('MILLING AGREEMENT ADDENDUM II');
    expect(run('BARLEY SUPPLY AGREEMENT QUILLON TARROW LIMITED THIS BARLEY SUPPLY AGREEMENT (AGREEMENT) IS MADE ON THE 3RD DAY OF MAY, 2019 BETWEEN QUILLON WIDGETS, INC. AND TARROW LTD.')).toBe('BARLEY SUPPLY AGREEMENT');
    // A schedule's heading before it is no title.
    expect(run('SCHEDULE 2 MILLING LICENSE THIS SCHEDULE FORMS PART OF THE MILLING AGREEMENT BETWEEN QUILLON WIDGETS, INC. AND TARROW LTD.')).not.toBe('SCHEDULE 2 MILLING LICENSE');
  });
});
