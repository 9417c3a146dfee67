/**
 * More of the common ways US commercial contracts name people, state the term's end, renew and
 * title themselves, none of them taken from a development contract: each test failed before the
 * rule it protects was widened. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { splitSentences } from '../../../electron/core/terms/splitSentences';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

const opening = 'This Services Agreement is made as of March 3, 2016 (the "Effective Date") by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';

/** A short contract whose clause 5.1 is `clause`. */
const terms = (clause: string) =>
  extractKeyTerms(
    makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      opening,
      { text: 'NOW, THEREFORE, the parties agree as follows:' },
      { text: clause, clause: '5.1', section: ['Term'] },
    ]),
  ).terms;

const partiesOf = (first: string) =>
  extractKeyTerms(makeDoc([{ text: 'CONSULTING AGREEMENT', kind: 'heading' }, first, 'WHEREAS, the parties wish to work together.'])).terms.parties?.value as Party[] | undefined;

describe('parties: people written with titles, degrees and family-name particles', () => {
  const withConsultant = (who: string) => partiesOf(`This Consulting Agreement is entered into as of July 1, 2018 by and between Harrow Data, Inc. ("Company") and ${who} ("Consultant").`);

  it('keeps a person with a courtesy title, a degree or a generation', () => {
    for (const who of ['Dr. Alan P. Brooks, M.D.', 'Alan Brooks, Ph.D.', 'Alan Brooks, Jr.', 'Mr. Alan Brooks', 'Ms. Jane Brooks', 'Jane Brooks, MD', 'Alan P. Brooks, Esq.']) {
      expect(withConsultant(who), who).toEqual([
        { name: 'Harrow Data, Inc.', role: 'Company' },
        { name: who, role: 'Consultant' },
      ]);
    }
  });

  it('keeps family names with particles, prefixes, accents and hyphens', () => {
    for (const who of ['Jane de la Cruz', "Seán O'Hara", 'Mary-Kate Lee', 'Ian McAdam', 'Anke van der Berg']) {
      expect(withConsultant(who)?.[1], who).toEqual({ name: who, role: 'Consultant' });
    }
  });

  it('still drops a phrase that is not a name', () => {
    expect(withConsultant('the individual named on the signature page')?.map((p) => p.name)).toEqual(['Harrow Data, Inc.']);
    expect(withConsultant('de la Cruz')?.map((p) => p.name)).toEqual(['Harrow Data, Inc.']);
  });
});

describe('parties: legal forms of more than one word', () => {
  it('keeps "GmbH & Co. KG", "S.A. de C.V." and a name ending in "Incorporated" whole', () => {
    expect(partiesOf('This Agreement is made as of May 1, 2017 between Harrow Pty Ltd ("Harrow") and Ilex GmbH & Co. KG ("Ilex").')).toEqual([
      { name: 'Harrow Pty Ltd', role: 'Harrow' },
      { name: 'Ilex GmbH & Co. KG', role: 'Ilex' },
    ]);
    expect(partiesOf('This Agreement is made as of May 1, 2017 between Harrow S.A. de C.V. ("Harrow") and Ilex A/S ("Ilex").')?.[0]).toEqual({ name: 'Harrow S.A. de C.V.', role: 'Harrow' });
    expect(partiesOf('This Agreement is made as of May 1, 2017 by and between Harrow Data Incorporated ("Harrow") and Ilex Freight Corporation ("Ilex").')?.[0]).toEqual({ name: 'Harrow Data Incorporated', role: 'Harrow' });
    // "incorporated under the laws of …" still ends the name.
    expect(partiesOf('This Agreement is made as of May 1, 2017 by and between Harrow Data Limited, incorporated under the laws of Ireland ("Harrow") and Ilex Freight Corporation ("Ilex").')?.[0]).toEqual({ name: 'Harrow Data Limited', role: 'Harrow' });
  });
});

describe('expiration: an end at a time of day, and a contract that runs until ended', () => {
  it('reads "expire at 11:59 p.m. on DATE" and "until 5:00 p.m. Pacific Time on DATE"', () => {
    expect(terms('Unless sooner terminated, this Agreement shall expire at 11:59 p.m. on December 31, 2020.').expiration?.value).toBe('2020-12-31');
    expect(terms('This Agreement shall remain in effect until 5:00 p.m. Pacific Time on December 31, 2020.').expiration?.value).toBe('2020-12-31');
  });

  it('keeps a time of day and its zone in one sentence', () => {
    expect(splitSentences('Bids close at 5:00 p.m. Eastern Time on May 1. Late bids are void.').map((s) => s.text)).toEqual(['Bids close at 5:00 p.m. Eastern Time on May 1.', 'Late bids are void.']);
    expect(splitSentences('Bids close at 5:00 p.m. on May 1. Late bids are void.')).toHaveLength(2);
    // "p.m." at a sentence's end still ends it.
    expect(splitSentences('Bids close at 5:00 p.m. Late bids are void.')).toHaveLength(2);
  });

  it('reads a contract that "continues until either party" ends it as perpetual', () => {
    expect(terms("This Agreement continues until either party terminates it on ninety days' written notice.").expiration?.value).toBe('perpetual');
    expect(terms('This Agreement shall continue in force until either party gives the other not less than six months written notice of termination.').expiration?.value).toBe('perpetual');
  });
});

