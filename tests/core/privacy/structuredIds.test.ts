import { describe, expect, it } from 'vitest';
import { findStructuredIds, luhnValid, resolveOverlaps, ssnValid } from '../../../electron/core/privacy/structuredIds';

const kindsIn = (text: string) => resolveOverlaps(findStructuredIds(text)).map((s) => [s.kind, s.value]);

describe('validators', () => {
  it('Luhn accepts real test card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('SSN area, group and serial rules', () => {
    expect(ssnValid('123', '45', '6789')).toBe(true);
    for (const [a, g, s] of [['000', '12', '3456'], ['666', '12', '3456'], ['900', '12', '3456'], ['123', '00', '4567'], ['123', '45', '0000']]) expect(ssnValid(a!, g!, s!)).toBe(false);
  });
});

describe('findStructuredIds', () => {
  it('finds each kind in its common printed forms', () => {
    expect(kindsIn('Write to j.doe+legal@mail.example.co.uk today.')).toEqual([['EMAIL', 'j.doe+legal@mail.example.co.uk']]);
    expect(kindsIn('Card 4111 1111 1111 1111 or 3782-822463-10005.')).toEqual([['CARD', '4111 1111 1111 1111'], ['CARD', '3782-822463-10005']]);
    expect(kindsIn('IBAN GB82 WEST 1234 5698 7654 32 and DE89370400440532013000.')).toEqual([['IBAN', 'GB82 WEST 1234 5698 7654 32'], ['IBAN', 'DE89370400440532013000']]);
    expect(kindsIn('SSN: 078-05-1120; social security number 219099999.')).toEqual([['SSN', '078-05-1120'], ['SSN', '219099999']]);
    expect(kindsIn('Date of birth: 12 March 1980, born on 1975-02-03.')).toEqual([['DOB', '12 March 1980'], ['DOB', '1975-02-03']]);
    expect(kindsIn('Account No. 0045 1239 87 and Policy Number: PL-2024-884512, SWIFT: DEUTDEFF.')).toEqual([
      ['ACCOUNT', '0045 1239 87'],
      ['ACCOUNT', 'PL-2024-884512'],
      ['ACCOUNT', 'DEUTDEFF'],
    ]);
    expect(kindsIn('Call +44 (0)20 7946 0958, (415) 555-2671, 020 7946 0958 or 0049 30 901820.').map((x) => x[1])).toEqual([
      '+44 (0)20 7946 0958',
      '(415) 555-2671',
      '020 7946 0958',
      '0049 30 901820',
    ]);
  });

  it('leaves look-alikes alone', () => {
    const text =
      'Effective Date: January 2, 2024. Fee $1,250,000.00 or EUR 10.000,00. Section 12.3.4, Rule 10b-5, Form 10-K, years 2019-2023. ' +
      'Card-like 4111 1111 1111 1112 fails Luhn; IBAN-like DE00 3704 0044 0532 0130 00 fails mod-97; SSN-like 666-12-3456 and 000-12-3456. ' +
      'DFAR section 252.227-7014(a)(1), Boston, MA 02110-1234, 9:00 a.m., ISO 9001:2015, Regulation (EU) 2016/679, 3.5% of 10,000 units.';
    expect(kindsIn(text)).toEqual([]);
  });

  it('keeps the longer of overlapping spans', () => {
    const spans = resolveOverlaps([
      { kind: 'PHONE', start: 0, end: 5, value: '' },
      { kind: 'CARD', start: 0, end: 10, value: '' },
      { kind: 'EMAIL', start: 12, end: 14, value: '' },
    ]);
    expect(spans.map((s) => s.kind)).toEqual(['CARD', 'EMAIL']);
  });
});
