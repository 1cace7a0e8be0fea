/**
 * Why an operation failed, as a code the interface words in the editor's language. Storage
 * failures keep what the editor's typing needs to survive them: nothing is lost, the action can
 * be tried again.
 */
export type FailureCode =
  /** The browser has no room left for the extension's data. */
  | 'storage-quota'
  /** The transaction was interrupted; nothing of it was applied. */
  | 'storage-aborted'
  /** An older page of the extension holds the database open. */
  | 'storage-blocked'
  /** The database cannot be opened or used right now. */
  | 'storage-unavailable'
  /** Anything else the database reported; `detail` carries the browser's own words. */
  | 'storage-unknown'
  /** The record an action was about changed or went meanwhile. */
  | 'gone'
  /** A file the editor handed over could not be read (moved or deleted since); `detail` is its path. */
  | 'file-unreadable';

export const FAILURE_CODES: readonly FailureCode[] = [
  'storage-quota',
  'storage-aborted',
  'storage-blocked',
  'storage-unavailable',
  'storage-unknown',
  'gone',
  'file-unreadable',
];

export class Failure extends Error {
  override readonly name = 'Failure';

  constructor(
    readonly code: FailureCode,
    /** The underlying system's own description, for `storage-unknown`. */
    readonly detail = '',
    options?: { cause?: unknown },
  ) {
    super(detail ? `${code}: ${detail}` : code, options);
  }
}
