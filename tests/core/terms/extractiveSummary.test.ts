import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { makeDoc } from './docFixture';

const contract = makeDoc([
  { text: 'SUPPLY AGREEMENT', kind: 'heading' },
  'This Supply Agreement is dated as of 2 May 2022 and made between Acme Components Ltd (“Supplier”) and Beta Motors plc (“Buyer”).',
  { text: 'The initial term of this Agreement is two (2) years from the date of this Agreement.', clause: '2.1' },
  { text: 'This Agreement renews automatically for successive one (1) year periods unless either party gives ninety (90) days notice of non-renewal before the end of the then-current term.', clause: '2.2' },
  { text: 'Buyer shall pay each invoice within thirty (30) days of receipt.', clause: '3.1' },
  { text: 'However, late payments bear interest at 1% per month.', clause: '3.2' },
  { text: '(b) Supplier shall deliver the goods to the plant of the Buyer.', clause: '4.1' },
  { text: 'Supplier shall maintain product liability insurance of at least $5,000,000.', clause: '5.1' },
  { text: 'This Agreement is governed by the laws of the State of Michigan.', clause: '9.1', page: 2 },
]);

describe('model-free summary', () => {
  const summary = extractiveSummary(contract.blocks, { sentences: 8 });

  it('writes the Overview from the key terms: what, between whom, from when, how long, renewal, which law', () => {
    expect(summary.overview.map((p) => p.text)).toEqual([
      'This Supply Agreement is between Acme Components Ltd ("Supplier") and Beta Motors plc ("Buyer").',
      'It is dated May 2, 2022.',
      'It runs until May 2, 2024 (2 years from the agreement date).',
      'It renews automatically for periods of 1 year, unless a party gives notice 90 days before the term ends.',
      'The law of Michigan (United States) governs it.',
    ]);
    // Each fact cites the blocks it was read from: the term clause and the date it counts from, the law clause.
    expect(summary.overview[2]!.citations.map((c) => c.blockId)).toEqual(['p1.3', 'p1.2']);
    expect(summary.overview[4]!.citations).toEqual([{ blockId: 'p2.1', page: 2, clause: '9.1' }]);
    expect(summary.markdown).toContain('- The law of Michigan (United States) governs it. [p. 2, §9.1]');
  });

  it('never picks a sentence that needs the one before it', () => {
    const texts = summary.points.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('However'))).toBe(false);
    expect(texts.some((t) => t.startsWith('(b)'))).toBe(false);
    expect(texts).toContain('Supplier shall maintain product liability insurance of at least $5,000,000.');
  });

  it('does not repeat a sentence the Overview states, and still shows another sentence of its block', () => {
    const shared = makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement is dated as of 2 May 2022 and made between Acme Components Ltd (“Supplier”) and Beta Motors plc (“Buyer”).',
      { text: 'Buyer shall pay each invoice within thirty (30) days of receipt.', clause: '3.1' },
      { text: 'This Agreement is governed by the laws of the State of Michigan. All hearings under this Agreement shall be conducted in English before a single arbitrator.', clause: '9.1', page: 2 },
    ]);
    const s = extractiveSummary(shared.blocks, { sentences: 8 });
    expect(s.overview.map((p) => p.text)).toContain('The law of Michigan (United States) governs it.');
    const shown = s.points.filter((p) => !s.overview.includes(p)).map((p) => p.text);
    expect(shown).toContain('All hearings under this Agreement shall be conducted in English before a single arbitrator.');
    expect(shown.some((t) => /governed by/.test(t))).toBe(false);
  });

  it('states a term that ends on an event by the sentence that says so, in its place among the facts', () => {
    const eventTerm = makeDoc([
      { text: 'RESEARCH AGREEMENT', kind: 'heading' },
      'This Research Agreement is dated as of 2 May 2022 and made between Acme Components Ltd (“Supplier”) and Beta Motors plc (“Buyer”).',
      { text: 'Unless earlier terminated, this Agreement will be in effect from the Effective Date until completion of the Research Program.', clause: '4.1', section: ['Duration'] },
      { text: 'Buyer shall pay each invoice within thirty (30) days of receipt.', clause: '5.1' },
      { text: 'This Agreement is governed by the laws of the State of Michigan.', clause: '9.1', page: 2 },
    ]);
    const s = extractiveSummary(eventTerm.blocks, { sentences: 4 });
    expect(s.overview.map((p) => p.text)).toEqual([
      'This Research Agreement is between Acme Components Ltd ("Supplier") and Beta Motors plc ("Buyer").',
      'It is dated May 2, 2022.',
      'Its term: Unless earlier terminated, this Agreement will be in effect from the Effective Date until completion of the Research Program.',
      'The law of Michigan (United States) governs it.',
    ]);
    expect(s.overview[2]!.citations).toEqual([{ blockId: 'p1.3', page: 1, clause: '4.1' }]);
    // The contract above has an end date, so no sentence stands in for it.
    expect(summary.overview.some((p) => p.text.startsWith('Its term:'))).toBe(false);
  });

  it('files each sentence under its clause type: payment under Key terms, liability and indemnity under Risks, dated duties under Dates, the rest by who owes them', () => {
    const doc = makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement is made between Acme Components Ltd ("Provider") and Beta Motors plc ("Customer").',
      { text: 'Customer shall pay the monthly charges stated in the order form.', clause: '3.1', section: ['Fees and Payment'] },
      { text: 'Neither party is liable for indirect or consequential loss arising from the services.', clause: '7.1', section: ['Limitation of Liability'] },
      { text: 'Provider shall defend Customer against third-party claims that the services infringe a patent.', clause: '8.1', section: ['Indemnification'] },
      // "exclusive of" means "not counting": it is an amount to forward, not an exclusivity risk.
      { text: 'Provider shall forward the amounts it collects, exclusive of its commission, within sixty (60) days after each month ends.', clause: '4.2' },
      // "As is" disclaims only as a phrase of its own; "as is reasonably necessary" compares.
      { text: 'The hosted reports are provided "as is", without any warranty of accuracy.', clause: '6.1' },
      { text: 'Customer shall give Provider such access to its premises as is reasonably necessary for the installation.', clause: '6.2' },
      { text: 'Provider shall keep the servers in a locked room.', clause: '5.1' },
      { text: 'Customer shall name one contact person for support requests.', clause: '5.2' },
      { text: 'Provider shall answer support requests from that contact person.', clause: '5.3' },
    ]);
    const s = extractiveSummary(doc.blocks, { sentences: 12 });
    const sectionOf = (start: string) => {
      const at = s.markdown.indexOf(`- ${start}`);
      expect(at, start).toBeGreaterThan(-1);
      return [...s.markdown.slice(0, at).matchAll(/^## (.+)$/gm)].at(-1)?.[1];
    };
    expect(sectionOf('Customer shall pay the monthly charges')).toBe('Key terms');
    expect(sectionOf('Neither party is liable')).toBe('Risks and unusual clauses');
    expect(sectionOf('Provider shall defend Customer')).toBe('Risks and unusual clauses');
    expect(sectionOf('Provider shall forward the amounts')).toBe('Dates and deadlines');
    expect(sectionOf('The hosted reports are provided')).toBe('Risks and unusual clauses');
    expect(sectionOf('Customer shall give Provider such access')).toBe('Obligations');
    // Obligations grouped by who owes them: the Customer's, then the Provider's, each in reading order.
    const obligations = s.markdown.split('## Obligations\n\n')[1]?.split('\n\n')[0]?.split('\n').map((l) => l.split(' shall')[0]);
    expect(obligations).toEqual(['- Customer', '- Customer', '- Provider', '- Provider']);
  });

  it('shows a very long Risks sentence by its operative part, cited to its clause', () => {
    const trigger =
      'If either party (a) files a voluntary petition in bankruptcy or has an involuntary petition filed against it that is not dismissed within sixty (60) days, ' +
      '(b) makes a general assignment for the benefit of its creditors or admits in writing its inability to pay its debts as they fall due, ' +
      '(c) has a receiver, trustee or similar officer appointed for all or a substantial part of its property or business, or ' +
      '(d) takes any corporate action for its winding up, dissolution or liquidation, other than a solvent reorganisation approved in advance in writing by the other party, ' +
      'then the other party may terminate this Agreement with immediate effect by written notice.';
    const doc = makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement is made between Acme Components Ltd ("Provider") and Beta Motors plc ("Customer").',
      { text: 'Customer shall pay the monthly charges stated in the order form.', clause: '3.1', section: ['Fees and Payment'] },
      { text: trigger, clause: '11.2', section: ['Termination'], page: 3 },
    ]);
    const s = extractiveSummary(doc.blocks, { sentences: 4 });
    const risks = s.markdown.split('## Risks and unusual clauses\n\n')[1]?.split('\n\n')[0]?.trim();
    expect(risks).toBe(
      '- If either party (a) files a voluntary petition in bankruptcy or has an involuntary petition filed against it that is not dismissed within sixty (60) days … ' +
        '(d) takes any corporate action for its winding up, dissolution or liquidation, other than a solvent reorganisation approved in advance in writing by the other party, then the other party may terminate this Agreement with immediate effect by written notice. [p. 3, §11.2]',
    );
    expect(s.points.find((p) => p.text.startsWith('If either party'))?.citations).toEqual([{ blockId: 'p3.1', page: 3, clause: '11.2' }]);
  });

  it('shows a very long Key terms sentence by its lead-in and first item, read by the key-term words', () => {
    const fees =
      'In consideration of the Services, the Customer shall pay to the Provider, in the currency and to the account named in the order form: ' +
      '(a) a monthly service fee of four thousand five hundred dollars ($4,500) for each site at which the Services are provided during that month, invoiced in advance on the first business day of the month; ' +
      '(b) the reasonable travel and subsistence expenses of the Provider’s engineers for visits to a site requested by the Customer, invoiced monthly in arrears with receipts; and ' +
      '(c) for work outside the scope of the Services that the Customer orders in writing, the time spent at the daily rates in the Provider’s rate card then in force.';
    const doc = makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement is made between Acme Components Ltd ("Provider") and Beta Motors plc ("Customer").',
      { text: fees, clause: '4.1', section: ['Fees and Payment'] },
    ]);
    const s = extractiveSummary(doc.blocks, { sentences: 4 });
    expect(s.markdown).toContain('## Key terms');
    expect(s.points.map((p) => p.text)).toContain(
      'In consideration of the Services, the Customer shall pay to the Provider, in the currency and to the account named in the order form: ' +
        '(a) a monthly service fee of four thousand five hundred dollars ($4,500) for each site at which the Services are provided during that month, invoiced in advance on the first business day of the month …',
    );
  });

  it('falls back to the most central sentence when there are no key terms to speak of', () => {
    const plain = makeDoc(['we may change these terms at any time. you can delete your account whenever you like. we keep your data for thirty days after that.']);
    const s = extractiveSummary(plain.blocks, { sentences: 2 });
    expect(s.overview).toEqual([]);
    expect(s.markdown.startsWith('## Overview\n\n')).toBe(true);
    expect(s.points.length).toBeGreaterThan(0);
  });
});

