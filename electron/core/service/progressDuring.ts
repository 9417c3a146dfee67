/**
 * Runs a long step that reports progress through a callback (OCR of scanned pages) inside an
 * async generator: each report is yielded as it happens, and the step's result is the
 * generator's return value. Reports made while nobody is pulling are kept in order.
 */
export async function* progressDuring<T>(step: (onProgress: (message: string) => void) => Promise<T>): AsyncGenerator<string, T> {
  const pending: string[] = [];
  let wake: (() => void) | undefined;
  let finished = false;
  const run = step((message) => {
    pending.push(message);
    wake?.();
  }).finally(() => {
    finished = true;
    wake?.();
  });
  // Keep a rejection from being reported as unhandled before the loop below awaits it.
  run.catch(() => undefined);
  while (!finished || pending.length > 0) {
    if (pending.length === 0) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      continue;
    }
    yield pending.shift()!;
  }
  return run;
}
