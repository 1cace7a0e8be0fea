import { useCallback, useEffect, useState } from 'preact/hooks';
import { readQueue } from '../app/read-queue.ts';
import { addNote, deleteQueuedItem, dropQueuedItem, editQueuedItem, moveQueuedItem, restoreQueuedItem, sortQueuedGroupByDay } from '../app/queue-edits.ts';
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
  now: () => Date;
  newId: () => string;
  /** The queue as read the moment the form was on screen (the popup's entry starts it). */
  firstRead?: (() => Promise<Item[]>) | undefined;
}

/** The open issue's queue: loaded after the form is usable, edited in place. */
export function useQueue({ store, t, onQueueChanged, toast, revision, now, newId, firstRead }: QueueDeps) {
  const [items, setItems] = useState<Item[] | undefined>();
  const [editingId, setEditingId] = useState<string | undefined>();
  const [writingNote, setWritingNote] = useState(false);
  // Where the keyboard goes once the list shows the result of an action: the item just edited,
  // the one after a deleted one, the one brought back.
  const [focusId, setFocusId] = useState<string | undefined>();
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
    // The first read was started without waiting for this effect (which runs a frame after the
    // form shows): a queue of thousands takes a while to read.
    if (revision === 0 && firstRead) {
      firstRead().then(setItems, fail);
      return;
    }
    void reload();
  }, [reload, revision, firstRead, fail]);

  /** A change to the queue: others are told when it succeeds; the list is read again either way. */
  const act = async (work: () => Promise<unknown>): Promise<void> => {
    if (await action.run(work)) onQueueChanged();
    await reload();
  };

  return {
    items,
    editingId,
    writingNote,
    focusId,
    busy: action.busy,
    error: action.error,
    reload,
    edit: (id: string | undefined) => {
      if (id === undefined && editingId !== undefined) setFocusId(editingId);
      setEditingId(id);
      if (id !== undefined) setWritingNote(false);
    },
    saveEdit: (item: Item) =>
      act(async () => {
        const saved = await editQueuedItem(store, item);
        setEditingId(undefined);
        setFocusId(saved.id);
        toast(t('toastEdited', itemHeadline(saved)));
      }),
    writeNote: (on: boolean) => {
      setWritingNote(on);
      if (on) setEditingId(undefined);
    },
    saveNote: (note: Item) =>
      act(async () => {
        const result = await addNote(store, note, { now, newId });
        if (result.outcome === 'empty') {
          action.setError(t('errorNoteEmpty'));
          return;
        }
        setWritingNote(false);
        setFocusId(result.item.id);
        toast(t('toastNoteAdded', (items?.length ?? 0) + 1));
      }),
    remove: (item: Item) =>
      act(async () => {
        const list = items ?? [];
        const at = list.findIndex((i) => i.id === item.id);
        const removed = await deleteQueuedItem(store, item.id);
        setFocusId((list[at + 1] ?? list[at - 1])?.id);
        toast(t('toastDeleted', itemHeadline(removed)), {
          label: t('buttonUndo'),
          run: () =>
            void act(async () => {
              await restoreQueuedItem(store, removed);
              setFocusId(removed.id);
            }),
        });
      }),
    move: (id: string, delta: -1 | 1) => act(() => moveQueuedItem(store, id, delta)),
    drop: (id: string, beforeId: string | undefined, group: GroupKey) => act(() => dropQueuedItem(store, id, beforeId, group)),
    sortByDay: (group: GroupKey) => act(() => sortQueuedGroupByDay(store, group)),
  };
}