describe('renewal: terms as long as the first, and a notice counted back in days', () => {
  it('reads "additional terms of equal length" and "like periods" as the initial term\'s length', () => {
    expect(terms('The initial term is three (3) years from the Effective Date and will renew automatically for additional terms of equal length unless either party gives notice of non-renewal at least sixty (60) days in advance.').renewal?.value).toBe('3 years each, automatic');
    expect(terms('The initial term is two (2) years from the Effective Date. This Agreement shall be automatically renewed for like periods unless either party gives notice of non-renewal at least sixty (60) days in advance.').renewal?.value).toBe('2 years each, automatic');
  });

  it('reads "on or before the ninetieth (90th) day prior to the end" as a 90-day notice', () => {
    const t = terms('The initial term is three (3) years from the Effective Date. This Agreement shall be automatically renewed for successive terms of one year unless either party gives notice of non-renewal on or before the ninetieth (90th) day prior to the end of the then-current term.');
    expect(t.renewal?.value).toBe('1 year each, automatic, successive');
    expect(t.renewalNotice?.value).toBe('90 days');
  });
});

describe('titles: instruments named without another word, and a restated name over two lines', () => {
  const op = 'This Agreement is entered into as of March 1, 2016 by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';
  const title = (...head: string[]) => extractKeyTerms(makeDoc([...head.map((text) => ({ text, kind: 'heading' as const })), op])).terms.title?.value;

  it('reads "ORDER FORM", "STATEMENT OF WORK NO. 3", "TERM SHEET" and "LETTER OF INTENT"', () => {
    expect(title('ORDER FORM')).toBe('ORDER FORM');
    expect(title('STATEMENT OF WORK NO. 3')).toBe('STATEMENT OF WORK NO. 3');
    expect(title('TERM SHEET')).toBe('TERM SHEET');
    expect(title('LETTER OF INTENT')).toBe('LETTER OF INTENT');
  });

  it('joins "Second Amended and Restated" / "Marketing Agreement"', () => {
    expect(title('Second Amended and Restated', 'Marketing Agreement')).toBe('Second Amended and Restated Marketing Agreement');
  });
});

describe('parties: template blanks in other brackets', () => {
  const withBlank = (blank: string) => partiesOf(`This Reseller Agreement is made as of May 1, 2017 between Harrow Data, Inc. ("Harrow") and ${blank} ("Reseller").`);

  it('reads "<<Company Name>>", "<Reseller Name>", "{Customer Legal Name}" and "«enter Company Name»" as a blank party known by its role', () => {
    expect(withBlank('<<Company Name>>')).toEqual([
      { name: 'Harrow Data, Inc.', role: 'Harrow' },
      { name: '[Company Name]', role: 'Reseller' },
    ]);
    expect(withBlank('<Reseller Name>')?.[1]).toEqual({ name: '[Reseller Name]', role: 'Reseller' });
    expect(withBlank('{Customer Legal Name}')?.[1]).toEqual({ name: '[Customer Legal Name]', role: 'Reseller' });
    expect(withBlank('<<enter Company Name»')?.[1]).toEqual({ name: '[enter Company Name]', role: 'Reseller' });
    const t = extractKeyTerms(makeDoc([{ text: 'RESELLER AGREEMENT', kind: 'heading' }, 'This Reseller Agreement is made as of May 1, 2017 between Harrow Data, Inc. ("Harrow") and <<Company Name>> ("Reseller").'])).terms;
    expect(t.parties?.blank).toBe(true);
  });

  it('keeps a square-bracket blank whole, whatever words it holds', () => {
    expect(withBlank('[Company Name], a [State] [entity type]')?.[1]).toEqual({ name: '[Company Name]', role: 'Reseller' });
  });

  it('still reads marks around a legal form as quotes', () => {
    expect(withBlank('Ilex Smelters << Pty >> Ltd')?.[1]?.name).toBe('Ilex Smelters Pty Ltd');
  });
});

