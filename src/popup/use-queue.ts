import { useCallback, useEffect, useState } from 'preact/hooks';
import { itemHeadline, type GroupKey, type Item } from '../core/item.ts';
import type { Translate } from '../core/message-keys.ts';
import { moveBefore, moveWithinGroup } from '../core/queue-groups.ts';
import type { Repos } from '../storage/repos.ts';
import type { ToastMessage } from '../ui/toast.tsx';
import { useTask } from '../ui/use-task.ts';
import { failureText } from './failure-text.ts';

export interface QueueDeps {
  repos: Repos;
  t: Translate;
  onQueueChanged: () => void;
  toast: (text: string, action?: ToastMessage['action']) => void;
  /** Bumped when another page changed the queue. */
  revision: number;
}

/** The open issue's queue: loaded after the form is usable, edited in place. */
export function useQueue({ repos, t, onQueueChanged, toast, revision }: QueueDeps) {
  const [items, setItems] = useState<Item[] | undefined>();
  const [editingId, setEditingId] = useState<string | undefined>();
  const task = useTask(useCallback((e: unknown) => failureText(e, t), [t]));

  const { setError } = task;
  const reload = useCallback(async () => {
    try {
      setItems(await repos.items.queue());
    } catch (e) {
      setError(failureText(e, t));
    }
  }, [repos, t, setError]);

  useEffect(() => {
    void reload();
  }, [reload, revision]);

  /** A change to the queue: others are told when it succeeds; the list is read again either way. */
  const act = async (work: () => Promise<void>): Promise<void> => {
    if (await task.run(work)) onQueueChanged();
    await reload();
  };

  return {
    items,
    editingId,
    busy: task.busy,
    error: task.error,
    reload,
    edit: setEditingId,
    saveEdit: (item: Item) =>
      act(async () => {
        await repos.items.put(item);
        setEditingId(undefined);
      }),
    remove: (item: Item) =>
      act(async () => {
        const removed = await repos.items.remove(item.id);
        if (!removed) return;
        toast(t('toastDeleted', itemHeadline(removed)), {
          label: t('buttonUndo'),
          run: () => void act(async () => void (await repos.items.put(removed))),
        });
      }),
    move: (id: string, delta: -1 | 1) =>
      act(async () => {
        if (items) await repos.items.reorderQueue(moveWithinGroup(items, id, delta));
      }),
    drop: (id: string, beforeId: string | undefined, group: GroupKey) =>
      act(async () => {
        if (!items) return;
        const item = items.find((i) => i.id === id);
        if (!item) return;
        if (item.section !== group.section || item.project !== group.project) {
          await repos.items.put({ ...item, section: group.section, project: group.project });
        }
        const peers = items.filter((i) => i.section === group.section && i.project === group.project && i.id !== id);
        const before = beforeId ?? nextAfter(items, peers.at(-1));
        await repos.items.reorderQueue(moveBefore(items, id, before));
      }),
  };
}

/** The item that follows `last` in queue order, so a drop at a group's end lands after its last item. */
function nextAfter(items: readonly Item[], last: Item | undefined): string | undefined {
  if (!last) return undefined;
  const sorted = [...items].sort((a, b) => a.order - b.order);
  return sorted[sorted.indexOf(last) + 1]?.id;
}
