import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WarningList } from '../../../renderer/src/components/WarningList/WarningList';

describe('WarningList', () => {
  it('names a page once: not again before a message that opens with it', () => {
    render(
      <WarningList
        warnings={[
          { code: 'NO_TEXT', page: 20, message: 'Page 20 has no text.' },
          { code: 'OCR_NEEDED', page: 3, message: 'This page is an image; its text was read with OCR.' },
          { code: 'NO_TEXT', page: 2, message: 'Page 21 has no text.' },
          { code: 'GARBLED_TEXT', message: 'Some text could not be read.' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Page 20 has no text.',
      'Page 3: This page is an image; its text was read with OCR.',
      'Page 2: Page 21 has no text.',
      'Some text could not be read.',
    ]);
  });
});
