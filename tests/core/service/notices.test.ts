import { describe, expect, it } from 'vitest';
import { createNoticeBoard } from '../../../electron/core/service/notices';

describe('notice board', () => {
  it('adds once, replaces a notice of the same code with the newer one, dismisses by id and tells watchers', () => {
    const board = createNoticeBoard();
    const seen: string[][] = [];
    const off = board.watch((list) => seen.push(list.map((n) => n.message)));
    board.add('HISTORY_HIDDEN', '1 saved summary could not be read.');
    board.add('HISTORY_HIDDEN', '1 saved summary could not be read.');
    board.add('SETTINGS_RESET', 'Some saved settings were reset.');
    board.add('HISTORY_HIDDEN', '2 saved summaries could not be read.');
    expect(board.list().map((n) => [n.code, n.message])).toEqual([
      ['SETTINGS_RESET', 'Some saved settings were reset.'],
      ['HISTORY_HIDDEN', '2 saved summaries could not be read.'],
    ]);
    expect(seen).toHaveLength(3);
    const [first] = board.list();
    expect(board.dismiss(first!.id)).toBe(true);
    expect(board.dismiss(first!.id)).toBe(false);
    expect(board.list().map((n) => n.code)).toEqual(['HISTORY_HIDDEN']);
    off();
    board.add('SETTINGS_DAMAGED', 'The settings file was damaged.');
    expect(seen).toHaveLength(4);
    // Ids are never reused: a dismissal aimed at an old notice cannot remove a newer one.
    expect(new Set(board.list().map((n) => n.id)).has(first!.id)).toBe(false);
  });

  it('holds one notice per code however often a store warns', () => {
    const board = createNoticeBoard();
    for (let i = 0; i < 30; i++) board.add(i % 2 ? 'SETTINGS_RESET' : 'SETTINGS_DAMAGED', `message ${i}`);
    expect(board.list().map((n) => n.message)).toEqual(['message 28', 'message 29']);
  });
});
