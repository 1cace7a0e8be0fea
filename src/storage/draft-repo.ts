import type { CaptureDraft } from '../core/capture-draft.ts';
import type { DigestDatabase } from './schema.ts';
import { guard } from './storage-failure.ts';

export type DraftRepo = ReturnType<typeof createDraftRepo>;

/** Unsaved typing, by page; it outlives the popup closing. */
export function createDraftRepo(db: Promise<DigestDatabase>) {
  return {
    get: (key: string) => guard(async () => (await db).get('drafts', key)),
    put: (draft: CaptureDraft) =>
      guard(async () => {
        await (await db).put('drafts', draft);
      }),
    remove: (key: string) =>
      guard(async () => {
        await (await db).delete('drafts', key);
      }),
  };
}
