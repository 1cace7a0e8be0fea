import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import type { TeamFiles } from '../core/team/team-files.ts';

/** Why the remote could not be used, for the CLI to word (the token is never part of it). */
export class RemoteError extends Error {
  constructor(readonly code: 'token-refused' | 'unreachable' | 'push-rejected', message: string) {
    super(message);
  }
}

/**
 * A remote repository over smart HTTP, with the token as the Basic password (any user name), as
 * GitHub, GitLab, Gitea and Gerrit take it. Objects are kept in a scratch folder for this run.
 */
export class Remote {
  private readonly dir = mkdtempSync(join(tmpdir(), 'digest-team-'));
  private ready = false;

  constructor(
    readonly url: string,
    private readonly token: string,
  ) {}

  private auth = () => ({ username: 'digest-clipper', password: this.token });

  private async init(): Promise<void> {
    if (this.ready) return;
    await git.init({ fs, dir: this.dir, bare: true });
    await git.addRemote({ fs, dir: this.dir, remote: 'origin', url: this.url });
    this.ready = true;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const error = e as { code?: string; data?: { statusCode?: number }; message?: string; cause?: { code?: string } };
      if (error.code === 'HttpError' && (error.data?.statusCode === 401 || error.data?.statusCode === 403)) {
        throw new RemoteError('token-refused', `${this.url} refused the token in DIGEST_GIT_TOKEN.`);
      }
      // Refused as not a fast-forward, or the server could not move the branch because another
      // push was moving it at that moment: either way, the branch moved meanwhile.
      if (error.code === 'PushRejectedError' || error.code === 'GitPushError') throw new RemoteError('push-rejected', 'the branch moved meanwhile');
      if (error.code === 'HttpError' || /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|socket hang up/.test(`${error.message} ${error.cause?.code ?? ''}`)) {
        throw new RemoteError('unreachable', `cannot reach ${this.url}.`);
      }
      throw e;
    }
  }

  /** The remote's branches (name → commit) and its default branch. */
  async branches(): Promise<{ heads: Map<string, string>; defaultBranch: string | undefined }> {
    const info = await this.guard(() => git.getRemoteInfo2({ http, url: this.url, onAuth: this.auth }));
    const heads = new Map<string, string>();
    for (const ref of info.refs ?? []) if (ref.ref.startsWith('refs/heads/')) heads.set(ref.ref.slice('refs/heads/'.length), ref.oid);
    const head = info.refs?.find((r) => r.ref === 'HEAD');
    const defaultBranch = head?.target?.replace(/^refs\/heads\//, '');
    return { heads, defaultBranch };
  }

  /** A branch's commit and every file it holds; undefined if the branch is not there. */
  async read(branch: string): Promise<{ commit: string; files: TeamFiles } | undefined> {
    await this.init();
    const { heads } = await this.branches();
    if (!heads.has(branch)) return undefined;
    const fetched = await this.guard(() => git.fetch({ fs, http, dir: this.dir, remote: 'origin', ref: branch, singleBranch: true, depth: 1, tags: false, onAuth: this.auth }));
    const commit = fetched.fetchHead as string;
    return { commit, files: await this.filesAt(commit) };
  }

  private async filesAt(commit: string): Promise<TeamFiles> {
    const files: TeamFiles = new Map();
    const walk = async (tree: string, prefix: string): Promise<void> => {
      const { tree: entries } = await git.readTree({ fs, dir: this.dir, oid: tree });
      for (const entry of entries) {
        const path = prefix + entry.path;
        if (entry.type === 'tree') await walk(entry.oid, `${path}/`);
        else if (entry.type === 'blob') files.set(path, new TextDecoder().decode((await git.readBlob({ fs, dir: this.dir, oid: entry.oid })).blob));
      }
    };
    const { commit: c } = await git.readCommit({ fs, dir: this.dir, oid: commit });
    await walk(c.tree, '');
    return files;
  }

  /**
   * A commit holding exactly `files` on top of `parent` (none for a new branch), written into
   * this run's objects.
   */
  async commit(files: TeamFiles, parent: string | undefined, message: string, author: string): Promise<string> {
    await this.init();
    return git.writeCommit({
      fs,
      dir: this.dir,
      commit: {
        message,
        tree: await this.writeTree(files),
        parent: parent ? [parent] : [],
        author: signature(author),
        committer: signature(author),
      },
    });
  }

  /** A commit that adds one file to what `base` holds (a post on the blog's default branch). */
  async commitOnTop(base: string, path: string, text: string, message: string, author: string): Promise<string> {
    await this.init();
    const files = await this.filesAt(base);
    files.set(path, text);
    return this.commit(files, base, message, author);
  }

  /** Fetches a branch's commit and its objects (for `commitOnTop`). */
  async fetchBranch(branch: string): Promise<string> {
    await this.init();
    const fetched = await this.guard(() => git.fetch({ fs, http, dir: this.dir, remote: 'origin', ref: branch, singleBranch: true, depth: 1, tags: false, onAuth: this.auth }));
    return fetched.fetchHead as string;
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
    const write = async (node: Node): Promise<string> => {
      const entries: { mode: string; path: string; oid: string; type: 'blob' | 'tree' }[] = [];
      for (const [name, text] of node.blobs) entries.push({ mode: '100644', path: name, oid: await git.writeBlob({ fs, dir: this.dir, blob: new TextEncoder().encode(text) }), type: 'blob' });
      for (const [name, child] of node.trees) entries.push({ mode: '040000', path: name, oid: await write(child), type: 'tree' });
      return git.writeTree({ fs, dir: this.dir, tree: entries });
    };
    return write(root);
  }

  /** Moves a branch of the remote to `commit`; never forced, so a branch that moved meanwhile is `push-rejected`. */
  async push(branch: string, commit: string): Promise<void> {
    await git.writeRef({ fs, dir: this.dir, ref: `refs/heads/${branch}`, value: commit, force: true });
    const result = await this.guard(() => git.push({ fs, http, dir: this.dir, url: this.url, ref: branch, remoteRef: branch, onAuth: this.auth }));
    if (!result.ok) throw new RemoteError('push-rejected', 'the branch moved meanwhile');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function signature(name: string) {
  return { name: name || 'Digest Clipper', email: 'digest-clipper@users.noreply.invalid', timestamp: Math.floor(Date.now() / 1000), timezoneOffset: 0 };
}
