import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConsentPanel } from '../../../renderer/src/components/ConsentPanel/ConsentPanel';

const preview = {
  text: '[p1.1] [ORG_1] ("[ORG_2]") pays the Customer.',
  sha256: 'd'.repeat(64),
  redactions: [
    { placeholder: '[ORG_1]', kind: 'ORG', original: 'Larkspur Analytics, Inc.', count: 3 },
    { placeholder: '[ORG_2]', kind: 'ORG', original: 'Azure Cloud', count: 1 },
  ],
  kept: ['Fenwick Harbor Ltd.'],
  host: 'api.example.com',
};

describe('ConsentPanel', () => {
  it('lists each placeholder with what it hides and lets the user send a term as it is or hide it again', async () => {
    const onKeep = vi.fn();
    render(<ConsentPanel fileName="msa.pdf" preview={preview} onDecide={() => undefined} onNeverSend={() => undefined} onKeep={onKeep} />);
    const table = screen.getByRole('table', { name: 'Placeholders and what they hide' });
    expect(table.textContent).toContain('[ORG_1]');
    expect(table.textContent).toContain('Larkspur Analytics, Inc.');
    await userEvent.click(screen.getByRole('button', { name: 'Send Azure Cloud as it is' }));
    expect(onKeep).toHaveBeenLastCalledWith(['Fenwick Harbor Ltd.', 'Azure Cloud']);
    await userEvent.click(screen.getByRole('button', { name: 'Hide Fenwick Harbor Ltd. again' }));
    expect(onKeep).toHaveBeenLastCalledWith([]);
  });
});
