/**
 * Parties in openings written in styles the earlier readers did not hold on: a short name given to two parties listed
 * together ("A Inc. and B LLC (collectively, "Licensors")"), legal forms written in lower case or with dots ("s.r.o.",
 * "a.s.", "Kft.", "plc", "P.C."), a party the opening points to in a label row ("the Distributor named above"), a listed
 * company's ticker before its description, public bodies, trustees, trade names and many more openings kept as guards.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string };
const heading = (text: string): Entry => ({ text, kind: 'heading' });
// Enough clauses that the signature page stands past the opening blocks, as in a real contract.
const clauses: Entry[] = Array.from({ length: 30 }, (_, k) => ({ text: `${k + 1}. Covenant. Each party shall perform its obligations under clause ${k + 1} in good faith.`, clause: String(k + 1) }));
const partiesOf = (title: string, opening: readonly Entry[]): Party[] | undefined =>
  extractKeyTerms(makeDoc([heading(title), ...opening, ...clauses, 'IN WITNESS WHEREOF, the parties have signed this Agreement.'])).terms.parties?.value as Party[] | undefined;

describe('the weak spots: a shared short name, dotted and lower-case forms, label rows, tickers', () => {
  it('two parties before one collective short name both take it', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made as of March 3, 2021 between Alder Inc. and Birch LLC (collectively, \"Licensors\") and Cedar Corp. (\"Licensee\")."])).toEqual([{name: "Alder Inc.", role: "Licensors"}, {name: "Birch LLC", role: "Licensors"}, {name: "Cedar Corp.", role: "Licensee"}]);
  });
  it('a party and its affiliates under one collective name: the party before gets none (a guard)', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made as of March 3, 2021 between Alder Inc., and Birch LLC and its affiliates (collectively \"Birch\")."])).toEqual([{name: "Alder Inc."}, {name: "Birch LLC", role: "Birch"}]);
  });
  it('two described parties "together" under one name', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Alder Inc., a Delaware corporation, and Birch LLC, an Ohio limited liability company (together, the \"Sellers\"), and Cedar Corp. (the \"Buyer\")."])).toEqual([{name: "Alder Inc.", role: "Sellers"}, {name: "Birch LLC", role: "Sellers"}, {name: "Cedar Corp.", role: "Buyer"}]);
  });
  it('"each a … and collectively the …" gives both short names to each', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Alder Inc. and Birch LLC (each a \"Seller\" and collectively the \"Sellers\"), and Cedar Corp. (the \"Buyer\")."])).toEqual([{name: "Alder Inc.", role: "Seller / Sellers"}, {name: "Birch LLC", role: "Seller / Sellers"}, {name: "Cedar Corp.", role: "Buyer"}]);
  });
  it('s.r.o. and a.s. with a short name each', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Hradec Strojírny s.r.o., a company registered in Czech Republic (\"Hradec\"), and Vltava Trade a.s. (\"Vltava\")."])).toEqual([{name: "Hradec Strojírny s.r.o.", role: "Hradec"}, {name: "Vltava Trade a.s.", role: "Vltava"}]);
  });
  it('S.p.A. and S.A. de C.V.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Lucca Meccanica S.p.A. (\"Lucca\") and Ferrovia Norte S.A. de C.V. (\"Ferrovia\")."])).toEqual([{name: "Lucca Meccanica S.p.A.", role: "Lucca"}, {name: "Ferrovia Norte S.A. de C.V.", role: "Ferrovia"}]);
  });
  it('GmbH & Co. KG and B.V.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Rheinhalle GmbH & Co. KG (\"Rheinhalle\") and Zeeland Haven B.V. (\"Zeeland\")."])).toEqual([{name: "Rheinhalle GmbH & Co. KG", role: "Rheinhalle"}, {name: "Zeeland Haven B.V.", role: "Zeeland"}]);
  });
  it('N.V. and Pty Ltd', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Maasbrug N.V. (\"Maasbrug\") and Wattle Creek Pty Ltd (\"Wattle\")."])).toEqual([{name: "Maasbrug N.V.", role: "Maasbrug"}, {name: "Wattle Creek Pty Ltd", role: "Wattle"}]);
  });
  it('K.K. and AB', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Sakura Denki K.K. (\"Sakura\") and Nordvik Maskin AB (\"Nordvik\")."])).toEqual([{name: "Sakura Denki K.K.", role: "Sakura"}, {name: "Nordvik Maskin AB", role: "Nordvik"}]);
  });
  it('Oy and plc in lower case', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Saimaa Paper Oy (\"Saimaa\") and Thamesbury plc (\"Thamesbury\")."])).toEqual([{name: "Saimaa Paper Oy", role: "Saimaa"}, {name: "Thamesbury plc", role: "Thamesbury"}]);
  });
  it('s.r.o. and a.s. with no short names, the clauses right after', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Hradec Strojírny s.r.o. and Vltava Trade a.s."])).toEqual([{name: "Hradec Strojírny s.r.o."}, {name: "Vltava Trade a.s."}]);
  });
  it('dotted forms before a description', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Lucca Meccanica S.p.A., an Italian company, and Ferrovia Norte S.A. de C.V., a Mexican company."])).toEqual([{name: "Lucca Meccanica S.p.A."}, {name: "Ferrovia Norte S.A. de C.V."}]);
  });
  it('plc and Oy before a description', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Thamesbury plc, a company incorporated in England, and Saimaa Paper Oy, a Finnish company."])).toEqual([{name: "Thamesbury plc"}, {name: "Saimaa Paper Oy"}]);
  });
  it('"the Distributor named above" is the party of the "Distributor:" row', () => {
    expect(partiesOf("DISTRIBUTION AGREEMENT", [{ text: "Distributor: Quillon Networks Pty Ltd", kind: "table-row" }, { text: "Address: 4 Wharf Street, Perth", kind: "table-row" }, "This Agreement is made between Saltire Systems Inc. (\"Saltire\") and the Distributor named above (\"Distributor\")."])).toEqual([{name: "Saltire Systems Inc.", role: "Saltire"}, {name: "Quillon Networks Pty Ltd", role: "Distributor"}]);
  });
  it('"the Customer identified above" is the party of the table row', () => {
    expect(partiesOf("SUBSCRIPTION AGREEMENT", [{ text: "Customer | Fenwick Dairy Co-operative Ltd", kind: "table-row" }, "This Agreement is between Saltire Systems Inc. (\"Saltire\") and the Customer identified above (\"Customer\")."])).toEqual([{name: "Saltire Systems Inc.", role: "Saltire"}, {name: "Fenwick Dairy Co-operative Ltd", role: "Customer"}]);
  });
  it('caps opening: a ticker and "A NEVADA CORPORATION" after the name are no party', () => {
    expect(partiesOf("CONSULTING AGREEMENT", ["THIS AGREEMENT IS MADE BETWEEN ACME HOLDINGS, INC. (OTC PINK: ACMH), A NEVADA CORPORATION, WITH OFFICES AT 12 MAIN STREET, RENO, NEVADA (\"ACME\") AND JOHN Q. PARKER, AN INDIVIDUAL (\"CONSULTANT\")."])).toEqual([{name: "ACME HOLDINGS, INC.", role: "ACME"}, {name: "JOHN Q. PARKER", role: "CONSULTANT"}]);
  });
  it('a ticker in ordinary case', () => {
    expect(partiesOf("CONSULTING AGREEMENT", ["This Agreement is made between Acme Holdings, Inc. (OTCQB: ACMH), a Nevada corporation, with offices at 12 Main Street (\"Acme\") and Bolt Media LLC (\"Bolt\")."])).toEqual([{name: "Acme Holdings, Inc.", role: "Acme"}, {name: "Bolt Media LLC", role: "Bolt"}]);
  });
  it('caps opening with two descriptions and no short names', () => {
    expect(partiesOf("CONSULTING AGREEMENT", ["THIS AGREEMENT IS MADE BETWEEN ACME HOLDINGS, INC. (NASDAQ: ACMH), A NEVADA CORPORATION, WITH OFFICES AT 12 MAIN STREET, AND BOLT MEDIA LLC, A TEXAS LIMITED LIABILITY COMPANY."])).toEqual([{name: "ACME HOLDINGS, INC."}, {name: "BOLT MEDIA LLC"}]);
  });
  it('s.r.o. and a.s. with a date after the list', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made between Hradec Strojírny s.r.o. and Vltava Trade a.s. on 2 June 2021."])).toEqual([{name: "Hradec Strojírny s.r.o."}, {name: "Vltava Trade a.s."}]);
  });
});

describe('openings in further drafting styles', () => {
  it('"by and between" with each party on a line of its own', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Supply Agreement is made by and between", "Larchmont Fittings, Inc., a Vermont corporation (\"Larchmont\"),", "and", "Quenby Tools LLC, a Maine limited liability company (\"Quenby\")."])).toEqual([{name: "Larchmont Fittings, Inc.", role: "Larchmont"}, {name: "Quenby Tools LLC", role: "Quenby"}]);
  });
  it('British "BETWEEN:" over numbered parties in capitals', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made on 4 June 2019", "BETWEEN:", "(1) HOLLOWAY FREIGHT LIMITED, a company incorporated in England and Wales with company number 04412345 whose registered office is at 3 Dock Road, Hull (the \"Carrier\"); and", "(2) PENROSE FOODS LIMITED, a company incorporated in Scotland (the \"Customer\")."])).toEqual([{name: "HOLLOWAY FREIGHT LIMITED", role: "Carrier"}, {name: "PENROSE FOODS LIMITED", role: "Customer"}]);
  });
  it('British numbered parties run on in one paragraph', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made on 4 June 2019 BETWEEN: (1) Holloway Freight Limited (company number 04412345) whose registered office is at 3 Dock Road, Hull (\"Carrier\"); and (2) Penrose Foods Limited whose registered office is at 9 Mill Lane, Perth (\"Customer\")."])).toEqual([{name: "Holloway Freight Limited", role: "Carrier"}, {name: "Penrose Foods Limited", role: "Customer"}]);
  });
  it('a person trading under a name (d/b/a)', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Services Agreement is entered into as of May 1, 2020 by and between Tamsin Reed d/b/a Reed Bookkeeping (\"Contractor\") and Oxbow Outfitters, Inc. (\"Client\")."])).toEqual([{name: "Tamsin Reed d/b/a Reed Bookkeeping", role: "Contractor"}, {name: "Oxbow Outfitters, Inc.", role: "Client"}]);
  });
  it('a former name (f/k/a)', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is entered into as of May 1, 2020 by and between Harrowgate Media LLC f/k/a Harrow Digital LLC, a Colorado limited liability company (\"Harrowgate\"), and Pellam Studios, Inc. (\"Pellam\")."])).toEqual([{name: "Harrowgate Media LLC f/k/a Harrow Digital LLC", role: "Harrowgate"}, {name: "Pellam Studios, Inc.", role: "Pellam"}]);
  });
  it('a bank as trustee of a trust', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Corliss Bank & Trust Company, as trustee of the Venn Family Trust (the \"Trustee\"), and Bellweather Farms LLC (\"Buyer\")."])).toEqual([{name: "Corliss Bank & Trust Company", role: "Trustee"}, {name: "Bellweather Farms LLC", role: "Buyer"}]);
  });
  it('an individual residing at an address', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Consulting Agreement is made as of May 1, 2020 between Fenwick Analytics Corp. (the \"Company\") and Jane Q. Doe, an individual residing at 14 Elm Street, Salem, Oregon (\"Consultant\")."])).toEqual([{name: "Fenwick Analytics Corp.", role: "Company"}, {name: "Jane Q. Doe", role: "Consultant"}]);
  });
  it('a city, a municipal corporation', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between the City of Springfield, a municipal corporation of the State of Illinois (the \"City\"), and Greyfield Waste Services, Inc. (\"Contractor\")."])).toEqual([{name: "City of Springfield", role: "City"}, {name: "Greyfield Waste Services, Inc.", role: "Contractor"}]);
  });
  it('The Regents of a university', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This License Agreement is made as of May 1, 2020 between The Regents of the University of Westmark, a public corporation (\"University\"), and Lumen Optics, Inc. (\"Licensee\")."])).toEqual([{name: "The Regents of the University of Westmark", role: "University"}, {name: "Lumen Optics, Inc.", role: "Licensee"}]);
  });
  it('an L.P. and an LLP', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is entered into as of May 1, 2020 between Kestrel Capital Partners, L.P., a Delaware limited partnership (\"Kestrel\"), and Dunmore & Vail LLP (\"Counsel\")."])).toEqual([{name: "Kestrel Capital Partners, L.P.", role: "Kestrel"}, {name: "Dunmore & Vail LLP", role: "Counsel"}]);
  });
  it('"on behalf of itself and its Affiliates"', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Brightwater Software, Inc., on behalf of itself and its Affiliates (\"Brightwater\"), and Orlen Retail Ltd. (\"Customer\")."])).toEqual([{name: "Brightwater Software, Inc.", role: "Brightwater"}, {name: "Orlen Retail Ltd.", role: "Customer"}]);
  });
  it('three parties of a merger', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 by and among Aldwych Holdings Corp., a Delaware corporation (\"Parent\"), Aldwych Merger Sub, Inc., a Delaware corporation (\"Merger Sub\"), and Tolland Instruments, Inc., a Connecticut corporation (the \"Company\")."])).toEqual([{name: "Aldwych Holdings Corp.", role: "Parent"}, {name: "Aldwych Merger Sub, Inc.", role: "Merger Sub"}, {name: "Tolland Instruments, Inc.", role: "Company"}]);
  });
  it('the parties after a paragraph of background', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["Whitfield Grain Co. operates grain elevators in three states and wishes to appoint an agent for its export sales.", "Accordingly, this Agency Agreement is made as of May 1, 2020 between Whitfield Grain Co. (\"Principal\") and Morrow Shipping Agency Ltd. (\"Agent\")."])).toEqual([{name: "Whitfield Grain Co.", role: "Principal"}, {name: "Morrow Shipping Agency Ltd.", role: "Agent"}]);
  });
  it('an amendment that names what it amends', () => {
    expect(partiesOf("AMENDMENT NO. 2 TO THE SUPPLY AGREEMENT", ["This Amendment No. 2 to the Supply Agreement (this \"Amendment\") is entered into as of May 1, 2020 by and between Carrow Paper Mills, Inc. (\"Supplier\") and Linden Print Co. (\"Buyer\")."])).toEqual([{name: "Carrow Paper Mills, Inc.", role: "Supplier"}, {name: "Linden Print Co.", role: "Buyer"}]);
  });
  it('"hereinafter called "the Seller"": the article is no part of the short name', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["THIS AGREEMENT is made the 4th day of June, 2019 BETWEEN QUARRYSIDE STONE LIMITED of Unit 4, Quarry Lane, Bath (hereinafter called \"the Seller\") of the one part AND TREVELYAN BUILDERS LIMITED of 12 High Street, Truro (hereinafter called \"the Buyer\") of the other part."])).toEqual([{name: "QUARRYSIDE STONE LIMITED", role: "Seller"}, {name: "TREVELYAN BUILDERS LIMITED", role: "Buyer"}]);
  });
  it('a trustee of a dated living trust and a P.C.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Marigold Ortiz, as Trustee of the Ortiz Living Trust dated March 2, 2011 (\"Landlord\"), and Pinecrest Dental, P.C. (\"Tenant\")."])).toEqual([{name: "Marigold Ortiz", role: "Landlord"}, {name: "Pinecrest Dental, P.C.", role: "Tenant"}]);
  });
  it('four parties', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 among Halvard Energy Inc. (\"Halvard\"), Sorrel Wind LLC (\"Sorrel\"), Bexley Grid Ltd. (\"Bexley\") and Oakum Power Corp. (\"Oakum\")."])).toEqual([{name: "Halvard Energy Inc.", role: "Halvard"}, {name: "Sorrel Wind LLC", role: "Sorrel"}, {name: "Bexley Grid Ltd.", role: "Bexley"}, {name: "Oakum Power Corp.", role: "Oakum"}]);
  });
  it('a board of trustees of a college', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between the Board of Trustees of Redfern Community College, a public body corporate (the \"College\"), and Alston Learning Systems, Inc. (\"Vendor\")."])).toEqual([{name: "the Board of Trustees of Redfern Community College", role: "College"}, {name: "Alston Learning Systems, Inc.", role: "Vendor"}]);
  });
  it('a county described as a political subdivision', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between the County of Ashby, a political subdivision of the State of Utah (the \"County\"), and Tern Engineering, LLC (\"Engineer\")."])).toEqual([{name: "County of Ashby", role: "County"}, {name: "Tern Engineering, LLC", role: "Engineer"}]);
  });
  it('a hospital authority described as a public authority', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Roan Valley Hospital Authority, a public authority (\"Authority\"), and Meridel Staffing Group, Inc. (\"Contractor\")."])).toEqual([{name: "Roan Valley Hospital Authority", role: "Authority"}, {name: "Meridel Staffing Group, Inc.", role: "Contractor"}]);
  });
  it('an LLP and a partner', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Sable Ridge Partners LLP, a limited liability partnership (the \"Firm\"), and Corin Walsh (the \"Partner\")."])).toEqual([{name: "Sable Ridge Partners LLP", role: "Firm"}, {name: "Corin Walsh", role: "Partner"}]);
  });
  it('a doctor with degree and a P.A.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Dr. Helena Marsh, M.D. (\"Physician\") and Cobalt Valley Medical Group, P.A. (the \"Practice\")."])).toEqual([{name: "Dr. Helena Marsh, M.D.", role: "Physician"}, {name: "Cobalt Valley Medical Group, P.A.", role: "Practice"}]);
  });
  it('a national bank not in its individual capacity', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Wexford Trust Company, N.A., not in its individual capacity but solely as trustee of the Ferrow Trust (the \"Trust\"), and Ridley Mining Corp. (\"Ridley\")."])).toEqual([{name: "Wexford Trust Company, N.A.", role: "Trust"}, {name: "Ridley Mining Corp.", role: "Ridley"}]);
  });
  it('a company and its subsidiaries under one name', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 by and between Gannet Foods, Inc. and its subsidiaries (collectively, \"Gannet\") and Prescott Cold Storage LLC (\"Prescott\")."])).toEqual([{name: "Gannet Foods, Inc.", role: "Gannet"}, {name: "Prescott Cold Storage LLC", role: "Prescott"}]);
  });
  it('"each a Licensor and together the Licensors" then a third party', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Yarrow Labs Inc. and Thistle Bio LLC (each a \"Licensor\" and together the \"Licensors\") and Calloway Pharma Corp. (\"Licensee\")."])).toEqual([{name: "Yarrow Labs Inc.", role: "Licensor / Licensors"}, {name: "Thistle Bio LLC", role: "Licensor / Licensors"}, {name: "Calloway Pharma Corp.", role: "Licensee"}]);
  });
  it('a husband and wife together as Landlord', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Lease is made as of May 1, 2020 between Harlan Moss and Irene Moss, husband and wife (together, \"Landlord\"), and Kilnworth Pottery LLC (\"Tenant\")."])).toEqual([{name: "Harlan Moss", role: "Landlord"}, {name: "Irene Moss", role: "Landlord"}, {name: "Kilnworth Pottery LLC", role: "Tenant"}]);
  });
  it('s.r.o. with its registered seat', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 by and between Vantor s.r.o., with its registered seat at Prague (\"Vantor\"), and Kladno Steel a.s. (\"Kladno\")."])).toEqual([{name: "Vantor s.r.o.", role: "Vantor"}, {name: "Kladno Steel a.s.", role: "Kladno"}]);
  });
  it('Sp. z o.o. and Kft.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Ostrowski Logistyka Sp. z o.o. (\"Ostrowski\") and Danube Freight Kft. (\"Danube\")."])).toEqual([{name: "Ostrowski Logistyka Sp. z o.o.", role: "Ostrowski"}, {name: "Danube Freight Kft.", role: "Danube"}]);
  });
  it('AB and Oy before a description', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Vindel Maskin AB, a Swedish company (\"Vindel\"), and Koivu Tech Oy, a Finnish company (\"Koivu\")."])).toEqual([{name: "Vindel Maskin AB", role: "Vindel"}, {name: "Koivu Tech Oy", role: "Koivu"}]);
  });
  it('AB and Oy with nothing else', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Vindel Maskin AB and Koivu Tech Oy."])).toEqual([{name: "Vindel Maskin AB"}, {name: "Koivu Tech Oy"}]);
  });
  it('K.K. and Pte. Ltd.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Kawagoe Seiki K.K., a Japanese corporation, and Sunda Trading Pte. Ltd., a Singapore company."])).toEqual([{name: "Kawagoe Seiki K.K."}, {name: "Sunda Trading Pte. Ltd."}]);
  });
  it('plc and Pty Ltd before descriptions', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Gratton Minerals plc, a public limited company incorporated in England, and Burra Mining Pty Ltd, an Australian company."])).toEqual([{name: "Gratton Minerals plc"}, {name: "Burra Mining Pty Ltd"}]);
  });
  it('S.p.A. and S.A. de C.V. with nothing else', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Bergamo Tessuti S.p.A. and Monterrey Hilados S.A. de C.V."])).toEqual([{name: "Bergamo Tessuti S.p.A."}, {name: "Monterrey Hilados S.A. de C.V."}]);
  });
  it('GmbH & Co. KG and B.V. with nothing else', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Ruhrtal Anlagen GmbH & Co. KG and Delft Water B.V."])).toEqual([{name: "Ruhrtal Anlagen GmbH & Co. KG"}, {name: "Delft Water B.V."}]);
  });
  it('caps opening with a TSX-V ticker', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["THIS AGREEMENT is made as of May 1, 2020 BY AND BETWEEN BRAMBLE MINING CORP. (TSX-V: BRM), A BRITISH COLUMBIA CORPORATION (\"BRAMBLE\"), AND CORWEN DRILLING LTD., AN ALBERTA CORPORATION (\"CORWEN\")."])).toEqual([{name: "BRAMBLE MINING CORP.", role: "BRAMBLE"}, {name: "CORWEN DRILLING LTD.", role: "CORWEN"}]);
  });
  it('caps opening with tickers, descriptions and addresses, no short names', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["THIS AGREEMENT is made as of May 1, 2020 BY AND BETWEEN BRAMBLE MINING CORP. (OTCQB: BRMC), A NEVADA CORPORATION, WITH OFFICES AT 12 MAIN STREET, RENO, NEVADA, AND CORWEN DRILLING LTD., AN ALBERTA CORPORATION, WITH OFFICES AT 4 RIVER ROAD, CALGARY."])).toEqual([{name: "BRAMBLE MINING CORP."}, {name: "CORWEN DRILLING LTD."}]);
  });
  it('an OTC Pink ticker in ordinary case', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Bramble Mining Corp. (OTC Pink: BRMC), a Nevada corporation (the \"Company\"), and Ansel Grant (\"Executive\")."])).toEqual([{name: "Bramble Mining Corp.", role: "Company"}, {name: "Ansel Grant", role: "Executive"}]);
  });
  it('caps opening with an OTC PINK ticker and an individual', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["THIS AGREEMENT is made as of May 1, 2020 BETWEEN BRAMBLE MINING CORP. (OTC PINK: BRMC), A NEVADA CORPORATION (THE \"COMPANY\") AND ANSEL GRANT, AN INDIVIDUAL (\"EXECUTIVE\")."])).toEqual([{name: "BRAMBLE MINING CORP.", role: "COMPANY"}, {name: "ANSEL GRANT", role: "EXECUTIVE"}]);
  });
  it('a bank, National Association', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Elmstead Bank, National Association (\"Bank\") and Quarto Print Co. (\"Borrower\")."])).toEqual([{name: "Elmstead Bank, National Association", role: "Bank"}, {name: "Quarto Print Co.", role: "Borrower"}]);
  });
  it('"dated … and made between:" three numbered British parties', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is dated 4 June 2019 and made between:", "(1) Arden Marine Limited, registered in England under number 01234567 (\"Arden\");", "(2) Brisco Yachts Limited, registered in Wales under number 07654321 (\"Brisco\"); and", "(3) Calder Sails LLP, a limited liability partnership (\"Calder\")."])).toEqual([{name: "Arden Marine Limited", role: "Arden"}, {name: "Brisco Yachts Limited", role: "Brisco"}, {name: "Calder Sails LLP", role: "Calder"}]);
  });
  it('"on the one hand" then two parties sharing one name', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Pemberton Group Holdings Limited (\"Pemberton\"), on the one hand, and Quill Ink Inc. and Quill Paper Inc. (collectively, \"Quill\"), on the other hand."])).toEqual([{name: "Pemberton Group Holdings Limited", role: "Pemberton"}, {name: "Quill Ink Inc.", role: "Quill"}, {name: "Quill Paper Inc.", role: "Quill"}]);
  });
  it('two sellers collectively, then the purchaser', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Sorrento Olive Co. and Sorrento Olive West LLC (collectively, the \"Sellers\") and Tamar Grocers, Inc. (the \"Purchaser\")."])).toEqual([{name: "Sorrento Olive Co.", role: "Sellers"}, {name: "Sorrento Olive West LLC", role: "Sellers"}, {name: "Tamar Grocers, Inc.", role: "Purchaser"}]);
  });
  it('"and its affiliates (collectively …)": the party before takes no name (a guard)', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Ferrand Holdings, Inc., and Ostrava Tools LLC and its affiliates (collectively \"Ostrava\")."])).toEqual([{name: "Ferrand Holdings, Inc."}, {name: "Ostrava Tools LLC", role: "Ostrava"}]);
  });
  it('"and the X Subsidiaries (collectively …)" is no party of its own', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Ferrand Holdings, Inc. (\"Ferrand\") and Ostrava Tools LLC and the Ostrava Subsidiaries (collectively \"Ostrava\")."])).toEqual([{name: "Ferrand Holdings, Inc.", role: "Ferrand"}, {name: "Ostrava Tools LLC", role: "Ostrava"}]);
  });
  it('two people collectively the Sellers', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Ansel Grant and Beatrix Grant (collectively, the \"Sellers\") and Cabot Homes LLC (\"Buyer\")."])).toEqual([{name: "Ansel Grant", role: "Sellers"}, {name: "Beatrix Grant", role: "Sellers"}, {name: "Cabot Homes LLC", role: "Buyer"}]);
  });
  it('a state acting through a department', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between the State of Franklin, acting by and through its Department of Transportation (\"Department\"), and Mayfair Paving Co. (\"Contractor\")."])).toEqual([{name: "State of Franklin", role: "Department"}, {name: "Mayfair Paving Co.", role: "Contractor"}]);
  });
  it('a trust by its trustees', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Lakeshore Pension Trust, by its trustees (the \"Trust\"), and Dorrit Asset Management LLC (the \"Manager\")."])).toEqual([{name: "Lakeshore Pension Trust", role: "Trust"}, {name: "Dorrit Asset Management LLC", role: "Manager"}]);
  });
  it('two funds together', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Orwell Street Fund II, L.P. and Orwell Street Fund II-A, L.P. (together, the \"Funds\") and Kinsey Biotech, Inc. (the \"Company\")."])).toEqual([{name: "Orwell Street Fund II, L.P.", role: "Funds"}, {name: "Orwell Street Fund II-A, L.P.", role: "Funds"}, {name: "Kinsey Biotech, Inc.", role: "Company"}]);
  });
  it('addresses with postal codes after each party', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is entered into as of May 1, 2020 (the \"Effective Date\") by and between Norland Foods Inc., a Minnesota corporation with its principal place of business at 300 Lake Street, Duluth, Minnesota 55802 (\"Norland\"), and Pelham Trucking Co., a Wisconsin corporation with its principal place of business at 9 Bay Road, Superior, Wisconsin 54880 (\"Pelham\")."])).toEqual([{name: "Norland Foods Inc.", role: "Norland"}, {name: "Pelham Trucking Co.", role: "Pelham"}]);
  });
  it('a real estate investment trust', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 by and between Tolliver Realty Trust, a Maryland real estate investment trust (\"Owner\"), and Greaves Property Management, LLC (\"Manager\")."])).toEqual([{name: "Tolliver Realty Trust", role: "Owner"}, {name: "Greaves Property Management, LLC", role: "Manager"}]);
  });
  it('"doing business as" after a person', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of May 1, 2020 between Hollis Grey, doing business as Grey Design Studio (\"Designer\"), and Fairlea Apparel Inc. (\"Client\")."])).toEqual([{name: "Hollis Grey, doing business as Grey Design Studio", role: "Designer"}, {name: "Fairlea Apparel Inc.", role: "Client"}]);
  });
  it('"the Distributor named above" with a second label row under it', () => {
    expect(partiesOf("DISTRIBUTION AGREEMENT", [{ text: "Distributor: Quillon Networks Pty Ltd", kind: "table-row" }, { text: "Address: 4 Wharf Street, Perth", kind: "table-row" }, "This Agreement is made between Saltire Systems Inc. (\"Saltire\") and the Distributor named above (\"Distributor\")."])).toEqual([{name: "Saltire Systems Inc.", role: "Saltire"}, {name: "Quillon Networks Pty Ltd", role: "Distributor"}]);
  });
  it('"the Customer identified above" on an order form table', () => {
    expect(partiesOf("ORDER FORM", [{ text: "Customer Name: | Harwick Dental Group, P.C.", kind: "table-row" }, { text: "Subscription Term: | 12 months", kind: "table-row" }, "This Order Form is entered into between Nimbus Cloud Inc. (\"Nimbus\") and the Customer identified above (\"Customer\")."])).toEqual([{name: "Nimbus Cloud Inc.", role: "Nimbus"}, {name: "Harwick Dental Group, P.C.", role: "Customer"}]);
  });
  it('"the Customer identified on the Order Form" with no row names no party', () => {
    expect(partiesOf("SUBSCRIPTION AGREEMENT", ["This Agreement is between Nimbus Cloud Inc. (\"Nimbus\") and the Customer identified on the Order Form (\"Customer\")."])).toEqual([{name: "Nimbus Cloud Inc.", role: "Nimbus"}]);
  });
  it('a caps name with a ticker, then its description in capitals and its address', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Consulting Agreement is made as of June 2, 2021 between TORVAL HOLDINGS, INC. (OTC PINK: TRVH), A NEVADA CORPORATION, with offices at 12 Main Street, Reno, Nevada 89501 (the \"Company\"), and Mira Castell, an individual (\"Consultant\")."])).toEqual([{name: "TORVAL HOLDINGS, INC.", role: "Company"}, {name: "Mira Castell", role: "Consultant"}]);
  });
  it('caps parties with ticker and descriptions, no "between"', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["TORVAL HOLDINGS, INC. (OTC PINK: TRVH), A NEVADA CORPORATION, with offices at 12 Main Street, Reno, Nevada 89501 (the \"Company\") and SELKIRK MEDIA LLC, A WYOMING LIMITED LIABILITY COMPANY (\"Selkirk\") agree as follows."])).toEqual([{name: "TORVAL HOLDINGS, INC.", role: "Company"}, {name: "SELKIRK MEDIA LLC", role: "Selkirk"}]);
  });
  it('caps opening with ticker, descriptions and offices, no short names', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["THIS AGREEMENT is made by and between TORVAL HOLDINGS, INC. (OTC PINK: TRVH), A NEVADA CORPORATION, with offices at 12 Main Street, Reno, Nevada 89501, and SELKIRK MEDIA LLC, A WYOMING LIMITED LIABILITY COMPANY, with offices at 4 Elm Road, Casper, Wyoming."])).toEqual([{name: "TORVAL HOLDINGS, INC."}, {name: "SELKIRK MEDIA LLC"}]);
  });
  it('a NYSE American ticker', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made between Torval Holdings, Inc. (NYSE American: TRV) (\"Torval\") and Selkirk Media LLC (\"Selkirk\")."])).toEqual([{name: "Torval Holdings, Inc.", role: "Torval"}, {name: "Selkirk Media LLC", role: "Selkirk"}]);
  });
  it('"formerly known as" in a parenthesis', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Quinta Labs Inc. (formerly known as Quinta Research Inc.) (\"Quinta\") and Ruskin Devices Ltd. (\"Ruskin\")."])).toEqual([{name: "Quinta Labs Inc.", role: "Quinta"}, {name: "Ruskin Devices Ltd.", role: "Ruskin"}]);
  });
  it('an LLP whose name holds commas and "&"', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Hartley, Quinn & Ross LLP (\"Counsel\") and Emberly Foods Inc. (\"Client\")."])).toEqual([{name: "Hartley, Quinn & Ross LLP", role: "Counsel"}, {name: "Emberly Foods Inc.", role: "Client"}]);
  });
  it('the United States acting through a department', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between the United States of America, acting through the Department of Energy (\"DOE\"), and Pell Reactor Services, Inc. (\"Contractor\")."])).toEqual([{name: "United States of America", role: "DOE"}, {name: "Pell Reactor Services, Inc.", role: "Contractor"}]);
  });
  it('two trustees of a family trust, collectively Seller', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Gavin Holt and Petra Holt, as Trustees of the Holt Family Trust u/a/d March 3, 2004 (collectively, \"Seller\"), and Wrenfield Homes LLC (\"Buyer\")."])).toEqual([{name: "Gavin Holt", role: "Seller"}, {name: "Petra Holt", role: "Seller"}, {name: "Wrenfield Homes LLC", role: "Buyer"}]);
  });
  it('a corporation organized under the laws of a province', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Ontaro Timber Ltd., a corporation organized under the laws of the Province of Ontario (\"Ontaro\"), and Pike River Mills, Inc. (\"Pike\")."])).toEqual([{name: "Ontaro Timber Ltd.", role: "Ontaro"}, {name: "Pike River Mills, Inc.", role: "Pike"}]);
  });
  it('a board of regents on behalf of a campus', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between the Board of Regents of the University of Westmark System, on behalf of the University of Westmark at Dunmore (\"University\"), and Cobalt Imaging, Inc. (\"Sponsor\")."])).toEqual([{name: "the Board of Regents of the University of Westmark System", role: "University"}, {name: "Cobalt Imaging, Inc.", role: "Sponsor"}]);
  });
  it('"for itself and on behalf of its Affiliates"', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Ardent Software Inc., for itself and on behalf of its Affiliates (\"Ardent\"), and Brennan Hotels LLC (\"Customer\")."])).toEqual([{name: "Ardent Software Inc.", role: "Ardent"}, {name: "Brennan Hotels LLC", role: "Customer"}]);
  });
  it('a fund by its general partner', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Falkirk Capital II, L.P., by its general partner Falkirk GP LLC (\"Falkirk\"), and Lorne Biotech, Inc. (\"Lorne\")."])).toEqual([{name: "Falkirk Capital II, L.P.", role: "Falkirk"}, {name: "Lorne Biotech, Inc.", role: "Lorne"}]);
  });
  it('a water district described as a special district', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Yellowdale Water District, a special district of the State of Colorado (the \"District\"), and Haskett Pipe Co. (\"Contractor\")."])).toEqual([{name: "Yellowdale Water District", role: "District"}, {name: "Haskett Pipe Co.", role: "Contractor"}]);
  });
  it('a joinder among three', () => {
    expect(partiesOf("JOINDER AGREEMENT", ["This Joinder Agreement (this \"Joinder\") is entered into as of June 2, 2021 by and among Penhallow Ventures LLC (the \"Joining Party\"), Tarn Holdings LLC (the \"Company\") and Ostler Partners, L.P. (\"Ostler\")."])).toEqual([{name: "Penhallow Ventures LLC", role: "Joining Party"}, {name: "Tarn Holdings LLC", role: "Company"}, {name: "Ostler Partners, L.P.", role: "Ostler"}]);
  });
  it('an amendment whose parties are "the parties to" the agreement', () => {
    expect(partiesOf("SECOND AMENDMENT TO MASTER SERVICES AGREEMENT", ["This Second Amendment to Master Services Agreement (the \"Second Amendment\") is made as of June 2, 2021 by and between Kingsway Data Corp. (\"Kingsway\") and Ashdown Bank, N.A. (\"Ashdown\"), the parties to the Master Services Agreement dated March 1, 2018 (the \"Agreement\")."])).toEqual([{name: "Kingsway Data Corp.", role: "Kingsway"}, {name: "Ashdown Bank, N.A.", role: "Ashdown"}]);
  });
  it('Canadian layout: "BETWEEN:" and "AND:" lines', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["THIS AGREEMENT dated the 2nd day of June, 2021.", "BETWEEN:", "KINGFISHER OUTDOOR LTD.,", "a corporation incorporated under the laws of British Columbia", "(the \"Vendor\")", "AND:", "MARLOW CAMPING SUPPLIES INC.,", "a corporation incorporated under the laws of Alberta", "(the \"Purchaser\")"])).toEqual([{name: "KINGFISHER OUTDOOR LTD.", role: "Vendor"}, {name: "MARLOW CAMPING SUPPLIES INC.", role: "Purchaser"}]);
  });
  it('an LLC d/b/a a taproom', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Saltgrass Brewing Company, LLC d/b/a Saltgrass Taproom (\"Saltgrass\") and Redbank Distributors, Inc. (\"Distributor\")."])).toEqual([{name: "Saltgrass Brewing Company, LLC d/b/a Saltgrass Taproom", role: "Saltgrass"}, {name: "Redbank Distributors, Inc.", role: "Distributor"}]);
  });
  it('three British parties with registered numbers', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made on 2 June 2021 between:", "(1) CORRAN SHIPPING LIMITED, a company incorporated in England and Wales (registered number 01234567) whose registered office is at 1 Quay Street, Bristol BS1 4XX (\"Corran\");", "(2) DEVERELL PORTS PLC, a public limited company incorporated in England and Wales (registered number 07654321) whose registered office is at 2 Harbour Road, Liverpool L3 1AA (\"Deverell\"); and", "(3) EASTLEIGH TUGS LLP, a limited liability partnership (registered number OC123456) whose registered office is at 3 Marsh Lane, Hull HU1 2AB (\"Eastleigh\")."])).toEqual([{name: "CORRAN SHIPPING LIMITED", role: "Corran"}, {name: "DEVERELL PORTS PLC", role: "Deverell"}, {name: "EASTLEIGH TUGS LLP", role: "Eastleigh"}]);
  });
  it('a physician M.D. and a PLLC', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Priya Raman, M.D., an individual (\"Dr. Raman\"), and Lakeview Surgical Associates, PLLC (the \"Practice\")."])).toEqual([{name: "Priya Raman, M.D.", role: "Dr. Raman"}, {name: "Lakeview Surgical Associates, PLLC", role: "Practice"}]);
  });
  it('a partnership and its general partner', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Hollins Energy Partners, LP, a Delaware limited partnership (the \"Partnership\"), Hollins GP, LLC, its general partner (the \"General Partner\"), and Brook Midstream Corp. (\"Brook\")."])).toEqual([{name: "Hollins Energy Partners, LP", role: "Partnership"}, {name: "Hollins GP, LLC", role: "General Partner"}, {name: "Brook Midstream Corp.", role: "Brook"}]);
  });
  it('a county board of education', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Sutter County Board of Education (the \"Board\") and Lumen Tutoring LLC (\"Provider\")."])).toEqual([{name: "Sutter County Board of Education", role: "Board"}, {name: "Lumen Tutoring LLC", role: "Provider"}]);
  });
  it('a state university', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Westmark State University, an institution of higher education of the State of Ohio (\"University\"), and Tallis Robotics, Inc. (\"Company\")."])).toEqual([{name: "Westmark State University", role: "University"}, {name: "Tallis Robotics, Inc.", role: "Company"}]);
  });
  it('a Swedish AB (publ)', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Oriel Gaming Ltd (registered in Malta with number C 12345) (\"Oriel\") and Pavo Media AB (publ) (\"Pavo\")."])).toEqual([{name: "Oriel Gaming Ltd", role: "Oriel"}, {name: "Pavo Media AB (publ)", role: "Pavo"}]);
  });
  it('ASA and Oyj', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Norrsken Energi ASA (\"Norrsken\") and Tampere Grid Oyj (\"Tampere\")."])).toEqual([{name: "Norrsken Energi ASA", role: "Norrsken"}, {name: "Tampere Grid Oyj", role: "Tampere"}]);
  });
  it('d.o.o. and Zrt.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Sava Trgovina d.o.o., Ljubljana (\"Sava\") and Duna Logisztika Zrt. (\"Duna\")."])).toEqual([{name: "Sava Trgovina d.o.o.", role: "Sava"}, {name: "Duna Logisztika Zrt.", role: "Duna"}]);
  });
  it('three parties with s.r.o. and a.s.', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Vantor s.r.o. and Kladno Steel a.s. and Brno Pumps s.r.o."])).toEqual([{name: "Vantor s.r.o."}, {name: "Kladno Steel a.s."}, {name: "Brno Pumps s.r.o."}]);
  });
  it('"the Customer named above" with no short name', () => {
    expect(partiesOf("CUSTOMER AGREEMENT", [{ text: "Customer: | Brannock Outfitters, Inc.", kind: "table-row" }, { text: "Address: | 9 Pine Road, Bend, Oregon", kind: "table-row" }, "This Customer Agreement is entered into between Telluride Payments LLC (\"Telluride\") and the Customer named above."])).toEqual([{name: "Telluride Payments LLC", role: "Telluride"}, {name: "Brannock Outfitters, Inc.", role: "Customer"}]);
  });
  it('"the Customer identified on this Order Form" under a "Customer:" line', () => {
    expect(partiesOf("ORDER FORM", [{ text: "Customer: Harwick Dental Group, P.C.", kind: "paragraph" }, "This Order Form is governed by the Master Agreement between Nimbus Cloud Inc. (\"Nimbus\") and the Customer identified on this Order Form (\"Customer\")."])).toEqual([{name: "Nimbus Cloud Inc.", role: "Nimbus"}, {name: "Harwick Dental Group, P.C.", role: "Customer"}]);
  });
  it('wife and husband together as Owners', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Aurora Cruz and Benito Cruz, wife and husband (together, \"Owners\"), and Sandpiper Rentals LLC (\"Manager\")."])).toEqual([{name: "Aurora Cruz", role: "Owners"}, {name: "Benito Cruz", role: "Owners"}, {name: "Sandpiper Rentals LLC", role: "Manager"}]);
  });
  it('a collective name that is a word of the last party\'s name alone (a guard)', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Alder Inc. and Birch LLC (collectively, \"Birch\") and Cedar Corp. (\"Cedar\")."])).toEqual([{name: "Alder Inc."}, {name: "Birch LLC", role: "Birch"}, {name: "Cedar Corp.", role: "Cedar"}]);
  });
  it('"together with its subsidiaries (collectively …)" (a guard)', () => {
    expect(partiesOf("SUPPLY AGREEMENT", ["This Agreement is made as of June 2, 2021 between Cedar Corp. (\"Cedar\") and Birch LLC, together with its subsidiaries (collectively, \"Birch\")."])).toEqual([{name: "Cedar Corp.", role: "Cedar"}, {name: "Birch LLC", role: "Birch"}]);
  });
});

describe('a listed company\u2019s ticker before its description', () => {
  it('caps opening with an OTC ticker', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["THIS AGREEMENT is made BETWEEN TORVAL HOLDINGS, INC. (OTC: TRVH), A NEVADA CORPORATION (\"TORVAL\") AND SELKIRK MEDIA LLC (\"SELKIRK\")."])).toEqual([{name: "TORVAL HOLDINGS, INC.", role: "TORVAL"}, {name: "SELKIRK MEDIA LLC", role: "SELKIRK"}]);
  });
  it('two tickers, a caps description and offices, no "between"', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["TORVAL HOLDINGS, INC. (CSE: TRV) (FSE: 4TV), A BRITISH COLUMBIA CORPORATION, with offices at 12 Main Street, Vancouver (\"Torval\") and SELKIRK MEDIA LLC (\"Selkirk\") agree as follows."])).toEqual([{name: "TORVAL HOLDINGS, INC.", role: "Torval"}, {name: "SELKIRK MEDIA LLC", role: "Selkirk"}]);
  });
  it('"(Ticker: …)" after the name', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is made between Torval Holdings, Inc. (Ticker: TRVH), a Nevada corporation (\"Torval\"), and Selkirk Media LLC (\"Selkirk\")."])).toEqual([{name: "Torval Holdings, Inc.", role: "Torval"}, {name: "Selkirk Media LLC", role: "Selkirk"}]);
  });
  it('caps parties with a ticker written without a space, agreeing with no "between"', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["TORVAL HOLDINGS, INC. (OTCQB:TRVH), A NEVADA CORPORATION (THE \"COMPANY\"), AND MIRA CASTELL, AN INDIVIDUAL (\"CONSULTANT\"), HEREBY AGREE AS FOLLOWS."])).toEqual([{name: "TORVAL HOLDINGS, INC.", role: "COMPANY"}, {name: "MIRA CASTELL", role: "CONSULTANT"}]);
  });
  it('a NASDAQ ticker in an opening "entered into by"', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is entered into by Torval Holdings, Inc. (NASDAQ: TRVH), a Nevada corporation (\"Torval\"), and Selkirk Media LLC, a Texas limited liability company (\"Selkirk\")."])).toEqual([{name: "Torval Holdings, Inc.", role: "Torval"}, {name: "Selkirk Media LLC", role: "Selkirk"}]);
  });
  it('a caps description and offices with no ticker, no "between"', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["TORVAL HOLDINGS, INC., A NEVADA CORPORATION, with offices at 12 Main Street, Reno, Nevada (the \"Company\") and MIRA CASTELL (\"Consultant\") agree as follows."])).toEqual([{name: "TORVAL HOLDINGS, INC.", role: "Company"}, {name: "MIRA CASTELL", role: "Consultant"}]);
  });
});

describe('further national and typing habits', () => {
  it('a Brazilian Ltda. with no space before its short name, in a list of three', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is made as of June 2, 2021 among Orla Equipamentos Ltda.(\"Orla Brazil\"), Orla Systems Inc. (\"Orla\") and Pascal Rugged Corp. (\"Pascal\")."])).toEqual([{name: "Orla Equipamentos Ltda.", role: "Orla Brazil"}, {name: "Orla Systems Inc.", role: "Orla"}, {name: "Pascal Rugged Corp.", role: "Pascal"}]);
  });
  it('Indian "M/s." before a Pvt. Ltd. and a firm', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is made on 2 June 2021 between M/s. Kaveri Textiles Pvt. Ltd., a company incorporated under the Companies Act, 1956 (\"Kaveri\") and M/s. Sindhu Exports (\"Sindhu\")."])).toEqual([{name: "Kaveri Textiles Pvt. Ltd.", role: "Kaveri"}, {name: "Sindhu Exports", role: "Sindhu"}]);
  });
  it('a person\u2019s parentage ("son of") after the name', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is made on 2 June 2021 between Kaveri Textiles Private Limited (\"Kaveri\") and Mr. Arjun R. Menon, son of Mr. Ravi Menon, residing at 12 Temple Road, Kochi (\"Consultant\")."])).toEqual([{name: "Kaveri Textiles Private Limited", role: "Kaveri"}, {name: "Mr. Arjun R. Menon", role: "Consultant"}]);
  });
  it('"Inc" without its full stop and no comma before "and"', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is made as of June 2, 2021 between Quorra Bio, Inc, a Delaware corporation and Tessel Labs LLC, a Utah limited liability company."])).toEqual([{name: "Quorra Bio, Inc"}, {name: "Tessel Labs LLC"}]);
  });
  it('"Party A" and "Party B" as short names', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is made as of June 2, 2021 by and between Harbin Lotus Trading Co., Ltd. (\"Party A\") and Kowloon Bay Imports Limited (\"Party B\")."])).toEqual([{name: "Harbin Lotus Trading Co., Ltd.", role: "Party A"}, {name: "Kowloon Bay Imports Limited", role: "Party B"}]);
  });
  it('an LLP and a co-operative in capitals', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ["This Agreement is made as of June 2, 2021 by and between ALDER & BIRCH, LLP, a California limited liability partnership (\"Firm\"), and CEDAR HILL CO-OPERATIVE, INC. (\"Client\")."])).toEqual([{name: "ALDER & BIRCH, LLP", role: "Firm"}, {name: "CEDAR HILL CO-OPERATIVE, INC.", role: "Client"}]);
  });
});
