import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClauseMap, headingBeside } from '../../../renderer/src/components/ClauseMap/ClauseMap';
import type { ClauseEntry } from '../../../shared/terms';

const entry = (clause: string, heading?: string): ClauseEntry => ({ clause, ...(heading === undefined ? {} : { heading }), type: 'miscellaneous', page: 3, blockId: `p3.${clause}` });

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
