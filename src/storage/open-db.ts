import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type DigestDatabase, type DigestDB } from './schema.ts';
import { Failure } from '../core/model/failure.ts';
import { toFailure } from './storage-failure.ts';

/**
 * Opens the database, upgrading it when needed. A connection steps aside (closes) when another
 * page needs a newer version, so an update never waits on an open popup; a page whose own open
 * is blocked by an old one gets a `storage-blocked` failure instead of hanging.
 */
export function openDigestDb(name = DB_NAME, version = DB_VERSION): Promise<DigestDatabase> {
  return new Promise<DigestDatabase>((resolve, reject) => {
    let settled = false;
    openDB<DigestDB>(name, version, {
      upgrade,
      blocked() {
        if (settled) return;
        settled = true;
        reject(new Failure('storage-blocked'));
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
        reject(toFailure(e));
      },
    );
  });
}