describe('titles: a brand with a lower-case prefix', () => {
  const op = 'This Agreement is entered into as of March 1, 2016 by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';
  const title = (head: string) => extractKeyTerms(makeDoc([{ text: head, kind: 'heading' }, op])).terms.title?.value;

  it('reads "e-Commerce Services Agreement", "iPhone Developer Agreement" and "eBay Seller Agreement"', () => {
    for (const t of ['e-Commerce Services Agreement', 'iPhone Developer Agreement', 'eBay Seller Agreement']) expect(title(t)).toBe(t);
  });
});

describe('titles: a title run into the paragraph after it', () => {
  const titleOf = (first: string) => extractKeyTerms(makeDoc([first, 'WHEREAS, the parties wish to work together.', { text: '1. Services. Harrow shall provide the services.', clause: '1' }])).terms.title?.value;

  it('takes the words in capitals at the start, up to the instrument\'s name', () => {
    expect(titleOf('EXHIBIT 10.4 MARKETING SERVICES AGREEMENT In consideration of the promises below, Harrow Data, Inc. and Ilex Freight LLC agree as follows.')).toBe('MARKETING SERVICES AGREEMENT');
    expect(titleOf('JOINT VENTURE AGREEMENT HARROW ILEX PRIVATE LIMITED This Joint Venture Agreement is made on May 2, 2016 between Harrow Data, Inc. and Ilex Freight LLC.')).toBe('JOINT VENTURE AGREEMENT');
    expect(titleOf('RESELLER AGREEMENT ADDENDUM 2 Effective March 1, 2016, Harrow Data, Inc. and Ilex Freight LLC amend their reseller agreement as follows.')).toBe('RESELLER AGREEMENT ADDENDUM 2');
    expect(titleOf('SERVICES AGREEMENT FOR HOSPITAL LAUNDRY CONTRACTS Harrow Data, Inc. and Ilex Freight LLC agree as follows.')).toBe('SERVICES AGREEMENT FOR HOSPITAL LAUNDRY CONTRACTS');
  });

  it('takes no sentence written in capitals for a title', () => {
    expect(titleOf('PLEASE READ THIS END USER LICENSE AGREEMENT CAREFULLY BEFORE USING THE SOFTWARE.')).not.toBe('PLEASE READ THIS END USER LICENSE AGREEMENT');
    expect(titleOf('LICENSEE SHALL PAY ALL FEES UNDER THIS AGREEMENT WITHIN THIRTY DAYS.')).toBeUndefined();
  });
});

describe('parties: signature blocks run together in one paragraph', () => {
  /** The party names read from a filing whose signature blocks all run together in its one paragraph. */
  const signedNames = (paragraph: string): string[] | undefined =>
    (extractKeyTerms(makeDoc([{ text: 'JOINT FILING AGREEMENT', kind: 'heading' }, paragraph])).terms.parties?.value as Party[] | undefined)?.map((p) => p.name);

  it('reads each name once, without the date before it, and splits two names run together', () => {
    expect(
      signedNames(
        'The undersigned hereby agree that the statement on Schedule 13G to which this agreement is attached is filed on behalf of each of them. Dated: March 9, 2021. HARROW GROWTH FUND L.P. ILEX CAPITAL MANAGEMENT LTD By: /s/ Ann Lee Name: Ann Lee Title: Director',
      ),
    ).toEqual(['HARROW GROWTH FUND L.P.', 'ILEX CAPITAL MANAGEMENT LTD']);
  });

  it('keeps a name with two legal forms whole', () => {
    expect(
      signedNames(
        'The undersigned hereby agree that the statement on Schedule 13G is filed on behalf of each of them. Dated: March 9, 2021. HARROW CAPITAL GP, L.L.C. By: /s/ Ann Lee Name: Ann Lee Title: Manager ILEX TRADING CO., LTD. By: /s/ Bo Park Name: Bo Park Title: Director',
      ),
    ).toEqual(['HARROW CAPITAL GP, L.L.C.', 'ILEX TRADING CO., LTD.']);
  });
});

