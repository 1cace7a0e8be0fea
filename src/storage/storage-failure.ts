import { Failure } from '../core/model/failure.ts';

/** Sorts a DOMException (or anything a database operation threw) into a failure code. */
export function toFailure(e: unknown): Failure {
  if (e instanceof Failure) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = (e as { message?: string } | null)?.message ?? String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new Failure('storage-quota', '', { cause: e });
  if (name === 'AbortError' || name === 'TransactionInactiveError') return new Failure('storage-aborted', '', { cause: e });
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'VersionError') {
    return new Failure('storage-unavailable', '', { cause: e });
  }
  return new Failure('storage-unknown', message, { cause: e });
}

/** Runs a storage operation and reports its failure as a `Failure`. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw toFailure(e);
  }
}
