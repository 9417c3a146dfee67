/**
 * A title that names the instrument and then a subject too long to be part of a title ("Cooperation Agreement of 60MW
 * Wind Farm Construction Project …") gives the instrument's name; a short subject stays in the title. A plain text that
 * runs the heading into the parties' role lines ("… Party A: Kestrel Holdings Co., Ltd. Party B: …") ends the heading at
 * "Party A:". Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, titleOfText } from './titleProbe';

const LONG = 'Cooperation Agreement of 60MW Wind Farm Construction Project in the Northvale Industrial Park of Eastern Kestrel County';
const SHORT = 'Cooperation Agreement of the Northvale Wind Farm Project';
const OPENING = 'Party A and Party B, on the principle of equality and mutual benefit, reach the following agreement on the project.';

describe('a title with a long subject', () => {
  it('gives the instrument\'s name when the subject is too long for a title', () => {
    expect(titleOf([LONG, 'Party A: Kestrel Holdings Co., Ltd.', 'Party B: Northvale Energy Co., Ltd.'], OPENING)).toBe('Cooperation Agreement');
  });
  it('keeps a short subject', () => {
    expect(titleOf([SHORT, 'Party A: Kestrel Holdings Co., Ltd.', 'Party B: Northvale Energy Co., Ltd.'], OPENING)).toBe(SHORT);
  });
});

describe('a heading run into the role lines of a plain text', () => {
  it('ends the heading at "Party A:"', async () => {
    expect(await titleOfText(`Exhibit 10.9   ${LONG}   Party A: Kestrel Holdings Co., Ltd. Party B: Northvale Energy Co., Ltd.   ${OPENING}`)).toBe('Cooperation Agreement');
    expect(await titleOfText(`${SHORT}   Party A: Kestrel Holdings Co., Ltd. Party B: Northvale Energy Co., Ltd.   ${OPENING}`)).toBe(SHORT);
  });
  it('does not read a sentence that names Party A as a title', async () => {
    expect(await titleOfText(`The Grower shall deliver the seedlings under this Agreement to Party A: Kestrel Holdings Co., Ltd. receives them.   ${OPENING}`)).toBeUndefined();
  });
});
