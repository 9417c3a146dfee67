/**
 * A clause beside a signature block or a notice address is prose like any other: its headings and terms ("Third-Party
 * Trademarks") stay readable, while the names of the block and of the notice clause itself are still hidden. Every
 * contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const CONTRACT = [
  'LICENSE AGREEMENT',
  'This License Agreement is made on 3 March 2021 between Quillmarsh Holdings, Inc., a Delaware corporation ("Quillmarsh"), and Velmora Tek GmbH, a company organised in Germany ("Velmora").',
  '1. Licence. Quillmarsh grants Velmora a licence to use the Licensed Marks in the territory.',
  ...Array.from({ length: 12 }, (_, k) => `${k + 2}. Terms. Clause ${k + 2} applies to each order placed under this agreement.`),
  '14. Notices. All notices shall be in writing and sent to the party at its address below, with a copy to Orrin Vale Brackett LLP, attention Tamsin Reeve.',
  '(d) Third-Party Trademarks. Except as otherwise expressly provided herein, nothing in this agreement confers on the licensee any right to use the marks of any other person.',
  'IN WITNESS WHEREOF, the parties have signed this Agreement.',
  'QUILLMARSH HOLDINGS, INC. | VELMORA TEK GMBH',
  'By: /s/ Imogen Taverly | By: /s/ Rafe Quillon',
  'Name: Imogen Taverly | Name: Rafe Quillon',
];

describe('prose beside a signature block or a notice address', () => {
  it('keeps the headings of a clause near the signatures readable', () => {
    const prep = prepareForCloud(paragraphDocument(CONTRACT), { redact: true });
    expect(prep.previewText).toContain('(d) Third-Party Trademarks. Except as otherwise');
    expect(findPartyNames(paragraphDocument(CONTRACT)).map((n) => n.name)).not.toContain('Third-Party Trademarks');
  });

  it('still hides the names of the notice clause and of the signature block', () => {
    const prep = prepareForCloud(paragraphDocument(CONTRACT), { redact: true });
    expect(prep.previewText).not.toMatch(/Quillmarsh|QUILLMARSH|Velmora|VELMORA|Orrin|Brackett|Tamsin|Reeve|Imogen|Taverly|Rafe|Quillon/);
    const names = findPartyNames(paragraphDocument(CONTRACT)).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Orrin Vale Brackett LLP', 'Tamsin Reeve', 'Imogen Taverly', 'Rafe Quillon']));
  });
});
