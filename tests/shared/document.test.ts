import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../shared/document';
import { err, isErrorCode, ok } from '../../shared/errors';

describe('formatCitation', () => {
  it('renders page only, numbered clauses with §, named clauses as they are', () => {
    expect(formatCitation({ page: 4 })).toBe('[p. 4]');
    expect(formatCitation({ page: 4, clause: '7.2' })).toBe('[p. 4, §7.2]');
    expect(formatCitation({ page: 2, clause: 'ARTICLE IV' })).toBe('[p. 2, ARTICLE IV]');
    expect(formatCitation({ page: 9, clause: 'Schedule 2' })).toBe('[p. 9, Schedule 2]');
  });

  it('says when the cited page was a scan read by OCR, with its confidence', () => {
    expect(formatCitation({ page: 7, scanned: 71 })).toBe('[p. 7, scanned, 71 %]');
    expect(formatCitation({ page: 7, clause: '4.2', scanned: 71 })).toBe('[p. 7, scanned, 71 %, §4.2]');
  });

  it('cites a document without printed pages by clause, or by paragraph when the block has no clause', () => {
    expect(formatCitation({ page: 1, clause: '3.2', paragraph: 14 })).toBe('[§3.2]');
    expect(formatCitation({ page: 1, clause: 'Schedule 2', paragraph: 40 })).toBe('[Schedule 2]');
    expect(formatCitation({ page: 2, paragraph: 12 })).toBe('[¶ 12]');
  });
});

describe('Result helpers', () => {
  it('builds ok and err results with stable codes', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('NO_TEXT', 'No text.')).toEqual({ ok: false, error: { code: 'NO_TEXT', message: 'No text.', retryable: false } });
    expect(isErrorCode('PASSWORD_REQUIRED')).toBe(true);
    expect(isErrorCode('NOPE')).toBe(false);
  });
});
