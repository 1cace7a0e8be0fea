import type { IDBPTransaction } from 'idb';
import { createBackup } from '../core/backup/backup.ts';
import type { CaptureDraft } from '../core/model/capture-draft.ts';
import type { DigestState } from '../core/model/digest-state.ts';
import { issueSummaryOf, type Issue, type IssueSummary } from '../core/model/issue.ts';
import { compareIssueKeys, type IssueKey } from '../core/model/issue-key.ts';
import type { Item } from '../core/model/item.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/model/settings.ts';
import { DEFAULT_TEMPLATE, type Template } from '../core/model/template.ts';
import type { LearnedItem, SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import { canonicalUrl } from '../core/url/url-canonical.ts';
import { atomically, type Track } from './atomic.ts';
import { snapshotSummaryOf, type DigestDatabase, type DigestDB, type MetaKey, type MetaRecord, type MetaValue, type ReminderState, type Snapshot, type SnapshotReason, type SnapshotSummary } from './schema.ts';
import { guard } from './storage-failure.ts';
import { fromStored, QUEUE_BUCKET, toStored } from './stored-item.ts';
import type { TeamOutbox } from '../core/team/team-connection.ts';

/** Automatic snapshots kept inside the extension; older ones go as new ones come. */
export const SNAPSHOTS_KEPT = 5;

export type { SnapshotSummary };

const byIssueKey = (a: IssueSummary, b: IssueSummary): number => compareIssueKeys(a.key, b.key);

const STORES = ['items', 'issues', 'issueSummaries', 'meta', 'drafts', 'snapshots', 'snapshotSummaries'] as const;
type Tx = IDBPTransaction<DigestDB, (typeof STORES)[number][], 'readwrite'>;

const bucketRange = (bucket: string): IDBKeyRange => IDBKeyRange.bound([bucket, -Infinity], [bucket, Infinity]);
const queueRange = (): IDBKeyRange => bucketRange(QUEUE_BUCKET);


/**
 * What a write transaction changed that a team may need to hear of: the store notes it on every
 * write, so no use case can forget; the transaction's end turns it into outbox marks when this
 * browser is connected to a team.
 */
interface Changes {
  items: Set<string>;
  issues: Set<string>;
  template: boolean;
}

const noChanges = (): Changes => ({ items: new Set(), issues: new Set(), template: false });

/** Every record reached through one transaction: what a use case reads and changes together. */
function bind(tx: Tx, track: Track, changes: Changes = noChanges()) {
  const items = tx.objectStore('items');
  const issues = tx.objectStore('issues');
  const summaries = tx.objectStore('issueSummaries');
  const meta = tx.objectStore('meta');
  const drafts = tx.objectStore('drafts');
  const snapshots = tx.objectStore('snapshots');
  const snapshotSummaries = tx.objectStore('snapshotSummaries');
  const byBucket = items.index('byBucketOrder');

  const readMeta = async <K extends MetaKey>(key: K): Promise<MetaValue<K> | undefined> =>
    ((await track(meta.get(key))) as MetaRecord | undefined)?.value as MetaValue<K> | undefined;
  const writeMeta = async <K extends MetaKey>(key: K, value: MetaValue<K>): Promise<void> => {
    await track(meta.put({ key, value } as MetaRecord));
  };

  const readState = async (): Promise<DigestState> => {
    const [all, issueList, template, settings] = await Promise.all([
      track(items.getAll()),
      track(issues.getAll()),
      readMeta('template'),
      readMeta('settings'),
    ]);
    return {
      items: all.map(fromStored),
      issues: issueList.sort(byIssueKey),
      template: template ?? DEFAULT_TEMPLATE,
      settings: { ...DEFAULT_SETTINGS, ...settings },
    };
  };

  const lastQueued = async (): Promise<number> => ((await track(byBucket.openCursor(queueRange(), 'prev')))?.value.order ?? -1);

  return {
    items: {
      /** The queue in order. */
      queue: async (): Promise<Item[]> => (await track(byBucket.getAll(queueRange()))).map(fromStored),
      queueCount: (): Promise<number> => track(byBucket.count(queueRange())),
      ofIssue: async (key: IssueKey): Promise<Item[]> => (await track(byBucket.getAll(bucketRange(key)))).map(fromStored),
      all: async (): Promise<Item[]> => (await track(items.getAll())).map(fromStored),
      /** At most `count` items by id, the first after `id` (from the first where none): a long archive read a part at a time. */
      after: async (id: string | undefined, count: number): Promise<Item[]> => (await track(items.getAll(id === undefined ? null : IDBKeyRange.lowerBound(id, true), count))).map(fromStored),
      count: (): Promise<number> => track(items.count()),
      get: async (id: string): Promise<Item | undefined> => {
        const stored = await track(items.get(id));
        return stored ? fromStored(stored) : undefined;
      },
      /** Items holding a link to the same page, queued or published. */
      findByUrl: async (url: string): Promise<Item[]> => (await track(items.index('byUrl').getAll(canonicalUrl(url)))).map(fromStored),
      put: async (item: Item): Promise<Item> => {
        changes.items.add(item.id);
        await track(items.put(toStored(item)));
        return item;
      },
      delete: async (id: string): Promise<void> => {
        changes.items.add(id);
        await track(items.delete(id));
      },
      /** Adds an item after the last queued one; the place is read and taken in this transaction. */
      appendToQueue: async (item: Omit<Item, 'order'>): Promise<Item> => {
        const stored: Item = { ...item, issue: null, order: (await lastQueued()) + 1 };
        changes.items.add(stored.id);
        // Not waited for here: requests after it see it (a transaction runs them in order), and
        // the transaction's end waits for every request, this one included.
        void track(items.add(toStored(stored)));
        return stored;
      },
      /** Gives the queued items the order of `ids`; items not named keep theirs, after them. */
      reorderQueue: async (ids: readonly string[]): Promise<Item[]> => {
        const queued = await track(byBucket.getAll(queueRange()));
        const rank = new Map(ids.map((id, i) => [id, i]));
        const sorted = queued.sort((a, b) => (rank.get(a.id) ?? ids.length + a.order) - (rank.get(b.id) ?? ids.length + b.order));
        return sorted.map((stored, order) => {
          if (stored.order !== order) {
            changes.items.add(stored.id);
            void track(items.put({ ...stored, order }));
          }
          return fromStored({ ...stored, order });
        });
      },
    },
    issues: {
      /** In the digest's order (keys are strings: `'103'` sorts before `'21'` in the store). */
      list: async (): Promise<Issue[]> => (await track(issues.getAll())).sort(byIssueKey),
      /** Every issue without its text, in the digest's order: for what needs no issue's text. */
      summaries: async (): Promise<IssueSummary[]> => (await track(summaries.getAll())).sort(byIssueKey),
      get: (key: IssueKey): Promise<Issue | undefined> => track(issues.get(key)),
      put: async (issue: Issue): Promise<void> => {
        changes.issues.add(issue.key);
        await Promise.all([track(issues.put(issue)), track(summaries.put(issueSummaryOf(issue)))]);
      },
      delete: async (key: IssueKey): Promise<void> => {
        changes.issues.add(key);
        await Promise.all([track(issues.delete(key)), track(summaries.delete(key))]);
      },
    },
    meta: {
      template: async (): Promise<Template> => (await readMeta('template')) ?? DEFAULT_TEMPLATE,
      setTemplate: (template: Template) => {
        changes.template = true;
        return writeMeta('template', template);
      },
      settings: async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...(await readMeta('settings')) }),
      setSettings: (settings: Settings) => writeMeta('settings', settings),
      suggestionModel: (): Promise<SuggestionModel | undefined> => readMeta('suggestionModel'),
      setSuggestionModel: (model: SuggestionModel) => writeMeta('suggestionModel', model),
      learnedSince: async (): Promise<LearnedItem[]> => (await readMeta('learnedSince')) ?? [],
      setLearnedSince: (items: LearnedItem[]) => writeMeta('learnedSince', items),
      reminders: async (): Promise<ReminderState> => (await readMeta('reminders')) ?? { lastNotified: null },
      setReminders: (state: ReminderState) => writeMeta('reminders', state),
      /** Any record by its key (the team's, through storage/team-records.ts). */
      get: readMeta,
      put: writeMeta,
      remove: async (key: MetaKey): Promise<void> => {
        await track(meta.delete(key));
      },
    },
    drafts: {
      get: (key: string): Promise<CaptureDraft | undefined> => track(drafts.get(key)),
      put: async (draft: CaptureDraft): Promise<void> => {
        await track(drafts.put(draft));
      },
      delete: async (key: string): Promise<void> => {
        await track(drafts.delete(key));
      },
    },
    snapshots: {
      /** Keeps a backup of everything as it stands in this transaction; the oldest beyond the last few go. */
      take: async (reason: SnapshotReason, now: Date, read?: DigestState): Promise<SnapshotSummary> => {
        // `read`: the state as this transaction has just read it, where the caller needs it too.
        const state = read ?? (await readState());
        const snapshot: Snapshot = {
          takenAt: now.toISOString(),
          reason,
          itemCount: state.items.length,
          issueCount: state.issues.length,
          backup: createBackup(state, now),
        };
        const id = await track(snapshots.add(snapshot));
        const summary = snapshotSummaryOf({ ...snapshot, id });
        void track(snapshotSummaries.put(summary));
        const keys = await track(snapshotSummaries.getAllKeys());
        for (const key of keys.slice(0, Math.max(0, keys.length - SNAPSHOTS_KEPT))) {
          void track(snapshots.delete(key));
          void track(snapshotSummaries.delete(key));
        }
        return summary;
      },
      /** Newest first, without their backups. */
      list: async (): Promise<SnapshotSummary[]> => (await track(snapshotSummaries.getAll())).reverse(),
      latest: async (): Promise<SnapshotSummary | undefined> => {
        const cursor = await track(snapshotSummaries.openCursor(null, 'prev'));
        return cursor?.value;
      },
      get: (id: number): Promise<Snapshot | undefined> => track(snapshots.get(id)),
    },
    state: {
      read: readState,
      /** Makes the items, issues, template and settings exactly `state`; drafts and snapshots stay. */
      write: async (state: DigestState): Promise<void> => {
        for (const key of await track(items.getAllKeys())) changes.items.add(key);
        for (const key of await track(issues.getAllKeys())) changes.issues.add(key);
        for (const item of state.items) changes.items.add(item.id);
        for (const issue of state.issues) changes.issues.add(issue.key);
        changes.template = true;
        void track(items.clear());
        void track(issues.clear());
        void track(summaries.clear());
        for (const item of state.items) void track(items.put(toStored(item)));
        for (const issue of state.issues) void track(issues.put(issue));
        for (const issue of state.issues) void track(summaries.put(issueSummaryOf(issue)));
        await Promise.all([writeMeta('template', state.template), writeMeta('settings', state.settings)]);
      },
    },
  };
}

