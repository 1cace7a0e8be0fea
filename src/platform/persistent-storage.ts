/**
 * Asks the browser not to evict the extension's data under storage pressure. Extensions with
 * `unlimitedStorage` are persistent already in Chrome; the request makes it so elsewhere.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
