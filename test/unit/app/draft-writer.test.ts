import { describe, expect, it } from 'vitest';
import { createDraftWriter } from '../../../src/app/draft-writer.ts';
import type { CaptureDraft } from '../../../src/core/model/capture-draft.ts';
import { draftFor } from '../../helpers/seed.ts';

/** A store of drafts whose writes finish when the test lets them. */
function slowStore() {
  const stored: string[] = [];
  const waiting: (() => void)[] = [];
  return {
    stored,
    write: (d: CaptureDraft) =>
      new Promise<void>((resolve) =>
        waiting.push(() => {
          stored.push(d.comment);
          resolve();
        }),
      ),
    finishOne: () => waiting.shift()?.(),
  };
}

describe('the draft writer', () => {
  it('writes one draft at a time and always ends with the latest, skipping those overtaken meanwhile', async () => {
    const store = slowStore();
    const writer = createDraftWriter(store.write);
    for (const text of ['a', 'ab', 'abc', 'abcd']) writer.write(draftFor('k', { comment: text }));
    store.finishOne();
    await Promise.resolve();
    await Promise.resolve();
    store.finishOne();
    await writer.flush();
    expect(store.stored).toEqual(['a', 'abcd']);
  });

  it('forgets a write not yet started when the draft is saved or discarded', async () => {
    const store = slowStore();
    const writer = createDraftWriter(store.write);
    writer.write(draftFor('k', { comment: 'first' }));
    writer.write(draftFor('k', { comment: 'second' }));
    writer.cancel();
    store.finishOne();
    await writer.flush();
    expect(store.stored).toEqual(['first']);
  });

  it('reports a failed write and carries on with the next', async () => {
    const failures: unknown[] = [];
    let calls = 0;
    const writer = createDraftWriter(async () => {
      if (++calls === 1) throw new Error('disk full');
    }, (e) => failures.push(e));
    writer.write(draftFor('k'));
    await writer.flush();
    writer.write(draftFor('k'));
    await writer.flush();
    expect(failures).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
