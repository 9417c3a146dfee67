import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../electron/core/privacy/createRedactor';
import { partyVariants } from '../../../electron/core/privacy/findNames';

describe('createRedactor', () => {
  it('gives one stable placeholder per identifier, across texts and formats, and restores locally', () => {
    const r = createRedactor({ parties: ['Acme Widgets, Inc.'] });
    const a = r.redact('ACME WIDGETS, INC. ("Acme Widgets") pays via +1 (415) 555-2671; email ops@acme.example.com.');
    const b = r.redact('Call Acme Widgets at 415-555-2671 or ops@acme.example.com.');
    expect(a).toBe('[ORG_1] ("[ORG_1]") pays via [PHONE_1]; email [EMAIL_1].');
    expect(b).toBe('Call [ORG_1] at [PHONE_1] or [EMAIL_1].');
    // Models sometimes escape brackets or add spaces; unknown placeholders stay as they are.
    expect(r.restore('Payer: \\[ORG_1\\], phone [ PHONE_1 ], other [PERSON_9].')).toBe('Payer: Acme Widgets, Inc., phone +1 (415) 555-2671, other [PERSON_9].');
    expect(r.entries().map((e) => [e.placeholder, e.kind, e.count])).toEqual([
      ['[ORG_1]', 'ORG', 3],
      ['[PHONE_1]', 'PHONE', 2],
      ['[EMAIL_1]', 'EMAIL', 2],
    ]);
  });

  it('skips placeholders that the document itself contains, so restoring never rewrites its own text', () => {
    const source = 'Template field [EMAIL_1] stays; contact a@b.example.com.';
    const r = createRedactor({ reserved: source });
    const red = r.redact(source);
    expect(red).toBe('Template field [EMAIL_1] stays; contact [EMAIL_2].');
    expect(r.restore(red)).toBe(source);
  });

  it('finds people and organisations without a party list', () => {
    const r = createRedactor();
    const out = r.redact('Signed by Dr. Priya Patel for Initech LLC. Attention: Robert Brown, General Counsel.');
    expect(out).not.toMatch(/Priya|Patel|Initech|Robert|Brown/);
    expect(out).toContain('General Counsel');
  });

  it('party variants drop the corporate suffix and a leading "The", never to a role word', () => {
    // Also the whole name glued, as a letterhead's text may come out of a PDF.
    expect(partyVariants('The Acme Widgets Company, Inc.')).toEqual(['Acme Widgets Company, Inc.', 'AcmeWidgetsCompanyInc', 'Acme Widgets Company', 'Acme Widgets', 'AcmeWidgets']);
    // A role word is not a name: hiding "Licensee" everywhere would hide the contract's vocabulary.
    expect(partyVariants('Licensee')).toEqual([]);
  });
});
