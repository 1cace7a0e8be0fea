import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import http from 'isomorphic-git/http/node';
import { applyToBranch, readTeamFiles, startBranch } from '../app/team/apply-to-branch.ts';
import { pushPost } from '../app/team/push-post.ts';
import { teamFailureCode } from '../app/team/team-failure-code.ts';
import type { TeamRemote } from '../app/team/team-remote.ts';
import { createBackup, type Backup } from '../core/backup/backup.ts';
import { exportNextIssue } from '../core/issue/issue-export.ts';
import { compareIssueKeys } from '../core/model/issue-key.ts';
import { DEFAULT_SETTINGS } from '../core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../core/model/template.ts';
import { defaultGroup, suggestGroups, trainSuggestionModel } from '../core/suggestion/project-suggestion.ts';
import type { TeamFailureCode } from '../core/team/team-connection.ts';
import type { TeamOp } from '../core/team/team-ops.ts';
import { ITEM_FIELDS, itemsOf, TEAM_BRANCH, type TeamItem, type TeamState } from '../core/team/team-state.ts';
import { checkCapturableUrl } from '../core/url/capturable-url.ts';
import { GitRemote } from '../git/git-remote.ts';
import { InputError, UsageError } from './cli-errors.ts';

export const TEAM_USAGE = `  digest team init --remote URL --backup BACKUP.json   seed the shared branch from a backup
  digest team add --remote URL --author NAME --url U --title T [--section S] [--project P] [--comment C]
  digest team pull --remote URL                          print the shared state as a backup
  digest team publish --remote URL [--posts DIR]         push the next issue's post on its own branch
  (the token comes from DIGEST_GIT_TOKEN, never from the command line)`;

type Write = (text: string) => Promise<void>;

/** `digest team …`: the team's shared issue on a branch of the blog's repository (docs/team-format.md). */
export async function teamCommand(args: string[], today: string, write: Write, readBackupFile: (path: string) => Promise<Backup>): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      remote: { type: 'string' },
      backup: { type: 'string' },
      author: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      section: { type: 'string' },
      project: { type: 'string' },
      comment: { type: 'string' },
      posts: { type: 'string' },
    },
  });
  if (!values.remote) throw new UsageError(`team ${sub ?? ''} needs --remote URL.`.replace('  ', ' '));
  const token = process.env.DIGEST_GIT_TOKEN;
  if (!token) throw new UsageError('team commands take the token from DIGEST_GIT_TOKEN, which is not set.');
  const dir = mkdtempSync(join(tmpdir(), 'digest-team-'));
  const remote = new GitRemote(values.remote, token, { fs, http, dir, now: () => new Date() });
  try {
    switch (sub) {
      case 'init':
        if (!values.backup) throw new UsageError('team init needs --backup BACKUP.json.');
        return await init(remote, await readBackupFile(values.backup), values.author ?? '');
      case 'add':
        return await add(remote, { author: values.author, url: values.url, title: values.title, section: values.section, project: values.project, comment: values.comment });
      case 'pull':
        await write(JSON.stringify(createBackup({ settings: DEFAULT_SETTINGS, ...backupStateOf(await readTeam(remote)) }, new Date()), null, 2) + '\n');
        return 0;
      case 'publish':
        return await publish(remote, today, values.posts ?? '_posts', values.author ?? '', write);
      default:
        throw new UsageError(`Unknown team command "${sub ?? ''}".`);
    }
  } catch (e) {
    const code = teamFailureCode(e);
    if (code) throw new InputError(failureText(code, values.remote));
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI's words for a team failure; the token is never part of them. */
function failureText(code: TeamFailureCode, url: string): string {
  const texts: Partial<Record<TeamFailureCode, string>> = {
    'token-refused': `${url} refused the token in DIGEST_GIT_TOKEN.`,
    unreachable: `cannot reach ${url}.`,
    'not-found': `${url} is not a git repository (or the token may not see it).`,
    'push-rejected': `${url} kept refusing the push: the branch moved every time. Try again.`,
    'no-team-branch': `${url} has no "${TEAM_BRANCH}" branch: run "digest team init" first.`,
    'not-team-branch': `The "${TEAM_BRANCH}" branch of ${url} is not a digest branch (no digest.json of ours).`,
    'newer-team-version': `The "${TEAM_BRANCH}" branch of ${url} was written by a newer Digest Clipper.`,
    'bad-team-file': `The "${TEAM_BRANCH}" branch of ${url} holds a file that cannot be read.`,
    'no-blog-branch': `${url} has no branch of the blog to put the post on.`,
    'post-exists': `${url} already has the branch of this issue's post: the issue was pushed before.`,
  };
  return texts[code] ?? `${url}: ${code}.`;
}

const pause = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 60 * attempt));

