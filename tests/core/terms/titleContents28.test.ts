import { describe, expect, it } from 'vitest';
import { titleOfText } from './titleProbe';

// A contents page that runs over several pages repeats its heading ("TABLE OF CONTENTS (continued)"), and a long
// agreement may set a short contents list on its cover and the full one after it. Every such list is read past: the
// title before them and the opening sentence after them are read as if they stood together.
const entries = (from: number, n: number): string =>
  Array.from({ length: n }, (_, k) => `${from + k}. ${['DEFINITIONS', 'SUPPLY OF PARTS', 'PRICES AND PAYMENT', 'TERM AND TERMINATION', 'CONFIDENTIALITY', 'GENERAL'][k % 6]} ${'.'.repeat(24)} ${2 + k}`).join('\n');

const legend = 'PORTIONS OF THIS EXHIBIT MARKED [***] HAVE BEEN LEFT OUT AND FILED APART UNDER A REQUEST FOR CONFIDENTIAL HANDLING.';
// No title line: the agreement's name is read from the opening sentence after the lists.
const opening = 'This Spare Parts Supply Agreement (this "Agreement") is entered into as of 12 October 2019 by and between Halloway Machine Works, Inc. ("Halloway") and Brisket Rail Services LLC ("Brisket").';

describe('a contents page that runs over more than one page', () => {
  it('is read past where the page repeats its heading "(continued)"', async () => {
    const continued = ['TABLE OF CONTENTS', entries(1, 14), 'TABLE OF CONTENTS (continued)', entries(15, 30)].join('\n\n');
    expect(await titleOfText(`Exhibit 10.7\n\n${legend}\n\n${continued}\n\n${opening}`)).toBe('Spare Parts Supply Agreement');
  });

  it('reads past two contents lists, a cover\'s short one and the full one', async () => {
    const twice = ['Contents', entries(1, 6), 'TABLE OF CONTENTS', entries(1, 24)].join('\n\n');
    expect(await titleOfText(`Exhibit 10.7\n\n${legend}\n\n${twice}\n\n${opening}`)).toBe('Spare Parts Supply Agreement');
  });
});

describe('a title line with a typed rule run into it', () => {
  // A reader may run a rule of underscores (or "=====", "-----") into the title line after it, with the filing's exhibit
  // mark before: the title is what follows the rule.
  it('is the words after the rule', async () => {
    for (const rule of ['_'.repeat(70), '='.repeat(40), '-'.repeat(40)]) {
      expect(await titleOfText(`Exhibit 10.7 ${rule} SPARE PARTS SUPPLY AGREEMENT\n\n${opening}`)).toBe('SPARE PARTS SUPPLY AGREEMENT');
      expect(await titleOfText(`${rule} SPARE PARTS SUPPLY AGREEMENT\n\n${opening}`)).toBe('SPARE PARTS SUPPLY AGREEMENT');
    }
  });

  it('keeps a title the rule underlines, run into the opening after it', async () => {
    const underlined = `Exhibit 10.7\n\nHalloway File No. 417\n\nSPARE PARTS SUPPLY AGREEMENT ${'-'.repeat(28)} THIS AGREEMENT made as of the 12th day of October 2019 between Halloway Machine Works, Inc. ("Halloway") and Brisket Rail Services LLC ("Brisket").`;
    expect(await titleOfText(underlined)).toBe('SPARE PARTS SUPPLY AGREEMENT');
  });

  it('is not a blank to fill in further along the line', async () => {
    const runOn = 'Spare Parts Supply Agreement FOR RAIL DEPOTS This Spare Parts Supply Agreement for Rail Depots (the "Agreement") is effective this ______ day of ____________, 2019, by and among Halloway Machine Works, Inc. ("Halloway") and Brisket Rail Services LLC ("Brisket"), on the one hand, and ______________ ("Depot Operator"), on the other hand.';
    expect(await titleOfText(runOn)).toBe('Spare Parts Supply Agreement FOR RAIL DEPOTS');
  });
});
