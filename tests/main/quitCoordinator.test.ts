import { describe, expect, it, vi } from 'vitest';
import { createQuitCoordinator } from '../../electron/main/quitCoordinator';

function harness(shutdown: () => Promise<void>) {
  const timers: { fn: () => void; ms: number }[] = [];
  const steps = {
    shutdown: vi.fn(shutdown),
    quit: vi.fn(),
    forceExit: vi.fn(),
    setTimer: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  };
  return { steps, timers, coordinator: createQuitCoordinator(steps, 5000) };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('R7 quit: cancel jobs, flush, dispose, then exit; bounded wait, then force', () => {
  it('holds the first quit, shuts down, then quits for real (and lets that quit through)', async () => {
    const { steps, coordinator } = harness(async () => undefined);
    const first = { preventDefault: vi.fn() };
    coordinator.onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(steps.shutdown).toHaveBeenCalledTimes(1);
    await flush();
    expect(steps.quit).toHaveBeenCalledTimes(1);
    expect(coordinator.state).toBe('done');
    const second = { preventDefault: vi.fn() };
    coordinator.onBeforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(steps.forceExit).not.toHaveBeenCalled();
  });

  it('a second quit while shutting down does not start another shutdown', () => {
    const { steps, coordinator } = harness(() => new Promise(() => undefined));
    coordinator.onBeforeQuit({ preventDefault: vi.fn() });
    const again = { preventDefault: vi.fn() };
    coordinator.onBeforeQuit(again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(steps.shutdown).toHaveBeenCalledTimes(1);
  });

  it('forces the exit when shutdown hangs past the bound', async () => {
    const { steps, timers, coordinator } = harness(() => new Promise(() => undefined));
    coordinator.onBeforeQuit({ preventDefault: vi.fn() });
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(5000);
    timers[0]!.fn();
    expect(steps.forceExit).toHaveBeenCalledWith(1);
    expect(steps.quit).not.toHaveBeenCalled();
  });

  it('forces the exit when shutdown fails, and the late timer then does nothing', async () => {
    const { steps, timers, coordinator } = harness(async () => {
      throw new Error('dispose failed');
    });
    coordinator.onBeforeQuit({ preventDefault: vi.fn() });
    await flush();
    expect(steps.forceExit).toHaveBeenCalledTimes(1);
    timers[0]!.fn();
    expect(steps.forceExit).toHaveBeenCalledTimes(1);
  });
});
