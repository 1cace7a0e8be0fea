/**
 * The extension's local storage, for what a page must have in one synchronous read before the
 * database opens (the popup's early form). Not for anything that must last: it is a cache, and
 * the database stays the truth. A page without it (quota, private modes) simply has no cache.
 */
export function readLocal(key: string): unknown {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `key` unless it is already there; removes the key for `undefined`. */
export function writeLocal(key: string, value: unknown): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return;
    if (value === undefined) {
      storage.removeItem(key);
      return;
    }
    const text = JSON.stringify(value);
    if (storage.getItem(key) !== text) storage.setItem(key, text);
  } catch {
    // Over quota or refused: no cache, the popup opens the slower way.
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  }
}
