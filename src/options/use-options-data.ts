import { useCallback, useEffect, useState } from 'preact/hooks';
import { readOptionsData, type OptionsData } from '../app/read-options-data.ts';
import type { DigestStore } from '../storage/digest-store.ts';

/** What the options page shows, read again whenever this or another page changes it. */
export function useOptionsData(store: DigestStore, listenForChanges: (onChange: () => void, signal: AbortSignal) => void) {
  const [data, setData] = useState<OptionsData | undefined>();
  const [error, setError] = useState<unknown>();
  const [revision, setRevision] = useState(0);
  const reload = useCallback(async () => {
    try {
      setData(await readOptionsData(store));
      setRevision((r) => r + 1);
    } catch (e) {
      setError(e);
    }
  }, [store]);
  useEffect(() => {
    void reload();
    const stop = new AbortController();
    listenForChanges(() => void reload(), stop.signal);
    return () => stop.abort();
  }, [reload, listenForChanges]);
  return { data, error, reload, revision };
}
