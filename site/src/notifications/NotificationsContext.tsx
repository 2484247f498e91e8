/**
 * The unread-notification count the header's bell shows, shared by every page.
 *
 * It is asked for (GET /api/me/notifications?pageSize=1 → meta.unread) when a logged-in visitor
 * moves to another page and when the browser tab comes back into view. Pages that learn the count
 * anyway (the dashboard, the notifications list) hand it over with `setUnread`, and marking read
 * lowers it at once (`markedRead`), so the bell never waits for the next page change. An answer
 * that was already on its way when the count changed here is dropped (it could be older).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { getNotifications } from '../api/me';
import { useAuth } from '../auth/AuthContext';

export type NotificationsState = {
  /** unread notifications of the logged-in buyer; null while not known (or logged out) */
  unread: number | null;
  setUnread: (count: number) => void;
  /** `count` notifications (1 by default) were just marked read */
  markedRead: (count?: number) => void;
};

const NotificationsContext = createContext<NotificationsState | null>(null);

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const { pathname } = useLocation();
  const [unread, setUnreadState] = useState<number | null>(null);
  /** bumped by every change made here; a fetch started before a change does not overwrite it */
  const version = useRef(0);
  const [visibleAgain, setVisibleAgain] = useState(0);

  const setUnread = useCallback((count: number) => {
    version.current += 1;
    setUnreadState(count);
  }, []);

  const markedRead = useCallback((count = 1) => {
    version.current += 1;
    setUnreadState((n) => (n === null ? n : Math.max(0, n - count)));
  }, []);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setVisibleAgain((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  useEffect(() => {
    if (status !== 'authenticated') {
      setUnreadState(null);
      return;
    }
    const controller = new AbortController();
    const started = version.current;
    getNotifications({ pageSize: 1 }, controller.signal).then(
      (answer) => {
        if (!controller.signal.aborted && version.current === started) setUnreadState(answer.meta.unread);
      },
      () => {
        /* aborted, or the server is down: the bell keeps what it knew (the page shows errors) */
      }
    );
    return () => controller.abort();
  }, [status, pathname, visibleAgain]);

  const value = useMemo<NotificationsState>(() => ({ unread, setUnread, markedRead }), [unread, setUnread, markedRead]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export const useNotifications = (): NotificationsState => {
  const ctx = useContext(NotificationsContext);
  if (!ctx) throw new Error('useNotifications must be used inside <NotificationsProvider>');
  return ctx;
};
