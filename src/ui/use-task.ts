import { useCallback, useRef, useState } from 'preact/hooks';

/**
 * One user action at a time: busy while it runs, its failure described for the editor. A second
 * action started while one runs is ignored (its button is disabled anyway). Resolves to whether the
 * action succeeded.
 */
export function useTask(describe: (e: unknown) => string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const running = useRef(false);
  const run = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setError(undefined);
      try {
        await work();
        return true;
      } catch (e) {
        setError(describe(e));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, error, setError, run };
}
