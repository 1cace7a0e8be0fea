import { useCallback, useRef } from 'preact/hooks';

/**
 * A callback that keeps its identity from render to render and always calls the latest `fn`:
 * what a part drawn once and kept (a long list of options) can hold without going stale.
 */
export function useLatestCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  latest.current = fn;
  return useCallback((...args: A) => latest.current(...args), []);
}
