import type { CaptureDraft } from '../core/model/capture-draft.ts';

/**
 * Writes each change of the draft as it happens, one write at a time, always ending with the
 * latest: typing survives the popup closing at any moment without a write queue piling up.
 */
export function createDraftWriter(write: (draft: CaptureDraft) => Promise<void>, onError: (e: unknown) => void = () => undefined) {
  let pending: CaptureDraft | undefined;
  let running: Promise<void> | undefined;
  const pump = async (): Promise<void> => {
    while (pending) {
      const next = pending;
      pending = undefined;
      try {
        await write(next);
      } catch (e) {
        onError(e);
      }
    }
    running = undefined;
  };
  return {
    write(draft: CaptureDraft): void {
      pending = draft;
      running ??= pump();
    },
    /** Resolves when everything written so far is stored. */
    flush(): Promise<void> {
      return running ?? Promise.resolve();
    },
    /** Forget a write not yet started (the draft was saved or discarded). */
    cancel(): void {
      pending = undefined;
    },
  };
}
