/**
 * A page break inside a name or a defined term ("the Effective" / "Date, or (b) …"): the sentence goes
 * on in the next block although that block starts with a capital. A heading before a new paragraph
 * does not.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { continuesSentence } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

const block = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ id: 'x', page: 1, kind, text, section: [] });

describe('a name cut in two by a page break', () => {
  it('is read as one sentence, so the term it states is found', () => {
    const doc = makeDoc([
      { text: 'RESEARCH AGREEMENT', kind: 'heading' },
      'This Research Agreement is made as of March 3, 2016 (the "Effective Date") between Harlow Labs, Inc. ("Harlow") and Pendle University ("Pendle").',
      { text: '8.1 Term. The term of this Agreement commences on the Effective Date and shall continue in effect until the fourth (4th) anniversary of the Effective', clause: '8.1', page: 1 },
      { text: 'Date, unless sooner terminated in accordance with Section 9.', page: 2 },
    ]);
    expect(extractKeyTerms(doc).terms.expiration?.value).toBe('2020-03-03');
  });

  it('joins a place cut in two, and not a heading and the paragraph after it', () => {
    expect(continuesSentence(block('This Agreement shall be governed by and construed under the laws of the State of New'), block('York, without regard to its conflict of laws rules.'))).toBe(true);
    expect(continuesSentence(block('5. Term'), block('This agreement runs for two years.'))).toBe(false);
    expect(continuesSentence(block('The parties have signed this agreement as of the date written above'), block('Harlow Labs, Inc.'))).toBe(false);
  });
});
