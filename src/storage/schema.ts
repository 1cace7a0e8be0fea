import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { upgradeIssue, upgradeItem, upgradeSettings, upgradeTemplate, type LegacyIssue, type LegacyItem, type LegacySettings, type LegacyTemplate } from '../core/backup/legacy-model.ts';
import { issueSummaryOf, type Issue, type IssueSummary } from '../core/model/issue.ts';
import type { Item } from '../core/model/item.ts';
import type { LearnedItem, SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import type { Settings } from '../core/model/settings.ts';
import type { Template } from '../core/model/template.ts';
import type { Backup } from '../core/backup/backup.ts';
import type { CaptureDraft } from '../core/model/capture-draft.ts';
import { toStored } from './stored-item.ts';
import type { TeamConnection, TeamOutbox, TeamSyncState } from '../core/team/team-connection.ts';
import { OPENSTACK_PRESET } from '../core/template/presets.ts';

export const DB_NAME = 'digest-clipper';

/**
 * The schema version. Raising it needs a migration in `upgrade` and a fixture of a database at
 * the old version under test/fixtures/databases/ (a test fails without one).
 */
export const DB_VERSION = 5;

/** An item as stored: with the keys its indexes need. */
export interface StoredItem extends Item {
  /** `issue ?? ''`: IndexedDB cannot index null. */
  bucket: string;
  /** Canonical URLs of its links, for finding duplicates by index. */
  urlKeys: string[];
}

export type MetaRecord =
  | { key: 'template'; value: Template }
  | { key: 'settings'; value: Settings }
  | { key: 'suggestionModel'; value: SuggestionModel }
  /** Items saved since the model was last learned whole: a small record, so a save stays fast. */
  | { key: 'learnedSince'; value: LearnedItem[] }
  | { key: 'reminders'; value: ReminderState }
  /** This browser's place in a team (token included): never part of a backup or a snapshot. */
  | { key: 'team'; value: TeamConnection }
  | { key: 'teamSync'; value: TeamSyncState }
  | { key: 'teamOutbox'; value: TeamOutbox };

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
  /** Snapshots taken before schema version 3 hold a version 1 backup; restore reads both. */
  backup: Backup | LegacyBackup;
}

/** A snapshot without its backup: what lists and dates them, read without the backup's megabytes. */
export type SnapshotSummary = Omit<Snapshot, 'backup' | 'id'> & { id: number };

export function snapshotSummaryOf({ backup: _backup, ...summary }: Snapshot & { id: number }): SnapshotSummary {
  return summary;
}

/** A version 1 backup, as snapshots kept before schema version 3 hold it. */
export type LegacyBackup = { format: 'digest-clipper-backup'; version: 1 } & Record<string, unknown>;

export type MetaKey = MetaRecord['key'];
export type MetaValue<K extends MetaKey> = Extract<MetaRecord, { key: K }>['value'];

export interface DigestDB extends DBSchema {
  items: {
    key: string;
    value: StoredItem;
    indexes: { byBucketOrder: [string, number]; byUrl: string };
  };
  issues: { key: string; value: Issue };
  /** Each issue's summary under the same key, kept with it by the store: read where the text is not needed. */
  issueSummaries: { key: string; value: IssueSummary };
  meta: { key: MetaKey; value: MetaRecord };
  drafts: { key: string; value: CaptureDraft };
  snapshots: { key: number; value: Snapshot };
  /** Each snapshot's summary under the same id, kept with it by the store: listed without the backups. */
  snapshotSummaries: { key: number; value: SnapshotSummary };
}

export type DigestDatabase = IDBPDatabase<DigestDB>;

type UpgradeTransaction = IDBPTransaction<DigestDB, StoreNames<DigestDB>[], 'versionchange'>;

/** Step n takes a database from version n - 1 to n. Never edit a released step; add one. */
const STEPS: readonly ((db: DigestDatabase, tx: UpgradeTransaction) => void | Promise<void>)[] = [
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
  // 3: any digest: issues keyed by their key (`17`, `2024-W43`) and laid out as pieces; items point
  // at the key; templates and settings in today's model; snapshots in today's backup format.
  async (db, tx) => {
    const store = (name: string) => tx.objectStore(name as 'items') as unknown as IDBPObjectStore<DigestDB, StoreNames<DigestDB>[], 'items', 'versionchange'>;
    const oldIssues = (await store('issues').getAll()) as unknown as LegacyIssue[];
    const oldItems = (await store('items').getAll()) as unknown as (LegacyItem & { bucket?: unknown; urlKeys?: unknown })[];
    const counts = new Map<number, number>();
    for (const item of oldItems) if (item.issue !== null) counts.set(item.issue, (counts.get(item.issue) ?? 0) + 1);
    db.deleteObjectStore('issues');
    const issues = db.createObjectStore('issues', { keyPath: 'key' });
    for (const old of oldIssues) void issues.put(upgradeIssue(old, counts.get(old.number) ?? 0));
    const items = tx.objectStore('items');
    for (const { bucket: _bucket, urlKeys: _urlKeys, ...old } of oldItems) void items.put(toStored(upgradeItem(old)));
    const meta = tx.objectStore('meta');
    const template = (await meta.get('template')) as unknown as { key: 'template'; value: LegacyTemplate } | undefined;
    const settings = (await meta.get('settings')) as unknown as { key: 'settings'; value: LegacySettings } | undefined;
    if (template) void meta.put({ key: 'template', value: upgradeTemplate(template.value) });
    // Before version 3 the built-in format was OpenStack's: an editor who never changed it keeps it.
    else if (oldIssues.length > 0 || oldItems.length > 0 || settings) void meta.put({ key: 'template', value: OPENSTACK_PRESET });
    if (settings) void meta.put({ key: 'settings', value: upgradeSettings(settings.value) });
    // The learned model is learned again from the upgraded archive by the next import or publish.
    if ((await meta.count('suggestionModel')) > 0) void meta.delete('suggestionModel');
    // Snapshots keep their version 1 backups: they are only ever downloaded, and restore reads them.
  },
  // 4: each issue's summary beside it, so the popup and the badge read no issue's text.
  async (db, tx) => {
    const summaries = db.createObjectStore('issueSummaries', { keyPath: 'key' });
    for (const issue of await tx.objectStore('issues').getAll()) void summaries.put(issueSummaryOf(issue));
  },
  // 5: each snapshot's summary beside it, so the options page and the daily snapshot's check read
  // no backup (a long archive's is megabytes, read on every save).
  async (db, tx) => {
    const summaries = db.createObjectStore('snapshotSummaries', { keyPath: 'id' });
    let cursor = await tx.objectStore('snapshots').openCursor();
    while (cursor) {
      void summaries.put(snapshotSummaryOf({ ...cursor.value, id: cursor.primaryKey }));
      cursor = await cursor.continue();
    }
  },
];

/**
 * One upgrade function for every version: runs the steps from the old version to the new one,
 * each after the one before has issued its requests, all in the upgrade transaction.
 */
export function upgrade(db: DigestDatabase, oldVersion: number, newVersion: number | null, tx: UpgradeTransaction): void {
  const target = newVersion ?? DB_VERSION;
  let chain: Promise<void> = Promise.resolve();
  for (let version = oldVersion + 1; version <= target; version++) {
    const step = STEPS[version - 1];
    if (step) chain = chain.then(() => step(db, tx));
  }
  // A failing step aborts the upgrade: the database stays at its old version, whole.
  chain.catch(() => tx.abort());
}
