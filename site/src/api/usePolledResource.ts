/**
 * Loads one API resource that is still changing on the server — a payment awaiting the gateway's
 * answer, a licence being issued — and asks again every `everyMs` while `awaiting(answer)` holds,
 * for at most `forMs`; then `gaveUp` is true and `checkAgain()` starts a new round. While waiting,
 * a failed check keeps the last answer on screen and tries again (unless `keepWaitingOn(error)`
 * says the error is final, e.g. a 404). The request is aborted when the page unmounts or `key`
 * changes, and a stale answer is never shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbortError, isApiError } from './client';

export type PolledResource<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

type Options<T> = {
  awaiting: (answer: T) => boolean;
  everyMs: number;
  forMs: number;
  /** while waiting, whether a failed check is worth another try (default: always) */
  keepWaitingOn?: (error: ApiError) => boolean;
};

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

export function usePolledResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string, { awaiting, everyMs, forMs, keepWaitingOn = () => true }: Options<T>) {
  const [state, setState] = useState<PolledResource<T>>({ status: 'loading' });
  const [gaveUp, setGaveUp] = useState(false);
  const [round, setRound] = useState(0);
  const startedAt = useRef(Date.now());
  const last = useRef<T | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    const again = () => {
      if (Date.now() - startedAt.current < forMs) timer = window.setTimeout(fetchOnce, everyMs);
      else setGaveUp(true);
    };
    const fetchOnce = async () => {
      try {
        const answer = await load(controller.signal);
        if (controller.signal.aborted) return;
        last.current = answer;
        setState({ status: 'ready', data: answer });
        if (awaiting(answer)) again();
      } catch (e) {
        if (controller.signal.aborted || isAbortError(e)) return;
        const error = asApiError(e);
        if (last.current !== null && awaiting(last.current) && keepWaitingOn(error)) again();
        else setState({ status: 'error', error });
      }
    };
    void fetchOnce();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
    // `load` is usually an inline closure; `key` says when it really changes
  }, [key, round]);

  const checkAgain = useCallback(() => {
    startedAt.current = Date.now();
    setGaveUp(false);
    setRound((n) => n + 1);
  }, []);

  return { state, gaveUp, checkAgain };
}
