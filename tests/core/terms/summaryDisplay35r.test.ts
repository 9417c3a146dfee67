import { describe, expect, it } from 'vitest';
import { displayText, spelledWords } from '../../../electron/core/terms/displayText';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

describe('a word broken at a line end is mended in the shown text', () => {
  it('joins the pieces when the document spells the whole word elsewhere', () => {
    const spelled = spelledWords(['The Grower shall give notice stating the delay.', 'Each delivery is weighed at the mill.']);
    expect(displayText('The Mill may end the season on notice stat- ing the defect.', spelled)).toBe('The Mill may end the season on notice stating the defect.');
    expect(displayText('Each deliv- ery is weighed twice.', spelled)).toBe('Each delivery is weighed twice.');
  });

  it('joins the pieces when they make an English word and the second piece is none', () => {
    const spelled = spelledWords(['The Mill buys barley.']);
    expect(displayText('The Mill may rely on any rep- resentation in the delivery note.', spelled)).toBe('The Mill may rely on any representation in the delivery note.');
  });

  it('keeps the hyphen, without the space, when the document spells the word with it', () => {
    const spelled = spelledWords(['This is a non-exclusive licence to mill the grain.']);
    expect(displayText('The Grower grants a non- exclusive right to store grain.', spelled)).toBe('The Grower grants a non-exclusive right to store grain.');
  });

  it('leaves a compound the document does not settle, and text without the words of its document', () => {
    const spelled = spelledWords(['The Mill buys barley.']);
    // "exclusive" is a word: "non- exclusive" may be a compound, and "nonexclusive" would be a guess.
    expect(displayText('The Grower grants a non- exclusive right to store grain.', spelled)).toBe('The Grower grants a non- exclusive right to store grain.');
    // Figures and a capital second piece are no broken word; without the document's words nothing is joined.
    expect(displayText('Interest runs at 1- 1/2% a month under case T- 409.', spelled)).toBe('Interest runs at 1- 1/2% a month under case T- 409.');
    expect(displayText('The Mill may rely on any rep- resentation in the delivery note.')).toBe('The Mill may rely on any rep- resentation in the delivery note.');
  });

  it('shows the mended word in the summary and cites the block as the document has it', () => {
    const doc = makeDoc([
      'This Supply Agreement is made between Fenmoor Mills Limited ("Mill") and Ashcombe Growers LLP ("Grower").',
      { text: 'The Grower shall deliver the barley to the Mill each month, and the Mill shall pay for each deliv- ery within thirty days of its invoice.', clause: '4' },
      { text: 'The Mill shall store every delivery apart from other grain until it is milled.', clause: '5' },
    ]);
    const point = extractiveSummary(doc.blocks, { sentences: 8 }).points.find((p) => p.text.includes('within thirty days'));
    expect(point?.text).toContain('for each delivery within');
    expect(doc.blocks.find((b) => b.id === point?.citations[0]?.blockId)?.text).toContain('each deliv- ery');
  });
});
