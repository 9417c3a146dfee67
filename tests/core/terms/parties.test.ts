import { describe, expect, it } from 'vitest';
import { partiesFromDefinitions, partiesFromOpening, partyFromRoleLine, sentenceEnd } from '../../../electron/core/terms/parties';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const names = (opening: string): string[] => partiesFromOpening(opening, { usedLater: () => true }).map((p) => p.name);

describe('parties from an opening sentence (contracts written for the rule)', () => {
  it('reads a typographic apostrophe as part of a name and of a short name, as a straight one', () => {
    const roles = (opening: string): string[] => partiesFromOpening(opening, { usedLater: () => true }).map((p) => `${p.name} (${p.role ?? ''})`);
    for (const q of ['’', "'"]) {
      expect(roles(`by and among Marlow${q}s Bakery Fund, Inc. (“MBF”) and Marlow${q}s Bakeries, Inc. (“MARLOW${q}S”). RECITALS`)).toEqual([`Marlow${q}s Bakery Fund, Inc. (MBF)`, `Marlow${q}s Bakeries, Inc. (MARLOW${q}S)`]);
      expect(partiesFromDefinitions(`This Amendment is entered into by Kestrel${q}s Dairy Foods, LLC (“Dairy”) and Tarrow Nutrition Corporation (“Tarrow”).`).map((p) => p.name)).toEqual([`Kestrel${q}s Dairy Foods, LLC`, 'Tarrow Nutrition Corporation']);
    }
    // A single-quoted short name still ends at its closing quote.
    expect(roles('between Quillon Widgets, Inc. (‘Quillon’) and Tarrow Ltd (‘Tarrow’).')).toEqual(['Quillon Widgets, Inc. (Quillon)', 'Tarrow Ltd (Tarrow)']);
  });

  it('keeps a division of a named body under the division\'s name', () => {
    const roles = (opening: string): string[] => partiesFromOpening(opening, {}).map((p) => `${p.name} (${p.role ?? ''})`);
    expect(roles('by and between Larkmoor Media, a division of Quillon Widgets, Inc. ("LM") with offices at 4 Elm Street, Dayton, Ohio and Tarrow, Inc. ("Tarrow").')).toEqual(['Larkmoor Media (LM)', 'Tarrow, Inc. (Tarrow)']);
    expect(roles('between MARLOW CHEMICAL COMPANY, an operating division of Marlow Holdings Corporation ("Seller"), and Tarrow, Inc. ("Buyer").')).toEqual(['MARLOW CHEMICAL COMPANY (Seller)', 'Tarrow, Inc. (Buyer)']);
  });

  it('does not end the sentence at an abbreviation in any case, a street or a dotted form', () => {
    expect(names('This Agreement is made by and between ORCHID HOLDINGS, INC. ("Orchid"), a Nevada corporation at 12 Mt. Vernon Rd., Suite 4, and Bellpine Data, L.L.C. ("Bellpine"). Orchid and Bellpine agree:')).toEqual(['ORCHID HOLDINGS, INC.', 'Bellpine Data, L.L.C.']);
    expect(sentenceEnd('Acme INC. and Bolt Co. of Oslo. Then')).toBe('Acme INC. and Bolt Co. of Oslo'.length);
  });

  it('reads a full stop before a parenthesis as part of an address, not the end of the list', () => {
    expect(names('by and between Quillon Electric Corporation, having its address at 2-1 Kita, Osaka, Japan. (hereinafter “QEC”) and Tarn Medical Ltd., of Haifa, Israel (“Tarn”). RECITALS')).toEqual(['Quillon Electric Corporation', 'Tarn Medical Ltd.']);
  });

  it('lets "on the one hand … on the other hand" frame the list, and splits parties listed by commas', () => {
    expect(names('by and among, on the one hand, Ferrow Labs, LLC (“Ferrow”), and, on the other hand, Mint Fund L.P., Mint Partners L.P., Kell Research & Trading, LLC and Dana Orly (collectively, the “Mint Parties”).')).toEqual(['Ferrow Labs, LLC', 'Mint Fund L.P.', 'Mint Partners L.P.', 'Kell Research & Trading, LLC', 'Dana Orly']);
  });

  it('ends the list at letter-spaced R E C I T A L S', () => {
    expect(names('by and among Fernway, a California general partnership ("Partnership"), and Oakhill Management Inc. ("Manager"), with respect to the following R E C I T A L S A. The Partnership and Gamma Wind (Prime) Inc. entered into an agreement')).toEqual(['Fernway', 'Oakhill Management Inc.']);
  });

  it('splits a lettered list at the comma before the next letter', () => {
    expect(names('by and among (a) Zorvex Communications, S.A. (“Zorvex”), a limited company incorporated in Luxembourg, with its office at 6 rue Haute, Luxembourg, (b) Zorvex Technologies, S.A. (“Zorvex Holding”), a limited company; and (c) Lanterne Online Limited (“Company”).')).toEqual(['Zorvex Communications, S.A.', 'Zorvex Technologies, S.A.', 'Lanterne Online Limited']);
  });

  it('keeps brands written in lower case when their legal form follows', () => {
    expect(names('between eQuill Corp., a Delaware corporation ("eQuill"), and zebranet.com, Inc. ("Zebranet").')).toEqual(['eQuill Corp.', 'zebranet.com, Inc.']);
  });

  it('never takes a role word, a verb clause or another agreement for a party', () => {
    expect(names('a note between the Company and the Trust (the "Note")')).toEqual([]);
    expect(names('between Sol Ltd. (“Party A”) and Rin Co., Ltd. (“Party B”), Party A and Party B are hereinafter referred to as the Parties.')).toEqual(['Sol Ltd.', 'Rin Co., Ltd.']);
    expect(names('between Sol Ltd. (“Sol”) and the Amended Supply Agreement (the "Original Agreement")')).toEqual(['Sol Ltd.']);
  });

  it('keeps "THE … CORPORATION, located at" as a name and starts the list after "the following parties …:"', () => {
    expect(names('is between THE OSPREY FILM CORPORATION, located at 1 Main St., Carlsbad, CA, 92009 and Lark Media Group, Inc.')).toEqual(['OSPREY FILM CORPORATION', 'Lark Media Group, Inc.']);
    expect(names('is entered into between the following two parties on May 1, 2010 in Beijing: Lotus Broadcasting Company Limited (“Party A”), a company of Hong Kong and Peony Network Co., Ltd. (“Party B”).')).toEqual(['Lotus Broadcasting Company Limited', 'Peony Network Co., Ltd.']);
  });

  it('reads role lines with a second role and periods in the name', () => {
    expect(partyFromRoleLine('Party A (Shipper): Jade River Express Co., Ltd.')).toEqual({ name: 'Jade River Express Co., Ltd.', role: 'Party A' });
    expect(partyFromRoleLine('Party B: Amber Gas Supply Co., Ltd. Legal Representative: Wen Li')).toEqual({ name: 'Amber Gas Supply Co., Ltd.', role: 'Party B' });
  });

  it('reads a cover page that sets the parties on lines of their own', () => {
    const doc = makeDoc([
      { text: 'OUTSOURCING AGREEMENT', kind: 'heading' },
      'BY AND BETWEEN',
      'HARBOR CITY SAVINGS BANK',
      'and',
      'QUARTZ DATA CORPORATION',
      'DATED AS OF',
      'March 3, 2001',
      'SEPARATELY FILED WITH THE SECURITIES AND EXCHANGE COMMISSION.',
      { text: 'The Bank shall pay the fees.', clause: '1.1' },
    ]);
    expect((extractKeyTerms(doc).terms.parties?.value as { name: string }[]).map((p) => p.name)).toEqual(['HARBOR CITY SAVINGS BANK', 'QUARTZ DATA CORPORATION']);
  });
});

