import { describe, expect, it } from 'vitest';
import { titleOf } from './titleProbe';

const opening = 'This Spare Parts Supply Agreement (this "Agreement") is entered into as of 12 October 2019 by and between Halloway Machine Works, Inc. ("Halloway") and Brisket Rail Services LLC ("Brisket").';

describe('an opening line with a very long run of spaces', () => {
  it('is read in linear time, and a contents heading run into the title still goes', () => {
    const started = performance.now();
    // A contents heading is looked for at the end of every opening line; a long run of spaces before a line's last
    // word must be passed once, not once for every space in it.
    expect(titleOf([`SPARE PARTS SUPPLY AGREEMENT${' '.repeat(100_000)}x`], opening)).toBeDefined();
    // A generous bound: the pattern that retried every space took about ten seconds here.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(titleOf(['SPARE PARTS SUPPLY AGREEMENT   TABLE OF CONTENTS', '1. DEFINITIONS .......... 2'], opening)).toBe('SPARE PARTS SUPPLY AGREEMENT');
  });
});
