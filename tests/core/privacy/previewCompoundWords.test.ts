/**
 * A word joined from the contract's own words ("Product-Specific", "Opt-In", "DESCRIPTION/OBJECTIVES") marks no name,
 * though the contract never writes the compound itself in lower case: the headings it makes stay readable. A compound
 * with a part the contract only capitalises ("Orrin-Zelvar") or of one letter ("i-Escrow") still marks a name. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createNameLexicon } from '../../../electron/core/privacy/nameLexicon';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const CONTRACT = [
  'LICENSE AGREEMENT',
  'This License Agreement is made on 3 March 2021 between Quillmarsh Holdings, Inc., a Delaware corporation ("Quillmarsh"), and Velmora Tek GmbH, a company organised in Germany ("Velmora").',
  '1. Licence. Quillmarsh grants Velmora a licence for each project; the description and objectives of a project and any product specific terms are set out in Exhibit A, and opt in rights apply.',
  ...Array.from({ length: 12 }, (_, k) => `${k + 2}. Terms. Clause ${k + 2} applies to each order placed under this agreement.`),
  'IN WITNESS WHEREOF, the parties have signed this Agreement.',
  'QUILLMARSH HOLDINGS, INC. | VELMORA TEK GMBH',
  'By: /s/ Imogen Taverly | By: /s/ Rafe Quillon',
  'EXHIBIT A',
  'PROJECT DESCRIPTION/OBJECTIVES',
  'Product-Specific Terms and Opt-In Rights',
  'Prepared with Orrin-Zelvar Partners',
];

describe('compounds of the contract’s own words', () => {
  it('mark no name when every part is the contract’s word of two letters or more', () => {
    const lex = createNameLexicon([...CONTRACT, 'Under clause (i) the escrow agent acts for i-Quill.']);
    expect(lex.isNameWord('Product-Specific')).toBe(false);
    expect(lex.isNameWord('DESCRIPTION/OBJECTIVES')).toBe(false);
    expect(lex.isNameWord('Opt-In')).toBe(false);
    expect(lex.isNameWord('Orrin-Zelvar')).toBe(true);
    expect(lex.isNameWord('i-Escrow')).toBe(true);
  });

  it('keep the headings near a signature block readable and still hide the names', () => {
    const prep = prepareForCloud(paragraphDocument(CONTRACT), { redact: true });
    expect(prep.previewText).toContain('PROJECT DESCRIPTION/OBJECTIVES');
    expect(prep.previewText).toContain('Product-Specific Terms and Opt-In Rights');
    expect(prep.previewText).not.toMatch(/Orrin|Zelvar|Quillmarsh|QUILLMARSH|Velmora|VELMORA|Imogen|Taverly|Rafe|Quillon/);
  });
});
