/**
 * A table of basic terms laid out in two columns ("(vii) Material loss allowance" | "Schedule C"): the text
 * beside an item on its line is the item's cell, and a schedule named there is where the term is found, not
 * the schedule's heading. Invented contract; units placed by hand (x, y, width in points).
 */
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';
import type { SourceUnit } from '../../../../electron/core/documents/sourceDocument';

const at = (text: string, x: number, y: number, width: number): SourceUnit => ({ text, hint: 'paragraph', rects: [{ x, y, width, height: 10 }] });

const clauses = (units: SourceUnit[]): (string | undefined)[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units }] }).blocks.map((b) => b.clause);

const lead = [at('1. BASIC TERMS', 50, 100, 120), at('(a) The basic terms of this Agreement between Harbor Lane Inc. and Nordlicht GmbH are these:', 70, 115, 440)];
const after = at('(b) The term runs from the Start Date until the End Date.', 70, 260, 440);

describe('a table of terms naming schedules', () => {
  it('keeps the items and the item after the table in the clause', () => {
    const units = [
      ...lead,
      at('(i) Start Date', 90, 130, 80),
      at('May 1, 2021', 260, 130, 60),
      at('(ii) Crate Sizes', 90, 145, 80),
      at('Schedule B', 260, 145, 50),
      at('(iii) Delivery Windows', 90, 160, 100),
      at('Schedule C (4(b))', 260, 160, 70),
      after,
    ];
    expect(clauses(units)).toEqual(['1', '1(a)', '1(a)(i)', '1(a)(i)', '1(a)(ii)', '1(a)(ii)', '1(a)(iii)', '1(a)(iii)', '1(b)']);
  });

  it('reads short items in small roman numerals one after another as items, not as a table of contents', () => {
    const units = [...lead, at('(i) Start Date', 90, 130, 80), at('(ii) End Date', 90, 145, 80), at('(iii) Crate Sizes', 90, 160, 80), after];
    expect(clauses(units)).toEqual(['1', '1(a)', '1(a)(i)', '1(a)(ii)', '1(a)(iii)', '1(b)']);
  });

  it('still reads a schedule label alone on its line as the schedule', () => {
    const units = [...lead, at('(i) Start Date', 90, 130, 80), at('SCHEDULE B', 260, 200, 60), at('Crates are 40 by 60 centimetres.', 50, 215, 200)];
    expect(clauses(units).slice(-2)).toEqual(['SCHEDULE B', 'SCHEDULE B']);
  });

  it('still closes the clause at a heading alone on its line', () => {
    const units = [...lead, at('(i) Crates are delivered each week to the gate.', 90, 130, 220), at('Delivery Windows', 50, 160, 90), at('Crates come on Mondays.', 50, 175, 120)];
    expect(clauses(units).slice(-2)).toEqual([undefined, undefined]);
  });
});
