import type { TeamFiles } from '../../core/team/team-files.ts';

/** A remote repository as the team's use cases need it (src/git's `GitRemote` is one). */
export interface TeamRemote {
  readonly url: string;
  branches(): Promise<{ heads: Map<string, string>; defaultBranch: string | undefined }>;
  read(branch: string): Promise<{ commit: string; files: TeamFiles } | undefined>;
  fetchBranch(branch: string): Promise<string>;
  commit(files: TeamFiles, parent: string | undefined, message: string, author: string): Promise<string>;
  commitOnTop(base: string, path: string, text: string, message: string, author: string): Promise<string>;
  push(branch: string, commit: string): Promise<void>;
}

/** Whether an error is the remote refusing a push because the branch moved meanwhile. */
export const isPushRejected = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === 'push-rejected';
