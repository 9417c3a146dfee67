import { describe, expect, it } from 'vitest';
import type { KeyTerms } from '../../../shared/terms';
import { KEY_TERMS_JSON_SCHEMA, keyTermsJsonSchema, mergeKeyTerms, sameTermValue } from '../../../electron/core/terms/mergeKeyTerms';
import { makeDoc } from './docFixture';

const doc = makeDoc([
  'This Agreement is dated as of June 11, 2015.',
  { text: 'This Agreement shall be governed by the laws of the State of Ohio.', clause: '14' },
  { text: 'The initial term is fifteen (15) years.', clause: '2.1' },
]);

const rules: KeyTerms = {
  agreementDate: { value: '2015-06-11', text: 'June 11, 2015', citations: [{ blockId: 'p1.1', page: 1 }], source: 'rules' },
  governingLaw: { value: 'Ohio, United States', text: 'laws of the State of Ohio', citations: [{ blockId: 'p1.2', page: 1, clause: '14' }], source: 'rules' },
  parties: { value: [{ name: '[Company Name]' }], text: '[Company Name]', citations: [{ blockId: 'p1.1', page: 1 }], blank: true, source: 'rules' },
};

describe('mergeKeyTerms', () => {
  it('joins agreeing values and their citations (source "both")', () => {
    const merged = mergeKeyTerms(rules, { agreementDate: { value: 'June 11, 2015', text: 'June 11, 2015', blockIds: ['p1.1', 'p1.3'], blank: false } }, doc);
    expect(merged.agreementDate).toMatchObject({ value: '2015-06-11', source: 'both' });
    expect(merged.agreementDate?.citations.map((c) => c.blockId)).toEqual(['p1.1', 'p1.3']);
    expect(merged.agreementDate?.warning).toBeUndefined();
  });

  it('turns a disagreement into a visible warning and keeps the cited rules value', () => {
    const merged = mergeKeyTerms(rules, { terms: { governingLaw: { value: 'Delaware', text: 'Delaware', blockIds: ['p1.2'], blank: false } } }, doc);
    expect(merged.governingLaw?.value).toBe('Ohio, United States');
    expect(merged.governingLaw?.warning).toMatch(/Delaware/);
    expect(merged.governingLaw?.warning).toMatch(/Ohio/);
  });

  it('never lets a model fill a template blank silently', () => {
    const merged = mergeKeyTerms(rules, { parties: { value: [{ name: 'Acme Corp', role: 'Company' }], text: 'x', blockIds: ['p1.1'], blank: false } }, doc);
    expect(merged.parties?.blank).toBe(true);
    expect(merged.parties?.warning).toMatch(/blank.*Acme Corp/);
  });

  it('keeps a model-only value with its real citations and drops invented block ids', () => {
    const merged = mergeKeyTerms(rules, { expiration: { value: '15 years', text: 'fifteen (15) years', blockIds: ['p1.3', 'p99.1'], blank: false } }, doc);
    expect(merged.expiration).toMatchObject({ value: '15 years', source: 'model', citations: [{ blockId: 'p1.3', page: 1, clause: '2.1' }] });
    expect(merged.expiration?.warning).toBeUndefined();
    const unsourced = mergeKeyTerms({}, { insurance: { value: 'required', text: '', blockIds: ['nope'], blank: false } }, doc);
    expect(unsourced.insurance?.warning).toMatch(/without a source/);
  });

  it('ignores malformed model answers and null terms', () => {
    expect(mergeKeyTerms(rules, 'not json', doc)).toEqual(rules);
    expect(mergeKeyTerms(rules, { governingLaw: null, agreementDate: { value: 42 } }, doc)).toEqual(rules);
  });

  it('compares values by meaning', () => {
    expect(sameTermValue('effectiveDate', '2015-06-11', 'June 11, 2015')).toBe(true);
    expect(sameTermValue('governingLaw', 'Ohio, United States', 'Ohio')).toBe(true);
    expect(sameTermValue('renewalNotice', '6 months', '30 days')).toBe(false);
    expect(sameTermValue('parties', [{ name: 'Marathon Pipe Line LLC' }], [{ name: 'Marathon Pipe Line' }])).toBe(true);
  });

  it('offers a schema with every term and block ids limited to the real ones', () => {
    const props = KEY_TERMS_JSON_SCHEMA.properties as Record<string, unknown>;
    expect(Object.keys(props)).toHaveLength(17);
    const schema = keyTermsJsonSchema(['p1.1', 'p1.2']);
    const law = (schema.properties as Record<string, { oneOf: { properties?: { blockIds: { items: unknown } } }[] }>).governingLaw!;
    expect(law.oneOf[1]!.properties!.blockIds.items).toEqual({ enum: ['p1.1', 'p1.2'] });
  });
});
