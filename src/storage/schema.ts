import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Issue } from '../core/model/issue.ts';
import type { Item } from '../core/model/item.ts';
import type { SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import type { Settings } from '../core/model/settings.ts';
import type { Template } from '../core/model/template.ts';
import type { Backup } from '../core/backup/backup.ts';
import type { CaptureDraft } from '../core/model/capture-draft.ts';

export const DB_NAME = 'digest-clipper';

/**
 * The schema version. Raising it needs a migration in `upgrade` and a fixture of a database at
 * the old version under test/fixtures/databases/ (a test fails without one).
 */
export const DB_VERSION = 2;

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
  | { key: 'suggestionModel'; value: SuggestionModel }
  | { key: 'reminders'; value: ReminderState };

/** When the due-date reminder last spoke, so it nags at most once a day. */
export interface ReminderState {
  lastNotified: string | null;
}

export type SnapshotReason = 'publish' | 'daily' | 'before-restore' | 'before-import';

/** A backup kept inside the extension. */
export interface Snapshot {
  id?: number;
  takenAt: string;
  reason: SnapshotReason;
  itemCount: number;
  issueCount: number;
  backup: Backup;
}

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
  snapshots: { key: number; value: Snapshot };
}

export type DigestDatabase = IDBPDatabase<DigestDB>;

type UpgradeTransaction = IDBPTransaction<DigestDB, StoreNames<DigestDB>[], 'versionchange'>;

/** Step n takes a database from version n - 1 to n. Never edit a released step; add one. */
const STEPS: readonly ((db: DigestDatabase, tx: UpgradeTransaction) => void)[] = [
  // 1: items, issues, settings and drafts.
  (db) => {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('byBucketOrder', ['bucket', 'order']);
    items.createIndex('byUrl', 'urlKeys', { multiEntry: true });
    db.createObjectStore('issues', { keyPath: 'number' });
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('drafts', { keyPath: 'key' });
  },
  // 2: backups kept inside the extension.
  (db) => {
    db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  },
];

/** One upgrade function for every version: runs the steps from the old version to the new one. */
export function upgrade(db: DigestDatabase, oldVersion: number, newVersion: number | null, tx: UpgradeTransaction): void {
  const target = newVersion ?? DB_VERSION;
  for (let version = oldVersion + 1; version <= target; version++) STEPS[version - 1]?.(db, tx);
}
