/** Registers a request of the transaction, so its failure is awaited and never left unhandled. */
export type Track = <T>(request: Promise<T>) => Promise<T>;

/**
 * Runs the writes of one transaction and waits for it to commit. If anything throws (a value
 * that cannot be stored throws at once, while the writes before it are already requested), the
 * transaction is aborted, so those writes are undone too: all or nothing.
 */
export async function atomically<T>(
  tx: { abort(): void; done: Promise<void> },
  work: (track: Track) => Promise<T>,
): Promise<T> {
  const requests: Promise<unknown>[] = [];
  const track: Track = (request) => {
    // Aborting rejects every request still pending; those rejections are expected, not errors.
    request.catch(() => undefined);
    requests.push(request);
    return request;
  };
  try {
    const result = await work(track);
    await Promise.all(requests);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    tx.done.catch(() => undefined);
    throw e;
  }
}
