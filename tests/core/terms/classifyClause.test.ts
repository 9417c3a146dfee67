import { describe, expect, it } from 'vitest';
import { buildClauseMap, classifyClause } from '../../../electron/core/terms/classifyClause';
import { makeDoc } from './docFixture';

describe('classifyClause', () => {
  it.each([
    ['Definitions', 'definitions'],
    ['Governing Law', 'governing-law'],
    ['Term and Renewal', 'term'],
    ['Termination for Cause', 'termination'],
    ['Fees and Payment', 'payment'],
    ['Confidentiality', 'confidentiality'],
    ['Intellectual Property', 'ip'],
    ['Limitation of Liability', 'liability'],
    ['Indemnification', 'indemnity'],
    ['Warranties', 'warranty'],
    ['Arbitration', 'dispute-resolution'],
    ['Notices', 'notices'],
    ['Assignment', 'assignment'],
    ['Counterparts', 'miscellaneous'],
  ])('heading "%s" is %s', (heading, type) => {
    expect(classifyClause(heading)).toBe(type);
  });

  it('falls back to the content when the heading says nothing', () => {
    expect(classifyClause('Section 14', 'This Agreement shall be governed by and construed in accordance with the laws of Ohio.')).toBe('governing-law');
    expect(classifyClause('', 'Nothing relevant here at all.')).toBe('miscellaneous');
  });

  it('builds a table of contents from headings and run-in clause titles', () => {
    const doc = makeDoc([
      { text: '1. Definitions', kind: 'heading', clause: '1' },
      { text: '“Services” means the services in Schedule 1.', clause: '1' },
      { text: '6.1 Term. The initial term of this Agreement is five (5) years.', clause: '6.1' },
      { text: '11.11 Governing Law; Submission to Jurisdiction. This Agreement is governed by the laws of Nevada.', clause: '11.11', page: 2 },
      { text: '(a) a sub-item that is not a clause of its own.', clause: '(a)', page: 2 },
    ]);
    const map = buildClauseMap(doc.blocks);
    expect(map.map((c) => [c.clause, c.type, c.page])).toEqual([
      ['1', 'definitions', 1],
      ['6.1', 'term', 1],
      ['11.11', 'governing-law', 2],
    ]);
    expect(map[1]).toMatchObject({ heading: 'Term', blockId: 'p1.3' });
  });

  it('lists an exhibit or a section, not the items under it', () => {
    const doc = makeDoc([
      { text: 'Section 5. Payment of the Grower', kind: 'heading', clause: 'Section 5' },
      { text: '(a) Kestrel Holdings pays monthly.', clause: 'Section 5(a)' },
      { text: 'EXHIBIT B', kind: 'heading', clause: 'EXHIBIT B' },
      { text: '(a) Prices. Apples are priced per crate.', clause: 'EXHIBIT B(a)' },
      { text: '(b) Delivery. Crates are delivered to Northvale.', clause: 'EXHIBIT B(b)' },
    ]);
    expect(buildClauseMap(doc.blocks).map((c) => c.clause)).toEqual(['Section 5', 'EXHIBIT B']);
  });

  it('lists no signature-block field, though the PDF sets it apart as a heading', () => {
    const doc = makeDoc([
      { text: '12. Counterparts', kind: 'heading', clause: '12' },
      { text: 'This Agreement may be signed in counterparts.', clause: '12' },
      { text: 'Dated:', kind: 'heading' },
      { text: 'By: /s/ Mira Holloway', kind: 'heading' },
      { text: 'Name: Mira Holloway', kind: 'heading' },
      { text: 'Title: Managing Director', kind: 'heading' },
      { text: 'Date Signed__________', kind: 'heading' },
      { text: 'Dated as of March 3, 2031', kind: 'heading', clause: '12' },
      { text: 'Title', kind: 'heading' },
      { text: 'Date of Delivery', kind: 'heading' },
    ]);
    expect(buildClauseMap(doc.blocks).map((c) => c.heading)).toEqual(['12. Counterparts', 'Title', 'Date of Delivery']);
  });
});