describe('parties: more openings (contracts written for the rule)', () => {
  it('keeps "England and Wales" inside a description, and splits before a person named with a short name', () => {
    expect(names('between Tamsin Audio (UK) Ltd., a company incorporated in England and Wales (“Tamsin”) and Oreld Corporation (“Oreld”).')).toEqual(['Tamsin Audio (UK) Ltd.', 'Oreld Corporation']);
    expect(names('by and among QUARRY, INC. (the "Company"), JAMES T. ROWE III ("Rowe") and ROWE MEDIA, INC. ("Rowe Media"), effective as of June 1, 1998.')).toEqual(['QUARRY, INC.', 'JAMES T. ROWE III', 'ROWE MEDIA, INC.']);
  });

  it('reads short names given without parentheses or quotes, and a list that goes on after "Hereinafter"', () => {
    expect(names('is effective as of the 1.4.2011 by and between: OSLO LTD., with a principal place of business at Haifa, Israel. Hereinafter referred to as “Customer” And FJORD ISRAEL LTD. with a principal place of business at Migdal, Israel. Hereinafter referred to as “Contractor.” Whereas')).toEqual(['OSLO LTD.', 'FJORD ISRAEL LTD.']);
    const doc = makeDoc(['Development Contract', 'The Covenanter: The Lotus Garden CLUB and Recreation Inc. (hereinafter referred to as Party A) and the Covenanter: Wen Architects Office (hereinafter referred to as Party B) hereby agree as follows:', { text: 'Party B shall design the hotel.', clause: '1' }, { text: 'Party A shall pay Party B.', clause: '2' }]);
    expect(extractKeyTerms(doc).terms.parties?.value).toEqual([
      { name: 'Lotus Garden CLUB and Recreation Inc.', role: 'Party A' },
      { name: 'Wen Architects Office', role: 'Party B' },
    ]);
  });

  it('reads a numbered list under a PARTIES heading', () => {
    const doc = makeDoc([{ text: 'SERVICE AGREEMENT', kind: 'heading' }, 'PARTIES', '(1) Heron Labs UK Limited is a company registered in England whose registered office is at 1 Lane, London (the “Employer”); and', '(2) Ada Quill of [address removed] (the "Executive").', 'AGREED TERMS', { text: 'The Employer shall employ the Executive.', clause: '1' }]);
    expect((extractKeyTerms(doc).terms.parties?.value as { name: string }[]).map((p) => p.name)).toEqual(['Heron Labs UK Limited', 'Ada Quill']);
  });
});

