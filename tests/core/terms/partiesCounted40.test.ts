/**
 * A name counted out in an opening ("250,000 Kestrel Growth Income Securities ("KGIS")") is a class of securities or
 * goods, not a party, while a company named by its number ("724019 Alberta Ltd.") and a name after a date or a suite
 * number stay parties. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesFromDefinitions } from '../../../electron/core/terms/parties';
import { partiesOfText } from './partiesProbe';

const used = { usedLater: (): boolean => true };
const names = (text: string): string => partiesFromDefinitions(text, used).map((p) => `${p.name} (${p.role})`).join('; ');

describe('a name counted out is no party', () => {
  it('drops the securities a sentence counts, keeping the bodies it defines', () => {
    const text = 'Kestrel Holdings, Inc., an Ohio corporation (the "Company"), and Northvale Capital Trust II, a Delaware statutory trust (the "Trust"), sold to Harrow Partners LLC (the "Dealer") 250,000 Kestrel Growth Income Trust Securities ("KGITS") under the Orchard Agreement.';
    expect(names(text)).toBe('Kestrel Holdings, Inc. (Company); Northvale Capital Trust II (Trust); Harrow Partners LLC (Dealer)');
  });
  it('keeps a company named by its number, with or without a trade name', async () => {
    const text = [
      'ORCHARD AGREEMENT',
      'This Orchard Agreement is made between 724019 Alberta Ltd. dba Northvale Seeds ("Northvale") and 1234567 Ontario Inc. ("Kestrel").',
      'WHEREAS Northvale grows seedlings and Kestrel sells them to the Grower.',
      '1. Supply. Northvale shall sell the seedlings to Kestrel.',
    ].join('\n\n');
    expect(await partiesOfText(text)).toBe('724019 Alberta Ltd. dba Northvale Seeds (Northvale); 1234567 Ontario Inc. (Kestrel)');
  });
  it('keeps a party after a year or an address number run into its name', () => {
    expect(names('This Agreement dated May 2, 2020 Kestrel Holdings ("Kestrel") and the Grower, of Suite 400 Northvale Orchards ("Northvale"), agree as follows.')).toBe('Kestrel Holdings (Kestrel); Northvale Orchards (Northvale)');
  });
});
