import git, { type HttpClient, type PromiseFsClient } from 'isomorphic-git';
import type { TeamFiles } from '../core/team/team-files.ts';
import { RemoteError } from './remote-error.ts';

/** What a remote needs from where it runs: a file system for its objects, and HTTP. */
export interface GitRemoteDeps {
  fs: PromiseFsClient;
  http: HttpClient;
  /** The folder (in `fs`) that holds this remote's objects. */
  dir: string;
  /** The clock, for commit times. */
  now: () => Date;
  /**
   * Kept between remotes of one repository (the background's syncs): isomorphic-git's parsed
   * packfiles, and the text of every blob read, by id. Git objects never change, so neither goes
   * stale.
   */
  memo?: GitMemo;
}

export interface GitMemo {
  cache: object;
  texts: Map<string, string>;
}

export const newGitMemo = (): GitMemo => ({ cache: {}, texts: new Map() });

/**
 * A remote repository over smart HTTP, with the token as the Basic password (any user name), as
 * GitHub, GitLab, Gitea and Gerrit take it. Only the branches a digest uses are fetched, one
 * commit deep. The token is never part of an error.
 */
export class GitRemote {
  private ready: Promise<void> | undefined;
  private readonly memo: GitMemo;
  /** The blobs of the commit read last, by path: unchanged files are not written again. */
  private readonly known = new Map<string, { oid: string; text: string }>();

  constructor(
    readonly url: string,
    private readonly token: string,
    private readonly deps: GitRemoteDeps,
  ) {
    this.memo = deps.memo ?? newGitMemo();
  }

  private readonly auth = () => ({ username: 'digest-clipper', password: this.token });

  private get base() {
    return { fs: this.deps.fs, dir: this.deps.dir, cache: this.memo.cache };
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      await git.init({ ...this.base, bare: true });
      // A remote of the same name from an earlier run may point elsewhere: set it anew.
      await git.deleteRemote({ ...this.base, remote: 'origin' }).catch(() => undefined);
      await git.addRemote({ ...this.base, remote: 'origin', url: this.url });
    })();
    return this.ready;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw RemoteError.from(e);
    }
  }

  /** The remote's branches (name → commit) and its default branch. */
  async branches(): Promise<{ heads: Map<string, string>; defaultBranch: string | undefined }> {
    const info = await this.guard(() => git.getRemoteInfo2({ http: this.deps.http, url: this.url, onAuth: this.auth }));
    const heads = new Map<string, string>();
    for (const ref of info.refs ?? []) if (ref.ref.startsWith('refs/heads/')) heads.set(ref.ref.slice('refs/heads/'.length), ref.oid);
    const head = info.refs?.find((r) => r.ref === 'HEAD');
    return { heads, defaultBranch: head?.target?.replace(/^refs\/heads\//, '') };
  }

  /** A branch's commit and every file it holds; undefined if the branch is not there. */
  async read(branch: string): Promise<{ commit: string; files: TeamFiles } | undefined> {
    let commit: string;
    try {
      // One round trip fewer than asking for the branches first: the fetch says if it is not there.
      commit = await this.fetchBranch(branch);
    } catch (e) {
      if ((e as { code?: string }).code === 'NotFoundError') return undefined;
      throw e;
    }
    return { commit, files: await this.filesAt(commit) };
  }

  /** Fetches a branch's commit and its objects. */
  async fetchBranch(branch: string): Promise<string> {
    await this.init();
    const fetched = await this.guard(() =>
      git.fetch({ ...this.base, http: this.deps.http, remote: 'origin', ref: branch, singleBranch: true, depth: 1, tags: false, onAuth: this.auth }),
    );
    return fetched.fetchHead as string;
  }

  private async filesAt(commit: string): Promise<TeamFiles> {
    const files: TeamFiles = new Map();
    const decoder = new TextDecoder();
    const walk = async (tree: string, prefix: string): Promise<void> => {
      const { tree: entries } = await git.readTree({ ...this.base, oid: tree });
      await Promise.all(
        entries.map(async (entry) => {
          const path = prefix + entry.path;
          if (entry.type === 'tree') return walk(entry.oid, `${path}/`);
          if (entry.type !== 'blob') return;
          let text = this.memo.texts.get(entry.oid);
          if (text === undefined) {
            text = decoder.decode((await git.readBlob({ ...this.base, oid: entry.oid })).blob);
            this.memo.texts.set(entry.oid, text);
          }
          files.set(path, text);
          this.known.set(path, { oid: entry.oid, text });
        }),
      );
    };
    const { commit: c } = await git.readCommit({ ...this.base, oid: commit });
    await walk(c.tree, '');
    return files;
  }

  /** A commit holding exactly `files` on top of `parent` (none for a new branch). */
  async commit(files: TeamFiles, parent: string | undefined, message: string, author: string): Promise<string> {
    await this.init();
    const signature = { name: author || 'Digest Clipper', email: 'digest-clipper@users.noreply.invalid', timestamp: Math.floor(this.deps.now().getTime() / 1000), timezoneOffset: 0 };
    return git.writeCommit({
      ...this.base,
      commit: { message, tree: await this.writeTree(files), parent: parent ? [parent] : [], author: signature, committer: signature },
    });
  }

  /** A commit that adds one file to what `base` holds (a post on the blog's default branch). */
  async commitOnTop(base: string, path: string, text: string, message: string, author: string): Promise<string> {
    const files = await this.filesAt(base);
    files.set(path, text);
    return this.commit(files, base, message, author);
  }

  private async writeTree(files: TeamFiles): Promise<string> {
    type Node = { blobs: Map<string, string>; trees: Map<string, Node> };
    const root: Node = { blobs: new Map(), trees: new Map() };
    for (const [path, text] of files) {
      const parts = path.split('/');
      let node = root;
      for (const dirName of parts.slice(0, -1)) {
        let next = node.trees.get(dirName);
        if (!next) {
          next = { blobs: new Map(), trees: new Map() };
          node.trees.set(dirName, next);
        }
        node = next;
      }
      node.blobs.set(parts.at(-1) as string, text);
    }
    const encoder = new TextEncoder();
    const blobOid = async (path: string, text: string): Promise<string> => {
      const known = this.known.get(path);
      if (known?.text === text) return known.oid;
      const oid = await git.writeBlob({ ...this.base, blob: encoder.encode(text) });
      this.memo.texts.set(oid, text);
      return oid;
    };
    const write = async (node: Node, prefix: string): Promise<string> => {
      const blobs = await Promise.all([...node.blobs].map(async ([name, text]) => ({ mode: '100644', path: name, oid: await blobOid(prefix + name, text), type: 'blob' as const })));
      const trees = await Promise.all([...node.trees].map(async ([name, child]) => ({ mode: '040000', path: name, oid: await write(child, `${prefix}${name}/`), type: 'tree' as const })));
      return git.writeTree({ fs: this.deps.fs, dir: this.deps.dir, tree: [...blobs, ...trees] });
    };
    return write(root, '');
  }

  /** Moves a branch of the remote to `commit`; never forced, so a branch that moved meanwhile is `push-rejected`. */
  async push(branch: string, commit: string): Promise<void> {
    await this.init();
    await git.writeRef({ ...this.base, ref: `refs/heads/${branch}`, value: commit, force: true });
    const result = await this.guard(() => git.push({ ...this.base, http: this.deps.http, url: this.url, ref: branch, remoteRef: branch, onAuth: this.auth }));
    if (!result.ok) throw new RemoteError('push-rejected');
  }
}
