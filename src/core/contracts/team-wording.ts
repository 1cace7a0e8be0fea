import type { TeamFailureCode } from '../team/team-connection.ts';
import type { TextKey } from './text-keys.ts';
import type { Wording } from './wording.ts';

const TEAM_FAILURE_TEXT: Readonly<Record<TeamFailureCode, TextKey>> = {
  'token-refused': 'teamFailureTokenRefused',
  unreachable: 'teamFailureUnreachable',
  'push-rejected': 'teamFailurePushRejected',
  'not-found': 'teamFailureNotFound',
  'not-team-branch': 'teamFailureNotTeamBranch',
  'newer-team-version': 'teamFailureNewerVersion',
  'bad-team-file': 'teamFailureBadFile',
  'no-team-branch': 'teamFailureNoTeamBranch',
  'no-blog-branch': 'teamFailureNoBlogBranch',
  'post-exists': 'teamFailurePostExists',
  'bad-url': 'teamFailureBadUrl',
  'permission-refused': 'teamFailurePermissionRefused',
  'not-connected': 'teamFailureNotConnected',
  'nothing-published': 'teamFailureNothingPublished',
};

/** Why working with the team's repository failed, in the editor's words. */
export function teamFailureWording(code: TeamFailureCode): Wording {
  return { key: TEAM_FAILURE_TEXT[code] };
}
