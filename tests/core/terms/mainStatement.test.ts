import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { mainStatement } from '../../../electron/core/terms/mainStatement';
import { makeDoc } from './docFixture';

const words = (s: string): number => s.split(/\s+/).length;

// Invented clauses, written for these tests, in the shape long confidentiality and audit sentences take.
const MAIN =
  'The Recipient shall hold all Confidential Information received from the Discloser in strict confidence, shall use it only for the purpose of evaluating and performing the services described in the statement of work, and shall not disclose it to any person other than its own employees and professional advisers who need to know it for that purpose and who are bound by written duties of confidence no less protective than those set out in this clause';
const PROVISO =
  'provided, however, that the Recipient may disclose Confidential Information that a court, regulator or stock exchange of competent jurisdiction requires it to disclose, after giving the Discloser prompt written notice of the requirement where the law allows it and cooperating with any reasonable effort of the Discloser to obtain a protective order or other appropriate remedy.';

describe('mainStatement', () => {
  it('shows a long sentence without a list up to its top-level semicolon, marking the rest with an ellipsis', () => {
    const sentence = `${MAIN}; ${PROVISO}`;
    expect(words(sentence)).toBeGreaterThan(80);
    const shown = mainStatement(sentence);
    expect(shown).toBe(`${MAIN} …`);
    expect(words(shown)).toBeLessThanOrEqual(0.75 * words(sentence));
  });

  it('cuts before a proviso introduced by a comma', () => {
    expect(mainStatement(`${MAIN}, ${PROVISO.replace('provided, however, that', 'provided that')}`)).toBe(`${MAIN} …`);
    expect(mainStatement(`${MAIN}, ${PROVISO.replace('provided, however, that', 'provided, that')}`)).toBe(`${MAIN} …`);
  });

  it('keeps the sentence whole when the part after the break holds a figure', () => {
    const withFigure = `${MAIN}; ${PROVISO.replace('prompt written notice', 'at least ten (10) days’ written notice')}`;
    expect(mainStatement(withFigure)).toBe(withFigure);
    const withAmount = `${MAIN}; provided that the Recipient’s liability for a breach of this clause shall not exceed $250,000 in aggregate over the whole term of this agreement and any renewal of it.`;
    expect(mainStatement(withAmount)).toBe(withAmount);
  });

  it('does not break inside parentheses or quotes', () => {
    const inParentheses = `${MAIN.replace('performing the services', 'performing the services (as the parties may agree them in writing; never more than the order states)')}.`;
    expect(mainStatement(inParentheses)).toBe(inParentheses);
    const inQuotes = `${MAIN.replace('performing the services', 'performing the “services; and deliverables, reports and working papers of every kind”')}.`;
    expect(mainStatement(inQuotes)).toBe(inQuotes);
  });

  it('leaves short sentences, lettered lists and sentences that open with their condition whole', () => {
    const short = 'The Recipient shall keep the information confidential; provided that it may disclose it to its advisers.';
    expect(mainStatement(short)).toBe(short);
    const listed = `${MAIN.replace('for that purpose', 'for that purpose, namely (a) its officers and (b) its auditors,')}; ${PROVISO}`;
    expect(mainStatement(listed)).toBe(listed);
    const conditional = `If the Recipient learns of any unauthorised use of the information, ${MAIN.replace('The Recipient shall', 'it shall')}; ${PROVISO}`;
    expect(mainStatement(conditional)).toBe(conditional);
  });

  it('keeps a sentence whole when the cut would leave too little or take too little', () => {
    const tooLittleKept = `The Recipient shall keep it secret; ${MAIN.replace('The Recipient shall', 'it shall')} and ${PROVISO}`;
    expect(mainStatement(tooLittleKept)).toBe(tooLittleKept);
    const tooLittleCut = `${MAIN}, and shall return it on request; provided that it may keep one archive copy.`;
    expect(mainStatement(tooLittleCut)).toBe(tooLittleCut);
  });
});

describe('model-free summary, long sentences without a list', () => {
  it('shows the main statement with the clause citation', () => {
    const doc = makeDoc([
      { text: 'CONSULTING AGREEMENT', kind: 'heading' },
      'This Consulting Agreement is made between Larkspur Analytics LLC ("Consultant") and Merrow Foods Inc. ("Client").',
      { text: `${MAIN}; ${PROVISO}`, clause: '9.2', section: ['Confidentiality'], page: 4 },
    ]);
    const s = extractiveSummary(doc.blocks, { sentences: 4 });
    const point = s.points.find((p) => p.text.startsWith('The Recipient shall hold'))!;
    expect(point.text).toBe(`${MAIN} …`);
    expect(point.citations).toEqual([{ blockId: 'p4.1', page: 4, clause: '9.2' }]);
    expect(s.markdown).toContain(`${MAIN} … [p. 4, §9.2]`);
  });
});
