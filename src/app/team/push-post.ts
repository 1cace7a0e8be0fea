import type { IssueKey } from '../../core/model/issue-key.ts';
import { compareLink, TeamFailure, type TeamConnection } from '../../core/team/team-connection.ts';
import { TEAM_BRANCH } from '../../core/team/team-state.ts';
import type { TeamRemote } from './team-remote.ts';

export interface PostToPush {
  key: IssueKey;
  markdown: string;
  fileName: string | null | undefined;
}

export interface PushedPost {
  branch: string;
  base: string;
  path: string;
  /** Where the team opens the pull request, where the hosting can be told. */
  compareUrl: string | undefined;
}

/** The branch a published issue's post is pushed on: beside the shared branch, as git cannot hold both `digest` and `digest/…`. */
export const postBranch = (key: IssueKey): string => `${TEAM_BRANCH}-issue-${key}`;

/**
 * Pushes a published issue's post on a branch of its own, based on the blog's default branch, in
 * the folder where the blog keeps its posts. The default branch is never pushed to: the team
 * opens the pull request.
 */
export async function pushPost(remote: TeamRemote, connection: Pick<TeamConnection, 'postsDir' | 'author' | 'url'>, post: PostToPush): Promise<PushedPost> {
  const branch = postBranch(post.key);
  const { heads, defaultBranch } = await remote.branches();
  if (heads.has(branch)) throw new TeamFailure('post-exists');
  const base = defaultBranch && heads.has(defaultBranch) && defaultBranch !== TEAM_BRANCH ? defaultBranch : [...heads.keys()].find((h) => h !== TEAM_BRANCH && !h.startsWith(`${TEAM_BRANCH}-issue-`));
  if (!base) throw new TeamFailure('no-blog-branch');
  const baseCommit = await remote.fetchBranch(base);
  const fileName = post.fileName ?? `issue-${post.key}.md`;
  const dir = connection.postsDir.replace(/^\/+|\/+$/g, '');
  const path = dir === '' ? fileName : `${dir}/${fileName}`;
  const made = await remote.commitOnTop(baseCommit, path, post.markdown, `Digest issue ${post.key}`, connection.author);
  await remote.push(branch, made);
  return { branch, base, path, compareUrl: compareLink(connection.url, base, branch) };
}
