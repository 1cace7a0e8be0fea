import type { Issue } from '../model/issue.ts';
import type { Template } from '../model/template.ts';
import { TEAM_FORMAT, TEAM_VERSION, type TeamItem, type TeamState } from './team-state.ts';

/** The branch's files, by path: their text. */
export type TeamFiles = Map<string, string>;

export type TeamProblem = { code: 'not-team-branch' } | { code: 'newer-team-version'; version: number } | { code: 'bad-file'; path: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';
const itemPath = (id: string): string => `items/${encodeURIComponent(id)}.json`;
const issuePath = (key: string): string => `issues/${encodeURIComponent(key)}.json`;

/** The files a state is written as (docs/team-format.md). */
export function filesOf(state: TeamState): TeamFiles {
  const files: TeamFiles = new Map([['digest.json', json({ format: TEAM_FORMAT, version: TEAM_VERSION })]]);
  if (state.template) files.set('template.json', json(state.template));
  for (const [key, issue] of state.issues) files.set(issuePath(key), json(issue));
  for (const [id, item] of state.items) files.set(itemPath(id), json(item));
  return files;
}

/** The state the branch's files hold; a branch that is not a digest's is refused, never guessed at. */
export function stateOf(files: TeamFiles): { ok: true; state: TeamState } | { ok: false; problem: TeamProblem } {
  const head = files.get('digest.json');
  if (head === undefined) return { ok: false, problem: { code: 'not-team-branch' } };
  let meta: { format?: unknown; version?: unknown };
  try {
    meta = JSON.parse(head) as typeof meta;
  } catch {
    return { ok: false, problem: { code: 'bad-file', path: 'digest.json' } };
  }
  if (meta.format !== TEAM_FORMAT) return { ok: false, problem: { code: 'not-team-branch' } };
  if (typeof meta.version !== 'number' || meta.version > TEAM_VERSION) return { ok: false, problem: { code: 'newer-team-version', version: Number(meta.version) } };
  const state: TeamState = { template: undefined, issues: new Map(), items: new Map() };
  for (const [path, text] of files) {
    let value: unknown;
    try {
      value = path.endsWith('.json') ? JSON.parse(text) : undefined;
    } catch {
      return { ok: false, problem: { code: 'bad-file', path } };
    }
    if (path === 'template.json') state.template = value as Template;
    else if (path.startsWith('issues/')) {
      if (!isRecord(value) || typeof value.key !== 'string') return { ok: false, problem: { code: 'bad-file', path } };
      state.issues.set(value.key, value as unknown as Issue);
    } else if (path.startsWith('items/')) {
      if (!isRecord(value) || typeof value.id !== 'string' || !isRecord(value.item) || !isRecord(value.stamps)) return { ok: false, problem: { code: 'bad-file', path } };
      state.items.set(value.id, value as unknown as TeamItem);
    }
  }
  return { ok: true, state };
}
