/**
 * CPU time the calling thread has used so far, in milliseconds (10 ms steps), where the system
 * tells (Linux's /proc/thread-self); undefined elsewhere. OCR threads report it per page so a
 * page's cost can be told apart from time spent waiting on a busy machine.
 */
import { readFileSync } from 'node:fs';

const TICK_MS = 10;

export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * TICK_MS : undefined;
  } catch {
    return undefined;
  }
}

/** CPU milliseconds `f` took on this thread (undefined where unknown). */
export async function withThreadCpu<T>(f: () => Promise<T> | T): Promise<{ value: T; cpuMs?: number }> {
  const before = threadCpuMs();
  const value = await f();
  const after = threadCpuMs();
  return before !== undefined && after !== undefined ? { value, cpuMs: after - before } : { value };
}
