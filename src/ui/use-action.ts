import { useCallback, useRef, useState } from 'preact/hooks';
import type { Translate } from '../core/contracts/text-keys.ts';
import { sayFailure } from '../core/contracts/wording.ts';

/**
 * How long an action runs before it looks busy: a save that is done in a few milliseconds neither
 * flickers its button nor pays for drawing the form twice before the database is even asked.
 */
export const BUSY_AFTER_MS = 150;

/**
 * One way to run a user action, in the popup and the options page alike: one at a time, busy
 * while it runs (once it runs long enough to see), and its failure worded for the editor. A second
 * action started while one runs is ignored (its button is disabled once it looks busy). Resolves
 * to the work's result, or undefined when it failed or did not run.
 */
export function useAction(t: Translate) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const running = useRef(false);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      const looksBusy = setTimeout(() => setBusy(true), BUSY_AFTER_MS);
      setError(undefined);
      try {
        return { ok: true, value: await work() };
      } catch (e) {
        setError(sayFailure(t, e));
        return undefined;
      } finally {
        running.current = false;
        clearTimeout(looksBusy);
        setBusy(false);
      }
    },
    [t],
  );
  /** Words a failure that happened outside `run` (a load, a background refresh). */
  const fail = useCallback((e: unknown) => setError(sayFailure(t, e)), [t]);
  return { busy, error, setError, run, fail };
}

export type Action = ReturnType<typeof useAction>;
