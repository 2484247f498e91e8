/**
 * Deep links into a page section (`/devices/:id#service`, `#installation`): once the section is
 * on the page, scroll it into view (below the sticky header: CSS `scroll-margin-top`) and move
 * the keyboard focus to it. Runs again for each navigation to the same hash.
 */
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

export function useHashFocus(id: string, ready: boolean) {
  const location = useLocation();
  useEffect(() => {
    if (!ready || location.hash !== `#${id}`) return;
    // after the layout of this render (and after AppShell's scroll to the top of a new page)
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [id, ready, location.hash, location.key]);
}
