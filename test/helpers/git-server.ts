import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real smart-HTTP git server on loopback: `git http-backend` behind a small Node bridge with
 * Basic authentication (any user name, the token as password), as GitHub, GitLab or Gitea
 * answer. Started by the tests themselves; each repository is a bare one in a fresh folder.
 */
export class GitServer {
  readonly root = mkdtempSync(join(tmpdir(), 'digest-git-'));
  private server: Server | undefined;
  private port = 0;
  /** Whether the server answers at all (a stopped network). */
  online = true;
  /** Called when a push has been answered (a benchmark's finish line). */
  onPushed: ((repository: string) => void) | undefined;

  constructor(readonly token: string) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      if (!this.online) {
        req.socket.destroy();
        return;
      }
      const auth = req.headers.authorization ?? '';
      const password = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString().split(':').slice(1).join(':') : '';
      if (password !== this.token) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end('unauthorized');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const child = spawn('git', ['http-backend'], {
        env: {
          ...process.env,
          GIT_PROJECT_ROOT: this.root,
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: decodeURIComponent(url.pathname),
          QUERY_STRING: url.search.slice(1),
          REQUEST_METHOD: req.method ?? 'GET',
          CONTENT_TYPE: req.headers['content-type'] ?? '',
          // An authenticated user may push (http.receivepack defaults to on when REMOTE_USER is set).
          REMOTE_USER: 'editor',
          REMOTE_ADDR: '127.0.0.1',
          ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        },
      });
      req.pipe(child.stdin);
      let head = Buffer.alloc(0);
      let headerDone = false;
      child.stdout.on('data', (chunk: Buffer) => {
        if (headerDone) {
          res.write(chunk);
          return;
        }
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end === -1) return;
        headerDone = true;
        const lines = head.subarray(0, end).toString().split('\r\n');
        let status = 200;
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const [name, ...rest] = line.split(':');
          const value = rest.join(':').trim();
          if (name?.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
          else if (name) headers[name] = value;
        }
        res.writeHead(status, headers);
        res.write(head.subarray(end + 4));
      });
      child.stdout.on('end', () => {
        res.end();
        if (url.pathname.endsWith('/git-receive-pack')) this.onPushed?.(url.pathname.split('/')[1]?.replace(/\.git$/, '') ?? '');
      });
      child.on('error', () => res.destroy());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server?.address() as { port: number }).port;
  }

  /** A bare repository holding a blog: one commit on `main`. */
  createBlog(name: string): string {
    const bare = join(this.root, `${name}.git`);
    execFileSync('git', ['init', '--bare', '--initial-branch=main', bare]);
    // Every move of every branch is kept, so a test can tell a lost push from one never made.
    execFileSync('git', ['--git-dir', bare, 'config', 'core.logAllRefUpdates', 'always']);
    const work = mkdtempSync(join(tmpdir(), 'digest-blog-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Blog', '-c', 'user.email=blog@example.com', ...args], { cwd: work });
    git('init', '--initial-branch=main');
    execFileSync('sh', ['-c', 'mkdir -p _posts && printf "# The blog\\n" > README.md && printf "title: Blog\\n" > _config.yml'], { cwd: work });
    git('add', '.');
    git('commit', '-m', 'The blog');
    git('push', bare, 'main');
    rmSync(work, { recursive: true, force: true });
    return this.url(name);
  }

  url(name: string): string {
    return `http://127.0.0.1:${this.port}/${name}.git`;
  }

  /** What a branch holds, read with git itself: path → text. */
  files(name: string, branch: string): Map<string, string> {
    const bare = join(this.root, `${name}.git`);
    const list = execFileSync('git', ['ls-tree', '-r', '--name-only', branch], { cwd: bare, encoding: 'utf8' }).split('\n').filter(Boolean);
    return new Map(list.map((path) => [path, execFileSync('git', ['show', `${branch}:${path}`], { cwd: bare, encoding: 'utf8' })]));
  }

  /**
   * The first link's title of every item not deleted on a repository's shared `digest` branch,
   * sorted (none while the branch is not there), read straight from the files, as any tool would.
   */
  teamTitles(name: string): string[] {
    if (!this.head(name, 'digest')) return [];
    return [...this.files(name, 'digest')]
      .filter(([path]) => path.startsWith('items/'))
      .map(([, text]) => JSON.parse(text) as { item: { links: { title: string }[] }; deleted?: string })
      .filter((t) => t.deleted === undefined)
      .map((t) => t.item.links[0]?.title ?? '')
      .sort();
  }

  /** The commit a branch points at, or '' if there is none. */
  head(name: string, branch: string): string {
    try {
      return execFileSync('git', ['rev-parse', `refs/heads/${branch}`], { cwd: join(this.root, `${name}.git`), encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  }

  /** A branch's commits, newest first. */
  log(name: string, branch: string): string[] {
    return execFileSync('git', ['rev-list', `refs/heads/${branch}`], { cwd: join(this.root, `${name}.git`), encoding: 'utf8' }).split('\n').filter(Boolean);
  }

  /** Someone force-pushes a branch back to an earlier commit. */
  forceBranch(name: string, branch: string, commit: string): void {
    execFileSync('git', ['update-ref', `refs/heads/${branch}`, commit], { cwd: join(this.root, `${name}.git`) });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    rmSync(this.root, { recursive: true, force: true });
  }
}
