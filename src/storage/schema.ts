import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Issue } from '../core/issue.ts';
import type { Item } from '../core/item.ts';
import type { SuggestionModel } from '../core/project-suggestion.ts';
import type { Settings } from '../core/settings.ts';
import type { Template } from '../core/template.ts';
import type { CaptureDraft } from '../core/capture-draft.ts';

export const DB_NAME = 'digest-clipper';

/**
 * The schema version. Raising it needs a migration in `upgrade` and a fixture of a database at
 * the old version under test/fixtures/databases/ (a test fails without one).
 */
export const DB_VERSION = 1;

/** The queue's bucket; published items sit in the bucket of their issue number. */
export const QUEUE_BUCKET = 0;

/** An item as stored: with the keys its indexes need. */
export interface StoredItem extends Item {
  /** `issue ?? 0`: IndexedDB cannot index null. */
  bucket: number;
  /** Canonical URLs of its links, for finding duplicates by index. */
  urlKeys: string[];
}

export type MetaRecord =
  | { key: 'template'; value: Template }
  | { key: 'settings'; value: Settings }
  | { key: 'suggestionModel'; value: SuggestionModel };

export type MetaKey = MetaRecord['key'];
export type MetaValue<K extends MetaKey> = Extract<MetaRecord, { key: K }>['value'];

export interface DigestDB extends DBSchema {
  items: {
    key: string;
    value: StoredItem;
    indexes: { byBucketOrder: [number, number]; byUrl: string };
  };
  issues: { key: number; value: Issue };
  meta: { key: MetaKey; value: MetaRecord };
  drafts: { key: string; value: CaptureDraft };
}

export type DigestDatabase = IDBPDatabase<DigestDB>;

/** One upgrade function for every version: each step takes the database one version further. */
export function upgrade(
  db: DigestDatabase,
  oldVersion: number,
  _newVersion: number | null,
  _tx: IDBPTransaction<DigestDB, StoreNames<DigestDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('byBucketOrder', ['bucket', 'order']);
    items.createIndex('byUrl', 'urlKeys', { multiEntry: true });
    db.createObjectStore('issues', { keyPath: 'number' });
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('drafts', { keyPath: 'key' });
  }
}
