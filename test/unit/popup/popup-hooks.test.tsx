// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useExport } from '../../../src/popup/use-export.ts';
import { useQueue } from '../../../src/popup/use-queue.ts';
import type { ToastMessage } from '../../../src/ui/toast.tsx';
import { BUSY_AFTER_MS, useAction } from '../../../src/ui/use-action.ts';
import { failingWrites, testStore } from '../../helpers/db.ts';
import { SEED_NOW, seedStore } from '../../helpers/seed.ts';
import { translator } from '../../helpers/translate.ts';

afterEach(cleanup);
const t = translator('en');

/** What the popup's surroundings saw: toasts, queue broadcasts, clipboard, downloads. */
function surroundings() {
  const seen = { toasts: [] as { text: string; action?: ToastMessage['action'] }[], changes: 0, copied: [] as string[], downloads: [] as string[] };
  return {
    seen,
    toast: (text: string, action?: ToastMessage['action']) => void seen.toasts.push({ text, ...(action ? { action } : {}) }),
    onQueueChanged: () => void seen.changes++,
  };
}

describe('useQueue', () => {
  it('loads the queue, deletes with an undo that puts the item back, and tells the other pages', async () => {
    const { store } = testStore();
    await seedStore(store);
    const s = surroundings();
    const { result } = renderHook(() => useQueue({ store, t, onQueueChanged: s.onQueueChanged, toast: s.toast, revision: 0, now: () => SEED_NOW, newId: () => 'note-1' }));
    await waitFor(() => expect(result.current.items?.map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4']));
    await act(() => result.current.remove(result.current.items![1]!));
    expect(result.current.items?.map((i) => i.id)).toEqual(['q1', 'q3', 'q4']);
    // The keyboard goes on to the next item.
    expect(result.current.focusId).toBe('q3');
    expect(s.seen.toasts.at(-1)?.text).toBe('Deleted “Page 2”.');
    await act(async () => s.seen.toasts.at(-1)?.action?.run());
    await waitFor(() => expect(result.current.items?.map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4']));
    expect(result.current.focusId).toBe('q2');
    expect(s.seen.changes).toBe(2);
  });

  it('saves an edit, saying so and keeping the keyboard on the item; adds a note with no link', async () => {
    const { store } = testStore();
    await seedStore(store);
    const s = surroundings();
    const { result } = renderHook(() => useQueue({ store, t, onQueueChanged: s.onQueueChanged, toast: s.toast, revision: 0, now: () => SEED_NOW, newId: () => 'note-1' }));
    await waitFor(() => expect(result.current.items).toHaveLength(4));
    act(() => result.current.edit('q2'));
    await act(() => result.current.saveEdit({ ...result.current.items![1]!, comment: 'Edited.' }));
    expect(result.current.editingId).toBeUndefined();
    expect(result.current.focusId).toBe('q2');
    expect(s.seen.toasts.at(-1)?.text).toBe('Saved “Page 2”.');

    act(() => result.current.writeNote(true));
    await act(() => result.current.saveNote({ id: 'new-note', section: '业界动态', project: null, comment: '   ', links: [], capturedAt: '', order: 0, issue: null }));
    expect(result.current.error).toBe('A note needs words or a link.');
    expect(result.current.writingNote).toBe(true);
    await act(() => result.current.saveNote({ id: 'new-note', section: '业界动态', project: null, comment: '社区宣布K版本代号：Kilo', eventDate: '2014-07-17', links: [], capturedAt: '', order: 0, issue: null }));
    expect(result.current.writingNote).toBe(false);
    expect(result.current.items?.at(-1)).toMatchObject({ id: 'note-1', comment: '社区宣布K版本代号：Kilo', links: [], eventDate: '2014-07-17' });
    expect(result.current.focusId).toBe('note-1');
    expect(s.seen.toasts.at(-1)?.text).toBe('Note added. 5 in the queue.');
  });

  it('words a failed change and leaves the list as stored', async () => {
    const { store } = testStore();
    await seedStore(store);
    const s = surroundings();
    const { result } = renderHook(() => useQueue({ store, t, onQueueChanged: s.onQueueChanged, toast: s.toast, revision: 0, now: () => SEED_NOW, newId: () => 'note-1' }));
    await waitFor(() => expect(result.current.items).toHaveLength(4));
    const disk = failingWrites(1);
    await act(() => result.current.move('q3', -1));
    disk.stop();
    expect(result.current.error).toBe(t('errorQuota'));
    expect(result.current.items?.map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(s.seen.changes).toBe(0);
  });
});

describe('useExport', () => {
  it('shows the next issue, copies and downloads it, and publishes it, opening the next', async () => {
    const { store } = testStore();
    await seedStore(store);
    const s = surroundings();
    const { result } = renderHook(() =>
      useExport({
        store,
        t,
        now: () => new Date('2015-05-03T09:00:00Z'),
        today: () => '2015-05-03',
        copyText: async (text) => (s.seen.copied.push(text), true),
        downloadText: (name) => void s.seen.downloads.push(name),
        onQueueChanged: s.onQueueChanged,
        toast: s.toast,
        revision: 0,
      }),
    );
    await waitFor(() => expect(result.current.view?.exported.issue.number).toBe(104));
    expect(result.current.view?.problems.map((p) => p.kind)).toContain('tracking');
    const fileName = result.current.view?.exported.issue.fileName;
    expect(result.current.handedOver).toBe(false);
    await act(() => result.current.copy());
    act(() => result.current.download());
    expect(s.seen.copied).toEqual([result.current.view?.exported.markdown]);
    expect(s.seen.downloads).toEqual([fileName]);
    expect(result.current.handedOver).toBe(true);
    await act(() => result.current.changePlan({ key: '110', subtitle: 'x' }));
    await waitFor(() => expect(result.current.view?.exported.issue.number).toBe(110));
    // A changed issue was not taken out yet.
    expect(result.current.handedOver).toBe(false);
    const queued = result.current.view?.exported.items.map((i) => i.id);
    await act(() => result.current.publish());
    expect(s.seen.toasts.map((x) => x.text)).toEqual(['Markdown copied.', `Saved as ${fileName}.`, 'Issue 110 is archived; issue 111 is open.']);
    await waitFor(() => expect(result.current.view?.exported.items).toEqual([]));
    expect(result.current.view?.exported.issue.key).toBe('111');

    // Undo puts the queue, the number and the plan back exactly.
    await act(async () => s.seen.toasts.at(-1)?.action?.run());
    await waitFor(() => expect(s.seen.toasts.at(-1)?.text).toBe('Issue 110 is open again, with its 4 items back in the queue.'));
    await waitFor(() => expect(result.current.view?.exported.items.map((i) => i.id)).toEqual(queued));
    expect(result.current.view?.exported.issue.key).toBe('110');
    expect(result.current.view?.exported.plan.subtitle).toBe('x');
    expect(await store.read((tx) => tx.issues.get('110'))).toBeUndefined();
  });
});

describe('useAction', () => {
  it('runs one action at a time and words its failure', async () => {
    const { result } = renderHook(() => useAction(t));
    let release!: () => void;
    let first!: Promise<unknown>;
    vi.useFakeTimers();
    act(() => {
      first = result.current.run(() => new Promise<void>((r) => (release = r)));
    });
    // Busy only once it runs long enough to be seen: a quick action never flickers.
    expect(result.current.busy).toBe(false);
    act(() => void vi.advanceTimersByTime(BUSY_AFTER_MS - 1));
    expect(result.current.busy).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    vi.useRealTimers();
    expect(result.current.busy).toBe(true);
    expect(await result.current.run(async () => 'second')).toBeUndefined();
    await act(async () => {
      release();
      await first;
    });
    expect(result.current.busy).toBe(false);
    await act(async () => void (await result.current.run(() => Promise.reject(new DOMException('x', 'DataError')))));
    expect(result.current.error).toBe(t('errorUnknown', 'x'));
    let answer: unknown;
    await act(async () => {
      answer = await result.current.run(async () => 42);
    });
    expect(answer).toEqual({ ok: true, value: 42 });
    expect(result.current.error).toBeUndefined();
    expect(result.current.busy).toBe(false);
  });

  it('never looks busy for an action done before it could be seen', async () => {
    const { result } = renderHook(() => useAction(t));
    const seen: boolean[] = [];
    await act(async () => {
      await result.current.run(async () => {
        seen.push(result.current.busy);
        await new Promise((r) => setTimeout(r, 5));
        seen.push(result.current.busy);
      });
    });
    await new Promise((r) => setTimeout(r, BUSY_AFTER_MS + 20));
    seen.push(result.current.busy);
    expect(seen).toEqual([false, false, false]);
  });
});
