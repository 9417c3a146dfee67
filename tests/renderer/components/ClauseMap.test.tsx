import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ClauseMap, clauseMatches, headingBeside, shownCount } from '../../../renderer/src/components/ClauseMap/ClauseMap';
import type { ClauseEntry, ClauseType } from '../../../shared/terms';

const entry = (clause: string, heading?: string, type: ClauseType = 'miscellaneous'): ClauseEntry => ({ clause, ...(heading === undefined ? {} : { heading }), type, page: 3, blockId: `p3.${clause}` });

afterEach(cleanup);

describe('the clause map', () => {
  it('does not repeat beside the number what the number column says', () => {
    expect(headingBeside(entry('1.1', '1.1 Appointment'))).toBe('Appointment');
    expect(headingBeside(entry('WAYFARE HIRE AGREEMENT', 'WAYFARE HIRE AGREEMENT'))).toBe('');
    render(<ClauseMap clauses={[entry('1.1', '1.1 Appointment'), entry('WAYFARE HIRE AGREEMENT', 'WAYFARE HIRE AGREEMENT')]} onCite={() => undefined} />);
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows[0]!.textContent).toMatch(/^1\.1Appointment/);
    expect(rows[1]!.textContent).toMatch(/^WAYFARE HIRE AGREEMENTOther/);
  });

  it('keeps a heading that only looks alike', () => {
    expect(headingBeside(entry('1.1', 'Appointment'))).toBe('Appointment');
    // "1.10 Fees" is not "1.1" followed by a heading.
    expect(headingBeside(entry('1.1', '1.10 Fees'))).toBe('1.10 Fees');
    expect(headingBeside(entry('4', 'Term'))).toBe('Term');
    expect(headingBeside(entry('4'))).toBe('');
  });
});

// An invented hire agreement long enough to need the filter: numbered clauses of several types.
const HIRE: ClauseEntry[] = [
  entry('1', '1 Definitions', 'definitions'),
  entry('2', 'Hire Period', 'term'),
  entry('3', 'Charges and Payment', 'payment'),
  entry('3.1', 'Late Payment', 'payment'),
  entry('4', 'Limitation of Liability', 'liability'),
  entry('5', 'Governing   Law', 'governing-law'),
  entry('6', 'Ending the Hire', 'termination'),
  ...Array.from({ length: 30 }, (_, i) => entry(`7.${i + 1}`, `Equipment item ${i + 1}`)),
];

const rows = () => within(screen.getByRole('list', { name: 'Clause map' })).queryAllByRole('listitem');
const numbers = () => rows().map((r) => r.querySelector('.clause-no')?.textContent);

describe('the clause map filter', () => {
  it('matches the number, the heading (any case, any spacing) or the type name; an empty filter matches all', () => {
    const law = HIRE[5]!;
    expect(clauseMatches(law, '', '')).toBe(true);
    expect(clauseMatches(law, 'governing law', '')).toBe(true);
    expect(clauseMatches(law, '  LAW ', '')).toBe(true);
    expect(clauseMatches(law, '5', '')).toBe(true);
    expect(clauseMatches(HIRE[3]!, 'payment', 'payment')).toBe(true);
    expect(clauseMatches(law, 'payment', '')).toBe(false);
    expect(clauseMatches(law, '', 'payment')).toBe(false);
    // The type name counts as text too: "Other" finds the miscellaneous clauses.
    expect(clauseMatches(HIRE[10]!, 'other', '')).toBe(true);
  });

  it('says how many rows are shown', () => {
    expect(shownCount(37, 37)).toBe('37 clauses');
    expect(shownCount(1, 1)).toBe('1 clause');
    expect(shownCount(2, 37)).toBe('2 of 37 clauses shown');
    expect(shownCount(0, 37)).toBe('No clause of the 37 clauses matches the filter.');
  });

  it('narrows the rows as the user types, announces the count, and Escape or "Show all" brings every row back', async () => {
    render(<ClauseMap clauses={HIRE} onCite={() => undefined} />);
    const box = screen.getByRole('searchbox', { name: 'Filter clauses' });
    const count = screen.getByRole('status');
    expect(count.textContent).toBe('37 clauses');
    expect(rows()).toHaveLength(37);
    expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();

    await userEvent.type(box, 'payment');
    expect(numbers()).toEqual(['3', '3.1']);
    expect(count.textContent).toBe('2 of 37 clauses shown');
    expect(count.getAttribute('aria-live')).toBe('polite');

    await userEvent.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(rows()).toHaveLength(37);

    await userEvent.type(box, 'no such heading');
    expect(rows()).toHaveLength(0);
    expect(count.textContent).toBe('No clause of the 37 clauses matches the filter.');
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(rows()).toHaveLength(37);
    expect(document.activeElement).toBe(box);
    expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();
  });

  it('filters by type with a labelled choice listing only the types the contract has, with their counts, and combines it with the text', async () => {
    render(<ClauseMap clauses={HIRE} onCite={() => undefined} />);
    const type = screen.getByRole('combobox', { name: 'Type' });
    expect(within(type).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All types',
      'Definitions (1)',
      'Term (1)',
      'Termination (1)',
      'Payment (2)',
      'Liability (1)',
      'Governing law (1)',
      'Other (30)',
    ]);
    await userEvent.selectOptions(type, 'payment');
    expect(numbers()).toEqual(['3', '3.1']);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter clauses' }), 'late');
    expect(numbers()).toEqual(['3.1']);
    expect(screen.getByRole('status').textContent).toBe('1 of 37 clauses shown');
  });

  it('forgets a chosen type the next contract does not have, rather than hiding all its rows', async () => {
    const { rerender } = render(<ClauseMap clauses={HIRE} onCite={() => undefined} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'liability');
    expect(numbers()).toEqual(['4']);
    const other = [entry('1', 'Parties'), entry('2', 'Fees', 'payment')];
    rerender(<ClauseMap clauses={other} onCite={() => undefined} />);
    expect(numbers()).toEqual(['1', '2']);
    expect((screen.getByRole('combobox', { name: 'Type' }) as HTMLSelectElement).value).toBe('');
  });

  it('shows nothing at all for a document without clauses', () => {
    const { container } = render(<ClauseMap clauses={[]} onCite={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});