/** The records one write transaction reaches. */
export type WriteTx = ReturnType<typeof bind>;

type Reads<T> = { [K in keyof T]: Pick<T[K], Extract<keyof T[K], ReadMethod>> };
type ReadMethod =
  | 'queue'
  | 'queueCount'
  | 'ofIssue'
  | 'all'
  | 'after'
  | 'count'
  | 'get'
  | 'findByUrl'
  | 'list'
  | 'summaries'
  | 'template'
  | 'settings'
  | 'suggestionModel'
  | 'learnedSince'
  | 'reminders'
  | 'latest'
  | 'read';

/** The records one read transaction reaches: the same accessors, without the writes. */
export type ReadTx = Reads<WriteTx>;

/** How a write is made: `fromTeam` for the team's own changes merged in, which are not sent back. */
export interface WriteOptions {
  fromTeam?: boolean;
}

/**
 * At the end of a write while connected to a team: each changed item, issue and the template
 * gets an outbox mark with the time of the change (a later change moves the mark).
 */
async function markForTeam(tx: WriteTx, changes: Changes, now: Date): Promise<void> {
  if (changes.items.size === 0 && changes.issues.size === 0 && !changes.template) return;
  const outbox: TeamOutbox = (await tx.meta.get('teamOutbox')) ?? { items: {}, issues: {} };
  const at = now.toISOString();
  for (const id of changes.items) outbox.items[id] = at;
  for (const key of changes.issues) outbox.issues[key] = at;
  if (changes.template) outbox.template = at;
  await tx.meta.put('teamOutbox', outbox);
}

