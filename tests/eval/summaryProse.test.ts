import { describe, expect, it } from 'vitest';
import { summaryProse } from './summaryProse';

describe('summaryProse', () => {
  it('drops headings, bullets and every citation form at the end of a line', () => {
    const md = [
      '# Terms',
      '',
      '## Overview',
      '',
      'You may cancel at any time. [¶ 1]',
      '',
      '## Key terms',
      '',
      '- Fees are due monthly. [p. 2, §4.1] [p. 3]',
      '- The scan says so. [p. 3, scanned, 82 %]',
      '- Either party may end it. [§7.2]',
      '- Texas law governs. [ARTICLE IV]',
    ].join('\n');
    expect(summaryProse(md)).toBe('You may cancel at any time. Fees are due monthly. The scan says so. Either party may end it. Texas law governs.');
  });

  it('keeps brackets inside a sentence', () => {
    expect(summaryProse('- Supplier [*] shall deliver the goods. [p. 1]')).toBe('Supplier [*] shall deliver the goods.');
  });
});
