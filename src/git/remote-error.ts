/** Why a remote could not be used: a code for the UI or the CLI to word (the token is never part of it). */
export type RemoteErrorCode = 'token-refused' | 'unreachable' | 'push-rejected' | 'not-found';

export class RemoteError extends Error {
  constructor(readonly code: RemoteErrorCode) {
    super(code);
  }

  /** What a failure of isomorphic-git or of the network means for the editor. */
  static from(e: unknown): unknown {
    if (e instanceof RemoteError) return e;
    const error = e as { code?: string; data?: { statusCode?: number }; message?: string; cause?: { code?: string }; name?: string };
    const status = error.data?.statusCode;
    if (error.code === 'HttpError' && (status === 401 || status === 403)) return new RemoteError('token-refused');
    if (error.code === 'HttpError' && status === 404) return new RemoteError('not-found');
    // Refused as not a fast-forward, or the server could not move the branch because another
    // push was moving it at that moment: either way, the branch moved meanwhile.
    if (error.code === 'PushRejectedError' || error.code === 'GitPushError') return new RemoteError('push-rejected');
    const text = `${error.message ?? ''} ${error.cause?.code ?? ''}`;
    if (error.code === 'HttpError' || /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|socket hang up|Failed to fetch|fetch failed|NetworkError/.test(text)) {
      return new RemoteError('unreachable');
    }
    return e;
  }
}