/**
 * The database as use cases see it: work runs inside one transaction over every store. A write
 * either commits whole or, on any failure (a value that cannot be stored, a full disk, an
 * exception in the work itself), changes nothing. Inside the work, await only the transaction's
 * own requests: IndexedDB commits a transaction that is left waiting on anything else.
 */
export function createDigestStore(db: Promise<DigestDatabase>, clock: { now: () => Date } = { now: () => new Date() }) {
  // Once open, a transaction starts in its caller's own task: a click's save is asked of the
  // database before the page re-renders for the click, not after.
  let opened: DigestDatabase | undefined;
  db.then(
    (database) => (opened = database),
    () => undefined,
  );
  return {
    read<T>(work: (tx: ReadTx) => Promise<T>): Promise<T> {
      return guard(async () => {
        // A read transaction has no write methods; `ReadTx` keeps the work from reaching for them.
        const tx = (opened ?? (await db)).transaction(STORES, 'readonly') as unknown as Tx;
        return work(bind(tx, (request) => request));
      });
    },
    write<T>(work: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
      return guard(async () => {
        const tx = (opened ?? (await db)).transaction(STORES, 'readwrite');
        return atomically(tx, async (track) => {
          const changes = noChanges();
          const bound = bind(tx, track, changes);
          // Asked at once, beside the work's first request, so the marking at the end waits for nothing.
          const team = options.fromTeam ? undefined : bound.meta.get('team');
          // If the work fails, the transaction aborts and this read with it: expected, not an error.
          team?.catch(() => undefined);
          const result = await work(bound);
          if (team && (await team)) await markForTeam(bound, changes, clock.now());
          return result;
        });
      });
    },
  };
}

export type DigestStore = ReturnType<typeof createDigestStore>;
