/**
 * The cloud preview hides a party's street address and postcode with one placeholder each, keeps the city and the
 * country, and a model's answer that cites the address is restored to it. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const PARAGRAPHS = [
  'CONSULTING AGREEMENT',
  'This Consulting Agreement is made on May 5, 2023 between Harbor Lane Inc., a Delaware corporation, and Imogen Fairley-Ross, an individual residing at 41 Larch Crescent, Toronto, Ontario M4C 1A1, Canada (the "Consultant").',
  '1. Notices. Notices to the Consultant go to 41 Larch Crescent, Toronto, Ontario M4C 1A1.',
];

const doc = paragraphDocument(PARAGRAPHS, 'e'.repeat(64));

describe('addresses in the cloud preview', () => {
  it('hides the street line and the postcode, the same placeholder each time, and keeps the city', () => {
    const prep = prepareForCloud(doc, { redact: true });
    expect(prep.previewText).not.toMatch(/Larch|M4C/);
    expect(prep.previewText).toContain('residing at [ADDRESS_1], Toronto, Ontario [ADDRESS_2], Canada');
    expect(prep.previewText).toContain('go to [ADDRESS_1], Toronto, Ontario [ADDRESS_2].');
    expect(prep.redactions.filter((r) => r.kind === 'ADDRESS').map((r) => r.original)).toEqual(['41 Larch Crescent', 'M4C 1A1']);
    // The consultant is a person: a double-barrelled family name is still a person's.
    expect(prep.redactions.find((r) => r.original === 'Imogen Fairley-Ross')?.kind).toBe('PERSON');
    expect(prep.restore('Send notices to [ADDRESS_1], Toronto ([ADDRESS_2]).')).toBe('Send notices to 41 Larch Crescent, Toronto (M4C 1A1).');
  });
});
