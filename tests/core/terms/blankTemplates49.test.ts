/**
 * A form with its names left blank: a line holding only a blank over the title is the slot for a party's
 * name, not the title's first words; the Overview still says who the agreement is between by the
 * parties' roles; and a bulleted item whose verb has its subject in the lead-in is not shown alone.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { opensWithCommand } from '../../../electron/core/terms/opensWithCommand';
import { makeDoc } from './docFixture';
import { titleOfText } from './titleProbe';

const OPENING =
  'THIS NOTE CERTIFIES THAT in exchange for the payment by [Lender Name] (the "Lender") of $[________] on or about [Date], [Borrower Name], a [State] corporation (the "Borrower"), promises to repay the Lender on the terms below.';

describe('a form whose names are left blank', () => {
  it('reads the title under a line that is only a blank to fill in', async () => {
    const text = `[Borrower Name]\n\nBRIDGE NOTE\n\n(Convertible Loan Agreement)\n\n${OPENING}\n\n1. Repayment\n\n(a) The Borrower shall repay the loan within twelve (12) months.`;
    const title = await titleOfText(text);
    expect(title).toContain('Convertible Loan Agreement');
    expect(title).not.toContain('[');
  });

  it('still reports a title that is itself left blank as a blank', () => {
    const title = extractKeyTerms(makeDoc([{ text: '[Name of Agreement]', kind: 'heading' }, OPENING])).terms.title;
    expect(title === undefined || title.blank === true).toBe(true);
    const blankTitle = extractKeyTerms(makeDoc([{ text: '[Company Name] LOAN AGREEMENT', kind: 'heading' }, OPENING])).terms.title;
    expect(blankTitle?.blank).toBe(true);
  });

  it('says between whom by role when every name is blank', () => {
    const doc = makeDoc([{ text: 'CONVERTIBLE LOAN AGREEMENT', kind: 'heading' }, OPENING, { text: 'The Borrower shall repay the loan within twelve (12) months.', clause: '1' }]);
    const first = extractiveSummary(doc.blocks, { sentences: 8 }).overview[0]!.text;
    expect(first).toBe('This Convertible Loan Agreement is between the Lender and the Borrower, whose names are left blank.');
  });

  it('keeps naming the parties when one of them is named', () => {
    const doc = makeDoc([
      { text: 'CONVERTIBLE LOAN AGREEMENT', kind: 'heading' },
      'This Agreement is made on 3 March 2021 between Orrin Tools Ltd ("Borrower") and [Lender Name] ("Lender").',
      { text: 'The Borrower shall repay the loan within twelve (12) months.', clause: '1' },
    ]);
    const first = extractiveSummary(doc.blocks, { sentences: 8 }).overview[0]!.text;
    expect(first).toContain('Orrin Tools Ltd');
    expect(first).not.toContain('whose names are left blank');
  });
});

describe('a list item whose subject is in the lead-in', () => {
  it.each(['Includes all shares issued and outstanding;', '(b) Excludes shares held in treasury;', 'Provides the hosting described in the order form.', 'Report to the other party any use of the marks.'])('opens without a subject: %s', (s) => {
    expect(opensWithCommand(s)).toBe(true);
  });

  it.each(['Sales of the product are reported monthly.', 'Licenses granted here are non-exclusive.', 'The Borrower includes interest in each payment.', 'Payments shall be made in dollars.'])('has a subject: %s', (s) => {
    expect(opensWithCommand(s)).toBe(false);
  });

  it('does not show a bulleted item alone when its verb is the lead-in\'s', () => {
    const bullets = ['Includes every share issued and outstanding;', 'Includes every option promised under the plan; and', 'Includes a fee of $25,000 payable within thirty (30) days of the financing, except that any increase in the fee counts only to the extent the Lender agrees in writing.'];
    const doc = makeDoc([
      { text: 'CONVERTIBLE LOAN AGREEMENT', kind: 'heading' },
      'This Agreement is made on 3 March 2021 between Orrin Tools Ltd ("Borrower") and Pell Works Inc. ("Lender").',
      { text: '"Capitalization" is counted as of immediately before the financing, without counting any share twice and in each case on an as-converted basis, taking into account every class and series of stock that the Borrower has issued or agreed to issue to any person, and:', clause: '2' },
      ...bullets.map((text) => ({ text, kind: 'list-item' as const, clause: '2' })),
      { text: 'The Borrower shall repay the loan within twelve (12) months of the financing, with interest at five percent (5%) a year.', clause: '3' },
    ]);
    const shown = extractiveSummary(doc.blocks, { sentences: 8 }).points.map((p) => p.text);
    expect(shown.some((t) => t.startsWith('Includes'))).toBe(false);
    expect(shown.some((t) => t.includes('repay the loan'))).toBe(true);
  });
});
