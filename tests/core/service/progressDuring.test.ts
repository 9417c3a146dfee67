import { describe, expect, it } from 'vitest';
import { progressDuring } from '../../../electron/core/service/progressDuring';

describe('progressDuring', () => {
  it('yields each report in order and returns the result', async () => {
    const gen = progressDuring(async (report) => {
      report('one');
      await new Promise((r) => setTimeout(r, 5));
      report('two');
      report('three');
      return 42;
    });
    const seen: string[] = [];
    let r = await gen.next();
    while (!r.done) {
      seen.push(r.value);
      r = await gen.next();
    }
    expect(seen).toEqual(['one', 'two', 'three']);
    expect(r.value).toBe(42);
  });

  it('passes the failure on after the reports made before it', async () => {
    const gen = progressDuring(async (report) => {
      report('started');
      await new Promise((r) => setTimeout(r, 5));
      throw new Error('broken');
    });
    expect(await gen.next()).toEqual({ done: false, value: 'started' });
    await expect(gen.next()).rejects.toThrow('broken');
  });
});