describe('needsPrevious', () => {
  it.each([
    ['However, late payments bear interest.', true],
    ['Such notice shall be in writing.', true],
    ['The foregoing shall not apply to fraud.', true],
    ['(b) Supplier shall deliver the goods.', true],
    ['Notwithstanding the foregoing, either party may terminate.', true],
    ['It will be delivered promptly.', true],
    ['and the Buyer shall pay.', true],
    ['This Agreement is governed by the laws of Ontario.', false],
    ['(a) Supplier shall deliver the goods.', false],
    ['Supplier shall deliver the goods.', false],
    ['In such cases you may use the content under its licence.', true],
    ['Any such changes will not apply retroactively.', true],
    ['Upon such termination, this Agreement has no further effect.', true],
    ['(a) Such payment shall be made only once.', true],
    ['Without limiting the foregoing, the Company acknowledges the risk.', true],
    ['Notwithstanding the preceding sentence, the earlier agreement remains in effect.', true],
    ['Licensee may make such changes as the law requires.', false],
    ['Materials such as logos remain ours.', false],
    ['The committee will thereafter meet to agree the next budget.', true],
    ['Buyer shall thereupon return every unused unit.', true],
    // At a sentence end "thereafter" points inside the sentence: the period it names is stated there.
    ['Each party shall keep the information secret during the Term and for three years thereafter.', false],
  ])('%s → %s', (text, expected) => {
    expect(needsPrevious(text)).toBe(expected);
  });

  it('does not read a lower-case start as a fragment in lower-cased text', () => {
    expect(needsPrevious('we may change these terms at any time.', { cased: false })).toBe(false);
    expect(needsPrevious('however we may change these terms.', { cased: false })).toBe(true);
  });
});

describe('a document that is not a contract', () => {
  const recipe = makeDoc([
    { text: 'Orchard Crumble', kind: 'heading' },
    'Peel and slice six apples into a dish.',
    'Rub the butter into the flour and sugar until it looks like breadcrumbs.',
    'Scatter the crumble over the apples and bake for forty minutes until golden.',
  ]);

  it('says no sentence reads as a contract term and what to check, not that it has no sentences', () => {
    const s = extractiveSummary(recipe.blocks, { sentences: 8 });
    expect(s.points).toEqual([]);
    expect(s.markdown).toMatch(/^## Overview\n\nNo sentence of this document reads as a term of a contract/);
    expect(s.markdown).toMatch(/Check that it is the contract you meant to add\./);
    expect(s.markdown).not.toMatch(/has no sentences/);
  });

  it('leaves a contract\'s summary as it is', () => {
    expect(extractiveSummary(contract.blocks, { sentences: 8 }).markdown).not.toMatch(/reads as a term of a contract/);
  });
});
