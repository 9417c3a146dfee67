/**
 * A person called by an honorific and then where the person lives or works ("Mr. Dorian Pelley of Glen Tavish") is that
 * person: the surname written alone later must be hidden with the name, and what follows "of" is still hidden as a name of
 * its own. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const preview = (paragraphs: readonly string[]) => prepareForCloud(paragraphDocument(['CONSULTING AGREEMENT', ...paragraphs]), { redact: true });

const OPENING = 'This Consulting Agreement is made on 3 March 2021 between Harbor Lane Inc., a Delaware corporation ("Harbor"), and Quillmarsh Analytics LLC ("Consultant").';

describe('a person named with where the person is from', () => {
  it('hides the surname written alone', () => {
    const p = preview([OPENING, '1. Services. The Consultant shall assign Mr. Dorian Pelley of Glen Tavish to the project. Pelley shall report to the Harbor project lead weekly.']);
    expect(p.previewText).not.toMatch(/Dorian|Pelley|Tavish/);
    const person = p.redactions.find((r) => r.kind === 'PERSON' && /Pelley/.test(r.original));
    expect(person?.original).not.toMatch(/\bof\b/);
  });

  it('hides a person of a company, and the company', () => {
    const p = preview([OPENING, '2. Key person. Dr. Anselm Crewe of Tarnwick Biolabs Ltd. shall supervise. Crewe may approve the plan.']);
    expect(p.previewText).not.toMatch(/Anselm|Crewe|Tarnwick/);
  });

  it('leaves a name without an honorific as it was', () => {
    const p = preview([OPENING, '3. Bank. Payments go to the Bank of Orrindale Ltd. only.']);
    expect(p.previewText).not.toMatch(/Orrindale/);
    expect(p.redactions.some((r) => /^Bank of Orrindale Ltd\.?$/.test(r.original))).toBe(true);
  });
});
