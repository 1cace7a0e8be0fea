import type { FullState } from '../core/restore-plan.ts';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import { DEFAULT_TEMPLATE } from '../core/template.ts';
import type { DigestDatabase, MetaRecord } from './schema.ts';
import { atomically } from './atomic.ts';
import { guard } from './storage-failure.ts';
import { fromStored, toStored } from './stored-item.ts';

/** Everything, read in one transaction so the parts agree with each other. */
export function readFullState(db: Promise<DigestDatabase>): Promise<FullState> {
  return guard(async () => {
    const tx = (await db).transaction(['items', 'issues', 'meta'], 'readonly');
    const [items, issues, template, settings] = await Promise.all([
      tx.objectStore('items').getAll(),
      tx.objectStore('issues').getAll(),
      tx.objectStore('meta').get('template'),
      tx.objectStore('meta').get('settings'),
      tx.done,
    ]);
    return {
      items: items.map(fromStored),
      issues,
      template: (template?.value as FullState['template'] | undefined) ?? DEFAULT_TEMPLATE,
      settings: { ...DEFAULT_SETTINGS, ...(settings?.value as FullState['settings'] | undefined) },
    };
  });
}

/**
 * Makes the database hold exactly `state`, in one transaction: either all of it is written or,
 * on any failure, nothing changes. Drafts and snapshots are left alone.
 */
export function writeFullState(db: Promise<DigestDatabase>, state: FullState): Promise<void> {
  return guard(async () => {
    const tx = (await db).transaction(['items', 'issues', 'meta'], 'readwrite');
    const items = tx.objectStore('items');
    const issues = tx.objectStore('issues');
    const meta = tx.objectStore('meta');
    await atomically(tx, async (track) => {
      track(items.clear());
      track(issues.clear());
      for (const item of state.items) track(items.put(toStored(item)));
      for (const issue of state.issues) track(issues.put(issue));
      track(meta.put({ key: 'template', value: state.template } satisfies MetaRecord));
      track(meta.put({ key: 'settings', value: state.settings } satisfies MetaRecord));
      // The learned model describes the old archive; it is learned again after the write.
      track(meta.delete('suggestionModel'));
    });
  });
}
