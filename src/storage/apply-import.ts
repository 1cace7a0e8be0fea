import type { ImportPlan } from '../core/issue-import.ts';
import type { DigestDatabase, MetaRecord } from './schema.ts';
import { atomically } from './atomic.ts';
import { guard } from './storage-failure.ts';
import { toStored } from './stored-item.ts';

/**
 * Applies a previewed import in one transaction: each imported issue replaces any held issue of
 * its number together with its items; the template learned from them is stored. The queue is
 * not touched.
 */
export function applyImportPlan(db: Promise<DigestDatabase>, plan: ImportPlan): Promise<void> {
  return guard(async () => {
    const tx = (await db).transaction(['items', 'issues', 'meta'], 'readwrite');
    const items = tx.objectStore('items');
    const byBucket = items.index('byBucketOrder');
    await atomically(tx, async (track) => {
      const replaced = await Promise.all(
        plan.parsed.map((p) => track(byBucket.getAllKeys(IDBKeyRange.bound([p.issue.number, -Infinity], [p.issue.number, Infinity])))),
      );
      for (const id of replaced.flat()) track(items.delete(id));
      for (const item of plan.parsed.flatMap((p) => p.items)) track(items.put(toStored(item)));
      for (const p of plan.parsed) track(tx.objectStore('issues').put(p.issue));
      track(tx.objectStore('meta').put({ key: 'template', value: plan.template } satisfies MetaRecord));
    });
  });
}
