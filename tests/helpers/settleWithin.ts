/**
 * Awaits `work`, but fails with a message naming `what` if it has not settled within `ms`. Not a
 * measurement (`ms` is far above what the work needs): a bound, so work that never settles fails
 * the test at once with what was awaited, instead of running into the test's own time limit.
 */
export async function settleWithin<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} had not settled after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, bound]);
  } finally {
    clearTimeout(timer);
  }
}
