import type { TeamItem } from './team-state.ts';

/**
 * How this browser takes part in a team: the repository, the editor's name, where posts go. The
 * token is kept beside it in the extension's own storage, never in a backup or a message.
 */
export interface TeamConnection {
  url: string;
  token: string;
  author: string;
  /** The folder of the blog's repository that holds its posts (`_posts` for Jekyll). */
  postsDir: string;
}

/** What this browser knows of the shared branch: as it was merged last, and how the last sync went. */
export interface TeamSyncState {
  /** The branch's items as this browser last merged them: what local changes are compared with. */
  base: Record<string, TeamItem>;
  /** The issues the branch held then, by key. */
  issueKeys: string[];
  lastSync: string | null;
  lastError: TeamFailureCode | null;
}

/**
 * Local changes the branch does not hold yet, each with the time it was made: items and issues by
 * id or key, and the template. Kept until a sync has pushed them; replayed after a failure.
 */
export interface TeamOutbox {
  items: Record<string, string>;
  issues: Record<string, string>;
  template?: string;
}

export const EMPTY_OUTBOX: TeamOutbox = { items: {}, issues: {} };

export function outboxSize(outbox: TeamOutbox): number {
  return Object.keys(outbox.items).length + Object.keys(outbox.issues).length + (outbox.template ? 1 : 0);
}

/** Why working with the team's repository failed, for the UI to word; never holds the token. */
export type TeamFailureCode =
  | 'token-refused'
  | 'unreachable'
  | 'push-rejected'
  | 'not-found'
  | 'not-team-branch'
  | 'newer-team-version'
  | 'bad-team-file'
  | 'no-team-branch'
  | 'no-blog-branch'
  | 'post-exists'
  | 'bad-url'
  | 'permission-refused'
  | 'not-connected'
  | 'nothing-published';

export class TeamFailure extends Error {
  override readonly name = 'TeamFailure';
  constructor(readonly code: TeamFailureCode) {
    super(code);
  }
}

/**
 * The address a team repository may have: http(s) with a host. Userinfo is refused so a token
 * pasted into the address never ends up stored or shown as part of it.
 */
export function checkRepositoryUrl(text: string): { ok: true; url: string; origins: string } | { ok: false } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return { ok: false };
  // Match patterns have no port: the pattern covers the host on any port.
  return { ok: true, url: url.href.replace(/\/+$/, ''), origins: `${url.protocol}//${url.hostname}/*` };
}

/**
 * Where the team opens the pull request for a pushed post: the hosting's compare page where its
 * address can be told (GitHub, Gitea/Forgejo/Codeberg, GitLab), else undefined.
 */
export function compareLink(repositoryUrl: string, base: string, branch: string): string | undefined {
  const checked = checkRepositoryUrl(repositoryUrl);
  if (!checked.ok) return undefined;
  const web = checked.url.replace(/\.git$/, '');
  const host = new URL(web).hostname;
  const b = encodeURIComponent(base);
  const h = encodeURIComponent(branch);
  if (/(^|\.)gitlab\./.test(host)) return `${web}/-/merge_requests/new?merge_request%5Bsource_branch%5D=${h}&merge_request%5Btarget_branch%5D=${b}`;
  if (/(^|\.)(github\.com|codeberg\.org)$/.test(host) || /gitea|forgejo/.test(host)) return `${web}/compare/${b}...${h}`;
  return undefined;
}
