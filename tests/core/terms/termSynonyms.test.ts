import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { termCandidates } from '../../../electron/core/terms/rules/expiration';
import { buildTermContext } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

/** A short contract: a title, an opening that dates it, then one numbered clause per sentence given. */
const doc = (opening: string, ...clauses: string[]) => makeDoc([{ text: 'LICENCE AGREEMENT', kind: 'heading' }, opening, ...clauses.map((text, i) => ({ text, clause: String(i + 1) }))]);
const terms = (opening: string, ...clauses: string[]) => extractKeyTerms(doc(opening, ...clauses)).terms;

const OPENING = 'This Licence Agreement is made as of March 2, 2016 between Tamsin Quarry Ltd ("Tamsin") and Orrel Print Co. ("Orrel").';

describe('term clauses in the words another drafter chose', () => {
  it('reads "takes effect … and remains in effect for N years" as it reads "… continues in full force and effect for …"', () => {
    expect(terms(OPENING, 'This Agreement shall take effect from the date of signature and continue in full force and effect for four (4) years thereafter.').expiration?.value).toBe('2020-03-02');
    expect(terms(OPENING, 'This Agreement shall take effect from the date of signature and remain in effect for four (4) years thereafter.').expiration?.value).toBe('2020-03-02');
    expect(terms(OPENING, 'This Agreement takes effect on signature and remains in force for four (4) years.').expiration?.value).toBe('2020-03-02');
  });

  it('does not take a deadline ("on or prior to", "on or before") or a reference ("pursuant to the letter dated") for the end', () => {
    const deadline = 'This Agreement shall terminate if Orrel has not paid the first instalment on or prior to May 1, 2016, unless Tamsin agrees otherwise in writing.';
    expect(terms(OPENING, deadline).expiration?.value).toBeUndefined();
    expect(terms(OPENING, deadline.replace('prior to', 'before')).expiration?.value).toBeUndefined();
    expect(terms(OPENING, 'The Term of this Agreement shall be the period set pursuant to the letter of June 5, 2016 and shall end on March 1, 2019.').expiration?.value).toBe('2019-03-01');
  });

  it('scores a sentence the same whichever of "prior to" and "before" it uses, though 50 characters in cut a word to "term"', () => {
    const sentence = 'Fees due to a party accrued before the day of termination of the Term of this Agreement will survive the termination or expiration of this Agreement.';
    const score = (text: string) => termCandidates(buildTermContext(doc(OPENING, text))).find((c) => c.s.text === text)?.score;
    expect(score(sentence)).toBe(score(sentence.replace('before', 'prior to')));
  });
});

describe('a term that starts and then lasts, in other verbs', () => {
  const headed = (clause: string) => extractKeyTerms(makeDoc([{ text: 'LICENCE AGREEMENT', kind: 'heading' }, OPENING, { text: 'Term', kind: 'heading' }, { text: clause, clause: '2', section: ['Term'] }])).terms;

  it.each([
    ['This Agreement starts on the Effective Date and lasts for two (2) years.', '2018-03-02'],
    ['The Agreement will begin on the Effective Date and run for an initial period of 24 months.', '2018-03-02'],
    ['This Agreement takes effect on the Effective Date and stays in effect for two years.', '2018-03-02'],
  ])('reads "%s"', (clause, iso) => {
    expect(headed(clause).expiration?.value).toBe(iso);
  });

  it('reads a renewal that "shall then be extended automatically" and its notice', () => {
    const t = headed('This Agreement shall remain in effect until March 31, 2019, unless terminated sooner, and shall then be extended automatically for consecutive twelve-month periods unless either party gives notice at least thirty days before expiry.');
    expect(t.expiration?.value).toBe('2019-03-31');
    expect(t.renewal?.value).toMatch(/^12 months each, automatic/);
    expect(t.renewalNotice?.value).toBe('30 days');
  });
});
