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
});
