/**
 * Titles in drafting styles a lawyer meets often: a title line that closes with the document's definition
 * ("EXCLUSIVE DISTRIBUTION AGREEMENT (the "Agreement")"), which names the document for the text and is no part of its
 * name; a parenthesis without quotes stays. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const titleOf = (entries: readonly Entry[]): unknown => extractKeyTerms(makeDoc(entries)).terms.title?.value;
const opening = 'This Agreement is made as of November 11, 2013 by and between Corbel Instruments Ltd. ("Corbel") and Ashgrove Medical Supply, Inc. ("Distributor").';

describe('a title line that closes with the document\'s definition', () => {
  it('gives the title without it', () => {
    expect(titleOf([{ text: 'EXCLUSIVE DISTRIBUTION AGREEMENT (the "Agreement")', kind: 'heading' }, opening])).toBe('EXCLUSIVE DISTRIBUTION AGREEMENT');
  });
  it('also without "the", with curly quotes, or with "hereinafter"', () => {
    expect(titleOf([{ text: 'Exclusive Distribution Agreement ("Agreement")', kind: 'heading' }, opening])).toBe('Exclusive Distribution Agreement');
    expect(titleOf([{ text: 'EXCLUSIVE DISTRIBUTION AGREEMENT (this “Agreement”)', kind: 'heading' }, opening])).toBe('EXCLUSIVE DISTRIBUTION AGREEMENT');
    expect(titleOf([{ text: 'EXCLUSIVE DISTRIBUTION AGREEMENT (hereinafter the "Agreement")', kind: 'heading' }, opening])).toBe('EXCLUSIVE DISTRIBUTION AGREEMENT');
  });
  it('after an exhibit number on the same line', () => {
    expect(titleOf([{ text: 'Exhibit 10.7 EXCLUSIVE DISTRIBUTION AGREEMENT (the "Agreement")', kind: 'heading' }, opening])).toBe('EXCLUSIVE DISTRIBUTION AGREEMENT');
  });
  it('keeps a parenthesis without quotes, which is part of the name', () => {
    expect(titleOf([{ text: 'COOPERATION AGREEMENT (2022 Amendment)', kind: 'heading' }, opening])).toBe('COOPERATION AGREEMENT (2022 Amendment)');
  });
});
