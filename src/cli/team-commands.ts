import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createBackup, type Backup } from '../core/backup/backup.ts';
import { exportNextIssue } from '../core/issue/issue-export.ts';
import { compareIssueKeys } from '../core/model/issue-key.ts';
import { DEFAULT_SETTINGS } from '../core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../core/model/template.ts';
import { defaultGroup, suggestGroups, trainSuggestionModel } from '../core/suggestion/project-suggestion.ts';
import { filesOf, stateOf, type TeamFiles } from '../core/team/team-files.ts';
import { applyOp, type TeamOp } from '../core/team/team-ops.ts';
import { ITEM_FIELDS, itemsOf, TEAM_BRANCH, type TeamItem, type TeamState } from '../core/team/team-state.ts';
import { checkCapturableUrl } from '../core/url/capturable-url.ts';
import { InputError, UsageError } from './cli-errors.ts';
import { Remote, RemoteError } from './team-remote.ts';

export const TEAM_USAGE = `  digest team init --remote URL --backup BACKUP.json   seed the shared branch from a backup
  digest team add --remote URL --author NAME --url U --title T [--section S] [--project P] [--comment C]
  digest team pull --remote URL                          print the shared state as a backup
  digest team publish --remote URL [--posts DIR]         push the next issue's post on its own branch
  (the token comes from DIGEST_GIT_TOKEN, never from the command line)`;

/** How many times a change is replayed onto a branch that moved meanwhile before giving up. */
const ATTEMPTS = 12;

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
  const remote = new Remote(values.remote, token);
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
    if (e instanceof RemoteError) throw new InputError(e.message);
    throw e;
  } finally {
    remote.dispose();
  }
}

async function readTeam(remote: Remote): Promise<TeamState> {
  const branch = await remote.read(TEAM_BRANCH);
  if (!branch) throw new InputError(`${remote.url} has no "${TEAM_BRANCH}" branch: run "digest team init" first.`);
  return parsed(remote, branch.files);
}

function parsed(remote: Remote, files: TeamFiles): TeamState {
  const read = stateOf(files);
  if (read.ok) return read.state;
  if (read.problem.code === 'not-team-branch') throw new InputError(`The "${TEAM_BRANCH}" branch of ${remote.url} is not a digest branch (no digest.json of ours).`);
  if (read.problem.code === 'newer-team-version') throw new InputError(`The "${TEAM_BRANCH}" branch of ${remote.url} was written by a newer Digest Clipper (format ${read.problem.version}).`);
  throw new InputError(`The "${TEAM_BRANCH}" branch of ${remote.url} holds a file that cannot be read: ${read.problem.path}.`);
}

/**
 * Applies changes to the shared branch: read it, apply, commit, push; a push refused because the
 * branch moved (another editor, a forced push) reads it again and replays the same changes, so
 * nothing is lost to a conflict. Files the digest does not know are kept as they are.
 */
async function sync(remote: Remote, ops: readonly TeamOp[], message: string, author: string): Promise<TeamState> {
  for (let attempt = 1; ; attempt++) {
    const branch = await remote.read(TEAM_BRANCH);
    if (!branch) throw new InputError(`${remote.url} has no "${TEAM_BRANCH}" branch: run "digest team init" first.`);
    const state = ops.reduce(applyOp, parsed(remote, branch.files));
    const files = new Map([...branch.files, ...filesOf(state)]);
    if (sameFiles(files, branch.files)) return state;
    const commit = await remote.commit(files, branch.commit, message, author);
    try {
      await remote.push(TEAM_BRANCH, commit);
      return state;
    } catch (e) {
      if (!(e instanceof RemoteError) || e.code !== 'push-rejected' || attempt >= ATTEMPTS) throw e;
      // Someone else pushed first: wait a moment (less alike each time) and replay.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 60 * attempt));
    }
  }
}

function sameFiles(a: TeamFiles, b: TeamFiles): boolean {
  return a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);
}

async function init(remote: Remote, backup: Backup, author: string): Promise<number> {
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
  const commit = await remote.commit(filesOf(state), undefined, 'Digest Clipper: the shared issue', author);
  await remote.push(TEAM_BRANCH, commit);
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

async function add(remote: Remote, a: AddArgs): Promise<number> {
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
  await sync(remote, [op], `Digest Clipper: ${a.author} adds ${check.url}`, a.author);
  return 0;
}

async function publish(remote: Remote, today: string, postsDir: string, author: string, write: Write): Promise<number> {
  const state = await readTeam(remote);
  const template = state.template ?? DEFAULT_TEMPLATE;
  const queue = itemsOf(state)
    .filter((i) => i.issue === null)
    .sort((x, y) => x.order - y.order || x.capturedAt.localeCompare(y.capturedAt) || x.id.localeCompare(y.id));
  if (queue.length === 0) throw new InputError(`The shared issue on ${remote.url} has no items to publish.`);
  const exported = exportNextIssue({ template, issues: [...state.issues.values()], items: queue }, {}, today);
  // Beside the shared branch, not under it: git cannot hold both `digest` and `digest/…`.
  const branch = `${TEAM_BRANCH}-issue-${exported.issue.key}`;
  const { heads, defaultBranch } = await remote.branches();
  if (heads.has(branch)) throw new InputError(`${remote.url} already has a branch "${branch}": the issue was pushed before.`);
  const base = defaultBranch && heads.has(defaultBranch) ? defaultBranch : [...heads.keys()].find((h) => h !== TEAM_BRANCH);
  if (!base) throw new InputError(`${remote.url} has no branch of the blog to put the post on.`);
  const baseCommit = await remote.fetchBranch(base);
  const fileName = exported.issue.fileName ?? `issue-${exported.issue.key}.md`;
  const path = postsDir.replace(/^\/+|\/+$/g, '') === '' ? fileName : `${postsDir.replace(/^\/+|\/+$/g, '')}/${fileName}`;
  const post = await remote.commitOnTop(baseCommit, path, exported.markdown, `Digest issue ${exported.issue.key}`, author);
  await remote.push(branch, post);
  await sync(remote, [{ kind: 'publish', issue: exported.issue, items: queue.map((i) => i.id), at: new Date().toISOString() }], `Digest Clipper: issue ${exported.issue.key} published`, author);
  await write(`${branch}\n`);
  return 0;
}

function backupStateOf(state: TeamState) {
  const issues = [...state.issues.values()].sort((a, b) => compareIssueKeys(a.key, b.key));
  return { template: state.template ?? DEFAULT_TEMPLATE, issues, items: itemsOf(state) };
}