describe('parties: trade names, officers, "you", labelled entries (contracts written for the rule)', () => {
  it('keeps a trade name that follows the name, but not one after a description', () => {
    expect(names('between Ormond Feeds, LLC, d/b/a/ GREEN ACRE FARMS (“Green Acre”), a Delaware limited liability company and Pallet Nutrition, Inc. (“Pallet”).')).toEqual(['Ormond Feeds, LLC, d/b/a/ GREEN ACRE FARMS', 'Pallet Nutrition, Inc.']);
    expect(names('between Brindle Audio Inc. doing business as Brindle Sound, located at 4 Elm Road, and Caster Media Ltd. ("Caster").')).toEqual(['Brindle Audio Inc. doing business as Brindle Sound', 'Caster Media Ltd.']);
    expect(names('between Wexley Racing Partners, Ltd., a Texas limited partnership dba Wexley Motorsport (“Racing”), and TORVIN, INC., a Texas corporation (the “Sponsor”).')).toEqual(['Wexley Racing Partners, Ltd.', 'TORVIN, INC.']);
  });

  it('takes the body a person acts for as its officer ("Ann Lee, director of Lotus")', () => {
    expect(names('is entered into on May 2, 2018 by and between Marta Kell, director of Plumtree (hereinafter referred to as “Client”) and Oskar Venn, director of Venn Web Studio, PLC (hereinafter referred to as “Company”).')).toEqual(['Plumtree', 'Venn Web Studio, PLC']);
    // A person who is a party in their own right stays one.
    expect(names('between Ada Quill (“Quill”) and Heron Labs Ltd. (“Heron”).')).toEqual(['Ada Quill', 'Heron Labs Ltd.']);
  });

  it('reads the reader of a standard-form agreement ("and you as an “Affiliate”") as a party', () => {
    expect(partiesFromOpening('THIS AGREEMENT sets out the terms agreed to between Juniper Bank USA, N.A. ("Juniper") and you as an “Affiliate” in the Juniper Partner Program (the “Program”). Once accepted, you may link.', { usedLater: () => true })).toEqual([
      { name: 'Juniper Bank USA, N.A.', role: 'Juniper' },
      { name: 'You', role: 'Affiliate' },
    ]);
    // A name that starts with the word is a name ("YOU ON DEMAND HOLDINGS, INC.").
    expect(names('between Lark Studios Limited (“Licensor”), and YOU ON DEMAND HOLDINGS, INC., a Nevada corporation (“Licensee”).')).toEqual(['Lark Studios Limited', 'YOU ON DEMAND HOLDINGS, INC.']);
  });

  it('reads parties listed under role labels, each with its address, and a place in brackets inside a name', () => {
    expect(partiesFromOpening('This Service Agreement is entered into as of [Date] in Beijing, China, by and between: Party A: Lotus (Jinan) Garden Consulting Co., Ltd. (“Service Provider”) Address: Room 2 and Room 3, No. 8 West Road, Jinan, China Party B: [•] (“Service Recipient”) Address: [•] Whereas: 1. Service Provider is a company')).toEqual([
      { name: 'Lotus (Jinan) Garden Consulting Co., Ltd.', role: 'Service Provider' },
      { name: '[•]', role: 'Service Recipient' },
    ]);
    expect(names('between: Party A: Amber Gas Supply Co., Ltd. Legal Representative: Wen Li Party B: Jade River Express Co., Ltd. Address: 1 River Road, Shanghai. Whereas')).toEqual(['Amber Gas Supply Co., Ltd.', 'Jade River Express Co., Ltd.']);
    // A description after the bracket is not part of the name.
    expect(names('by and between Quill Media, Inc ("Quill") and Texas Managed Care Organization (TMCO) A Texas Corporation whose address is 9 Hill Road, Austin.')).toEqual(['Quill Media, Inc', 'Texas Managed Care Organization']);
  });

  it('never takes a phrase or a defined thing for a party', () => {
    expect(names('between Halden Chemical Company ("Seller"), on behalf of itself and the Halden affiliates listed on Attachment B, and Corvo Services, Inc. ("Buyer"), on behalf of itself and the Buyer affiliates listed on Attachment C (each a "Buyer Affiliate").')).toEqual(['Halden Chemical Company', 'Corvo Services, Inc.']);
    expect(partiesFromDefinitions('The undersigned, Pell Securities Ltd. (the “Lead Agent”), understand that Marlow Pharma Inc. (the “Corporation”) proposes to sell up to 1,000 common shares at a price of $0.92 per Offered Share (the “Offering Price”), at a bout in Quito, Ecuador (the "Event").', { usedLater: () => true }).map((p) => p.name)).toEqual(['Pell Securities Ltd.', 'Marlow Pharma Inc.']);
  });
});

