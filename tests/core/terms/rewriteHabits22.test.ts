/**
 * Drafting habits that must not change what is read: an opening paragraph set in capitals (its descriptions run on with
 * "AND HAVING …", "TOGETHER WITH ITS AFFILIATES AND SUBSIDIARIES", which ordinary case writes in lower case), and a
 * document's own definition in single quotes, as British drafting sets it ("This Haulage Agreement (this ‘Agreement’)").
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

const termsOf = (paras: readonly string[]) => extractKeyTerms(makeDoc(paras)).terms;
const partiesOf = (paras: readonly string[]): Party[] | undefined => termsOf(paras).parties?.value as Party[] | undefined;
const body = '1. Supply. The Seller shall deliver the goods described in Schedule 1 to the Buyer each month.';

describe('an opening set in capitals', () => {
  it('reads a description that goes on with "AND HAVING ITS OFFICE AT" as part of the party before', () => {
    const opening =
      'THIS PURCHASE AGREEMENT (THIS "AGREEMENT") IS MADE ON APRIL 9, 2018 BY AND BETWEEN TARNWELL OPTICS AG, ORGANIZED UNDER THE LAWS OF AUSTRIA AND HAVING ITS SEAT AT 7 RINGGASSE, GRAZ (HEREAFTER REFERRED TO AS "TARNWELL"), AND QUILLON MEDICAL, INC., ORGANIZED UNDER THE LAWS OF OREGON (HEREAFTER REFERRED TO AS "QUILLON").';
    expect(partiesOf(['SUPPLY AGREEMENT', opening, body])).toEqual([
      { name: 'TARNWELL OPTICS AG', role: 'TARNWELL' },
      { name: 'QUILLON MEDICAL, INC.', role: 'QUILLON' },
    ]);
  });
  it('reads "TOGETHER WITH ITS AFFILIATES AND SUBSIDIARIES, AND EXISTING UNDER …" as one party', () => {
    const opening =
      'THIS LICENSE AGREEMENT (THE "AGREEMENT") IS ENTERED INTO ON MAY 2, 2017 BETWEEN BRACKENFORD LABS GMBH, TOGETHER WITH ITS AFFILIATES AND SUBSIDIARIES, AND EXISTING UNDER THE LAWS OF GERMANY (HEREINAFTER REFERRED TO AS "BRACKENFORD"), AND OSSERY THERAPEUTICS, INC., TOGETHER WITH ITS AFFILIATES AND SUBSIDIARIES, AND EXISTING UNDER THE LAWS OF DELAWARE (HEREINAFTER REFERRED TO AS "OSSERY").';
    expect(partiesOf(['LICENSE AGREEMENT', opening, body])).toEqual([
      { name: 'BRACKENFORD LABS GMBH', role: 'BRACKENFORD' },
      { name: 'OSSERY THERAPEUTICS, INC.', role: 'OSSERY' },
    ]);
  });
  it('ends a party at its short name even when the words before it hold phrase words ("HEREINAFTER REFERRED TO AS")', () => {
    const opening =
      'THIS SERVICE AGREEMENT IS MADE ON JULY 4, 2015 BETWEEN MERRICK RESEARCH (PTY) LIMITED, WHOSE REGISTERED OFFICE IS AT 12 LOOP STREET, CAPE TOWN (HEREINAFTER REFERRED TO AS "MERRICK") AND HALSEY DRUGS LLC WHOSE REGISTERED OFFICE IS AT 9 ELM ROAD, HARTFORD, CT 06103 (HEREINAFTER REFERRED TO AS "CLIENT").';
    expect(partiesOf([opening, body])).toEqual([
      { name: 'MERRICK RESEARCH (PTY) LIMITED', role: 'MERRICK' },
      { name: 'HALSEY DRUGS LLC', role: 'CLIENT' },
    ]);
  });
  it('still splits two parties joined by " AND " when a whole name with its legal form follows', () => {
    const opening = 'THIS AGREEMENT IS MADE ON JUNE 1, 2016 BETWEEN FELLGATE HOLDINGS LLC, WITH ITS OFFICE IN DENVER AND PORTWAY MILLS INC. ("PORTWAY").';
    expect(partiesOf([opening, body])?.map((p) => p.name)).toEqual(['FELLGATE HOLDINGS LLC', 'PORTWAY MILLS INC.']);
  });
});

describe("a document's definition in single quotes", () => {
  it('reads the title from "This Haulage Agreement (this ‘Agreement’)" in a paragraph that runs on', () => {
    const opening = 'Exhibit 10.3 Due to their needs for freight services, the Shipper and the Carrier enter into this Road Haulage Agreement (this ‘Agreement’), under which the Shipper pays the freight and the Carrier moves the goods.';
    expect(termsOf([opening, body]).title?.value).toBe('Road Haulage Agreement');
  });
  it('reads the title from "THIS MARKETING ALLIANCE AGREEMENT (the \'Agreement\')" after a cover line', () => {
    const opening = 'Confidential Effective Date: March 8, 2019 THIS MARKETING ALLIANCE AGREEMENT (the \'Agreement\'), is entered into by and between Pellow Foods Ltd (‘Pellow’) and Arden Grocers Ltd (‘Arden’).';
    expect(termsOf([opening, body]).title?.value).toBe('MARKETING ALLIANCE AGREEMENT');
  });
});

describe('a short name given "hereinafter referred to as"', () => {
  it('is one short name when given twice, once in capitals and once not', () => {
    const opening = 'This Maintenance Agreement (the "Agreement") is made on May 5, 2017 between Corvane Ltd ("CORVANE"), an Idaho company (hereinafter called "Corvane"), and Dunmore Systems, Inc., a Utah corporation ("Dunmore").';
    expect(partiesOf(['MAINTENANCE AGREEMENT', opening, body])).toEqual([
      { name: 'Corvane Ltd', role: 'Corvane' },
      { name: 'Dunmore Systems, Inc.', role: 'Dunmore' },
    ]);
    const both = opening.replace('("CORVANE")', '(hereinafter referred to as "CORVANE")');
    expect(partiesOf(['MAINTENANCE AGREEMENT', both, body])?.[0]).toEqual({ name: 'Corvane Ltd', role: 'Corvane' });
  });
  it('belongs to a party described in lower case after the named one, not to the named one', () => {
    const opening =
      'This Franchise Agreement (hereinafter referred to as the "Agreement") is made as of the date on the cover page between Harvell Bakeries, Inc., an Ohio corporation, and the person or entity named on the cover page (hereinafter referred to as "Operator").';
    expect(partiesOf(['FRANCHISE AGREEMENT', opening, body])).toEqual([{ name: 'Harvell Bakeries, Inc.' }]);
  });
  it('keeps a description after a semicolon with the party before it', () => {
    const opening = 'This Hosting Agreement is made on August 1, 2014 between Pellmore.net, Inc., a Vermont Corporation; with its office at 40 Birch Lane, Rutland, VT 05701 ("Host") and Calloway Media, Inc., a Corporation with its office at 8 Shore Road, Bangor, ME 04401 ("Calloway").';
    expect(partiesOf(['HOSTING AGREEMENT', opening, body])).toEqual([
      { name: 'Pellmore.net, Inc.', role: 'Host' },
      { name: 'Calloway Media, Inc.', role: 'Calloway' },
    ]);
  });
});
