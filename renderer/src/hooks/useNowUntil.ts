import { useEffect, useState } from 'react';

/**
 * The time (ms), read again once a second until `until` has passed, then left alone: a countdown on
 * screen (a wait the server asked for) renders once a second while it runs, and never otherwise.
 */
export function useNowUntil(until: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = (): void => {
      const t = Date.now();
      setNow(t);
      if (t >= until) return;
      // To the next whole second left, so the number shown steps as the seconds do.
      const toNextSecond = (until - t) % 1000 || 1000;
      timer = setTimeout(tick, toNextSecond);
    };
    tick();
    return () => clearTimeout(timer);
  }, [until]);
  return now;
}
