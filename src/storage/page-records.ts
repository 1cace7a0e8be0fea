import type { CaptureDraft } from '../core/model/capture-draft.ts';
import type { Item } from '../core/model/item.ts';
import { canonicalUrl } from '../core/url/url-canonical.ts';
import { DB_NAME, DB_VERSION, type StoredItem } from './schema.ts';
import { fromStored } from './stored-item.ts';

/** What the database holds for a page: the items with its address, and its draft. */
export interface PageRecords {
  duplicates: Item[];
  draft: CaptureDraft | undefined;
}

/**
 * A page's records read straight from IndexedDB, without the store and its library: for the
 * popup's early script, which draws the form before the application's code is loaded. The same
 * two lookups as the store's `items.findByUrl` and `drafts.get`, in one read-only transaction;
 * the connection is opened while the page is still being asked for. Undefined when the database
 * is not there as this version knows it (absent, older, being upgraded, failing): this read
 * never creates or upgrades one, and the application reads it again anyway.
 */
export function readPageRecords(page: Promise<{ url: string; key: string } | undefined>, name = DB_NAME): Promise<PageRecords | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, DB_VERSION);
    } catch {
      resolve(undefined);
      return;
    }
    // Creating or upgrading the database is the application's work (with its migrations).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // An upgrade elsewhere never waits on this short-lived connection.
      db.onversionchange = () => db.close();
      page.then(
        (wanted) => {
          if (!wanted) {
            db.close();
            resolve(undefined);
            return;
          }
          try {
            const tx = db.transaction(['items', 'drafts'], 'readonly');
            const items = tx.objectStore('items').index('byUrl').getAll(canonicalUrl(wanted.url));
            const draft = tx.objectStore('drafts').get(wanted.key);
            tx.oncomplete = () => {
              db.close();
              resolve({ duplicates: (items.result as StoredItem[]).map(fromStored), draft: draft.result as CaptureDraft | undefined });
            };
            tx.onabort = () => {
              db.close();
              resolve(undefined);
            };
          } catch {
            db.close();
            resolve(undefined);
          }
        },
        () => {
          db.close();
          resolve(undefined);
        },
      );
    };
  });
}
