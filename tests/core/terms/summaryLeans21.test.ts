import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { opensWithCommand } from '../../../electron/core/terms/opensWithCommand';
import { makeDoc } from './docFixture';

// Each of these contracts is invented for the rule it tests.
const shown = (doc: ReturnType<typeof makeDoc>): string[] => extractiveSummary(doc.blocks, { sentences: 8 }).points.map((p) => p.text);

describe('a summary point does not lean on a sentence it does not show', () => {
  it('reads "aforementioned", "aforesaid" and "above-mentioned" anywhere as pointing back', () => {
    expect(needsPrevious('In every other case the Vendor shall run the defence as aforementioned.')).toBe(true);
    expect(needsPrevious('If the order is cancelled under the aforesaid clause, no fee is due.')).toBe(true);
    expect(needsPrevious('The Agent shall send the above-mentioned report by the fifth day of each month.')).toBe(true);
    expect(needsPrevious('The Agent shall send a sales report by the fifth day of each month.')).toBe(false);
  });

  it('checks the sentence as shown: an announcing opener trimmed away must not leave "Such …"', () => {
    const doc = makeDoc([
      { text: 'MARKETING AGREEMENT', kind: 'heading' },
      'This Marketing Agreement is made between Nimbus Foods Inc. (“Nimbus”) and Harbor Brands LLC (“Harbor”).',
      { text: 'Nimbus shall pay Harbor a launch bonus of $400,000 when yearly sales first reach $9,000,000. For clarity, such bonus shall be paid only once during the Term.', clause: '6.2' },
      { text: 'Harbor shall keep complete records of its marketing spend for three (3) years.', clause: '7.1' },
      { text: 'Either party may terminate this Agreement on ninety (90) days written notice.', clause: '9.1' },
    ]);
    const points = shown(doc);
    expect(points.some((p) => /^Such bonus/.test(p))).toBe(false);
    expect(points.some((p) => /launch bonus of \$400,000/.test(p))).toBe(true);
  });
});

describe('a list item with no subject of its own is not shown alone', () => {
  it('tells a command from a sentence that opens with its subject or a noun', () => {
    for (const t of [
      'b. Report to the other Party, in writing, any use of the Data not allowed by this Agreement;',
      '2 c. Make available to the other Party all records about the Data within ten (10) days;',
      '3. Provide a level and fenced site for the plant.',
      '(d) Keep the kiln in good working order.',
      'Within ten (10) days of a written request, deliver to the Owner all copies of the Plans.',
    ])
      expect(opensWithCommand(t), t).toBe(true);
    for (const t of [
      'Operator B shall buy enough insurance for its trucks.',
      'Service Provider shall not assign this Agreement without consent.',
      'Purchase prices for the Goods are set out in Schedule 1.',
      'Access to the portal is limited to named users.',
      'Pin numbers themselves may not be sold.',
      'A Voucher for five (5) songs shall be given with each pack.',
      'Upon termination, each Party shall return all materials.',
      'Subject to Section 4, the Owner shall pay the fee.',
    ])
      expect(opensWithCommand(t), t).toBe(false);
  });

  it('leaves out the items of a list whose lead-in carries the subject, and keeps whole sentences', () => {
    const doc = makeDoc([
      { text: 'DATA SHARING AGREEMENT', kind: 'heading' },
      'This Data Sharing Agreement is made between Willow Clinic LLC (“Willow”) and Aspen Labs Inc. (“Aspen”).',
      { text: 'Duties of the Parties. In handling the Shared Data, each Party agrees to do the following:', clause: '3' },
      { text: 'a. Use and disclose the Shared Data only as this Agreement permits or the law requires;', clause: '3(a)' },
      { text: 'b. Report to the other Party, in writing, any use or disclosure of the Shared Data that this Agreement does not permit, within five (5) days of learning of it;', clause: '3(b)' },
      { text: 'c. Make available to the other Party, during business hours, all records about the Shared Data within ten (10) days of a written request;', clause: '3(c)' },
      { text: 'Each Party shall train its staff on the handling of the Shared Data before they are given access to it.', clause: '4' },
      { text: 'Either Party may terminate this Agreement on thirty (30) days written notice to the other Party.', clause: '5' },
    ]);
    const points = shown(doc);
    expect(points.some((p) => /^(Use and disclose|Report to|Make available)/.test(p))).toBe(false);
    expect(points.some((p) => /^Each Party shall train its staff/.test(p))).toBe(true);
  });
});