describe('renewal notice set in the termination article', () => {
  const renewing = 'The initial term of this Agreement is three (3) years from the Effective Date (the "Initial Term"). Thereafter this Agreement shall automatically renew for successive one (1) year periods (each a "Renewal Term").';
  const tasks = Array.from({ length: 6 }, (_, i) => ({ text: `Harrow shall perform task ${i + 1} in a workmanlike manner.`, clause: `${6 + i}.1`, section: [`${6 + i}. TASK`] }));
  const withTermination = (sentence: string) =>
    extractKeyTerms(
      makeDoc([
        { text: 'SERVICES AGREEMENT', kind: 'heading' },
        opening,
        { text: renewing, clause: '5.1', section: ['5. TERM'] },
        ...tasks,
        { text: '12. TERMINATION', kind: 'heading' },
        { text: sentence, clause: '12.1', section: ['12. TERMINATION'] },
      ]),
    ).terms;

  it('reads "terminate … effective at the end of the Initial Term or any Renewal Term upon ninety (90) days\' notice"', () => {
    const t = withTermination("Either party may terminate this Agreement effective at the end of the Initial Term or any Renewal Term upon ninety (90) days' prior written notice.");
    expect(t.renewal?.value).toBe('1 year each, automatic, successive');
    expect(t.renewalNotice?.value).toBe('90 days');
    expect(withTermination('Either party may give written notice of non-renewal no later than sixty (60) days before the end of the then-current term.').renewalNotice?.value).toBe('60 days');
  });

  it('takes no notice to end the contract at any time, for a breach, or a fee', () => {
    expect(withTermination("Either party may terminate this Agreement for convenience on thirty (30) days' written notice.").renewalNotice).toBeUndefined();
    expect(withTermination('Either party may terminate this Agreement at the end of any Renewal Term if the other fails to cure a breach within thirty (30) days of notice.').renewalNotice).toBeUndefined();
    expect(withTermination('If Ilex terminates at the end of the Initial Term on sixty (60) days notice, Ilex shall pay the closing fee.').renewalNotice).toBeUndefined();
  });
});

describe('parties: an opening set in capitals', () => {
  it('does not take "EXISTING UNDER THE LAWS OF …" after "ORGANIZED AND" for a party, and ends the list at "THE PARTIES AGREE"', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        'THIS SUPPLY AGREEMENT IS MADE AS OF MAY 1, 2017 BY AND BETWEEN HARROW DATA, INC., A CORPORATION ORGANIZED AND EXISTING UNDER THE LAWS OF THE STATE OF OHIO ("HARROW"), AND ILEX FREIGHT LLC, A LIMITED LIABILITY COMPANY ORGANIZED AND EXISTING UNDER THE LAWS OF THE STATE OF TEXAS ("ILEX"), AND IN CONSIDERATION OF THE PROMISES BELOW THE PARTIES AGREE AS FOLLOWS:',
        { text: '1. HARROW shall supply and ILEX shall buy the goods.', clause: '1' },
      ]),
    ).terms;
    expect((t.parties?.value as Party[] | undefined)?.map((p) => p.name)).toEqual(['HARROW DATA, INC.', 'ILEX FREIGHT LLC']);
  });
});

describe('dates: an opening whose subject is the parties, and a contract effective upon execution', () => {
  const body = ['WHEREAS, the parties wish to work together.', { text: '1. Services. Harrow shall provide the services.', clause: '1' }];

  it('dates "Effective December 3, 2019, Harrow Data, Inc. and Ilex Freight LLC agree as follows"', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'Effective December 3, 2019, Harrow Data, Inc. and Ilex Freight LLC agree as follows.', ...body])).terms;
    expect(t.agreementDate?.value).toBe('2019-12-03');
  });

  it('takes the date of signing for a contract "effective upon execution"', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        'This Supply Agreement is effective upon execution by and between Harrow Data, Inc. and Ilex Freight LLC.',
        ...body,
        'IN WITNESS WHEREOF, the parties have executed this Agreement as of December 3, 2019.',
      ]),
    ).terms;
    expect(t.effectiveDate?.value).toBe('2019-12-03');
  });
});

describe('term: "The Commencement Date is …" and "covers the period from … to …"', () => {
  it('reads the commencement date as the effective date, and the period\'s end as the expiration', () => {
    const undated = extractKeyTerms(
      makeDoc([
        { text: 'SERVICES AGREEMENT', kind: 'heading' },
        'This Services Agreement is made by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").',
        { text: 'The Commencement Date is April 1, 2016.', clause: '5.1', section: ['Term'] },
      ]),
    ).terms;
    expect(undated.effectiveDate?.value).toBe('2016-04-01');
    expect(terms('This Agreement covers the period from April 1, 2016 to March 31, 2018.').expiration?.value).toBe('2018-03-31');
  });
});

describe('parties: what follows a party in an opening set in capitals', () => {
  it('takes no "AND ITS AFFILIATES, WITH AN ADDRESS AT …" for a party', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        'THIS SUPPLY AGREEMENT IS MADE AS OF MAY 1, 2017 BY AND BETWEEN HARROW DATA, LLC AND ITS AFFILIATES WITH AN ADDRESS AT 12 ELM ROAD, RENO, NV 89501 ("HARROW") AND ILEX FREIGHT, INC., AND ITS AFFILIATES, WITH AN ADDRESS AT 4 OAK LANE, PROVO, UT 84601 ("ILEX").',
        { text: '1. HARROW shall supply and ILEX shall buy the goods.', clause: '1' },
      ]),
    ).terms;
    expect((t.parties?.value as Party[] | undefined)?.map((p) => p.name)).toEqual(['HARROW DATA, LLC', 'ILEX FREIGHT, INC.']);
  });
});
