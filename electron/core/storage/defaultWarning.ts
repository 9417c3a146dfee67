/**
 * Where storage warnings go when the caller did not ask for them: one stderr line. The messages
 * name what happened and what was done about it; they never contain document text, paths or keys.
 */
export function defaultWarning(message: string): void {
  process.stderr.write(`precis: ${message}\n`);
}

/** Wraps a warning sink so each distinct message is told once per store, not on every read. */
export function onceEach<Rest extends unknown[]>(sink: (message: string, ...rest: Rest) => void): (message: string, ...rest: Rest) => void {
  const told = new Set<string>();
  return (message, ...rest) => {
    if (told.has(message)) return;
    told.add(message);
    sink(message, ...rest);
  };
}
