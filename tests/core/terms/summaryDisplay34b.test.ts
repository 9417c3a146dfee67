import { describe, expect, it } from 'vitest';
import { displayText } from '../../../electron/core/terms/displayText';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';
import { summaryPoints } from './summaryFixture';

describe('a summary point is shown without the marks the page layout left in it', () => {
  it('drops a rule line of dashes caught between two words of a sentence', () => {
    expect(displayText('Neither party gives any warranties, ------------------ extends any guarantee or accepts any duty except as stated here.')).toBe(
      'Neither party gives any warranties, extends any guarantee or accepts any duty except as stated here.',
    );
    expect(displayText('The Grower may sell surplus seed under the -------- Regional Licence.')).toBe('The Grower may sell surplus seed under the Regional Licence.');
    expect(displayText('The Mill may end this Agreement in —— the event the Grower stops trading.')).toBe('The Mill may end this Agreement in the event the Grower stops trading.');
  });

  it('keeps blanks, ranges and dashes that belong to the text', () => {
    // Blanks to fill in: underscores always; dashes before "day", after "$", before a comma.
    expect(displayText('Signed on this ________ day of ________, 20__ by the Tenant.')).toBe('Signed on this ________ day of ________, 20__ by the Tenant.');
    expect(displayText('Signed on this ------ day of March by the Tenant.')).toBe('Signed on this ------ day of March by the Tenant.');
    expect(displayText('The Tenant shall pay a deposit of $-------- on signing.')).toBe('The Tenant shall pay a deposit of $-------- on signing.');
    expect(displayText('This lease is dated ----------, 2031 and runs for two years.')).toBe('This lease is dated ----------, 2031 and runs for two years.');
    // A range, a spaced dash between clauses, a hyphenated word and a short dash run stay.
    expect(displayText('Rent for months 1-12 is fixed - after that it follows the index.')).toBe('Rent for months 1-12 is fixed - after that it follows the index.');
    expect(displayText('The long-term rate applies only to units -- not to the yard.')).toBe('The long-term rate applies only to units -- not to the yard.');
  });

  it('takes out a space before a comma or semicolon, and leaves a redaction or a blank its space', () => {
    expect(displayText('The Mill shall pay within ten days after notice from the Grower , unless the amount is disputed.')).toBe(
      'The Mill shall pay within ten days after notice from the Grower, unless the amount is disputed.',
    );
    expect(displayText('The Mill shall buy 400 tonnes of barley per season ; and 200 tonnes of oats.')).toBe('The Mill shall buy 400 tonnes of barley per season; and 200 tonnes of oats.');
    expect(displayText('The fee is [ * ] , payable each quarter.')).toBe('The fee is [ * ] , payable each quarter.');
    expect(displayText('The Grower shall deliver by ____ , at its own cost.')).toBe('The Grower shall deliver by ____ , at its own cost.');
  });

  it('shows the cleaned sentence in the summary and cites the block as the document has it', () => {
    const entries = [
      'This Supply Agreement is made between Fenmoor Mills Limited ("Mill") and Ashcombe Growers LLP ("Grower").',
      { text: 'The Grower shall deliver the barley to the Mill each month and the Mill shall pay for each delivery within thirty days of ------------ its invoice.', clause: '4' },
      { text: 'The Mill shall keep the barley dry and shall store it apart from other grain until it is milled.', clause: '5' },
    ];
    const shown = summaryPoints(entries);
    expect(shown.some((t) => t.includes('within thirty days of its invoice.'))).toBe(true);
    expect(shown.every((t) => !/-{4}/.test(t))).toBe(true);
    const doc = makeDoc(entries);
    const point = extractiveSummary(doc.blocks, { sentences: 8 }).points.find((p) => p.text.includes('within thirty days of its invoice'));
    const cited = doc.blocks.find((b) => b.id === point?.citations[0]?.blockId);
    expect(cited?.text).toContain('of ------------ its invoice');
  });
});
