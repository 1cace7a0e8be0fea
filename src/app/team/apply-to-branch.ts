import { filesOf, stateOf, type TeamFiles } from '../../core/team/team-files.ts';
import { TeamFailure } from '../../core/team/team-connection.ts';
import { applyOp, type TeamOp } from '../../core/team/team-ops.ts';
import { TEAM_BRANCH, type TeamState } from '../../core/team/team-state.ts';
import { isPushRejected, type TeamRemote } from './team-remote.ts';

/** How many times changes are replayed onto a branch that moved meanwhile before giving up. */
const ATTEMPTS = 12;

/** The paths the digest writes; anything else on the branch is kept as it is. */
const isDigestPath = (path: string): boolean => path === 'digest.json' || path === 'template.json' || path.startsWith('issues/') || path.startsWith('items/');

/** The state the team's branch holds, or the reason it is not a digest branch. */
export function readTeamFiles(files: TeamFiles): TeamState {
  const read = stateOf(files);
  if (read.ok) return read.state;
  throw new TeamFailure(read.problem.code === 'bad-file' ? 'bad-team-file' : read.problem.code);
}

/**
 * Applies changes to the shared branch: read it, apply, commit, push. A push refused because the
 * branch moved (another editor, a forced push) reads it again and replays the same changes, so
 * nothing is lost to a conflict. Returns the state the branch holds afterwards.
 */
export async function applyToBranch(
  remote: TeamRemote,
  ops: readonly TeamOp[],
  commit: { message: string; author: string },
  wait: (attempt: number) => Promise<void>,
): Promise<TeamState> {
  for (let attempt = 1; ; attempt++) {
    const branch = await remote.read(TEAM_BRANCH);
    if (!branch) throw new TeamFailure('no-team-branch');
    const state = ops.reduce(applyOp, readTeamFiles(branch.files));
    const files: TeamFiles = new Map([...[...branch.files].filter(([path]) => !isDigestPath(path)), ...filesOf(state)]);
    if (sameFiles(files, branch.files)) return state;
    const made = await remote.commit(files, branch.commit, commit.message, commit.author);
    try {
      await remote.push(TEAM_BRANCH, made);
      return state;
    } catch (e) {
      if (!isPushRejected(e) || attempt >= ATTEMPTS) throw e;
      await wait(attempt);
    }
  }
}

function sameFiles(a: TeamFiles, b: TeamFiles): boolean {
  return a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);
}

/** A new shared branch holding `state` (a team's first editor starts it). */
export async function startBranch(remote: TeamRemote, state: TeamState, author: string): Promise<void> {
  const made = await remote.commit(filesOf(state), undefined, 'Digest Clipper: the shared issue', author);
  await remote.push(TEAM_BRANCH, made);
}
