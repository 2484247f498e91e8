/**
 * Loads one API resource for a page: loading → ready | error, with reload(). The request is
 * aborted when the page unmounts or the key changes, and a stale answer is never shown.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbortError } from './client';

export type Resource<T> =
  | { status: 'loading'; data: null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: ApiError };

const LOADING = { status: 'loading', data: null, error: null } as const;

export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Resource<T> & { reload: () => void } {
  const [state, setState] = useState<Resource<T>>(LOADING);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState(LOADING);
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const apiError = error instanceof ApiError ? error : new ApiError({ status: -1, code: 'unexpected', label: null });
        setState({ status: 'error', data: null, error: apiError });
      }
    );
    return () => controller.abort();
    // `load` is usually an inline closure; `key` says when it really changes
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
