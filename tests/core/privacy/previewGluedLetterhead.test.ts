/**
 * A letterhead whose spaces the PDF's text lost ("KESTRELHARBORCORPORATION") is the party's name glued, form and all:
 * the cloud preview hides it with the party's placeholder, there and in the text.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const opening = (letterhead: string): string[] => [
  'CONFIDENTIAL',
  letterhead,
  'CONTENT LICENSE AGREEMENT',
  'This Content License Agreement is made on May 5, 2023 between Kestrel Harbor Corporation, a Delaware corporation ("Licensor"), and Orrin Tools Ltd ("Licensee").',
  `1. Fees. The Licensee shall pay the fee within thirty (30) days to the account of ${letterhead} named in the invoice.`,
];

describe('a letterhead with its spaces lost', () => {
  it.each(['KESTRELHARBORCORPORATION', 'KestrelHarborCorporation', 'KesTRELHARBORCORPORATION'])('hides %s with the party\'s placeholder', (letterhead) => {
    const prep = prepareForCloud(paragraphDocument(opening(letterhead), 'f'.repeat(64)), { redact: true });
    expect(prep.previewText).not.toMatch(/kestrel/i);
    const placeholder = prep.redactions.find((r) => r.original === 'Kestrel Harbor Corporation')?.placeholder;
    expect(placeholder).toBeDefined();
    expect(prep.previewText.split('\n')[1]).toContain(placeholder!);
    expect(prep.previewText.split('\n')[4]).toContain(`the account of ${placeholder!} named`);
  });

});
