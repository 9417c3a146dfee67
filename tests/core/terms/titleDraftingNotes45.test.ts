/**
 * A drafter's note in square brackets around a title ("[FORM OF] SUPPLY AGREEMENT", "[DRAFT] …", "… [Execution Version]")
 * is no template blank: the title is read without the brackets, keeping "Form of" as a caption without them keeps it. A
 * bracket that leaves a name to fill in ("[Company Name] Supply Agreement") is still a blank. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';
import { titleOf, titleOfText } from './titleProbe';

const OPENING = 'This Agreement is made as of May 5, 2020 between Harbor Lane Inc. and Kestrel LLC.';

describe('a drafter\'s note in square brackets around a title', () => {
  it.each([
    ['[FORM OF] SUPPLY AGREEMENT', 'FORM OF SUPPLY AGREEMENT'],
    ['[Form of] Supply Agreement', 'Form of Supply Agreement'],
    ['[DRAFT] SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['SUPPLY AGREEMENT [Execution Version]', 'SUPPLY AGREEMENT'],
    ['FORM OF SUPPLY AGREEMENT [DRAFT]', 'FORM OF SUPPLY AGREEMENT'],
  ])('reads %s as %s, in a heading and in a plain text', async (heading, want) => {
    expect(titleOf([heading], OPENING)).toBe(want);
    expect(await titleOfText(`${heading}\n\n${OPENING}`)).toBe(want);
    expect(extractKeyTerms(makeDoc([{ text: heading, kind: 'heading' }, OPENING])).terms.title?.blank).toBeFalsy();
  });

  it('leaves a bracket to fill in as a blank', () => {
    const title = extractKeyTerms(makeDoc([{ text: '[Company Name] SUPPLY AGREEMENT', kind: 'heading' }, OPENING])).terms.title;
    expect(title?.blank).toBe(true);
    expect(titleOf(['SUPPLY AGREEMENT [Customer Name]'], OPENING)).not.toBe('SUPPLY AGREEMENT');
  });

  it('reads a crafted run of brackets and spaces in linear time', () => {
    const started = performance.now();
    for (const heading of [`[${' '.repeat(100_000)}] SUPPLY AGREEMENT`, `SUPPLY AGREEMENT ${'['.repeat(100_000)}]`, `SUPPLY AGREEMENT [DRAFT${' '.repeat(100_000)}`, `${'[DRAFT] '.repeat(12_500)}SUPPLY AGREEMENT`]) titleOf([heading], OPENING);
    // A generous bound: each input takes well under a second.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
