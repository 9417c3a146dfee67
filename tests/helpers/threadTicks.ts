/**
 * CPU time of each thread of this process, from Linux's /proc/self/task (user + system, in clock
 * ticks of 1/100 s). Worker threads (pdf.js, the Tesseract pool) are threads of the process, so a
 * test can see which ones are computing and whether they are gone, without timing anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const TICKS_PER_SECOND = 100;

/** True where /proc/self/task can be read (Linux). */
export function canSeeThreads(): boolean {
  return existsSync('/proc/self/task');
}

/** Thread id → CPU ticks so far, for every live thread. A thread that ended is absent. */
export function threadTicks(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Threads not in `before` that have computed at least `minTicks`, with their ticks now. */
export function computingSince(before: ReadonlySet<number>, minTicks: number): Map<number, number> {
  return new Map([...threadTicks()].filter(([tid, ticks]) => !before.has(tid) && ticks >= minTicks));
}

export interface ComputingWait {
  /** A further condition that must hold too. */
  also?: () => boolean;
  /** The work being watched: should it settle before the threads were seen computing, the wait fails saying how it settled. */
  work?: Promise<unknown>;
  /**
   * Gives up after this many milliseconds with what it saw (the threads started since `before`
   * and their CPU). Not a measurement: a bound, so a run that never starts computing fails with a
   * clear message instead of running into the test's own time limit.
   */
  giveUpMs?: number;
}

/** Waits (by observation, sampling every 100 ms) until `count` threads started since `before` have computed `minTicks` each and `also()` holds. */
export async function waitForComputing(before: ReadonlySet<number>, count: number, minTicks: number, wait: ComputingWait = {}): Promise<void> {
  const also = wait.also ?? (() => true);
  let settled: string | undefined;
  wait.work?.then(
    (v) => (settled = `returned ${JSON.stringify(v)?.slice(0, 1200)}`),
    (e: unknown) => (settled = `failed (${String(e).slice(0, 300)})`),
  );
  const giveUpAt = wait.giveUpMs === undefined ? Infinity : Date.now() + wait.giveUpMs;
  while (!(also() && computingSince(before, minTicks).size >= count)) {
    const seen = (): string =>
      [...threadTicks()]
        .filter(([tid]) => !before.has(tid))
        .map(([tid, ticks]) => `${tid}: ${ticks} ticks`)
        .join(', ') || 'none';
    if (settled !== undefined) throw new Error(`The work ${settled} before ${count} new thread(s) had computed ${minTicks} ticks; threads started since: ${seen()}.`);
    if (Date.now() > giveUpAt) throw new Error(`After ${Math.round(wait.giveUpMs! / 1000)} s the work had neither settled nor got ${count} new thread(s) computing ${minTicks} ticks; threads started since: ${seen()}.`);
    await sleep(100);
  }
}

/**
 * After a stop: follows `threads` (their ticks at the stop) until every one has ended, or one has
 * spent `limitTicks` since the stop. Returns the ticks each spent after the stop (as last seen
 * while alive) and how many are still alive.
 */
export async function followUntilEnded(threads: ReadonlyMap<number, number>, limitTicks: number): Promise<{ spent: Map<number, number>; alive: number }> {
  const spent = new Map([...threads.keys()].map((tid) => [tid, 0]));
  const alive = new Set(threads.keys());
  while (alive.size > 0 && [...alive].every((tid) => spent.get(tid)! < limitTicks)) {
    const now = threadTicks();
    for (const tid of [...alive]) {
      if (now.has(tid)) spent.set(tid, now.get(tid)! - threads.get(tid)!);
      else alive.delete(tid);
    }
    if (alive.size > 0) await sleep(20);
  }
  return { spent, alive: alive.size };
}
