/** What quitting needs to do, injected so the sequence is unit-tested without Electron. */
export interface QuitSteps {
  /** Cancel every job, flush, dispose the model (the service's shutdown). */
  shutdown(): Promise<void>;
  /** Quit for real once shutdown finished (app.quit after the guard is lifted). */
  quit(): void;
  /** Leave now, whatever is still running (app.exit). */
  forceExit(code: number): void;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

/**
 * Handles `before-quit` (SECURITY R7): the first quit is held back while jobs are cancelled, the
 * journal flushed and the model disposed; if that takes longer than `timeoutMs` the app exits
 * anyway, since a hung native call must not keep the app alive.
 */
export function createQuitCoordinator(steps: QuitSteps, timeoutMs = 5000) {
  let state: 'running' | 'stopping' | 'done' = 'running';
  const setTimer = steps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms).unref());
  return {
    /** The `before-quit` listener. */
    onBeforeQuit(event: { preventDefault(): void }): void {
      if (state === 'done') return;
      event.preventDefault();
      if (state === 'stopping') return;
      state = 'stopping';
      setTimer(() => {
        if (state !== 'done') {
          state = 'done';
          steps.forceExit(1);
        }
      }, timeoutMs);
      steps.shutdown().then(
        () => {
          if (state === 'done') return;
          state = 'done';
          steps.quit();
        },
        () => {
          if (state === 'done') return;
          state = 'done';
          steps.forceExit(1);
        },
      );
    },
    get state() {
      return state;
    },
  };
}
