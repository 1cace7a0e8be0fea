import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Issue } from '../core/issue.ts';
import type { Item } from '../core/item.ts';
import type { Settings } from '../core/settings.ts';
import type { Template } from '../core/template.ts';
import { listenToMessages } from '../platform/messaging.ts';
import type { Repos } from '../storage/repos.ts';
import type { SnapshotSummary } from '../storage/snapshot-repo.ts';

export interface OptionsData {
  template: Template;
  settings: Settings;
  issues: Issue[];
  queue: Item[];
  /** All items, queued and published. */
  itemCount: number;
  snapshots: SnapshotSummary[];
}

/** What the options page shows, read again whenever this or another page changes it. */
export function useOptionsData(repos: Repos) {
  const [data, setData] = useState<OptionsData | undefined>();
  const [error, setError] = useState<unknown>();
  const [revision, setRevision] = useState(0);
  const reload = useCallback(async () => {
    try {
      const [template, settings, issues, queue, itemCount, snapshots] = await Promise.all([
        repos.meta.template(),
        repos.meta.settings(),
        repos.issues.list(),
        repos.items.queue(),
        repos.items.count(),
        repos.snapshots.list(),
      ]);
      setData({ template, settings, issues, queue, itemCount, snapshots });
      setRevision((r) => r + 1);
    } catch (e) {
      setError(e);
    }
  }, [repos]);
  useEffect(() => {
    void reload();
    const stop = new AbortController();
    listenToMessages({ queueChanged: () => void reload(), dataChanged: () => void reload() }, stop.signal);
    return () => stop.abort();
  }, [reload]);
  return { data, error, reload, revision };
}
