import { describe, expect, it } from 'vitest';
import { titleOfText } from './titleProbe';

// A long agreement may set a contents page between its title and its opening sentence. The title is read as if
// the two stood together: a heading run into a filing legend, or a title given only in the opening sentence, is
// found with the contents page there as without it.
const contents = (n: number): string =>
  ['TABLE OF CONTENTS', Array.from({ length: n }, (_, k) => `${k + 1}. ${['DEFINITIONS', 'SERVICES', 'FEES AND PAYMENT', 'TERM AND TERMINATION', 'CONFIDENTIALITY', 'GENERAL'][k % 6]} ${'.'.repeat(30)} ${1 + Math.floor(k / 3)}`).join('\n')].join('\n\n');

const legend = 'PORTIONS OF THIS EXHIBIT MARKED [***] HAVE BEEN LEFT OUT AND FILED APART UNDER A REQUEST FOR CONFIDENTIAL HANDLING. HOSTING AGREEMENT';
const opening = 'This Hosting Agreement is made on 4 May 2021 between Quillon Data Ltd (the "Provider") and Marrow Foods plc (the "Customer").';

describe('a contents page between the title and the opening', () => {
  it('leaves a title run into the legend above it readable', async () => {
    expect(await titleOfText(`${legend}\n\n${opening}`)).toBe('HOSTING AGREEMENT');
    expect(await titleOfText(`${legend}\n\n${contents(12)}\n\n${opening}`)).toBe('HOSTING AGREEMENT');
  });

  it('leaves the name the opening sentence gives readable after a long contents page', async () => {
    const named = 'Exhibit 10.4\n\nExecution version THIS FLEET MAINTENANCE AGREEMENT (THE "AGREEMENT") IS MADE ON 9 MARCH 2020:\n\nBETWEEN:\n\nORRIN AIR LTD (as Customer)';
    expect(await titleOfText(named)).toBe('FLEET MAINTENANCE AGREEMENT');
    const [cover, ...rest] = named.split('\n\n');
    expect(await titleOfText([cover, contents(40), ...rest].join('\n\n'))).toBe('FLEET MAINTENANCE AGREEMENT');
  });

  it('reads a contents page set in "Article" lines and a "Page" column the same way', async () => {
    const articles = ['CONTENTS', 'Page', ['ARTICLE I DEFINITIONS 1', 'ARTICLE II LICENCE GRANT 3', 'ARTICLE III ROYALTIES 5', 'ARTICLE IV TERM 8'].join('\n')].join('\n\n');
    expect(await titleOfText(`${legend}\n\n${articles}\n\n${opening}`)).toBe('HOSTING AGREEMENT');
  });
});

describe('a contents heading a PDF reader joined to the title line', () => {
  it('leaves the title before it', async () => {
    const { extractKeyTerms } = await import('../../../electron/core/terms/extractKeyTerms');
    const { makeDoc } = await import('./docFixture');
    const entries = ['1. DEFINITIONS ............ 1', '2. SERVICES .............. 2', '3. TERM AND TERMINATION .... 4'];
    const doc = makeDoc([{ text: 'HOSTING AGREEMENT TABLE OF CONTENTS', kind: 'heading' }, ...entries, 'This Hosting Agreement is made on 4 May 2021 between Quillon Data Ltd (the "Provider") and Marrow Foods plc (the "Customer").']);
    expect(extractKeyTerms(doc).terms.title?.value).toBe('HOSTING AGREEMENT');
  });
});
