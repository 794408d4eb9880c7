// Locks the workspace after a period without user activity. Only Date and setTimeout are used, so a
// test clock can fast-forward through it.
import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focus', 'focusin'] as const;

export function useIdleLock(minutes: number, active: boolean, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!active || !(minutes > 0)) return;
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;

    const markActive = () => {
      lastActivity = Date.now();
    };
    // The timer does not restart on every mouse move: when it fires it checks how long the user has
    // really been away and either locks or waits for the remainder.
    const check = () => {
      if (done) return;
      const idle = Date.now() - lastActivity;
      if (idle >= limit) {
        done = true;
        onIdleRef.current();
        return;
      }
      timer = setTimeout(check, limit - idle);
    };
    timer = setTimeout(check, limit);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, markActive, { capture: true, passive: true });
    return () => {
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, markActive, { capture: true });
    };
  }, [minutes, active]);
}
