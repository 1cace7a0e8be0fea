import { TeamFailure, type TeamFailureCode } from '../../core/team/team-connection.ts';

/** The code of a failure the team's use cases expect (the remote's or the branch's); others are not ours to word. */
export function teamFailureCode(e: unknown): TeamFailureCode | undefined {
  if (e instanceof TeamFailure) return e.code;
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'token-refused' || code === 'unreachable' || code === 'push-rejected' || code === 'not-found' ? code : undefined;
}
