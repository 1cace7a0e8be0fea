import { useCallback, useEffect, useState } from 'preact/hooks';
import { readQueue } from '../app/queries.ts';
import { deleteQueuedItem, dropQueuedItem, editQueuedItem, moveQueuedItem, restoreQueuedItem } from '../app/queue-edits.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { itemHeadline, type GroupKey, type Item } from '../core/model/item.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import type { ToastMessage } from '../ui/toast.tsx';
import { useAction } from '../ui/use-action.ts';

export interface QueueDeps {
  store: DigestStore;
  t: Translate;
  onQueueChanged: () => void;
  toast: (text: string, action?: ToastMessage['action']) => void;
  /** Bumped when another page changed the queue. */
  revision: number;
}

/** The open issue's queue: loaded after the form is usable, edited in place. */
export function useQueue({ store, t, onQueueChanged, toast, revision }: QueueDeps) {
  const [items, setItems] = useState<Item[] | undefined>();
  const [editingId, setEditingId] = useState<string | undefined>();
  const action = useAction(t);
  const { fail } = action;

  const reload = useCallback(async () => {
    try {
      setItems(await readQueue(store));
    } catch (e) {
      fail(e);
    }
  }, [store, fail]);

  useEffect(() => {
    void reload();
  }, [reload, revision]);

  /** A change to the queue: others are told when it succeeds; the list is read again either way. */
  const act = async (work: () => Promise<unknown>): Promise<void> => {
    if (await action.run(work)) onQueueChanged();
    await reload();
  };

  return {
    items,
    editingId,
    busy: action.busy,
    error: action.error,
    reload,
    edit: setEditingId,
    saveEdit: (item: Item) =>
      act(async () => {
        await editQueuedItem(store, item);
        setEditingId(undefined);
      }),
    remove: (item: Item) =>
      act(async () => {
        const removed = await deleteQueuedItem(store, item.id);
        toast(t('toastDeleted', itemHeadline(removed)), { label: t('buttonUndo'), run: () => void act(() => restoreQueuedItem(store, removed)) });
      }),
    move: (id: string, delta: -1 | 1) => act(() => moveQueuedItem(store, id, delta)),
    drop: (id: string, beforeId: string | undefined, group: GroupKey) => act(() => dropQueuedItem(store, id, beforeId, group)),
  };
}
