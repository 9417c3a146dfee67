import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';
import type { Rect } from '../../../../shared/document';
import type { SourceUnit } from '../../../../electron/core/documents/sourceDocument';

/** A paragraph whose first line starts at x `first` and whose other lines start at x `rest`, from height y. */
const para = (text: string, y: number, first: number, rest = first, lines = 2): SourceUnit => {
  const rects: Rect[] = [{ x: first, y, width: 400, height: 10 }];
  for (let k = 1; k < lines; k++) rects.push({ x: rest, y: y + 10 * k, width: 400, height: 10 });
  return { text, hint: 'paragraph', rects };
};

const clauses = (units: SourceUnit[]): (string | undefined)[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units }] }).blocks.map((b) => b.clause);

describe('a paragraph set back at the clause margin after a list', () => {
  const lead = para('8.1 Confidentiality. Each party keeps the other party\'s information secret, except information that:', 60, 75, 45);
  const a = para('a) becomes public without a breach of this Agreement;', 100, 110, 121);
  const b = para('b) must be disclosed by law, after prompt notice to the other party.', 130, 110, 121);

  it('cites the paragraph opening left of the last item and its lines as the clause', () => {
    const after = para('Except as required by law, press releases about the Orchard need the approval of both parties.', 160, 45);
    expect(clauses([lead, a, b, after])).toEqual(['8.1', '8.1(a)', '8.1(b)', '8.1']);
  });

  it('keeps the item for a paragraph set in under its text, or one its own lines wrap back to', () => {
    expect(clauses([lead, a, b, para('The notice names the authority asking for the information.', 160, 121)])).toEqual(['8.1', '8.1(a)', '8.1(b)', '8.1(b)']);
    const wraps = para('(c) General liability cover of one million dollars in the aggregate for each year.', 100, 110, 45);
    expect(clauses([lead, wraps, para('General liability cover includes the Grower\'s orchard trials.', 130, 45)])).toEqual(['8.1', '8.1(c)', '8.1(c)']);
  });

  it('keeps the item for a paragraph at the margin its earlier paragraphs wrap back to', () => {
    const item = para('(b) A new Section 7.4 is added to the Orchard Agreement, as follows:', 100, 110, 110, 1);
    const quoted = para('"7.4 Crates. The Grower may return damaged crates to the Agent for a full refund.', 115, 130, 45);
    const more = para('If the Agent disputes the damage, the parties inspect the crates together.', 145, 45);
    expect(clauses([para('1. Amendments. The parties amend the Orchard Agreement as follows.', 80, 45, 45, 1), item, quoted, more])).toEqual(['1', '1(b)', '1(b)', '1(b)']);
  });

  it('keeps the item when the text above goes on mid-sentence or the paragraph opens in lower case', () => {
    const open = para('b) must be disclosed by law, after prompt notice to the other party, unless', 130, 110, 121);
    expect(clauses([lead, a, open, para('The Court orders otherwise in writing.', 160, 45)])).toEqual(['8.1', '8.1(a)', '8.1(b)', '8.1(b)']);
    expect(clauses([lead, a, b, para('and the notice is given in writing.', 160, 45)])).toEqual(['8.1', '8.1(a)', '8.1(b)', '8.1(b)']);
  });

  it('steps out of a list of numerals set in under an item, not out of the item at the margin', () => {
    const item = para('(a) The Agent pays the Grower for each crate:', 100, 45);
    const i = para('(i) in cash at the gate; or', 115, 110, 110, 1);
    const ii = para('(ii) by bank transfer within ten days.', 130, 110, 110, 1);
    const after = para("The Agent bears the bank's charges for each transfer made under this item.", 145, 45, 45, 1);
    expect(clauses([para('4. Payment. The Agent pays as follows.', 80, 45, 45, 1), item, i, ii, after])).toEqual(['4', '4(a)', '4(a)(i)', '4(a)(ii)', '4(a)']);
  });

  it('cites a paragraph after a list of instalments with no full stops as the clause, not after a table\'s row', () => {
    const line = (text: string, y: number, x: number, width: number, hint: 'paragraph' | 'table-row' = 'paragraph'): SourceUnit => ({ text, hint, rects: [{ x, y, width, height: 10 }] });
    const lead = para('5. Fee. The Agent pays the Grower a fee of five thousand dollars in three instalments:', 60, 45, 45, 1);
    const a = line('(a) $1,000 on signing this Agreement', 75, 110, 150);
    const b = line('(b) $2,000 on 1 June 2026', 90, 110, 110);
    const after = para('Such payments are made by bank transfer to the account the Grower names.', 105, 45, 45, 1);
    expect(clauses([lead, a, b, after])).toEqual(['5', '5(a)', '5(b)', '5']);
    // A full line going on mid-sentence keeps the item (the capital opens a name).
    const full = line('(b) $2,000 on the date that the parties fix in writing with the consent of', 90, 110, 335);
    expect(clauses([lead, a, full, para('Nordlicht GmbH as the Grower\'s lender.', 105, 45, 45, 1)])).toEqual(['5', '5(a)', '5(b)', '5(b)']);
  });

  it('reads no margin where the reader gives no place (text files, DOCX)', () => {
    const bare = (text: string): SourceUnit => ({ text, hint: 'paragraph' });
    expect(clauses([bare('8.1 Confidentiality. Each party keeps the information secret, except information that:'), bare('a) becomes public;'), bare('b) must be disclosed by law.'), bare('Except as required by law, press releases need approval.')])).toEqual([
      '8.1',
      '8.1(a)',
      '8.1(b)',
      '8.1(b)',
    ]);
  });
});
