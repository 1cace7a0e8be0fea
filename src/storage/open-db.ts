import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type DigestDatabase, type DigestDB } from './schema.ts';
import { StorageFailure } from './storage-failure.ts';

/**
 * Opens the database, upgrading it when needed. A connection steps aside (closes) when another
 * page needs a newer version, so an update never waits on an open popup; a page whose own open
 * is blocked by an old one gets a `StorageFailure` of kind `blocked` instead of hanging.
 */
export function openDigestDb(name = DB_NAME, version = DB_VERSION): Promise<DigestDatabase> {
  return new Promise<DigestDatabase>((resolve, reject) => {
    let settled = false;
    openDB<DigestDB>(name, version, {
      upgrade,
      blocked() {
        if (settled) return;
        settled = true;
        reject(new StorageFailure('blocked', 'The database is held open by an older version of Digest Clipper.'));
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    }).then(
      (db) => {
        if (settled) {
          db.close();
          return;
        }
        settled = true;
        resolve(db);
      },
      (e: unknown) => {
        if (settled) return;
        settled = true;
        reject(StorageFailure.from(e));
      },
    );
  });
}
