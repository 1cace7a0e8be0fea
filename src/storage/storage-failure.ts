import type { MessageKey } from '../core/message-keys.ts';

/** What went wrong with storage, in the terms the editor is told. */
export type StorageFailureKind = 'quota' | 'aborted' | 'blocked' | 'unavailable' | 'unknown';

export class StorageFailure extends Error {
  override readonly name = 'StorageFailure';

  constructor(
    readonly kind: StorageFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Sorts a DOMException (or anything thrown) into a kind. */
  static from(e: unknown): StorageFailure {
    if (e instanceof StorageFailure) return e;
    const name = (e as { name?: string } | null)?.name ?? '';
    const message = (e as { message?: string } | null)?.message ?? String(e);
    if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StorageFailure('quota', message, { cause: e });
    if (name === 'AbortError' || name === 'TransactionInactiveError') return new StorageFailure('aborted', message, { cause: e });
    if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'VersionError') {
      return new StorageFailure('unavailable', message, { cause: e });
    }
    return new StorageFailure('unknown', message, { cause: e });
  }
}

/** Runs a storage operation and reports its failure as a `StorageFailure`. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw StorageFailure.from(e);
  }
}

/** The UI string that tells the editor what failed; the typed draft is always kept. */
export function failureMessage(e: unknown): { key: MessageKey; detail?: string } {
  const failure = StorageFailure.from(e);
  const key = (
    {
      quota: 'errorQuota',
      aborted: 'errorAborted',
      blocked: 'errorBlocked',
      unavailable: 'errorUnavailable',
      unknown: 'errorUnknown',
    } as const
  )[failure.kind];
  return failure.kind === 'unknown' ? { key, detail: failure.message } : { key };
}
