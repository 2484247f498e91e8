/** A countdown for waits the server imposes (a code's resend cool-down, a 429's Retry-After). */
import { useEffect, useState } from 'react';

/** Whole seconds left until `deadline` (a Date.now() value), ticking while above zero. */
export function useSecondsLeft(deadline: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (deadline <= Date.now()) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) window.clearInterval(timer);
    }, 500);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
