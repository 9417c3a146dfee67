/**
 * A form's blank for a party ("[•]", "________") names no one: the preview keeps it as it is and hides the names that
 * are filled in. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { nameForms } from '../../../electron/core/privacy/findNames';
import { paragraphDocument } from '../../helpers/paragraphDocument';

describe('blanks left for a name', () => {
  it('are no forms of a name', () => {
    expect(nameForms('[•]')).toEqual([]);
    expect(nameForms('______________')).toEqual([]);
    expect(nameForms('[ * * * ]')).toEqual([]);
    expect(nameForms('Harbor Lane Inc.').map((f) => f.form)).toContain('Harbor Lane');
  });

  it('stay readable when given as a party, and the named party is still hidden', () => {
    const doc = paragraphDocument([
      'SERVICES AGREEMENT',
      'This Services Agreement is made on [•] between [•], a company limited by shares, and Harbor Lane Inc., a Delaware corporation ("Harbor").',
      '1. Services. Harbor shall provide the Services to [•] from the date of [•].',
      'Signed for and on behalf of ________________ by its director.',
    ]);
    const prep = prepareForCloud(doc, { redact: true, parties: ['[•]', '________________', 'Harbor Lane Inc.'] });
    expect(prep.previewText).toContain('Services to [•] from the date of [•].');
    expect(prep.previewText).toContain('on behalf of ________________ by');
    expect(prep.previewText).not.toContain('Harbor');
  });
});
