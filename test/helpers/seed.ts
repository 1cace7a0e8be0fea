import { planIssueImport, applyIssueImport } from '../../src/app/import-issues.ts';
import type { CaptureDraft } from '../../src/core/model/capture-draft.ts';
import type { Item } from '../../src/core/model/item.ts';
import { newQueuedItem } from '../../src/core/queue/capture.ts';
import type { DigestStore } from '../../src/storage/digest-store.ts';
import { fixtureFiles } from './corpus.ts';

export const SEED_NOW = new Date('2015-05-01T08:00:00Z');
export const SEED_TODAY = '2015-05-01';

/** A queued capture as the popup would make it. */
export function queuedCapture(i: number, over: Partial<Parameters<typeof newQueuedItem>[0]> = {}): Omit<Item, 'order'> {
  return newQueuedItem(
    { url: `https://example.com/page/${i}?utm_source=feed`, title: `Page ${i}`, section: '社区跟踪', project: i % 2 ? 'Nova' : 'Neutron', comment: `Comment ${i}`, ...over },
    `q${i}`,
    SEED_NOW,
  );
}

export function draftFor(key: string, over: Partial<CaptureDraft> = {}): CaptureDraft {
  return {
    key,
    url: `https://${key}`,
    title: 'A page being captured',
    section: '社区跟踪',
    project: 'Nova',
    comment: 'Half written',
    eventDate: '',
    updatedAt: SEED_NOW.toISOString(),
    ...over,
  };
}

/**
 * A database as an editor has it after a while: past issues imported (our own fixtures), four
 * queued items, a draft for a page and a snapshot.
 */
export async function seedStore(store: DigestStore): Promise<void> {
  const files = fixtureFiles('issues').map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  await applyIssueImport(store, await planIssueImport(store, files, SEED_TODAY), SEED_NOW);
  for (let i = 1; i <= 4; i++) await store.write((tx) => tx.items.appendToQueue(queuedCapture(i)));
  await store.write((tx) => tx.drafts.put(draftFor('example.org/draft')));
}
