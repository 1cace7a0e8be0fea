import FS from '@isomorphic-git/lightning-fs';
import { Buffer } from 'buffer';
import type { PromiseFsClient } from 'isomorphic-git';
import http from 'isomorphic-git/http/web';
import type { TeamConnection } from '../core/team/team-connection.ts';
import { GitRemote, newGitMemo } from './git-remote.ts';

/**
 * Remotes for the extension: git objects in an IndexedDB file system of their own, HTTP through
 * fetch (the repository's host permission lets the background reach it without CORS). Loaded by
 * the background and the options page only, never on the popup's capture path.
 */
export function browserRemotes(now: () => Date): (connection: TeamConnection) => GitRemote {
  // isomorphic-git expects Node's Buffer as a global; the browser has none.
  const scope = globalThis as { Buffer?: unknown };
  scope.Buffer ??= Buffer;
  const fs = new FS('digest-clipper-git') as unknown as PromiseFsClient;
  // For as long as the worker lives: syncs after the first read only what changed.
  const memo = newGitMemo();
  return (connection) => new GitRemote(connection.url, connection.token, { fs, http, dir: '/team', now, memo });
}
