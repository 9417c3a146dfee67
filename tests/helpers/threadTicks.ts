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
