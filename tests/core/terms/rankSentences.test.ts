import { describe, expect, it } from 'vitest';
import { prepareSentences, rankPrepared, rankSentences } from '../../../electron/core/terms/rankSentences';
import { makeDoc } from './docFixture';

const doc = makeDoc([
  { text: 'MASTER SERVICES AGREEMENT', kind: 'heading' },
  { text: 'Supplier shall provide the Services to Customer in accordance with the Statement of Work and this Agreement.', clause: '2.1' },
  { text: 'Customer shall pay Supplier a fee of $12,000 per month within 30 days of receipt of each invoice.', clause: '3.1' },
  { text: 'The headings in this Agreement are inserted for convenience only and do not affect its interpretation.', clause: '9.1' },
  { text: 'Either party may terminate this Agreement on 90 days written notice to the other party.', clause: '5.1' },
  { text: 'Either party may terminate this Agreement on ninety days written notice to the other party.', clause: '5.2' },
  { text: 'IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.', clause: '10' },
  { text: 'By: ____________ Name: Title:', kind: 'paragraph' },
]);

describe('rankSentences', () => {
  it('prefers obligations, money and termination over boilerplate and signature lines', () => {
    const picks = rankSentences(doc.blocks, { sentences: 3 });
    const ids = picks.map((p) => p.blockId);
    expect(ids).toContain('p1.3');
    expect(ids).not.toContain('p1.4');
    expect(ids).not.toContain('p1.7');
    expect(ids).not.toContain('p1.8');
  });

  it('never picks two near-identical sentences', () => {
    const picks = rankSentences(doc.blocks, { sentences: 5 });
    const ids = picks.map((p) => p.blockId);
    expect(ids.includes('p1.5') && ids.includes('p1.6')).toBe(false);
  });

  it('cites the block, page and clause each sentence came from', () => {
    const pick = rankSentences(doc.blocks, { sentences: 5 }).find((p) => p.blockId === 'p1.3');
    expect(pick?.citation).toEqual({ blockId: 'p1.3', page: 1, clause: '3.1' });
    expect(pick?.text).toBe(doc.blocks[2]!.text);
  });

  it('shows a pick without its enumerator or pointers, and still reads "(b) …" as leaning on the item before', () => {
    const listed = makeDoc([
      { text: '(a) Customer shall pay the Fees (as defined in Section 1.4) within 30 days of each invoice.', clause: '3.1' },
      { text: '(b) such payment shall be made in U.S. dollars by wire transfer to the account Supplier names.', clause: '3.1' },
    ]);
    const picks = rankSentences(listed.blocks, { sentences: 2 });
    expect(picks.map((p) => p.text)).toEqual(['Customer shall pay the Fees within 30 days of each invoice.']);
    expect(picks[0]!.citation).toEqual({ blockId: listed.blocks[0]!.id, page: 1, clause: '3.1' });
  });

  it('leaves definitions out, quoted or written in capitals, numbered or listed', () => {
    const defs = makeDoc([
      { text: '1.26. SERVICE AREA shall mean the frame area of the co-branded site on each page.', clause: '1.26' },
      { text: 'Net Sales means gross sales less returns, credits and taxes actually paid by Licensee.', clause: '1.27' },
      { text: '"Territory" means the United States of America and Canada and their possessions.', clause: '1.28' },
      { text: '(a) “Service Credit” shall have the meaning given in the service level schedule.', clause: '1.29(a)' },
      { text: 'Licensee shall pay a royalty of five percent of Net Sales within 30 days of each quarter.', clause: '4.1' },
    ]);
    expect(rankSentences(defs.blocks, { sentences: 4 }).map((p) => p.citation.clause)).toEqual(['4.1']);
  });

  it('leaves out a statement whose whole predicate was redacted, and keeps one that still says something', () => {
    const redacted = makeDoc([
      { text: 'Except as set out in the work plan, the Developer shall [***].', clause: '4' },
      { text: 'The fees for the second phase of the services will be [*****]; [***].', clause: '5' },
      { text: 'The Customer shall pay a fee of [***] per unit within thirty days of each invoice.', clause: '6' },
      { text: 'The Developer shall deliver the source code to the Customer at the end of each phase.', clause: '7' },
    ]);
    expect(rankSentences(redacted.blocks, { sentences: 4 }).map((p) => p.citation.clause).sort()).toEqual(['6', '7']);
  });

  it('leaves out how the document is signed: copies of signatures as originals, "By signing below"', () => {
    const signing = makeDoc([
      { text: 'Signatures sent by fax or as a scanned image by e-mail shall be deemed original signatures for every purpose.', clause: '14.2' },
      { text: 'An electronic signature of either party on this Agreement shall be as binding as a handwritten one.', clause: '14.3' },
      { text: 'By signing below, each party confirms that it has read and accepts these terms and conditions.', clause: '15' },
      { text: 'The Distributor shall buy a minimum of 500 units of the Products in each calendar quarter.', clause: '4.1' },
    ]);
    expect(rankSentences(signing.blocks, { sentences: 4 }).map((p) => p.citation.clause)).toEqual(['4.1']);
  });

  it('leaves out a lead-in that stops before its list ("… either;"), and keeps an item that ends on a preposition', () => {
    const leadIns = makeDoc([
      { text: 'Within ten days of the audit the Licensor shall notify the Licensee in writing either;', clause: '8.2' },
      { text: 'The Licensee shall then pay the amounts shown in the audit report together with the following;', clause: '8.3' },
      { text: 'Either party may end this Agreement if the other breaches a term it agreed to;', clause: '9.1' },
    ]);
    expect(rankSentences(leadIns.blocks, { sentences: 3 }).map((p) => p.citation.clause)).toEqual(['9.1']);
  });

  it('is deterministic and can return picks in reading order', () => {
    const a = rankSentences(doc.blocks, { sentences: 3, documentOrder: true });
    const b = rankSentences(doc.blocks, { sentences: 3, documentOrder: true });
    expect(a).toEqual(b);
    expect(a.map((p) => p.order)).toEqual([...a.map((p) => p.order)].sort((x, y) => x - y));
  });

  it('returns nothing for zero sentences or a document of headings only', () => {
    expect(rankSentences(doc.blocks, { sentences: 0 })).toEqual([]);
    expect(rankSentences(makeDoc([{ text: 'TERMS', kind: 'heading' }]).blocks, { sentences: 3 })).toEqual([]);
  });

  it('shows a leaning sentence only when nothing else stands alone', () => {
    const alone = makeDoc(['Notwithstanding the foregoing, you may use the data to show ads inside your own app.']);
    expect(rankSentences(alone.blocks, { sentences: 1 }).map((p) => p.text)).toEqual([alone.blocks[0]!.text]);
    const withOther = makeDoc(['Notwithstanding the foregoing, you may use the data to show ads inside your own app.', 'You must not sell the data you receive to anyone.']);
    expect(rankSentences(withOther.blocks, { sentences: 2 }).map((p) => p.text)).toEqual(['You must not sell the data you receive to anyone.']);
  });

  it('ranks prepared sentences again under other weights with the same result as a fresh ranking', () => {
    const prepared = prepareSentences(doc.blocks);
    const leadHeavy = { position: 2, centrality: 0 };
    const first = rankPrepared(prepared, { sentences: 3 });
    const other = rankPrepared(prepared, { sentences: 3, weights: leadHeavy });
    expect(other).toEqual(rankSentences(doc.blocks, { sentences: 3, weights: leadHeavy }));
    expect(rankPrepared(prepared, { sentences: 3 })).toEqual(first);
    expect(first).toEqual(rankSentences(doc.blocks, { sentences: 3 }));
  });

  it('ranks a 50-page contract: ten distinct picks spread over the document', () => {
    // Varied synthetic prose: a seeded walk over a legal vocabulary, so sentences are not near-copies.
    const words = 'supplier customer shall deliver goods services invoice payment fee warranty defect repair replace notice breach cure terminate renew term period liability damages indemnify claim loss insurance policy premium confidential information disclose recipient purpose assign consent affiliate successor law court venue arbitration dispute escrow audit record report schedule milestone acceptance test specification license software source code update support maintenance security data breach subcontractor personnel key employee non-solicit exclusivity territory product price discount rebate tax withholding currency interest late force majeure event delay suspension refund credit'.split(' ');
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const sentence = () => Array.from({ length: 18 + Math.floor(next() * 20) }, () => words[Math.floor(next() * words.length)]).join(' ');
    const paragraphs = Array.from({ length: 50 * 12 }, (_, i) => ({ text: `The ${sentence()}. It ${sentence()}.`, page: Math.floor(i / 12) + 1 }));
    const big = makeDoc(paragraphs);
    expect(big.pages.reduce((n, p) => n + p.text.length, 0)).toBeGreaterThan(150_000);
    // Speed is measured by `npm run bench -- extractive`, not asserted here (tests never time a shared machine).
    const picks = rankSentences(big.blocks, { sentences: 10 });
    expect(picks).toHaveLength(10);
    expect(new Set(picks.map((p) => p.text)).size).toBe(10);
    expect(new Set(picks.map((p) => p.citation.page)).size).toBeGreaterThan(1);
  });
});

describe('extractive summary layout', () => {
  it('opens with an Overview written from the key terms, each fact cited', async () => {
    const { extractiveSummary } = await import('../../../electron/core/terms/extractiveSummary');
    const withPreamble = makeDoc([
      'This Supply Agreement is dated as of 2 May 2022 and made between Acme Components Ltd (“Supplier”) and Beta Motors plc (“Buyer”).',
      ...doc.blocks.slice(1).map((b) => ({ text: b.text, ...(b.clause ? { clause: b.clause } : {}), kind: b.kind })),
    ]);
    const { markdown, overview } = extractiveSummary(withPreamble.blocks, { sentences: 4 });
    expect(markdown.split('\n').slice(0, 4)).toEqual(['## Overview', '', '- This Supply Agreement is between Acme Components Ltd ("Supplier") and Beta Motors plc ("Buyer"). [p. 1]', '- It is dated May 2, 2022. [p. 1]']);
    expect(overview[0]!.citations).toEqual([{ blockId: 'p1.1', page: 1 }]);
  });
});