describe('parties: entries with addresses, capacities, numbered and earlier-defined parties (contracts written for the rule)', () => {
  it('ends a name at "hereinafter" and starts the next party after an entry that gave its short name and address lines', () => {
    expect(partiesFromOpening('THIS AGREEMENT, made as of the 1st day of May, by and between: Lark Coatings (Suzhou) Co Ltd hereinafter referred to as ("Lark Suzhou") Address | : | Suite 12, 5th Floor Tel. | : | 555 0100 and Orrin Auto Repair hereinafter referred to as ("DISTRIBUTOR") Address | : | 22 Second Street WITNESSETH:', { usedLater: () => true })).toEqual([
      { name: 'Lark Coatings (Suzhou) Co Ltd', role: 'Lark Suzhou' },
      { name: 'Orrin Auto Repair', role: 'DISTRIBUTOR' },
    ]);
  });

  it('keeps a party written with its address but no legal form, and ends the list at the cover’s role labels', () => {
    expect(names('This Content License Agreement is between THE OSPREY FILM AND MEDIA CORPORATION, located at 1 Main St, Carlsbad, CA, 92009 and HERON PICTURES’ located at 12 Via Roma, Del Mar, CA 92014 Licensor: HERON PICTURES Licensee THE OSPREY FILM AND MEDIA CORPORATION THIS CONTENT LICENSE AGREEMENT is made as of May 3, 2005')).toEqual(['OSPREY FILM AND MEDIA CORPORATION', 'HERON PICTURES']);
  });

  it('drops the capacity a person signs in', () => {
    expect(names('by and among Quarry Holdings, Inc. (the “Company”), Rowan Fund, L.P., and Mark T. Ellery, in his individual capacity and as a member of the Rowan Group (the “Rowan Designee”).')).toEqual(['Quarry Holdings, Inc.', 'Rowan Fund, L.P.', 'Mark T. Ellery']);
  });

  it('splits a list numbered from (1) at each number, and drops an address fragment the layout cut off', () => {
    expect(names('between (1) HALDEN (HONG KONG) LTD, a company incorporated in Hong Kong whose registered office is at Unit 3, Office Tower (“Halden”); and Convention Square, 1 Harbour Road, Hong Kong (2) CORVO ENERGY GROUP PLC a company incorporated in the Isle of Man (“Corvo”), each a “Party”.')).toEqual(['HALDEN (HONG KONG) LTD', 'CORVO ENERGY GROUP PLC']);
  });

  it('reads a party the opening defined before the list by its short name', () => {
    const doc = makeDoc([
      'SPONSORSHIP AGREEMENT',
      'Heron Media, Inc. ("HMI"), a Delaware company with headquarters at 1 Alameda, San Jose, is the host of a regatta in Lisbon, Portugal (the "Event"). This Sponsorship Agreement dated as of April 14, 2000 is made by and between Lindqvist Trading Ltd ("LTL") a Stockholm company, with headquarters at 2 Main Road, Stockholm, Sweden (the "Sponsor") and HMI.',
      '1)',
      'The Sponsor wishes to sponsor the Event. HMI shall display the Sponsor’s banners. LTL shall pay HMI.',
    ]);
    expect(extractKeyTerms(doc).terms.parties?.value).toEqual([
      { name: 'Lindqvist Trading Ltd', role: 'LTL / Sponsor' },
      { name: 'Heron Media, Inc.', role: 'HMI' },
    ]);
  });

  it('reads "The parties to this Agreement are …" and a "Parties to this agreement" heading over the list', () => {
    const franchise = partiesFromOpening('This Franchise Agreement (the “Agreement”) is entered into as of the _____ day of ________, 20__. The parties to this Agreement are Quillon Clinics Corp., a Delaware corporation (“we,” “us,” or the “Company”); ____________________, as Franchise Owner (“you,” or “Franchisee”), and, if you are a partnership, your “Principal Owners”.', { usedLater: () => true });
    expect(franchise).toEqual([{ name: 'Quillon Clinics Corp.', role: 'we / us / Company' }, { name: '____________________', role: 'you / Franchisee' }]);
    // Guillemets around a legal form are quotation marks; an "AND" in capitals joins the two entries.
    expect(names('This Agreement is effective as from 1 January 2009, by and between: Parties to this agreement KAROO FERRO « Pty » Ltd, registration nr 1998/0190, represented by its Managing Director (hereinafter referred to as “the Customer”), AND TARN DATA SYSTEMS, SA., a public limited company, (hereinafter referred to as “TDS”).')).toEqual(['KAROO FERRO Pty Ltd', 'TARN DATA SYSTEMS, SA']);
  });

  it('never reads the kind of body a party is, written in lower case, as a party of its own', () => {
    expect(names('by and between QUILLON LABS, INC., a Delaware corporation (“Quillon”), and TARROW MEDICAL, INC., a Harbor company, and Delaware corporation having an address at 6 Elm Road, Columbia (“Tarrow”).')).toEqual(['QUILLON LABS, INC.', 'TARROW MEDICAL, INC.']);
  });
});

describe('the opening after a long table of contents', () => {
  it('does not count lines that hold only a clause number as prose', () => {
    const contents = Array.from({ length: 40 }, (_, i) => [`${Math.floor(i / 4) + 1}.${(i % 4) + 1}`, { text: `Heading ${i + 1}`, kind: 'heading' as const }]).flat();
    const doc = makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, { text: 'TABLE OF CONTENTS', kind: 'heading' }, ...contents, 'This Supply Agreement is made by and between Quillon Widgets, Inc. (“Quillon”) and Tarrow Ltd. (“Tarrow”).', 'Quillon shall supply Tarrow.']);
    const value = extractKeyTerms(doc).terms.parties?.value;
    expect(Array.isArray(value) ? value.map((p) => p.name) : value).toEqual(['Quillon Widgets, Inc.', 'Tarrow Ltd.']);
  });
});

