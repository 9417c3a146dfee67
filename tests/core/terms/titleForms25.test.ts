/**
 * Titles in shapes earlier probes did not try: a note on the copy in brackets under or after the name
 * ("(Confidential Treatment Requested)", "(Execution Version)"), which is no part of it while a
 * bracketed subject or version is, and terms published as "Terms of Service", "Terms of Use" or
 * "Terms of Sale", which name the instrument by themselves. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, titleOfText } from './titleProbe';

const OPENING = 'This Agreement is made as of March 3, 2020 between Ardent Labs, Inc. ("Ardent") and Corvid Health LLC ("Corvid").';

describe('a bracketed note on the copy is no part of the title', () => {
  it.each([
    ['STRATEGIC ALLIANCE AGREEMENT\n(Confidential Treatment Requested)', 'STRATEGIC ALLIANCE AGREEMENT'],
    ['SUPPLY AGREEMENT\n(Execution Version)', 'SUPPLY AGREEMENT'],
    ['Distribution Agreement (Conformed Copy)', 'Distribution Agreement'],
    ['LICENSE AGREEMENT (DRAFT)', 'LICENSE AGREEMENT'],
  ])('%j', async (head, want) => {
    expect(await titleOfText(`${head}\n\n${OPENING}`)).toBe(want);
  });

  it('the note as a heading line of its own under the name, as a PDF lays it out', () => {
    expect(titleOf(['STRATEGIC ALLIANCE AGREEMENT', '(Confidential Treatment Requested)'], OPENING)).toBe('STRATEGIC ALLIANCE AGREEMENT');
    expect(titleOf(['COOPERATION AGREEMENT', '(2022 Amendment)'], OPENING)).toBe('COOPERATION AGREEMENT (2022 Amendment)');
  });

  it.each([
    ['COOPERATION AGREEMENT\n(2022 Amendment)', 'COOPERATION AGREEMENT (2022 Amendment)'],
    ['LICENSE AGREEMENT\n(Software)', 'LICENSE AGREEMENT (Software)'],
    ['SOFTWARE LICENSE AGREEMENT (v. 3.2)', 'SOFTWARE LICENSE AGREEMENT (v. 3.2)'],
  ])('keeps a subject or version in brackets: %j', async (head, want) => {
    expect(await titleOfText(`${head}\n\n${OPENING}`)).toBe(want);
  });
});

describe('published terms name the instrument', () => {
  const terms = 'These terms govern your use of the services offered by Ardent Labs, Inc. ("Ardent"). By using the services you accept them.';
  it.each([
    ['TERMS OF SERVICE\n\nLast updated: March 3, 2020', 'TERMS OF SERVICE'],
    ['Website Terms of Use', 'Website Terms of Use'],
    ['STANDARD TERMS OF SALE', 'STANDARD TERMS OF SALE'],
  ])('%j', async (head, want) => {
    expect(await titleOfText(`${head}\n\n${terms}`)).toBe(want);
  });

  it('a clause headed "Terms of Sale" inside an agreement does not displace its title', async () => {
    expect(await titleOfText(`SUPPLY AGREEMENT\n\n${OPENING}\n\n1. Terms of Sale\n\nEach order is sold on the terms of this Agreement.`)).toBe('SUPPLY AGREEMENT');
  });
});
