import { expect } from 'vitest';
import { PrecisFailure } from '../../electron/core/errors';

/** The PrecisFailure a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function failureOf(p: Promise<unknown>): Promise<PrecisFailure> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PrecisFailure);
    return e as PrecisFailure;
  }
  throw new Error('expected a failure');
}
