/**
 * Titles in layouts the earlier probes did not try: amended and restated titles, amendments numbered over the
 * agreement they amend, titles after an exhibit number or a filer's legend on the same line or above, a cover page
 * over the title, and titles in title case the text runs into the first sentence. Every contract here is written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, titleOfText } from './titleProbe';

const named = 'This Agreement is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").';

describe('amended, restated and amending titles', () => {
  it('an amended and restated title on one line', () => {
    expect(titleOf(['AMENDED AND RESTATED MASTER SUPPLY AGREEMENT'], named)).toBe('AMENDED AND RESTATED MASTER SUPPLY AGREEMENT');
  });
  it('"SECOND AMENDED AND RESTATED" before the name', () => {
    expect(titleOf(['SECOND AMENDED AND RESTATED LIMITED PARTNERSHIP AGREEMENT'], named)).toBe('SECOND AMENDED AND RESTATED LIMITED PARTNERSHIP AGREEMENT');
  });
  it('an amendment to an amended and restated agreement', () => {
    expect(titleOf(['AMENDMENT NO. 1 TO AMENDED AND RESTATED SUPPLY AGREEMENT'], named)).toBe('AMENDMENT NO. 1 TO AMENDED AND RESTATED SUPPLY AGREEMENT');
  });
  it('an amendment that also waives', () => {
    expect(titleOf(['THIRD AMENDMENT TO CREDIT AGREEMENT AND WAIVER'], named)).toBe('THIRD AMENDMENT TO CREDIT AGREEMENT AND WAIVER');
  });
  it('an addendum numbered over the agreement', () => {
    expect(titleOf(['ADDENDUM NO. 1 TO MASTER CLEANING SERVICES AGREEMENT'], named)).toBe('ADDENDUM NO. 1 TO MASTER CLEANING SERVICES AGREEMENT');
  });
  it('an amendment to a lease', () => {
    expect(titleOf(['SECOND AMENDMENT TO LEASE'], 'This Second Amendment to Lease is made as of March 1, 2022 between Alder Inc. ("Landlord") and Birch LLC ("Tenant").')).toBe('SECOND AMENDMENT TO LEASE');
  });
  it('an amendment in title case with "#"', () => {
    expect(titleOf(['Amendment #2 to the Warehousing Agreement'], named)).toBe('Amendment #2 to the Warehousing Agreement');
  });
  it('a supplemental agreement numbered', () => {
    expect(titleOf(['SUPPLEMENTAL AGREEMENT NO. 3'], named)).toBe('SUPPLEMENTAL AGREEMENT NO. 3');
  });
  it('an amendment split over two heading lines', () => {
    expect(titleOf(['FIRST AMENDMENT TO', 'LICENSE AND TOLLING AGREEMENT'], named)).toBe('FIRST AMENDMENT TO LICENSE AND TOLLING AGREEMENT');
  });
});

describe('an exhibit number, a legend or a cover above the title', () => {
  it('an exhibit number on the line above an amended and restated title', () => {
    expect(titleOf(['Exhibit 10.12', 'AMENDED AND RESTATED LICENSE AGREEMENT'], named)).toBe('AMENDED AND RESTATED LICENSE AGREEMENT');
  });
  it('an exhibit number with a dash on the same line', () => {
    expect(titleOf(['EXHIBIT 10.7 - SUPPLY AGREEMENT'], named)).toBe('SUPPLY AGREEMENT');
  });
  it('"EXECUTION VERSION" above the title', () => {
    expect(titleOf(['EXECUTION VERSION', 'STRATEGIC ALLIANCE AGREEMENT'], named)).toBe('STRATEGIC ALLIANCE AGREEMENT');
  });
  it('"Execution Copy" above the title', () => {
    expect(titleOf(['Execution Copy', 'MANUFACTURING AGREEMENT'], named)).toBe('MANUFACTURING AGREEMENT');
  });
  it('a confidential-treatment legend naming the filer above the title', () => {
    expect(titleOf(['CONFIDENTIAL TREATMENT REQUESTED BY NORTHWIND CORP.', 'DEVELOPMENT AGREEMENT'], named)).toBe('DEVELOPMENT AGREEMENT');
  });
  it('a redaction legend above the title', () => {
    expect(titleOf(['[***] Portions of this exhibit marked by asterisks were left out and filed with the Commission on their own.', 'COLLABORATION AGREEMENT'], named)).toBe('COLLABORATION AGREEMENT');
  });
  it('a title with the parties on the same heading line', () => {
    expect(titleOf(['LICENSE AGREEMENT BETWEEN ALDER INC. AND BIRCH LLC'], named)).toBe('LICENSE AGREEMENT');
  });
  it('a contract number under the title', () => {
    expect(titleOf(['SERVICES AGREEMENT', 'Contract No. 2021-045'], named)).toBe('SERVICES AGREEMENT');
  });
  it('"dated as of" under the title', () => {
    expect(titleOf(['LOAN AGREEMENT', 'dated as of March 1, 2022'], named)).toBe('LOAN AGREEMENT');
  });
});

describe('a title the text runs into the first sentence', () => {
  it('title case run into "This … Agreement"', async () => {
    expect(await titleOfText('Master Cleaning Services Agreement This Master Cleaning Services Agreement ("Agreement") is entered into as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('Master Cleaning Services Agreement');
  });
  it('capitals run into "THIS … AGREEMENT"', async () => {
    expect(await titleOfText('EXCLUSIVE DISTRIBUTION AGREEMENT THIS EXCLUSIVE DISTRIBUTION AGREEMENT is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('EXCLUSIVE DISTRIBUTION AGREEMENT');
  });
  it('an exhibit number, then the title, run into the opening', async () => {
    expect(await titleOfText('Exhibit 10.3 SPONSORSHIP AGREEMENT This Sponsorship Agreement is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('SPONSORSHIP AGREEMENT');
  });
  it('an amended and restated title in title case run in', async () => {
    expect(await titleOfText('Amended and Restated Marketing Agreement This Amended and Restated Marketing Agreement is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('Amended and Restated Marketing Agreement');
  });
  it('an amendment run in', async () => {
    expect(await titleOfText('AMENDMENT NO. 4 TO HOSTING AGREEMENT This Amendment No. 4 is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('AMENDMENT NO. 4 TO HOSTING AGREEMENT');
  });
  it('a legend, then the title run in', async () => {
    expect(await titleOfText('CONFIDENTIAL TREATMENT REQUESTED OUTSOURCING AGREEMENT This Outsourcing Agreement is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('OUTSOURCING AGREEMENT');
  });
  it('a title in its own paragraph of a text file', async () => {
    expect(await titleOfText('Exhibit 10.9\n\nTRADEMARK LICENSE AGREEMENT\n\nThis Trademark License Agreement is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('TRADEMARK LICENSE AGREEMENT');
  });
});

describe('more filing marks and cover layouts', () => {
  it('an SEC header line with the file name before the title', async () => {
    expect(await titleOfText('EX-10.2 3 dex102.htm MASTER SUPPLY AGREEMENT\n\nThis Master Supply Agreement is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('MASTER SUPPLY AGREEMENT');
  });
  it('an exhibit number, then "Execution Version", then the title', () => {
    expect(titleOf(['Exhibit 10.1', 'Execution Version', 'CO-BRANDING AND MARKETING AGREEMENT'], named)).toBe('CO-BRANDING AND MARKETING AGREEMENT');
  });
  it('a logo placeholder above the title', () => {
    expect(titleOf(['[LOGO]', 'RESELLER AGREEMENT'], named)).toBe('RESELLER AGREEMENT');
  });
  it('a registered mark inside the title', () => {
    expect(titleOf(['KESTREL® TRADEMARK LICENSE AGREEMENT'], named)).toBe('KESTREL® TRADEMARK LICENSE AGREEMENT');
  });
  it('a parenthesis after the title that qualifies it', () => {
    expect(titleOf(['DISTRIBUTION AGREEMENT (NON-EXCLUSIVE)'], named)).toBe('DISTRIBUTION AGREEMENT (NON-EXCLUSIVE)');
  });
  it('a cover with the title, "between", the parties and the date', () => {
    expect(titleOf(['JOINT DEVELOPMENT AGREEMENT', 'between', 'ALDER INC.', 'and', 'BIRCH LLC', 'Dated as of March 1, 2022'], named)).toBe('JOINT DEVELOPMENT AGREEMENT');
  });
  it('"*** Text Omitted" legend above the title', () => {
    expect(titleOf(['*** Text Omitted and Filed Separately with the Securities and Exchange Commission', 'SUPPLY AND OFFTAKE AGREEMENT'], named)).toBe('SUPPLY AND OFFTAKE AGREEMENT');
  });
  it('a restated title over two lines of a text file', async () => {
    expect(await titleOfText('AMENDED AND RESTATED\nCOLLABORATION AGREEMENT\n\nThis Amended and Restated Collaboration Agreement is made as of March 1, 2022 between Alder Inc. ("Alder") and Birch LLC ("Birch").')).toBe('AMENDED AND RESTATED COLLABORATION AGREEMENT');
  });
});
