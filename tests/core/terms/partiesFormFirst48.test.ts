/**
 * A company of the former Soviet states written in English with its form first and its registered name in quotation marks
 * ('Limited Liability Company "Kestrel Neft"', 'OOO "Kestrel"'): the party is the form and the quoted name, with both
 * quotation marks. The older joint-stock forms "OJSC" and "CJSC" after a name end it as "JSC" does. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { hasEntityForm, nameOf } from '../../../electron/core/terms/parties';
import { partiesOf } from './partiesProbe';

const between = (first: string): string | undefined =>
  partiesOf('SUPPLY AGREEMENT', [`This Supply Agreement is made as of May 5, 2020 between ${first}, 12 Elm Street, Springfield and Harbor Lane Inc., 4 Oak Road, Austin.`]);

describe('a form written before the quoted name', () => {
  it.each([
    ['Limited Liability Company "Kestrel Neft"'],
    ['Open Joint-Stock Company “Kestrel Telecom”'],
    ['Closed Joint Stock Company "Kestrel"'],
    ['OOO "Kestrel Neft"'],
    ['LLC "Kestrel Neft"'],
  ])('keeps %s whole, both quotation marks', (name) => {
    expect(nameOf(`${name}, a company organised under the laws of the Russian Federation`)).toBe(name);
    expect(between(name)).toBe(`${name}; Harbor Lane Inc.`);
  });
  it('reads guillemets as the quotation marks they are, as around a legal form', () => {
    expect(nameOf('LLC «Kestrel Neft», a company organised under the laws of the Russian Federation')).toBe('LLC Kestrel Neft');
  });
  it('keeps the form and the name when a short name is defined after them', () => {
    expect(nameOf('OOO "Kestrel Neft" (the "Supplier")')).toBe('OOO "Kestrel Neft"');
  });
  it('reads a quoted word after a whole name as before: the name ends at its own form', () => {
    expect(nameOf('Acme Inc. "Acme", a Delaware corporation')).toBe('Acme Inc.');
    expect(nameOf('Harbor Lane Company "Harbor"')).toBe('Harbor Lane Company');
  });
  it('reads the Russian forms as entity forms, and no form inside a word', () => {
    expect(hasEntityForm('OOO "Kestrel"')).toBe(true);
    expect(hasEntityForm('Kestrel Neft OJSC')).toBe(true);
    expect(hasEntityForm('Kestrel Neft CJSC')).toBe(true);
    expect(hasEntityForm('Kestrel Zaozersk')).toBe(false);
    expect(hasEntityForm('Kestrel Goood')).toBe(false);
  });
  it.each([['Kestrel Neft OJSC'], ['Kestrel Telecom CJSC']])('ends a name at %s', (name) => {
    expect(between(name)).toBe(`${name}; Harbor Lane Inc.`);
  });
  it('reads a long run of quoted words in linear time', () => {
    const hostile = `${'OOO '.repeat(20000)}"${'a '.repeat(40000)}`;
    const start = Date.now();
    nameOf(hostile);
    nameOf('"'.repeat(100000));
    nameOf(`LLC ${'“x” '.repeat(30000)}`);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