async function readTeam(remote: TeamRemote): Promise<TeamState> {
  const branch = await remote.read(TEAM_BRANCH);
  if (!branch) throw new InputError(`${remote.url} has no "${TEAM_BRANCH}" branch: run "digest team init" first.`);
  return readTeamFiles(branch.files);
}

async function init(remote: TeamRemote, backup: Backup, author: string): Promise<number> {
  const { heads } = await remote.branches();
  if (heads.has(TEAM_BRANCH)) throw new InputError(`${remote.url} already has a "${TEAM_BRANCH}" branch; "digest team pull" reads it.`);
  const at = new Date().toISOString();
  const items = new Map<string, TeamItem>();
  for (const item of backup.items) {
    const { id, capturedAt, ...fields } = item;
    const stamps: TeamItem['stamps'] = {};
    for (const field of ITEM_FIELDS) if (field in fields) stamps[field] = at;
    items.set(id, { id, author, capturedAt, item: fields, stamps });
  }
  const state: TeamState = { template: backup.template, issues: new Map(backup.issues.map((i) => [i.key, i])), items };
  await startBranch(remote, state, author);
  return 0;
}

interface AddArgs {
  author: string | undefined;
  url: string | undefined;
  title: string | undefined;
  section: string | undefined;
  project: string | undefined;
  comment: string | undefined;
}

async function add(remote: TeamRemote, a: AddArgs): Promise<number> {
  if (!a.author || !a.url || a.title === undefined) throw new UsageError('team add needs --author NAME, --url U and --title T.');
  const check = checkCapturableUrl(a.url);
  if (!check.ok) throw new InputError(`${a.url} is not a web page (http or https) and cannot go into the digest.`);
  const current = await readTeam(remote);
  const template = current.template ?? DEFAULT_TEMPLATE;
  const suggested =
    a.section === undefined && a.project === undefined
      ? defaultGroup(suggestGroups({ url: check.url, title: a.title }, template, trainSuggestionModel(itemsOf(current), template)), template)
      : { section: a.section ?? null, project: a.project ?? null };
  const at = new Date().toISOString();
  const op: TeamOp = {
    kind: 'put-item',
    id: randomUUID(),
    author: a.author,
    at,
    capturedAt: at,
    fields: { ...suggested, comment: a.comment ?? '', links: [{ url: check.url, title: a.title }], order: Date.now(), issue: null },
  };
  await applyToBranch(remote, [op], { message: `Digest Clipper: ${a.author} adds ${check.url}`, author: a.author }, pause);
  return 0;
}

async function publish(remote: TeamRemote, today: string, postsDir: string, author: string, write: Write): Promise<number> {
  const state = await readTeam(remote);
  const template = state.template ?? DEFAULT_TEMPLATE;
  const queue = itemsOf(state)
    .filter((i) => i.issue === null)
    .sort((x, y) => x.order - y.order || x.capturedAt.localeCompare(y.capturedAt) || x.id.localeCompare(y.id));
  if (queue.length === 0) throw new InputError(`The shared issue on ${remote.url} has no items to publish.`);
  const exported = exportNextIssue({ template, issues: [...state.issues.values()], items: queue }, {}, today);
  const pushed = await pushPost(remote, { postsDir, author, url: remote.url }, { key: exported.issue.key, markdown: exported.markdown, fileName: exported.issue.fileName });
  const archive: TeamOp = { kind: 'publish', issue: exported.issue, items: queue.map((i) => i.id), at: new Date().toISOString() };
  await applyToBranch(remote, [archive], { message: `Digest Clipper: issue ${exported.issue.key} published`, author }, pause);
  await write(`${pushed.branch}\n`);
  return 0;
}

function backupStateOf(state: TeamState) {
  const issues = [...state.issues.values()].sort((a, b) => compareIssueKeys(a.key, b.key));
  return { template: state.template ?? DEFAULT_TEMPLATE, issues, items: itemsOf(state) };
}