describe('reference material and filing notes are not points', () => {
  it('does not show a definition of two names at once', () => {
    const doc = makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement is made between Quill Analytics Inc. (“Quill”) and Tern Shipping Co. (“Tern”).',
      { text: '“Euro” or “€” shall mean the lawful currency of the member states of the eurozone.', clause: '1.9' },
      { text: 'Tern shall pay Quill a monthly fee of €12,000 within thirty (30) days of each invoice.', clause: '4.1' },
      { text: 'Quill shall deliver each monthly report by the fifth business day of the month.', clause: '5.1' },
    ]);
    expect(shown(doc).some((p) => p.includes('shall mean'))).toBe(false);
  });

  it('does not show a filer’s note that text was omitted or excluded', () => {
    const doc = makeDoc([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made between Orbit Pharma Inc. (“Orbit”) and Lumen Glass Ltd. (“Lumen”).',
      { text: 'Portions of this exhibit marked [***] have been omitted and filed separately with the Securities and Exchange Commission under a request for confidential treatment.', clause: '' },
      { text: 'Certain identified information has been excluded from this exhibit because it is both not material and of the type the registrant treats as private.', clause: '' },
      { text: 'Lumen shall supply the vials Orbit orders, up to 40,000 vials each month.', clause: '2.1' },
      { text: 'Orbit shall pay each invoice within forty-five (45) days of receipt.', clause: '3.1' },
    ]);
    const points = shown(doc);
    expect(points.some((p) => /omitted|excluded from this exhibit/.test(p))).toBe(false);
    expect(points.some((p) => /up to 40,000 vials/.test(p))).toBe(true);
  });

  it('does not show a statement whose object was redacted, and keeps one with a figure of its own', () => {
    const doc = makeDoc([
      { text: 'LICENSE AGREEMENT', kind: 'heading' },
      'This License Agreement is made between Cobalt Media Inc. (“Cobalt”) and Fennel Games Ltd. (“Fennel”).',
      { text: 'The Combined Fees shall equal [***].', clause: '4.1' },
      { text: 'Cobalt will keep the remaining [***].', clause: '4.2' },
      { text: 'Licensed Material shall not include [***].', clause: '4.3' },
      { text: 'A support fee of $9,500 per month shall apply to [***].', clause: '4.4' },
      { text: 'Fennel shall deliver each game build to Cobalt by the first day of each quarter.', clause: '5.1' },
    ]);
    const points = shown(doc);
    expect(points.some((p) => /Combined Fees shall equal|keep the remaining|shall not include/.test(p))).toBe(false);
    expect(points.some((p) => /\$9,500 per month/.test(p))).toBe(true);
  });

  it('does not show the rest of a sentence a page break left open behind a glued page number', () => {
    const doc = makeDoc([
      { text: 'HOSTING AGREEMENT', kind: 'heading' },
      'This Hosting Agreement is made between Delta Cloud Inc. (“Delta”) and Pine Retail LLC (“Pine”).',
      { text: 'EXCEPT FOR BREACH OF SECTION 9, IN NO EVENT SHALL EITHER PARTY BE LIABLE TO THE OTHER UNDER ANY CONTRACT, NEGLIGENCE,', clause: '12' },
      { text: '7 STRICT LIABILITY, TORT OR ANY OTHER LEGAL THEORY FOR ANY LOST PROFITS, LOST DATA OR INDIRECT, SPECIAL OR PUNITIVE DAMAGES (INCLUDING LOSS OF GOODWILL), EVEN IF THAT PARTY HAS BEEN ADVISED OF THEIR POSSIBILITY.', clause: '12', page: 2 },
      { text: 'Delta shall keep the hosted store available at least 99.5% of each month.', clause: '4.1', page: 2 },
      { text: 'Pine shall pay the hosting fee of $2,000 within thirty (30) days of each invoice.', clause: '5.1', page: 2 },
    ]);
    const points = shown(doc);
    expect(points.some((p) => /^(?:7 )?STRICT LIABILITY/.test(p))).toBe(false);
    expect(points.some((p) => /99\.5%/.test(p))).toBe(true);
  });

  it('does not show the closing clauses every contract carries', () => {
    const doc = makeDoc([
      { text: 'CATERING AGREEMENT', kind: 'heading' },
      'This Catering Agreement is made between Saffron Kitchens LLC (“Saffron”) and Quarry Hall Inc. (“Quarry”).',
      { text: 'Saffron shall serve lunch for up to 300 guests at each event Quarry books.', clause: '2.1' },
      { text: 'Quarry shall pay $45 per guest within fifteen (15) days of each event.', clause: '3.1' },
      { text: 'Time shall be of the essence for each delivery date.', clause: '9.1' },
      { text: 'The provisions of this Section 6 shall survive the termination of this Agreement.', clause: '9.2' },
      { text: 'The provisions of this Agreement shall be deemed severable.', clause: '9.3' },
      { text: 'Nothing in this Agreement is intended to confer any rights or remedies on any person other than the parties.', clause: '9.4' },
      { text: '9.5 Time is of the essence of every date in this Agreement.', clause: '9.5' },
      { text: 'This Agreement may be executed in any number of counterparts.', clause: '9.6' },
      { text: 'The word “including” shall mean including without limitation.', clause: '9.7' },
    ]);
    const points = shown(doc);
    expect(points.some((p) => /of the essence|shall survive|severable|other than the parties|counterparts|The word/.test(p))).toBe(false);
    expect(points.some((p) => /\$45 per guest/.test(p))).toBe(true);
  });
});

describe('the summary keeps its ranked points when the Overview states what one would repeat', () => {
  it('skips the sentence an Overview fact was read from inside the ranking, not after it', () => {
    const doc = makeDoc([
      { text: 'EQUIPMENT LEASE', kind: 'heading' },
      'This Equipment Lease is dated as of 3 March 2021 and made between Granite Rentals Inc. (“Lessor”) and Osprey Farms LLC (“Lessee”).',
      { text: 'The term of this Lease is three (3) years from the date of this Lease.', clause: '2.1' },
      { text: 'Lessee shall pay rent of $4,200 per month on the first day of each month.', clause: '3.1' },
      { text: 'Lessee shall keep the equipment insured against loss for its full replacement value.', clause: '4.1' },
      { text: 'Lessor shall service the equipment every six (6) months at its own cost.', clause: '5.1' },
      { text: 'Lessee shall not move the equipment from the farm without the consent of the Lessor.', clause: '6.1' },
      { text: 'This Lease is governed by the laws of the State of Iowa.', clause: '9.1' },
    ]);
    const summary = extractiveSummary(doc.blocks, { sentences: 4 });
    expect(summary.overview.some((p) => /runs until/.test(p.text))).toBe(true);
    const ranked = summary.points.filter((p) => !summary.overview.includes(p));
    expect(ranked).toHaveLength(4);
    expect(ranked.some((p) => /^The term of this Lease/.test(p.text) || /governed by the laws/.test(p.text))).toBe(false);
  });
});

