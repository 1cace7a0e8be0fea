import type { Issue } from '../core/issue.ts';
import type { Settings } from '../core/settings.ts';
import { QUEUE_BUCKET, type DigestDatabase, type MetaRecord } from './schema.ts';
import { atomically } from './atomic.ts';
import { guard } from './storage-failure.ts';
import { fromStored, toStored } from './stored-item.ts';

/**
 * Publishes the queue as `issue` in one transaction: the issue is stored, every queued item is
 * filed under it in its queue order (nothing is deleted), and the open-issue settings are
 * cleared so the next issue's number and period follow from this one.
 */
export function publishIssue(db: Promise<DigestDatabase>, issue: Issue, settings: Settings): Promise<number> {
  return guard(async () => {
    const tx = (await db).transaction(['items', 'issues', 'meta'], 'readwrite');
    const items = tx.objectStore('items');
    return atomically(tx, async (track) => {
      const queued = await track(items.index('byBucketOrder').getAll(IDBKeyRange.bound([QUEUE_BUCKET, -Infinity], [QUEUE_BUCKET, Infinity])));
      track(tx.objectStore('issues').put(issue));
      queued.forEach((stored, order) => track(items.put(toStored({ ...fromStored(stored), issue: issue.number, order }))));
      track(tx.objectStore('meta').put({ key: 'settings', value: { ...settings, openIssue: {} } } satisfies MetaRecord));
      return queued.length;
    });
  });
}
