import { describe, expect, it } from 'vitest';
import { textWindows } from '../../../electron/core/privacy/textWindows';
import { findNames } from '../../../electron/core/privacy/findNames';

/** The windows cover the text in order, without gaps or overlaps, none longer than max. */
function expectTiling(text: string, max: number): string[] {
  const ws = textWindows(text, max);
  expect(ws[0]!.start).toBe(0);
  expect(ws.at(-1)!.end).toBe(text.length);
  for (let i = 1; i < ws.length; i++) expect(ws[i]!.start).toBe(ws[i - 1]!.end);
  for (const w of ws) expect(w.end - w.start).toBeLessThanOrEqual(max);
  return ws.map((w) => text.slice(w.start, w.end));
}

describe('textWindows', () => {
  it('keeps a text of at most one window whole', () => {
    expect(textWindows('The goods are delivered.', 100)).toEqual([{ start: 0, end: 24 }]);
    expect(textWindows('', 100)).toEqual([{ start: 0, end: 0 }]);
  });

  it('ends a window at its last line break when there is one in its second half', () => {
    const text = `${'a'.repeat(60)}\n${'b '.repeat(20)}end. ${'c'.repeat(30)}`;
    const pieces = expectTiling(text, 100);
    expect(pieces[0]).toBe(`${'a'.repeat(60)}\n`);
  });

  it("else after a sentence's full stop, never after an initial or a legal form", () => {
    // Only "delivered." ends a sentence; "Inc." and "J." come later in the window and do not.
    const text = `${'word '.repeat(12)}The goods are delivered. Harbor Lane Inc. and J. Quill sign the order form today for us all`;
    const pieces = expectTiling(text, 100);
    expect(pieces[0]!.endsWith('delivered. ')).toBe(true);
    expect(pieces[1]!.startsWith('Harbor Lane Inc. and J. Quill')).toBe(true);
  });

  it('else at a space, and cuts a run without spaces only at its limit', () => {
    const pieces = expectTiling(`${'Nordlicht '.repeat(30)}`, 100);
    for (const p of pieces.slice(0, -1)) expect(p.endsWith(' ')).toBe(true);
    expect(expectTiling('N'.repeat(250), 100)).toEqual(['N'.repeat(100), 'N'.repeat(100), 'N'.repeat(50)]);
  });

  it('reads a text of a million characters in linear time', () => {
    const started = performance.now();
    expectTiling('Harbor Lane Inc. and '.repeat(50_000), 4000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('findNames reads long texts window by window', () => {
  it('finds a person far past the first window, at the right place in the whole text', () => {
    const filler = 'The goods are delivered on time and in good order. '.repeat(100);
    const text = `${filler}The order was signed by Mr. Jonas Whitfield yesterday. ${filler}`;
    const hit = findNames(text).find((s) => s.value.includes('Whitfield'));
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.value);
    expect(hit!.value).toBe('Jonas Whitfield');
  });
});
