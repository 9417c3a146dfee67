/**
 * Gaps found by label-preserving rewrites: a one-page order form whose signatures stand among its first
 * blocks, a run-in "Choice of Law" heading in the middle of a block whose lines were joined, and an
 * opening whose date ends its numbered list of parties.
 */
import { describe, it } from 'vitest';
import { expectProbe, contractText } from './probeValue';

/** The printed terms that follow a signed order form, clause after clause. */
const TERMS_OVERLEAF = Array.from({ length: 20 }, (_, i) => `${i + 3}. Term ${i + 3}. The Sponsor shall meet requirement number ${i + 3} of the regatta rules in good time.`);

describe('signatures of a one-page order form', () => {
  it('reads every signer of signatures that stand among the first blocks, the latest date winning', async () => {
    await expectProbe(
      contractText(
        'SPONSORSHIP ORDER FORM',
        'Order No. 4471',
        'Sponsor: Wrenfield Outdoor Co.',
        'Event: Harbor Lights Regatta',
        'Fee: $12,000',
        'Payment: net 30 days from invoice',
        'By signing below, the Sponsor agrees to the terms printed overleaf, which together with this form are a binding contract between the parties. KESTREL EVENTS LLC SPONSOR: Wrenfield Outdoor Co. By: /s/ Mara Quill',
        'Mara Quill Its: Director of Events Date: 3/21/08',
        'By: /s/ Tobin Ashe',
        'Tobin Ashe Its: Vice President Date: 3/18/08',
        '1. Exposure. Kestrel shall show the Sponsor\'s marks on the regatta banners.',
        '2. Cancellation. Either party may cancel on sixty days\' written notice.',
        ...TERMS_OVERLEAF,
      ),
      { agreementDate: '2008-03-21' },
    );
  });
});

describe('a run-in choice-of-law heading inside a joined block', () => {
  it('takes the sentence under the heading over a later addendum headed the same way', async () => {
    await expectProbe(
      contractText(
        'FRANCHISE AGREEMENT',
        'This Franchise Agreement is made on May 2, 2014 between Tallowmere Bakeries, Inc. ("we") and Garrick Penhale ("you").',
        '1. Grant. We grant you the right to run one Tallowmere bakery at the approved site.',
        '26. Entire Agreement. This document and its schedules are the whole bargain. 19 CHOSEN LAW AND FORUM 19.4 Choice of Law. This Agreement binds us once our officer signs it. This Agreement shall be read and enforced solely under the laws of the State of Texas, without regard to its conflict of laws rules.',
        'ADDENDUM FOR ILLINOIS',
        'Choice of law Section 19.4 Except for the federal arbitration statute, Illinois law will apply to Illinois franchisees.',
      ),
      { governingLaw: 'Texas*' },
    );
  });
});

describe('an opening dated at the end of its numbered parties', () => {
  it('reads the date that ends the last party item as the date of making', async () => {
    await expectProbe(
      contractText(
        'DISTRIBUTION AGREEMENT',
        'This Agreement is made by and between:',
        '(1) Pellmore Instruments Corp., a Delaware corporation ("Company"); and',
        '(2) Ostrava Trade LLC ("Distributor") this 12th day of March, 2003.',
        'WHEREAS, the Company makes laboratory balances; and',
        'NOW, THEREFORE, the parties agree as follows:',
        '1. Appointment. Pellmore names Ostrava its seller for the Czech Republic.',
      ),
      { agreementDate: '2003-03-12' },
    );
  });

  it('reads the signers under a long closing paragraph that holds the first signer\'s line', async () => {
    await expectProbe(
      contractText(
        'ADVERTISING INSERTION ORDER',
        'Order No. 8820',
        'Advertiser: Pollard Garden Centres',
        'Publication: The Fenmarsh Courier',
        'Placement: half page, weekend edition',
        'Run dates: every Saturday in spring',
        'Rate: $640 per insertion',
        'Billing: monthly in arrears',
        `${'The Advertiser confirms that its copy is lawful and that it holds the rights in every image it supplies. '.repeat(3)}By signing below the parties accept this order and the standard terms printed after it. FENMARSH MEDIA LTD ADVERTISER: Pollard Garden Centres By: /s/ Ruth Pollard`,
        'Ruth Pollard Its: Owner Date: 4/9/10',
        'By: /s/ Cyril Mott',
        'Cyril Mott Its: Sales Director Date: 4/6/10',
        ...TERMS_OVERLEAF,
      ),
      { agreementDate: '2010-04-09' },
    );
  });
});

describe('more of the same gaps, and what they must not take', () => {
  it('reads a date ending the last of three parties listed under "among:"', async () => {
    await expectProbe(
      contractText(
        'SHAREHOLDERS AGREEMENT',
        'This Shareholders Agreement is entered into by and among:',
        '(a) Brackwater Holdings Ltd., an Ontario corporation ("Brackwater");',
        '(b) Ilse Northam ("Northam"); and',
        '(c) Quarry Lane Capital LP ("Quarry") this 14th day of February, 2011.',
        'NOW, THEREFORE, the parties agree as follows:',
        '1. Shares. Each shareholder holds the shares set against its name in Schedule A.',
      ),
      { agreementDate: '2011-02-14' },
    );
  });

  it('does not read a date in a list of terms under a clause that ends in a colon', async () => {
    await expectProbe(
      contractText(
        'RESELLER AGREEMENT',
        '1. Appointment. Fenwick Labs appoints Dorran Supply as a reseller under this agreement on the following conditions:',
        '(a) Dorran must order no less than $10,000 of products by June 30, 2004.',
        '(b) Dorran shall pay each invoice within thirty days.',
        '2. Law. This Agreement shall be governed by the laws of the State of Nevada.',
      ),
      { agreementDate: null },
    );
  });

  it('takes a law under a run-in "GOVERNING LAW" heading that follows a clause in the same block', async () => {
    await expectProbe(
      contractText(
        'SERVICES AGREEMENT',
        'This Services Agreement is made on June 9, 2016 between Hollin Data Ltd. ("Hollin") and Merrow Clinics plc ("Client").',
        '1. Services. Hollin shall host the Client\'s records.',
        '18. Notices. Notices go to the addresses above. 19. GOVERNING LAW. This Agreement and any dispute arising from it shall be governed by the law of England and Wales.',
        'SCHEDULE 3 - DATA PROCESSING',
        'Applicable law. In this Schedule, data law means the data protection law of Ireland, which shall govern the processing of Irish patients\' records.',
      ),
      { governingLaw: 'England and Wales*' },
    );
  });

  it('does not take a cover page\'s "Name:" and "Title:" fields for a signature', async () => {
    await expectProbe(
      contractText(
        'PROJECT CHARTER AGREEMENT',
        'Name: Lindqvist Harbour Dredging',
        'Title: Dredging Services Charter',
        'Date: 2/2/09',
        'This Agreement is made between Port of Calder Authority ("Authority") and Lindqvist Marine AB ("Contractor").',
        ...TERMS_OVERLEAF,
      ),
      { agreementDate: '2009-02-02' },
    );
  });
});
