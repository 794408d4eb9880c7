import { useEffect, useState } from 'react';

/** Seconds left until `until` (a Date.now() timestamp), ticking; 0 once passed or when null. */
export function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const left = until - current;
      if (left > 0) timer = setTimeout(tick, Math.min(1000, left % 1000 || 1000));
    };
    timer = setTimeout(tick, Math.min(1000, Math.max(0, until - Date.now()) % 1000 || 1000));
    return () => clearTimeout(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
